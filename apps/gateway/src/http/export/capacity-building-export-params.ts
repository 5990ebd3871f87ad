import { GraphQLError, coerceInputValue, isInputType, type GraphQLSchema } from 'graphql';
import type { CapacityAssessmentFilter, FollowUpActionFilter } from '@synergia/domain';
import type {
  CapacityAssessmentFilter as CapacityAssessmentFilterArgs,
  FollowUpActionFilter as FollowUpActionFilterArgs,
} from '../../generated/resolvers-types.ts';
import { followUpFilterFromArgs } from '../../modules/follow-ups/resolvers.ts';
import { assessmentFilterFromArgs } from '../../modules/capacity-assessments/resolvers.ts';
import { ExportParameterError } from './export-params.ts';

/*
 * export-params.ts keeps its JSON-and-coercion helpers private and always
 * reads an `orderBy`; these lists have a fixed order and only a `filter`, so
 * the two small helpers are repeated here rather than reshaping that shared
 * file while other exports are added to it.
 */

const formatPath = (path: readonly (string | number)[]) => path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('');

/** The `filter` query parameter checked against a GraphQL input type of the served schema, as GraphQL checks variables. */
function filterParameter(schema: GraphQLSchema, typeName: string, query: Record<string, unknown>): unknown {
  const raw = query['filter'];
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string') throw new ExportParameterError('filter', 'filter: give it once, as one JSON value');
  let value: unknown;
  try {
    value = JSON.parse(raw) as unknown;
  } catch (error) {
    throw new ExportParameterError('filter', `filter: is not valid JSON (${(error as Error).message})`);
  }
  const type = schema.getType(typeName);
  if (!type || !isInputType(type)) throw new Error(`the schema has no input type ${typeName}`);
  const problems: string[] = [];
  const coerced = coerceInputValue(value, type, (path, _invalid, error) => problems.push(`filter${formatPath(path)}: ${error.message}`));
  if (problems.length) throw new ExportParameterError('filter', problems.join('; '));
  return coerced;
}

/** Global ids that do not decode: the GraphQL helper names the field. */
function decoded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions['code'] === 'BAD_USER_INPUT') throw new ExportParameterError('filter', error.message);
    throw error;
  }
}

/** The `filter` of the follow-up export: a `FollowUpActionFilter`. */
export const followUpExportFilter = (schema: GraphQLSchema, query: Record<string, unknown>): FollowUpActionFilter =>
  decoded(() => followUpFilterFromArgs(filterParameter(schema, 'FollowUpActionFilter', query) as FollowUpActionFilterArgs | null));

/** The `filter` of the assessment export: a `CapacityAssessmentFilter`. */
export const assessmentExportFilter = (schema: GraphQLSchema, query: Record<string, unknown>): CapacityAssessmentFilter =>
  decoded(() => assessmentFilterFromArgs(filterParameter(schema, 'CapacityAssessmentFilter', query) as CapacityAssessmentFilterArgs | null));
