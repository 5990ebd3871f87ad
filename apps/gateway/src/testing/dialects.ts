import { testDialects } from '@synergia/domain/testing';

/**
 * The databases every gateway integration suite runs on, resolved once at
 * collection time: `describe.each(dialects)` then skips PostgreSQL with a
 * clear reason when it is unreachable locally (never in CI).
 */
export const dialects = await testDialects();

export const describeTitle = (dialect: string, skipReason: string | null) => (skipReason ? `${dialect} (skipped: ${skipReason})` : dialect);
