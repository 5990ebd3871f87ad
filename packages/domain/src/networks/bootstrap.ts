import type { EntityManager } from '@mikro-orm/knex';
import { z } from 'zod';
import { Network } from './network.entity.ts';
import { User } from '../users/user.entity.ts';
import { RoleGrant } from '../users/role-grant.entity.ts';
import { hashPassword } from '../users/password.ts';
import { createUserSchema } from '../users/users.service.ts';
import { runAsActor } from '../audit/audit-context.ts';
import { newId } from '../shared/ids.ts';
import { requiredText } from '../shared/schemas.ts';
import { parseInput } from '../shared/validation.ts';
import { conflict, fail, ok, type Result } from '../shared/errors.ts';

export const bootstrapNetworkSchema = z.object({
  networkName: requiredText(200, 2),
  networkAcronym: z.string().trim().max(30, 'must have at most 30 characters').nullish().transform((v) => v || null),
  adminEmail: createUserSchema.shape.email,
  adminName: createUserSchema.shape.name,
  adminPassword: createUserSchema.shape.password,
});
export type BootstrapNetworkInput = z.input<typeof bootstrapNetworkSchema>;

/**
 * Creates a network and its first administrator, for a fresh production
 * database where nobody can sign in yet. An operator runs it from the command
 * line; there is no API for it because no one is authorised to call one.
 */
export async function bootstrapNetwork(em: EntityManager, input: BootstrapNetworkInput): Promise<Result<{ network: Network; admin: User }>> {
  const parsed = parseInput(bootstrapNetworkSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (await em.count(Network, { name: data.networkName })) return fail(conflict(`A network named ${data.networkName} already exists.`, ['networkName']));
  if (await em.count(User, { email: data.adminEmail })) return fail(conflict(`A user with the e-mail ${data.adminEmail} already exists.`, ['adminEmail']));
  const network = em.create(Network, { id: newId(), name: data.networkName, acronym: data.networkAcronym });
  const admin = em.create(User, {
    email: data.adminEmail,
    name: data.adminName,
    locale: 'en',
    homeNetwork: network,
    passwordHash: await hashPassword(data.adminPassword),
  });
  em.create(RoleGrant, { user: admin, role: 'NETWORK_ADMIN', network, scopeType: 'NETWORK', scopeId: network.id });
  await runAsActor({ userId: null }, () => em.flush());
  return ok({ network, admin });
}
