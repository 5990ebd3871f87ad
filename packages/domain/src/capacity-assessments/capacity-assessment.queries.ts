import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { CapacityAssessment } from './capacity-assessment.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { visiblePartnersWhere } from '../partners/partner.queries.ts';
import { checkDate, currentMemberIds } from '../activities/activity.queries.ts';
import type { Actor } from '../permissions/permissions.rules.ts';

/** Narrows a list of assessments (GraphQL `CapacityAssessmentFilter`); every field narrows further. */
export type CapacityAssessmentFilter = {
  networkId?: string | null;
  partnerId?: string | null;
  /** Assessments of current members of this synergy. */
  synergyId?: string | null;
  missionId?: string | null;
  countries?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
};

/** An assessment is seen by whoever sees its partner (the partner list's rule, in SQL). */
export function visibleAssessmentsWhere(em: EntityManager, actor: Actor): FilterQuery<CapacityAssessment> {
  const partners = em.createQueryBuilder(Partner, 'vp').select('vp.id').where(visiblePartnersWhere(em, actor)).getKnexQuery();
  return { partner: { $in: partners } } as never;
}

/** The list filter as a where clause; every field narrows. Bad dates name the argument. */
export function assessmentFilterWhere(em: EntityManager, filter: CapacityAssessmentFilter = {}): FilterQuery<CapacityAssessment> {
  checkDate(filter.from, 'filter.from');
  checkDate(filter.to, 'filter.to');
  const and: FilterQuery<CapacityAssessment>[] = [];
  if (filter.networkId) and.push({ network: filter.networkId });
  if (filter.partnerId) and.push({ partner: filter.partnerId });
  if (filter.synergyId) and.push({ partner: { $in: currentMemberIds(em, [filter.synergyId]) } } as never);
  if (filter.missionId) and.push({ mission: filter.missionId });
  if (filter.countries?.length) and.push({ partner: { country: { $in: filter.countries.map((code) => code.toUpperCase()) } } });
  if (filter.from) and.push({ assessedOn: { $gte: filter.from } });
  if (filter.to) and.push({ assessedOn: { $lte: filter.to } });
  return and.length ? { $and: and } : {};
}

/** Latest first; the id breaks ties, and "previous" follows the same order. */
export const assessmentOrderBy = { assessedOn: 'desc', id: 'desc' } as const;
