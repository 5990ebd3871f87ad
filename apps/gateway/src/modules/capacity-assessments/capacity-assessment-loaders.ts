import DataLoader from 'dataloader';
import {
  CapacityAssessment,
  CapacityBuildingMission,
  assessmentPagesOfPartners,
  assessmentsOfMissions,
  capacityChangeByMission,
  previousAssessmentIds,
  scoresOfAssessments,
  readableMissionIds,
  type CapacityChange,
  type ScoreWithChange,
} from '@synergia/domain';
import { pageLoaders, type LoaderContext } from '../../graphql/loaders.ts';

/** Per-request DataLoaders of this module, merged into ctx.loaders. */
export function createCapacityAssessmentLoaders(ctx: LoaderContext) {
  return {
    /** Scores with their change, per assessment: one statement for all assessments asked in a tick. */
    scoresOfAssessment: new DataLoader<string, ScoreWithChange[]>(async (ids) => {
      const groups = await scoresOfAssessments(ctx.em, ids);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    /** Each assessment's previous one (same partner, so just as visible), in two statements for all. */
    previousAssessment: new DataLoader<string, CapacityAssessment | null>(async (ids) => {
      const previous = await previousAssessmentIds(ctx.em, ids);
      const wanted = [...new Set([...previous.values()].filter((id): id is string => id !== null))];
      const rows = wanted.length ? await ctx.em.find(CapacityAssessment, { id: { $in: wanted } }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(previous.get(id) ?? '') ?? null);
    }),
    /** The linked mission, when the actor may read it: one statement for all. */
    missionOfAssessment: new DataLoader<string, CapacityBuildingMission | null>(async (ids) => {
      if (!ctx.actor) return ids.map(() => null);
      const rows = await ctx.em.find(CapacityBuildingMission, { $and: [{ id: { $in: [...ids] } }, { id: { $in: readableMissionIds(ctx.em, ctx.actor) } } as never] });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    assessmentsOfMission: new DataLoader<string, CapacityAssessment[]>(async (ids) => {
      const groups = await assessmentsOfMissions(ctx, ids);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    capacityChangeOfMission: new DataLoader<string, CapacityChange[]>(async (ids) => {
      const changes = await capacityChangeByMission(ctx.em, ids);
      return ids.map((id) => changes.get(id) ?? []);
    }),
    /** One loader per distinct (first, after): all partners asking the same page share two statements. */
    capacityAssessmentsOfPartner: pageLoaders((ids, first: number | null | undefined, after: string | null | undefined) =>
      assessmentPagesOfPartners(ctx, ids, { first, after }),
    ),
  };
}
