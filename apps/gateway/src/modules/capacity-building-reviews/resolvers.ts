import type { Resolvers } from '../../generated/resolvers-types.ts';

export const reviewResolvers: Resolvers = {};
