import {
  Network,
  Partner,
  Synergy,
  canSeeGrant,
  createUser,
  forbidden,
  grantRole,
  listNetworks,
  listUsers,
  revokeRole,
  signIn,
  signOut,
  loadActor,
} from '@synergia/domain';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.ts';
import { argumentId, invalidIdPayload, toPayload, toUserErrorObject, withArgumentErrors } from '../../graphql/errors.ts';
import { requireActor } from '../../graphql/auth.ts';
import { toConnection } from '../../graphql/connection.ts';
import type { GraphQLContext } from '../../context.ts';
import { entityType } from '../../graphql/entity-type.ts';
import type { Viewer } from './viewer.mappers.ts';

const scopeEntities = { NETWORK: Network, SYNERGY: Synergy, PARTNER: Partner } as const;

const visibleGrantsOf = async (ctx: GraphQLContext, userId: string) =>
  (await ctx.loaders.grantsOfUser.load(userId)).filter((grant) => canSeeGrant(ctx, grant));

export const userResolvers: Resolvers = {
  Query: {
    viewer: (_, __, ctx) =>
      ctx.user && ctx.actor && (ctx.session || ctx.apiToken) ? { user: ctx.user, session: ctx.session, apiToken: ctx.apiToken, actor: ctx.actor } : null,
    users: (_, { networkId, search, first, after }, ctx) => {
      requireActor(ctx);
      const network = argumentId(networkId, 'networkId', 'Network');
      return withArgumentErrors(async () => toConnection(await listUsers(ctx, network, search, { first, after })));
    },
  },
  Mutation: {
    signIn: async (_, { input }, ctx) => {
      const result = await signIn(ctx.em, input, ctx.userAgent);
      if (!result.ok) return { token: null, viewer: null, errors: result.errors.map(toUserErrorObject) };
      const { token, session, user } = result.value;
      const viewer: Viewer = { user, session, apiToken: null, actor: await loadActor(ctx.em, user.id) };
      // The rest of this request (the payload's viewer and its viewerCan) is answered as the signed-in user.
      Object.assign(ctx, { actor: viewer.actor, user, session, apiToken: null, token });
      return { token, viewer, errors: [] };
    },
    // An API token is not a session: signing out with one ends nothing and says so (revokeApiToken ends a token).
    signOut: async (_, __, ctx) =>
      ctx.apiToken
        ? { signedOut: false, errors: [toUserErrorObject(forbidden('signOut ends sessions; an API token is ended with revokeApiToken.'))] }
        : { signedOut: ctx.token ? await signOut(ctx.em, ctx.token) : false, errors: [] },
    createUser: async (_, { input }, ctx) => {
      requireActor(ctx);
      const networkId = fromGlobalId(input.networkId, 'Network');
      if (!networkId) return invalidIdPayload('user', 'networkId', 'Network');
      return toPayload('user', await createUser(ctx, { ...input, networkId: networkId.id, locale: input.locale as 'en' | 'fr' | 'es' | null }));
    },
    grantRole: async (_, { input }, ctx) => {
      requireActor(ctx);
      const userId = fromGlobalId(input.userId, 'User');
      if (!userId) return invalidIdPayload('roleGrant', 'userId', 'User');
      const scope = fromGlobalId(input.scopeId, ['Network', 'Synergy', 'Partner']);
      if (!scope) return invalidIdPayload('roleGrant', 'scopeId', 'network, synergy or partner');
      const scopeType = scope.type === 'Network' ? 'NETWORK' : scope.type === 'Synergy' ? 'SYNERGY' : 'PARTNER';
      return toPayload('roleGrant', await grantRole(ctx, { userId: userId.id, role: input.role, scopeType, scopeId: scope.id }));
    },
    revokeRole: async (_, { input }, ctx) => {
      requireActor(ctx);
      const grantId = fromGlobalId(input.roleGrantId, 'RoleGrant');
      if (!grantId) return invalidIdPayload('revokedRoleGrantId', 'roleGrantId', 'RoleGrant');
      const result = await revokeRole(ctx, grantId.id);
      return toPayload('revokedRoleGrantId', result.ok ? { ok: true as const, value: toGlobalId('RoleGrant', result.value) } : result);
    },
  },
  Viewer: {
    user: (viewer) => viewer.user,
    // With an API token, only the grants the token acts with.
    roleGrants: async (viewer, _, ctx) => {
      const grants = await ctx.loaders.grantsOfUser.load(viewer.user.id);
      return viewer.apiToken ? grants.filter((grant) => viewer.apiToken!.scopeRoleGrantIds.includes(grant.id)) : grants;
    },
    networks: (viewer, _, ctx) => listNetworks({ em: ctx.em, actor: viewer.actor }),
    sessionExpiresAt: (viewer) => viewer.session?.expiresAt ?? viewer.apiToken!.expiresAt,
  },
  User: {
    id: (user) => toGlobalId('User', user.id),
    roleGrants: (user, _, ctx) => visibleGrantsOf(ctx, user.id),
  },
  RoleGrant: {
    id: (grant) => toGlobalId('RoleGrant', grant.id),
    scope: async (grant, _, ctx) => (await ctx.em.findOneOrFail(scopeEntities[grant.scopeType] as typeof Network, { id: grant.scopeId })) as never,
    user: (grant) => grant.user.load({ dataloader: true }) as never,
  },
  RoleScope: {
    __resolveType: (scope) => entityType(scope) as 'Network' | 'Synergy' | 'Partner',
  },
};
