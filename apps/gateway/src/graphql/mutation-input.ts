import type { Result } from '@synergia/domain';
import type { GraphQLContext } from '../context.ts';
import { fromGlobalId, type NodeType } from './global-id.ts';
import { toPayload, type UserErrorObject } from './errors.ts';
import { requireActor } from './auth.ts';

/*
 * Decoding a mutation input's global ids and mapping its result to a
 * `{ [key], errors }` payload, shared by every module's mutations.
 */

/** An id in a mutation input that does not decode; the mutation answers with a ValidationError naming its field. */
class InvalidInputId extends Error {
  constructor(
    readonly path: string[],
    readonly type: NodeType,
  ) {
    super(`${path.join('.')}: is not a valid ${type} id`);
  }
}

/** The uuid of an input's global id, or an {@link InvalidInputId} naming the field (`path` below `input`). */
export function inputId(value: string, path: string[], type: NodeType): string {
  const decoded = fromGlobalId(value, type);
  if (!decoded) throw new InvalidInputId(path, type);
  return decoded.id;
}

/** As {@link inputId}, keeping null (clears) and undefined (unchanged) as they are. */
export const optionalInputId = (value: string | null | undefined, path: string[], type: NodeType) =>
  value === null || value === undefined ? value : inputId(value, path, type);

/** The explicit GraphQL null of a field the record always has means "unchanged", as if it were absent. */
export const unchangedIfNull = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** Runs a mutation and maps its result to `{ [key], errors }`; a malformed id is a ValidationError and nothing runs. */
export async function payload<K extends string, T>(ctx: GraphQLContext, key: K, work: () => Promise<Result<T>>) {
  requireActor(ctx);
  try {
    return toPayload(key, await work());
  } catch (error) {
    if (!(error instanceof InvalidInputId)) throw error;
    const invalid: UserErrorObject = { __typename: 'ValidationError', message: error.message, path: ['input', ...error.path], field: error.path.at(-1)! };
    return { [key]: null, errors: [invalid] } as { [P in K]: T | null } & { errors: UserErrorObject[] };
  }
}
