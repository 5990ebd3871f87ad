import DataLoader from 'dataloader';
import {
  MissionFacilitator,
  MissionTarget,
  listMissionsOfPartners,
  listMissionsOfSynergies,
  type MissionFilter,
  type MissionOrder,
} from '@synergia/domain';
import { pageLoaders, type LoaderContext } from '../../graphql/loaders.ts';

/** Rows of a mission's part (targets, facilitators), one query for all the missions asked in a tick, in `orderBy` then id order. */
const partsOfMission = <T extends MissionTarget | MissionFacilitator>(
  ctx: LoaderContext,
  entity: typeof MissionTarget | typeof MissionFacilitator,
  orderBy: Record<string, 'asc'>,
) =>
  new DataLoader<string, T[]>(async (ids) => {
    const rows = (await ctx.em.find(entity as typeof MissionTarget, { mission: { $in: [...ids] } }, { orderBy: { ...orderBy, id: 'asc' } })) as unknown as T[];
    const groups = new Map<string, T[]>();
    for (const row of rows) groups.set(row.mission.id, [...(groups.get(row.mission.id) ?? []), row]);
    return ids.map((id) => groups.get(id) ?? []);
  });

/** Per-request DataLoaders of this module, merged into ctx.loaders. */
export function createMissionLoaders(ctx: LoaderContext) {
  /** One loader per distinct (owner kind, filter, order, first, after): every synergy asking the same page shares its statements. */
  const missionsOf = (list: typeof listMissionsOfSynergies) =>
    pageLoaders(
      (ids, filter: MissionFilter | null | undefined, order: MissionOrder | null | undefined, first: number | null | undefined, after: string | null | undefined) =>
        list(ctx, ids, filter, order, { first, after }),
    );

  return {
    missionsOfSynergy: missionsOf(listMissionsOfSynergies),
    missionsOfPartner: missionsOf(listMissionsOfPartners),
    /** A mission's target synergies and partners (one row each). */
    targetsOfMission: partsOfMission<MissionTarget>(ctx, MissionTarget, { createdAt: 'asc' }),
    // By name: a mission's facilitators are replaced together, so the order they were added in says nothing.
    facilitatorsOfMission: partsOfMission<MissionFacilitator>(ctx, MissionFacilitator, { name: 'asc' }),
  };
}
