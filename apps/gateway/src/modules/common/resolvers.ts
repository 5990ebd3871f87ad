import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@synergia/domain';
import type { Resolvers } from '../../generated/resolvers-types.ts';

const parseDate = (value: unknown): string => {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`Date must be a calendar date in the form YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
};

export const commonResolvers: Resolvers = {
  Date: new GraphQLScalarType({
    name: 'Date',
    description: 'A calendar date in ISO 8601 form (YYYY-MM-DD), without time zone.',
    serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
    parseValue: parseDate,
    parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
  DateTime: new GraphQLScalarType({
    name: 'DateTime',
    description: 'An instant in ISO 8601 form with time zone, e.g. 2026-11-23T10:00:00.000Z.',
    serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
    parseValue: (value) => {
      const date = new Date(String(value));
      if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 instant', { extensions: { code: 'BAD_USER_INPUT' } });
      return date;
    },
  }),
  Query: { ping: () => 'ok' },
  Mutation: { noop: () => 'ok' },
  UserError: { __resolveType: (error) => (error as { __typename: 'ValidationError' }).__typename },
};
