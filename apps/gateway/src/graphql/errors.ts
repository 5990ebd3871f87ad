import { GraphQLError } from 'graphql';
import type { Result, UserError } from '@synergia/domain';
import { InvalidArgumentError } from '@synergia/domain';
import { fromGlobalId, type NodeType } from './global-id.ts';

/** The GraphQL shape of a domain user error; `path` starts at the mutation's `input`. */
export type UserErrorObject =
  | { __typename: 'ValidationError'; message: string; path: string[] | null; field: string }
  | { __typename: 'ForbiddenError'; message: string; path: string[] | null }
  | { __typename: 'NotFoundError'; message: string; path: string[] | null }
  | { __typename: 'ConflictError'; message: string; path: string[] | null }
  | { __typename: 'LockedError'; message: string; path: string[] | null };

export function toUserErrorObject(error: UserError): UserErrorObject {
  const path = error.path ? ['input', ...error.path] : null;
  return error.kind === 'ValidationError'
    ? { __typename: error.kind, message: error.message, path, field: error.path?.at(-1) ?? 'input' }
    : ({ __typename: error.kind, message: error.message, path } as UserErrorObject);
}

/** Maps a domain result to a payload: `{ [key]: value, errors: [] }` or `{ [key]: null, errors }`. */
export function toPayload<K extends string, T>(key: K, result: Result<T>): { [P in K]: T | null } & { errors: UserErrorObject[] } {
  return (result.ok ? { [key]: result.value, errors: [] } : { [key]: null, errors: result.errors.map(toUserErrorObject) }) as {
    [P in K]: T | null;
  } & { errors: UserErrorObject[] };
}

/** A payload that failed on one field: for ids that do not decode. */
export const invalidIdPayload = <K extends string>(key: K, field: string, type: string) =>
  ({
    [key]: null,
    errors: [{ __typename: 'ValidationError' as const, message: `${field}: is not a valid ${type} id`, path: ['input', field], field }],
  }) as { [P in K]: null } & { errors: UserErrorObject[] };

/** Thrown to the client as a GraphQL error with `extensions.code = UNAUTHENTICATED`. */
export const unauthenticated = () =>
  new GraphQLError('Sign in first: send `Authorization: Bearer <token>` from the signIn mutation.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } },
  });

/** A bad query argument, named: `extensions.code = BAD_USER_INPUT`, `extensions.argument`. */
export const badArgument = (argument: string, message: string) =>
  new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });

/** Decodes a query argument's global id or throws BAD_USER_INPUT naming the argument. */
export function argumentId(value: string, argument: string, type: NodeType): string {
  const decoded = fromGlobalId(value, type);
  if (!decoded) throw badArgument(argument, `is not a valid ${type} id`);
  return decoded.id;
}

/** Runs a domain query, turning its argument errors into BAD_USER_INPUT. */
export async function withArgumentErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw badArgument(error.argument, error.message.replace(`${error.argument}: `, ''));
    throw error;
  }
}
