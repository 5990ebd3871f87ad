import { GraphQLError, coerceInputValue, isInputType, type GraphQLSchema } from 'graphql';
import type {
  ActivityFilter as DomainActivityFilter,
  ActivityOrder as DomainActivityOrder,
  JointActionFilter as DomainJointActionFilter,
  JointActionOrder as DomainJointActionOrder,
} from '@synergia/domain';
import type { ActivityFilter, JointActionFilter } from '../../generated/resolvers-types.ts';
import { activityFilterFromArgs } from '../../modules/activities/activity-filter.ts';
import { jointActionFilterFromArgs } from '../../modules/joint-actions/joint-action-filter.ts';

/** A query parameter the caller must fix; answered as HTTP 400 naming the parameter. */
export class ExportParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

const formatPath = (path: readonly (string | number)[]) => path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('');

/** The JSON value of one query parameter; undefined when it is absent or empty. */
function jsonParameter(query: Record<string, unknown>, name: string): unknown {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new ExportParameterError(name, `${name}: give it once, as one JSON value`);
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw new ExportParameterError(name, `${name}: is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Checks a JSON value against a GraphQL input type of the served schema, the
 * way GraphQL checks variables: the same fields, enums and scalars (Date), so
 * a filter that works in the `activities` query works here unchanged.
 */
function coerceParameter(schema: GraphQLSchema, typeName: string, name: string, value: unknown): unknown {
  const type = schema.getType(typeName);
  if (!type || !isInputType(type)) throw new Error(`the schema has no input type ${typeName}`);
  const problems: string[] = [];
  const coerced = coerceInputValue(value, type, (path, _invalid, error) => {
    problems.push(`${name}${formatPath(path)}: ${error.message}`);
  });
  if (problems.length) throw new ExportParameterError(name, problems.join('; '));
  return coerced;
}

/** The domain's filter from the coerced GraphQL one; global ids that do not decode name their field. */
function decodedFilter<GraphQLFilter, DomainFilter>(filterFromArgs: (filter: GraphQLFilter | null) => DomainFilter, filter: GraphQLFilter | null): DomainFilter {
  try {
    return filterFromArgs(filter);
  } catch (error) {
    // Global ids that do not decode: the GraphQL helper names the field.
    if (error instanceof GraphQLError && error.extensions['code'] === 'BAD_USER_INPUT') throw new ExportParameterError('filter', error.message);
    throw error;
  }
}

/**
 * The `filter` and `orderBy` query parameters of an export: JSON shaped
 * exactly like the list's GraphQL filter and order input types (global ids),
 * as the domain's filter and order. Bad JSON, unknown fields, bad enum values,
 * dates and ids are ExportParameterErrors naming the parameter and the field.
 */
export function exportParams<GraphQLFilter, DomainFilter, Order>(
  schema: GraphQLSchema,
  query: Record<string, unknown>,
  types: { filter: string; order: string },
  filterFromArgs: (filter: GraphQLFilter | null) => DomainFilter,
): { filter: DomainFilter; order: Order | null } {
  const filterValue = jsonParameter(query, 'filter');
  const orderValue = jsonParameter(query, 'orderBy');
  const filter = filterValue === undefined ? null : (coerceParameter(schema, types.filter, 'filter', filterValue) as GraphQLFilter | null);
  const order = orderValue === undefined ? null : (coerceParameter(schema, types.order, 'orderBy', orderValue) as Order | null);
  return { filter: decodedFilter(filterFromArgs, filter), order };
}

/** The `filter` query parameter alone, checked as {@link exportParams} checks it: for exports of lists with a fixed order. */
export function exportFilter<GraphQLFilter, DomainFilter>(
  schema: GraphQLSchema,
  query: Record<string, unknown>,
  filterType: string,
  filterFromArgs: (filter: GraphQLFilter | null) => DomainFilter,
): DomainFilter {
  const filterValue = jsonParameter(query, 'filter');
  const filter = filterValue === undefined ? null : (coerceParameter(schema, filterType, 'filter', filterValue) as GraphQLFilter | null);
  return decodedFilter(filterFromArgs, filter);
}

/** The parameters of the activity export: an `ActivityFilter` and an `ActivityOrder`. */
export const activityExportParams = (schema: GraphQLSchema, query: Record<string, unknown>) =>
  exportParams<ActivityFilter, DomainActivityFilter, DomainActivityOrder>(schema, query, { filter: 'ActivityFilter', order: 'ActivityOrder' }, activityFilterFromArgs);

/** The parameters of the joint action export: a `JointActionFilter` and a `JointActionOrder`. */
export const jointActionExportParams = (schema: GraphQLSchema, query: Record<string, unknown>) =>
  exportParams<JointActionFilter, DomainJointActionFilter, DomainJointActionOrder>(
    schema,
    query,
    { filter: 'JointActionFilter', order: 'JointActionOrder' },
    (filter) => jointActionFilterFromArgs(filter),
  );
