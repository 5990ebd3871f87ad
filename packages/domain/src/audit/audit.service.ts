import { AuditEntry } from './audit-entry.entity.ts';
import { can } from '../permissions/permissions.rules.ts';
import type { DomainContext } from '../shared/context.ts';
import { checkPageArgs, pageFromCursor, type Page, type PageArgs } from '../shared/pagination.ts';

/** A network's change history, newest first (admins and reviewers). */
export async function listAuditEntries(
  ctx: DomainContext,
  networkId: string,
  entityId: string | null | undefined,
  page: PageArgs,
): Promise<Page<AuditEntry>> {
  const { first, after } = checkPageArgs(page);
  if (!can(ctx.actor, 'read', { kind: 'AuditEntry', networkId })) return { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  const where = entityId ? { networkId, entityId } : { networkId };
  const cursor = await ctx.em.findByCursor(AuditEntry, where, { first, after, orderBy: { at: 'desc', id: 'desc' }, includeCount: true });
  return pageFromCursor(cursor, Boolean(after));
}

export async function findAuditEntry(ctx: DomainContext, id: string): Promise<AuditEntry | null> {
  const entry = await ctx.em.findOne(AuditEntry, { id });
  return entry?.networkId && can(ctx.actor, 'read', { kind: 'AuditEntry', networkId: entry.networkId }) ? entry : null;
}
