import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Actor } from './permissions.rules.ts';
import type { DomainContext } from '../shared/context.ts';
import { Activity } from '../activities/activity.entity.ts';
import { visibleActivitiesWhere } from '../activities/activity.queries.ts';
import { CapacityAssessment } from '../capacity-assessments/capacity-assessment.entity.ts';
import { visibleAssessmentsWhere } from '../capacity-assessments/capacity-assessment.queries.ts';
import { CapacityBuildingReview } from '../capacity-building-reviews/capacity-building-review.entity.ts';
import { visibleReviewsWhere } from '../capacity-building-reviews/review.queries.ts';
import { FollowUpAction } from '../follow-ups/follow-up-action.entity.ts';
import { visibleFollowUpsWhere } from '../follow-ups/follow-up.queries.ts';
import { JointAction } from '../joint-actions/joint-action.entity.ts';
import { visibleJointActionsWhere } from '../joint-actions/joint-action.queries.ts';
import { CapacityBuildingMission } from '../missions/mission.entity.ts';
import { visibleMissionsWhere } from '../missions/mission.queries.ts';
import { Partner } from '../partners/partner.entity.ts';
import { visiblePartnersWhere } from '../partners/partner.queries.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { visibleSynergiesWhere } from '../synergies/synergy.queries.ts';

type Visible = {
  entity: { meta: { className: string } };
  where: (em: EntityManager, actor: Actor) => FilterQuery<never>;
  /** What the entity's own finder populates, so an entity found either way reads the same. */
  populate?: readonly string[];
};

/** The entities whose lists have a visibility clause, by entity name (the GraphQL type's). */
const visibleByName: Record<string, Visible> = Object.fromEntries(
  (
    [
      [Synergy, visibleSynergiesWhere],
      [Partner, visiblePartnersWhere],
      [Activity, visibleActivitiesWhere],
      [JointAction, visibleJointActionsWhere],
      [CapacityBuildingMission, visibleMissionsWhere],
      [FollowUpAction, visibleFollowUpsWhere, ['mission']],
      [CapacityAssessment, visibleAssessmentsWhere],
      [CapacityBuildingReview, visibleReviewsWhere],
    ] as [Visible['entity'], Visible['where'], string[]?][]
  ).map(([entity, where, populate]) => [entity.meta.className, { entity, where, populate }]),
);

/** Whether `findVisibleByIds` finds this entity (by name) in one statement. */
export const findsVisibleByIds = (entityName: string): boolean => Object.hasOwn(visibleByName, entityName);

/**
 * Of `ids`, the entities named `entityName` the actor may see, by id, in one
 * statement: the ids with the entity's list visibility (`visible…Where`,
 * which grants what `can('read')` grants on each one's subject; the
 * node tests compare the two for every demo role). Why: `nodes(ids:)` found
 * each id apart, and each finder read the row and then its permission
 * subject: two statements an id, 54 for 27 partners.
 */
export async function findVisibleByIds(ctx: DomainContext, entityName: string, ids: readonly string[]): Promise<Map<string, object>> {
  const visible = visibleByName[entityName];
  if (!visible) throw new Error(`findVisibleByIds: ${entityName} has no list visibility`);
  if (!ctx.actor || ids.length === 0) return new Map();
  const where = { $and: [{ id: { $in: [...new Set(ids)] } }, visible.where(ctx.em, ctx.actor)] };
  const found = await ctx.em.find(visible.entity as never, where as never, visible.populate ? { populate: visible.populate as never } : {});
  return new Map((found as { id: string }[]).map((entity) => [entity.id, entity]));
}
