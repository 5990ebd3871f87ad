import DataLoader from 'dataloader';
import {
  MissionFacilitator,
  MissionTarget,
  listMissionsOfPartners,
  listMissionsOfSynergies,
  type CapacityBuildingMission,
  type MissionFilter,
  type MissionOrder,
  type Page,
} from '@synergia/domain';
import type { LoaderContext } from '../../graphql/loaders.ts';

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
  const missionPages = new Map<string, DataLoader<string, Page<CapacityBuildingMission>>>();
  const missionsOf =
    (owner: 'synergy' | 'partner') =>
    (filter: MissionFilter | null | undefined, order: MissionOrder | null | undefined, first: number | null | undefined, after: string | null | undefined) => {
      const key = JSON.stringify([owner, filter ?? null, order ?? null, first ?? null, after ?? null]);
      let loader = missionPages.get(key);
      if (!loader) {
        const list = owner === 'synergy' ? listMissionsOfSynergies : listMissionsOfPartners;
        loader = new DataLoader<string, Page<CapacityBuildingMission>>(async (ids) => {
          const pages = await list(ctx, ids, filter, order, { first, after });
          return ids.map((id) => pages.get(id)!);
        });
        missionPages.set(key, loader);
      }
      return loader;
    };

  return {
    missionsOfSynergy: missionsOf('synergy'),
    missionsOfPartner: missionsOf('partner'),
    /** A mission's target synergies and partners (one row each). */
    targetsOfMission: partsOfMission<MissionTarget>(ctx, MissionTarget, { createdAt: 'asc' }),
    // By name: a mission's facilitators are replaced together, so the order they were added in says nothing.
    facilitatorsOfMission: partsOfMission<MissionFacilitator>(ctx, MissionFacilitator, { name: 'asc' }),
  };
}
