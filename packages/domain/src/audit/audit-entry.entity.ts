import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';

export const auditActions = ['CREATE', 'UPDATE', 'DELETE'] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * One recorded change. Plain ids rather than relations: the log must outlive
 * what it describes (a deleted row, a removed user).
 */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  indexes: [{ properties: ['networkId', 'at'] }, { properties: ['entityId'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    at: p.datetime().onCreate(() => new Date()),
    actorId: p.uuid().nullable(),
    networkId: p.uuid().nullable(),
    action: p.enum([...auditActions]),
    entityType: p.string().length(60),
    entityId: p.string().length(60),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
  },
});
export type AuditEntry = InferEntity<typeof AuditEntry>;
