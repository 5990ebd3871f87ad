import type { EntityManager } from '@mikro-orm/knex';

/** Whether the EntityManager talks to PostgreSQL (otherwise SQLite), for the few statements whose SQL differs. */
export const isPostgres = (em: EntityManager): boolean => em.getPlatform().constructor.name.startsWith('PostgreSql');

/**
 * A LIKE pattern for free text, or null for none. LIKE wildcards typed by the
 * user are dropped rather than interpreted.
 */
export function likePattern(search: string | null | undefined): string | null {
  const text = search?.trim().replace(/[%_\\]/g, '').slice(0, 200);
  return text ? `%${text}%` : null;
}

/** Case-insensitive matching: PostgreSQL's ILIKE; SQLite's LIKE already ignores case. */
export function containsText(em: EntityManager, search: string | null | undefined): { $like: string } | { $ilike: string } | null {
  const pattern = likePattern(search);
  if (!pattern) return null;
  return isPostgres(em) ? { $ilike: pattern } : { $like: pattern };
}
