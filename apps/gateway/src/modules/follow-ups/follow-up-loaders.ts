import DataLoader from 'dataloader';
import { CapacityBuildingMission, followUpsOfMissions, type FollowUpAction } from '@synergia/domain';
import { byId, type LoaderContext } from '../../graphql/loaders.ts';

/** Per-request DataLoaders of this module, merged into ctx.loaders. */
export function createFollowUpLoaders(ctx: LoaderContext) {
  return {
    /** The visible follow-ups of each mission, by due date: one statement for all missions asked in a tick. */
    followUpsOfMission: new DataLoader<string, FollowUpAction[]>(async (ids) => {
      const groups = await followUpsOfMissions(ctx, ids);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    /** A follow-up's mission by id. */
    missionOfFollowUp: byId(ctx, CapacityBuildingMission),
  };
}
