import { z } from 'zod';
import { User, locales } from './user.entity.ts';
import { RoleGrant, roles, scopeTypes, type ScopeType } from './role-grant.entity.ts';
import { hashPassword } from './password.ts';
import { Network } from '../networks/network.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { allowedScopeTypes, can } from '../permissions/permissions.rules.ts';
import { commit, type DomainContext } from '../shared/context.ts';
import { conflict, fail, forbidden, notFound, validationError, type Result } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { requiredText } from '../shared/schemas.ts';
import { checkPageArgs, pageFromCursor, type Page, type PageArgs } from '../shared/pagination.ts';
import { containsText } from '../shared/search.ts';
import { idIn } from '../shared/subquery.ts';

export const createUserSchema = z.object({
  networkId: z.string(),
  email: z.string().trim().toLowerCase().max(254, 'must have at most 254 characters').pipe(z.email('must be an e-mail address')),
  name: requiredText(200, 2),
  password: z.string().min(10, 'must have at least 10 characters').max(200, 'must have at most 200 characters'),
  locale: z.enum(locales).nullish().transform((value) => value ?? 'en'),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

/** Creates an account managed by a network's admins. */
export async function createUser(ctx: DomainContext, input: CreateUserInput): Promise<Result<User>> {
  const parsed = parseInput(createUserSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const network = await ctx.em.findOne(Network, { id: data.networkId });
  if (!network) return fail(notFound('The network', ['networkId']));
  if (!can(ctx.actor, 'create', { kind: 'User', networkId: network.id })) return fail(forbidden('Only network admins create users.', ['networkId']));
  const duplicate = `A user with the e-mail ${data.email} already exists.`;
  if (await ctx.em.count(User, { email: data.email })) return fail(conflict(duplicate, ['email']));
  const user = ctx.em.create(User, {
    email: data.email,
    name: data.name,
    locale: data.locale,
    homeNetwork: network,
    passwordHash: await hashPassword(data.password),
  });
  return commit(ctx, user, duplicate);
}

/** Users an admin or reviewer of the network may list: its own accounts and anyone holding a role in it. */
export async function listUsers(
  ctx: DomainContext,
  networkId: string,
  search: string | null | undefined,
  page: PageArgs,
): Promise<Page<User>> {
  const { first, after } = checkPageArgs(page);
  if (!can(ctx.actor, 'read', { kind: 'User', networkId })) return { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  const withRole = ctx.em.createQueryBuilder(RoleGrant, 'g').select('g.user_id').where({ network: networkId }).getKnexQuery();
  const text = containsText(ctx.em, search);
  const where = {
    $and: [{ $or: [{ homeNetwork: networkId }, idIn<User>(withRole)] }, ...(text ? [{ $or: [{ name: text }, { email: text }] }] : [])],
  };
  const cursor = await ctx.em.findByCursor(User, where as never, { first, after, orderBy: { name: 'asc', id: 'asc' }, includeCount: true });
  return pageFromCursor(cursor, Boolean(after));
}

export const grantRoleSchema = z.object({
  userId: z.string(),
  role: z.enum(roles),
  scopeType: z.enum(scopeTypes),
  scopeId: z.string(),
});
export type GrantRoleInput = z.input<typeof grantRoleSchema>;

/** The network of a scope object, or null when it does not exist. */
async function networkOfScope(ctx: DomainContext, scopeType: ScopeType, scopeId: string): Promise<string | null> {
  if (scopeType === 'NETWORK') return (await ctx.em.findOne(Network, { id: scopeId }))?.id ?? null;
  if (scopeType === 'SYNERGY') return (await ctx.em.findOne(Synergy, { id: scopeId }))?.network.id ?? null;
  return (await ctx.em.findOne(Partner, { id: scopeId }))?.network.id ?? null;
}

/** Grants a role on a scope of the admin's network; the role must fit the scope (DOMAIN.md). */
export async function grantRole(ctx: DomainContext, input: GrantRoleInput): Promise<Result<RoleGrant>> {
  const parsed = parseInput(grantRoleSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (!allowedScopeTypes[data.role].includes(data.scopeType)) {
    const expected = allowedScopeTypes[data.role].map((type) => type.toLowerCase()).join(' or ');
    return fail(validationError(['scopeId'], `scopeId: ${data.role} is granted on a ${expected}, not on a ${data.scopeType.toLowerCase()}`));
  }
  const networkId = await networkOfScope(ctx, data.scopeType, data.scopeId);
  if (!networkId) return fail(notFound('The scope', ['scopeId']));
  if (!can(ctx.actor, 'create', { kind: 'RoleGrant', networkId })) return fail(forbidden('Only network admins grant roles.', ['scopeId']));
  const user = await ctx.em.findOne(User, { id: data.userId });
  if (!user) return fail(notFound('The user', ['userId']));
  const existing = await ctx.em.count(RoleGrant, { user: user.id, role: data.role, scopeType: data.scopeType, scopeId: data.scopeId });
  if (existing) return fail(conflict(`${user.name} already holds this role here.`, ['role']));
  const grant = ctx.em.create(RoleGrant, {
    user,
    role: data.role,
    scopeType: data.scopeType,
    scopeId: data.scopeId,
    network: networkId,
    grantedBy: ctx.actor?.userId ?? null,
  });
  return commit(ctx, grant, `${user.name} already holds this role here.`);
}

/** Revokes a grant. An admin cannot revoke their own last admin grant, so a network never loses its last admin by accident. */
export async function revokeRole(ctx: DomainContext, roleGrantId: string): Promise<Result<string>> {
  const grant = await ctx.em.findOne(RoleGrant, { id: roleGrantId });
  if (!grant || !can(ctx.actor, 'read', { kind: 'RoleGrant', networkId: grant.network.id })) return fail(notFound('The role grant', ['roleGrantId']));
  if (!can(ctx.actor, 'delete', { kind: 'RoleGrant', networkId: grant.network.id })) return fail(forbidden('Only network admins revoke roles.', ['roleGrantId']));
  if (grant.role === 'NETWORK_ADMIN') {
    const admins = await ctx.em.count(RoleGrant, { network: grant.network.id, role: 'NETWORK_ADMIN' });
    if (admins <= 1) return fail(conflict('This is the network’s last admin; grant another admin first.', ['roleGrantId']));
  }
  ctx.em.remove(grant);
  return commit(ctx, roleGrantId);
}

/** Grants held by several users at once (batched by the gateway). */
export const grantsOfUsers = (ctx: DomainContext, userIds: readonly string[]) =>
  ctx.em.find(RoleGrant, { user: { $in: [...userIds] } }, { orderBy: { grantedAt: 'asc', id: 'asc' } });

/** A user the actor may see: themselves, or anyone an admin or reviewer of their network may list. */
export async function findUser(ctx: DomainContext, id: string): Promise<User | null> {
  if (!ctx.actor) return null;
  const user = await ctx.em.findOne(User, { id });
  if (!user) return null;
  if (user.id === ctx.actor.userId) return user;
  const networks = new Set((await ctx.em.find(RoleGrant, { user: user.id }, { fields: ['network'] })).map((grant) => grant.network.id));
  if (user.homeNetwork) networks.add(user.homeNetwork.id);
  return [...networks].some((networkId) => can(ctx.actor, 'read', { kind: 'User', networkId })) ? user : null;
}

/** Whether the actor may see a role grant: their own, or any in a network they may manage people of. */
export const canSeeGrant = (ctx: DomainContext, grant: RoleGrant): boolean =>
  grant.user.id === ctx.actor?.userId || can(ctx.actor, 'read', { kind: 'RoleGrant', networkId: grant.network.id });

export async function findRoleGrant(ctx: DomainContext, id: string): Promise<RoleGrant | null> {
  const grant = await ctx.em.findOne(RoleGrant, { id });
  return grant && canSeeGrant(ctx, grant) ? grant : null;
}
