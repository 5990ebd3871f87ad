/**
 * Relay global ids as the gateway writes them (apps/gateway/src/graphql/global-id.ts):
 * base64url of "Type:uuid". Kept here so the bare baseline server does not load the gateway.
 */
export const globalId = (type: string, id: string): string => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

export function idFromGlobalId(value: unknown, type: string): string {
  const decoded = typeof value === 'string' ? Buffer.from(value, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith(`${type}:`)) throw new Error(`not a ${type} id: ${String(value)}`);
  return decoded.slice(type.length + 1);
}
