import { apiTokenState, createApiToken, listApiTokens, revokeApiToken } from '@synergia/domain';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.ts';
import { invalidIdPayload, toPayload, toUserErrorObject } from '../../graphql/errors.ts';
import { requireActor } from '../../graphql/auth.ts';

export const apiTokenResolvers: Resolvers = {
  Mutation: {
    createApiToken: async (_, { input }, ctx) => {
      requireActor(ctx);
      const scopeRoleGrantIds: string[] = [];
      for (const globalId of input.scopeRoleGrantIds ?? []) {
        const decoded = fromGlobalId(globalId, 'RoleGrant');
        if (!decoded) return { token: null, ...invalidIdPayload('apiToken', 'scopeRoleGrantIds', 'RoleGrant') };
        scopeRoleGrantIds.push(decoded.id);
      }
      const result = await createApiToken(ctx, {
        name: input.name,
        access: input.access,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
        expiresInDays: input.expiresInDays,
        scopeRoleGrantIds: input.scopeRoleGrantIds ? scopeRoleGrantIds : null,
      });
      if (!result.ok) return { token: null, apiToken: null, errors: result.errors.map(toUserErrorObject) };
      return { token: result.value.token, apiToken: result.value.apiToken, errors: [] };
    },
    revokeApiToken: async (_, { input }, ctx) => {
      requireActor(ctx);
      const id = fromGlobalId(input.id, 'ApiToken');
      if (!id) return invalidIdPayload('apiToken', 'id', 'ApiToken');
      return toPayload('apiToken', await revokeApiToken(ctx, { id: id.id }));
    },
  },
  Viewer: {
    apiTokens: (viewer, _, ctx) => listApiTokens({ em: ctx.em, actor: viewer.actor }),
  },
  ApiToken: {
    id: (token) => toGlobalId('ApiToken', token.id),
    active: (token) => apiTokenState(token) === 'ACTIVE',
    scopes: async (token, _, ctx) =>
      (await ctx.loaders.grantsOfUser.load(token.user.id)).filter((grant) => token.scopeRoleGrantIds.includes(grant.id)),
  },
};
