import type { EntityManager } from '@mikro-orm/knex';
import { CapacityBuildingMission, MissionFacilitator, MissionTarget } from './mission.entity.ts';
import {
  changeMissionStatusSchema,
  createMissionSchema,
  deleteMissionSchema,
  recordMissionEvaluationSchema,
  updateMissionSchema,
  type ChangeMissionStatusInput,
  type CreateMissionInput,
  type DeleteMissionInput,
  type RecordMissionEvaluationInput,
  type UpdateMissionInput,
} from './mission.schemas.ts';
import {
  missionBudgetErrors,
  missionCompletionDates,
  duplicateTargetErrors,
  missionEvaluationErrors,
  facilitatorErrors,
  firstLockedMissionField,
  futureActualDateErrors,
  missionLockedError,
  missionPeriodErrors,
  missionPlaceErrors,
  missionTakesEvaluation,
} from './mission.rules.ts';
import { missionFilterWhere, missionOrderBy, visibleMissionsWhere } from './mission.queries.ts';
import type { MissionFilter, MissionOrder } from './mission.filter.ts';
import { missionSubject } from './mission.subject.ts';
import type { FacilitatorKind, FacilitatorOrigin } from './capacity-building.vocabulary.ts';
import { missionIsLocked } from '../capacity-building-reviews/review.rules.ts';
import { FollowUpAction } from '../follow-ups/follow-up-action.entity.ts';
import { CapacityAssessment } from '../capacity-assessments/capacity-assessment.entity.ts';
import { canMoveTo } from '../activities/activity-status.rules.ts';
import { validateGenderMarker } from '../activities/gender-marker.rules.ts';
import { validateParticipantCells } from '../activities/participant-counts.rules.ts';
import { assignGenderMarker, assignParticipants, genderMarkerFromInput, normaliseCells, notTargeted } from '../activities/activity.values.ts';
import { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { can, type Subject } from '../permissions/permissions.rules.ts';
import { actorRef, commit, touch, type DomainContext } from '../shared/context.ts';
import { conflict, fail, forbidden, notFound, ok, staleVersion, validationError, type Result, type UserError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { checkPageArgs, findPage, type Page, type PageArgs } from '../shared/pagination.ts';
import { todayIso } from '../shared/dates.ts';
import { amountText } from '../shared/amounts.ts';
import type { JoinedFields } from '../shared/read-only-entities.ts';

type FacilitatorDraft = { name: string; kind: FacilitatorKind; origin: FacilitatorOrigin; partnerId: string | null };

/** One mission, or null when it does not exist or the actor may not see it. */
export async function findMission(ctx: DomainContext, id: string): Promise<CapacityBuildingMission | null> {
  if (!ctx.actor) return null;
  const mission = await ctx.em.findOne(CapacityBuildingMission, { id });
  if (!mission) return null;
  return can(ctx.actor, 'read', await missionSubject(ctx.em, mission)) ? mission : null;
}

/** Missions the actor may see, filtered and ordered in SQL, a page at a time. */
export async function listMissions(
  ctx: DomainContext,
  filter: MissionFilter | null | undefined,
  order: MissionOrder | null | undefined,
  page: PageArgs,
  /** The properties the caller reads (`FindPageOptions.fields`); every one when absent. */
  fields?: readonly (keyof CapacityBuildingMission & string)[],
  /** Of the relations joined to the page, the properties the caller reads (`FindPageOptions.joinedFields`). */
  joinedFields?: JoinedFields,
): Promise<Page<CapacityBuildingMission>> {
  const { first, after } = checkPageArgs(page);
  if (!ctx.actor) return { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  const where = { $and: [visibleMissionsWhere(ctx.em, ctx.actor), missionFilterWhere(ctx.em, filter ?? {})] };
  // Joined to the page (no statement of their own): the organiser's name is the synergy's, else the network's.
  return findPage(ctx.em, CapacityBuildingMission, where, { first, after, orderBy: missionOrderBy(order), populate: ['organiserSynergy', 'network'], fields, joinedFields });
}

/**
 * Checks that the target synergies and partners and the facilitators'
 * partners belong to the mission's network, naming the list entry at fault.
 */
async function checkReferences(
  em: EntityManager,
  networkId: string,
  given: { targetSynergyIds?: readonly string[]; targetPartnerIds?: readonly string[]; facilitators?: readonly FacilitatorDraft[] },
): Promise<{ errors: UserError[]; synergies: Map<string, Synergy>; partners: Map<string, Partner> }> {
  const synergyIds = [...new Set(given.targetSynergyIds ?? [])];
  const partnerIds = [...new Set([...(given.targetPartnerIds ?? []), ...(given.facilitators ?? []).flatMap((f) => (f.partnerId ? [f.partnerId] : []))])];
  const synergies = new Map(
    (synergyIds.length ? await em.find(Synergy, { id: { $in: synergyIds }, network: networkId }) : []).map((synergy) => [synergy.id, synergy]),
  );
  const partners = new Map(
    (partnerIds.length ? await em.find(Partner, { id: { $in: partnerIds }, network: networkId }) : []).map((partner) => [partner.id, partner]),
  );
  const errors: UserError[] = [];
  const missing = (path: string[], what: string) => errors.push({ ...notFound(what, path), message: `${path.join('.')}: no such ${what.toLowerCase()} in this network` });
  (given.targetSynergyIds ?? []).forEach((id, index) => synergies.has(id) || missing(['targetSynergyIds', String(index)], 'Synergy'));
  (given.targetPartnerIds ?? []).forEach((id, index) => partners.has(id) || missing(['targetPartnerIds', String(index)], 'Partner'));
  (given.facilitators ?? []).forEach((f, index) => !f.partnerId || partners.has(f.partnerId) || missing(['facilitators', String(index), 'partnerId'], 'Partner'));
  errors.push(
    ...duplicateTargetErrors(given.targetSynergyIds ?? [], 'targetSynergyIds'),
    ...duplicateTargetErrors(given.targetPartnerIds ?? [], 'targetPartnerIds'),
    ...facilitatorErrors(given.facilitators ?? []),
  );
  return { errors, synergies, partners };
}

/** Plans a mission with its targets and facilitators (the organising synergy's coordinators; network admins, also for network missions). */
export async function createMission(ctx: DomainContext, input: CreateMissionInput): Promise<Result<CapacityBuildingMission>> {
  const parsed = parseInput(createMissionSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  let organiser: Synergy | null = null;
  let network: Network | null;
  if (data.organiserSynergyId) {
    organiser = await ctx.em.findOne(Synergy, { id: data.organiserSynergyId }, { populate: ['network'] });
    if (!organiser) return fail(notFound('The synergy', ['organiserSynergyId']));
    network = organiser.network.getEntity();
    if (data.networkId && data.networkId !== network.id) {
      return fail(validationError(['networkId'], `networkId: ${organiser.name} belongs to another network; leave networkId out`));
    }
  } else {
    if (!data.networkId) return fail(validationError(['networkId'], 'networkId: a mission the network organises needs its network (or give organiserSynergyId)'));
    network = await ctx.em.findOne(Network, { id: data.networkId });
    if (!network) return fail(notFound('The network', ['networkId']));
  }
  const subject: Subject = {
    kind: 'Mission',
    networkId: network.id,
    organiserSynergyId: organiser?.id ?? null,
    synergyIds: organiser ? [organiser.id] : [],
    partnerIds: [],
  };
  const path = [organiser ? 'organiserSynergyId' : 'networkId'];
  if (!can(ctx.actor, 'create', subject)) {
    return fail(
      can(ctx.actor, 'read', subject) || can(ctx.actor, 'read', { kind: 'Network', networkId: network.id })
        ? forbidden(organiser ? `You may not plan missions for ${organiser.name}.` : 'Only network admins plan missions the network organises.', path)
        : notFound(organiser ? 'The synergy' : 'The network', path),
    );
  }
  const marker = data.genderMarker ? genderMarkerFromInput(data.genderMarker) : notTargeted();
  const checked = await checkReferences(ctx.em, network.id, data);
  const errors: UserError[] = [
    ...missionPeriodErrors(data.plannedStartDate, data.plannedEndDate, ['plannedStartDate', 'plannedEndDate']),
    ...missionPlaceErrors(data),
    ...missionBudgetErrors({ planned: data.budgetPlanned, spent: data.budgetSpent, currency: data.budgetCurrency }),
    ...validateParticipantCells(data.participants, network.ageBands),
    ...validateGenderMarker(marker),
    ...checked.errors,
  ];
  if (errors.length) return fail(...errors);
  const who = actorRef(ctx);
  const mission = ctx.em.create(CapacityBuildingMission, {
    network,
    organiserSynergy: organiser,
    format: data.format,
    themes: data.themes,
    title: data.title,
    objectives: data.objectives,
    plannedStartDate: data.plannedStartDate,
    plannedEndDate: data.plannedEndDate,
    country: data.country,
    city: data.city,
    online: data.online,
    status: 'PLANNED',
    budgetPlanned: amountText(data.budgetPlanned),
    budgetSpent: amountText(data.budgetSpent),
    budgetCurrency: data.budgetCurrency,
    participantCells: [],
    genderCriteria: [],
    createdBy: who,
    updatedBy: who,
  });
  assignParticipants(mission, normaliseCells(data.participants, network.ageBands), network.ageBands);
  assignGenderMarker(mission, marker);
  createParts(ctx, mission, checked, data);
  return commit(ctx, mission);
}

/** Creates target and facilitator rows from checked input. */
function createParts(
  ctx: DomainContext,
  mission: CapacityBuildingMission,
  checked: { synergies: Map<string, Synergy>; partners: Map<string, Partner> },
  given: { targetSynergyIds?: readonly string[]; targetPartnerIds?: readonly string[]; facilitators?: readonly FacilitatorDraft[] },
): void {
  for (const id of given.targetSynergyIds ?? []) ctx.em.create(MissionTarget, { mission, synergy: checked.synergies.get(id)!, partner: null });
  for (const id of given.targetPartnerIds ?? []) ctx.em.create(MissionTarget, { mission, synergy: null, partner: checked.partners.get(id)! });
  for (const f of given.facilitators ?? []) {
    ctx.em.create(MissionFacilitator, { mission, name: f.name, kind: f.kind, origin: f.origin, partner: f.partnerId ? checked.partners.get(f.partnerId)! : null });
  }
}

/**
 * Loads a mission for a change, checking that the actor may make it, that no
 * approved review locks what `given` changes, and that `version` is current.
 * `path` names the input field holding its id.
 */
async function missionForChange(
  ctx: DomainContext,
  id: string,
  version: number,
  action: 'update' | 'delete',
  path: string,
  given: Record<string, unknown> = {},
): Promise<Result<CapacityBuildingMission>> {
  const mission = await ctx.em.findOne(CapacityBuildingMission, { id }, { populate: ['network', 'organiserSynergy'] });
  if (!mission) return fail(notFound('The mission', [path]));
  const subject = await missionSubject(ctx.em, mission);
  if (!can(ctx.actor, action, subject)) {
    return fail(
      can(ctx.actor, 'read', subject)
        ? forbidden(`You may not ${action === 'delete' ? 'delete' : 'change'} this mission.`, [path])
        : notFound('The mission', [path]),
    );
  }
  if (action === 'update' && missionIsLocked(mission.reviewStatus)) {
    // Every field of the inputs is a reviewed one; an input giving none would still bump the version, so it is refused too.
    return fail(missionLockedError(firstLockedMissionField(given) ?? path));
  }
  const stale = staleVersion(mission.version, version, 'This mission');
  return stale ? fail(stale) : ok(mission);
}

/** Changes the fields given; the whole result is checked as on create. Lists given replace the stored ones. */
export async function updateMission(ctx: DomainContext, input: UpdateMissionInput): Promise<Result<CapacityBuildingMission>> {
  const parsed = parseInput(updateMissionSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, participants, genderMarker, targetSynergyIds, targetPartnerIds, facilitators, ...fields } = parsed.value;
  const found = await missionForChange(ctx, id, version, 'update', 'id', parsed.value);
  if (!found.ok) return found;
  const mission = found.value;
  const network = mission.network.getEntity();
  const pick = <K extends keyof typeof fields>(key: K, stored: unknown) => (fields[key] !== undefined ? fields[key] : stored);
  const start = pick('plannedStartDate', mission.plannedStartDate) as string;
  const end = pick('plannedEndDate', mission.plannedEndDate) as string;
  const actualStart = pick('actualStartDate', mission.actualStartDate ?? null) as string | null;
  const actualEnd = pick('actualEndDate', mission.actualEndDate ?? null) as string | null;
  const marker = genderMarker ? genderMarkerFromInput(genderMarker) : null;
  const storedAmount = (value: string | null | undefined) => (value == null ? null : Number(value));
  const checked = await checkReferences(ctx.em, network.id, { targetSynergyIds, targetPartnerIds, facilitators });
  const errors: UserError[] = [
    ...missionPeriodErrors(start, end, ['plannedStartDate', 'plannedEndDate']),
    // Only the dates given are checked against today: stored ones were checked when recorded.
    ...futureActualDateErrors(fields, todayIso()),
    ...(actualStart && actualEnd ? missionPeriodErrors(actualStart, actualEnd, ['actualStartDate', 'actualEndDate']) : []),
    ...missionPlaceErrors({ country: pick('country', mission.country ?? null) as string | null, online: pick('online', mission.online) as boolean }),
    ...missionBudgetErrors({
      planned: pick('budgetPlanned', storedAmount(mission.budgetPlanned)) as number | null,
      spent: pick('budgetSpent', storedAmount(mission.budgetSpent)) as number | null,
      currency: pick('budgetCurrency', mission.budgetCurrency ?? null) as string | null,
    }),
    ...checked.errors,
  ];
  if (participants) errors.push(...validateParticipantCells(participants, network.ageBands));
  if (marker) errors.push(...validateGenderMarker(marker));
  // A started mission keeps its first day, a completed one both: they were set when it moved there.
  if (mission.status !== 'PLANNED' && mission.status !== 'CANCELLED' && !actualStart) {
    errors.push(validationError(['actualStartDate'], `actualStartDate: a ${mission.status} mission keeps its actual first day`));
  }
  if (mission.status === 'COMPLETED' && !actualEnd) errors.push(validationError(['actualEndDate'], 'actualEndDate: a completed mission keeps its actual last day'));
  if (participants && mission.status === 'COMPLETED' && !participants.some((cell) => cell.count > 0)) {
    errors.push(validationError(['participants'], 'participants: a completed mission must say how many people took part'));
  }
  if (errors.length) return fail(...errors);
  // Every read happens before the first change, so no query flushes half an update outside the audited commit.
  const oldTargets = targetSynergyIds || targetPartnerIds ? await ctx.em.find(MissionTarget, { mission: mission.id }) : [];
  const oldFacilitators = facilitators ? await ctx.em.find(MissionFacilitator, { mission: mission.id }) : [];
  const { budgetPlanned, budgetSpent, ...plain } = fields;
  ctx.em.assign(mission, Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined)));
  if (budgetPlanned !== undefined) mission.budgetPlanned = amountText(budgetPlanned);
  if (budgetSpent !== undefined) mission.budgetSpent = amountText(budgetSpent);
  if (participants) assignParticipants(mission, normaliseCells(participants, network.ageBands), network.ageBands);
  if (marker) assignGenderMarker(mission, marker);
  for (const target of oldTargets) {
    if ((target.synergy && targetSynergyIds) || (target.partner && targetPartnerIds)) ctx.em.remove(target);
  }
  for (const facilitator of oldFacilitators) ctx.em.remove(facilitator);
  createParts(ctx, mission, checked, { targetSynergyIds, targetPartnerIds, facilitators });
  touch(ctx, mission);
  return commit(ctx, mission);
}

/**
 * Moves a mission along PLANNED → ONGOING → COMPLETED (or CANCELLED).
 * Starting fills in the actual first day; completing needs participants and
 * takes the planned days as actual ones when none are recorded and they are past.
 */
export async function changeMissionStatus(ctx: DomainContext, input: ChangeMissionStatusInput): Promise<Result<CapacityBuildingMission>> {
  const parsed = parseInput(changeMissionStatusSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, status } = parsed.value;
  const found = await missionForChange(ctx, id, version, 'update', 'id', { status });
  if (!found.ok) return found;
  const mission = found.value;
  if (mission.status === status) return ok(mission);
  if (!canMoveTo(mission.status, status)) {
    return fail(
      validationError(
        ['status'],
        mission.status === 'COMPLETED' || mission.status === 'CANCELLED'
          ? `status: this mission is ${mission.status}, which is final`
          : `status: a ${mission.status} mission cannot become ${status}`,
      ),
    );
  }
  const today = todayIso();
  if (status === 'COMPLETED') {
    const dates = missionCompletionDates(mission, today);
    if (dates.errors.length) return fail(...dates.errors);
    mission.actualStartDate = dates.actualStartDate;
    mission.actualEndDate = dates.actualEndDate;
  }
  // A mission started ahead of plan started today: actual dates are never in the future.
  if (status === 'ONGOING') mission.actualStartDate ??= today < mission.plannedStartDate ? today : mission.plannedStartDate;
  mission.status = status;
  touch(ctx, mission);
  return commit(ctx, mission);
}

/** Deletes a planned mission nobody reviews, with its parts. Others are cancelled instead, so their record stays. */
export async function deleteMission(ctx: DomainContext, input: DeleteMissionInput): Promise<Result<string>> {
  const parsed = parseInput(deleteMissionSchema, input);
  if (!parsed.ok) return parsed;
  const found = await missionForChange(ctx, parsed.value.id, parsed.value.version, 'delete', 'id');
  if (!found.ok) return found;
  const mission = found.value;
  if (mission.status !== 'PLANNED') {
    return fail(conflict(`Only planned missions can be deleted; this one is ${mission.status}. Cancel it instead: the record stays.`, ['id']));
  }
  if (mission.reviewStatus) return fail(conflict(`A mission under review (${mission.reviewStatus}) cannot be deleted; cancel it instead.`, ['id']));
  // Parts go through the unit of work (not the foreign keys' cascade) so each is in the audit log; all are read first.
  const parts: object[] = [
    ...(await ctx.em.find(MissionTarget, { mission: mission.id })),
    ...(await ctx.em.find(MissionFacilitator, { mission: mission.id })),
    ...(await ctx.em.find(FollowUpAction, { mission: mission.id })),
  ];
  const assessments = await ctx.em.find(CapacityAssessment, { mission: mission.id });
  for (const assessment of assessments) assessment.mission = null;
  for (const part of parts) ctx.em.remove(part);
  ctx.em.remove(mission);
  return commit(ctx, mission.id);
}

/** Records or replaces the participants' evaluation of an ongoing or completed mission. */
export async function recordMissionEvaluation(ctx: DomainContext, input: RecordMissionEvaluationInput): Promise<Result<CapacityBuildingMission>> {
  const parsed = parseInput(recordMissionEvaluationSchema, input);
  if (!parsed.ok) return parsed;
  const { missionId, version, ...evaluation } = parsed.value;
  const found = await missionForChange(ctx, missionId, version, 'update', 'missionId', evaluation);
  if (!found.ok) return found;
  const mission = found.value;
  if (!missionTakesEvaluation(mission.status)) {
    return fail(validationError(['missionId'], `missionId: only an ONGOING or COMPLETED mission is evaluated; this one is ${mission.status}`));
  }
  const errors = missionEvaluationErrors(evaluation.formsReturned, mission.participantsTotal);
  if (errors.length) return fail(...errors);
  Object.assign(mission, {
    evaluationFormsReturned: evaluation.formsReturned,
    evaluationRelevance: evaluation.relevance,
    evaluationQuality: evaluation.quality,
    evaluationUsefulness: evaluation.usefulness,
    evaluationLearnings: evaluation.learnings,
  });
  touch(ctx, mission);
  return commit(ctx, mission);
}

export type { MissionFilter, MissionOrder };
