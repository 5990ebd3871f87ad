/**
 * `PERSISTED_OPERATIONS_ONLY=true` (production): sessions and anonymous
 * requests may run only the web apps' persisted operations. Unset or `false`
 * by default, so GraphiQL with a session keeps working in development.
 */
export function persistedOperationsOnlyFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env['PERSISTED_OPERATIONS_ONLY']?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new Error(`PERSISTED_OPERATIONS_ONLY must be true or false, not "${env['PERSISTED_OPERATIONS_ONLY']}"`);
}
