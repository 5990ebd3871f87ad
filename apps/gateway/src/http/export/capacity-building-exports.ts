import type { GraphQLSchema } from 'graphql';
import { openCapacityAssessmentExport, openFollowUpExport } from '@synergia/domain';
import type { GraphQLContext } from '../../context.ts';
import { assessmentExportFilter, followUpExportFilter } from './capacity-building-export-params.ts';

type Query = Record<string, unknown>;

/**
 * `GET /export/follow-ups.csv|.xlsx` and `GET /export/capacity-assessments.csv|.xlsx`:
 * the filtered lists of `followUpActions` and `capacityAssessments` (a `filter`
 * JSON parameter shaped like the GraphQL filter; the lists' own fixed order).
 */
export const capacityBuildingExportLists = [
  {
    name: 'follow-ups',
    sheetName: 'Follow-up actions',
    nodeType: 'FollowUpAction' as const,
    open: (ctx: GraphQLContext, schema: GraphQLSchema, query: Query, maxRows: number) =>
      openFollowUpExport(ctx, followUpExportFilter(schema, query), { maxRows }),
  },
  {
    name: 'capacity-assessments',
    sheetName: 'Capacity assessments',
    nodeType: 'CapacityAssessment' as const,
    open: (ctx: GraphQLContext, schema: GraphQLSchema, query: Query, maxRows: number) =>
      openCapacityAssessmentExport(ctx, assessmentExportFilter(schema, query), { maxRows }),
  },
];
