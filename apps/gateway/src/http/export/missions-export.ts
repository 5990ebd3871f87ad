import type { GraphQLSchema } from 'graphql';
import { openMissionExport, type MissionFilter as DomainMissionFilter, type MissionOrder as DomainMissionOrder } from '@synergia/domain';
import type { GraphQLContext } from '../../context.ts';
import type { MissionFilter } from '../../generated/resolvers-types.ts';
import { missionFilterFromArgs } from '../../modules/missions/mission-filter.ts';
import { exportParams } from './export-params.ts';

/** The parameters of the mission export: a `MissionFilter` and a `MissionOrder`, as the `missions` query takes them. */
export const missionExportParams = (schema: GraphQLSchema, query: Record<string, unknown>) =>
  exportParams<MissionFilter, DomainMissionFilter, DomainMissionOrder>(schema, query, { filter: 'MissionFilter', order: 'MissionOrder' }, (filter) =>
    missionFilterFromArgs(filter),
  );

/** `GET /export/missions.csv|.xlsx`: the filtered, ordered list of `missions` the signed-in user may see. */
export const missionExportList = {
  name: 'missions',
  sheetName: 'Missions',
  nodeType: 'CapacityBuildingMission' as const,
  open: (ctx: GraphQLContext, schema: GraphQLSchema, query: Record<string, unknown>, maxRows: number) => {
    const { filter, order } = missionExportParams(schema, query);
    return openMissionExport(ctx, filter, order, { maxRows });
  },
};
