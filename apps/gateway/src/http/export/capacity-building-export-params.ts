import type { GraphQLSchema } from 'graphql';
import type { CapacityAssessmentFilter, FollowUpActionFilter } from '@synergia/domain';
import type {
  CapacityAssessmentFilter as CapacityAssessmentFilterArgs,
  FollowUpActionFilter as FollowUpActionFilterArgs,
} from '../../generated/resolvers-types.ts';
import { followUpFilterFromArgs } from '../../modules/follow-ups/resolvers.ts';
import { assessmentFilterFromArgs } from '../../modules/capacity-assessments/resolvers.ts';
import { exportFilter } from './export-params.ts';

// These lists have a fixed order: their exports take only a `filter`.

/** The `filter` of the follow-up export: a `FollowUpActionFilter`. */
export const followUpExportFilter = (schema: GraphQLSchema, query: Record<string, unknown>): FollowUpActionFilter =>
  exportFilter<FollowUpActionFilterArgs, FollowUpActionFilter>(schema, query, 'FollowUpActionFilter', followUpFilterFromArgs);

/** The `filter` of the assessment export: a `CapacityAssessmentFilter`. */
export const assessmentExportFilter = (schema: GraphQLSchema, query: Record<string, unknown>): CapacityAssessmentFilter =>
  exportFilter<CapacityAssessmentFilterArgs, CapacityAssessmentFilter>(schema, query, 'CapacityAssessmentFilter', assessmentFilterFromArgs);
