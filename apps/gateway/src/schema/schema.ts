import { makeExecutableSchema } from '@graphql-tools/schema';
import { mergeResolvers } from '@graphql-tools/merge';
import type { GraphQLSchema } from 'graphql';
import { loadTypeDefs } from './type-defs.ts';
import { resolverModules } from './resolvers.ts';

/** The executable schema: every module's SDL with every module's resolvers; a resolver without a field fails here. */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: mergeResolvers(resolverModules as never[]),
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
}
