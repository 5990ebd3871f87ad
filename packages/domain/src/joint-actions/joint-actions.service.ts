import type { EntityManager } from '@mikro-orm/knex';
import { JointAction, JointActionMilestone, JointActionPartner, PolicyOutcome, PolicyTarget } from './joint-action.entity.ts';
import {
  addJointActionMilestoneSchema,
  addJointActionPartnerSchema,
  addPolicyTargetSchema,
  changeJointActionStatusSchema,
  createJointActionSchema,
  deleteJointActionSchema,
  recordPolicyOutcomeSchema,
  removeJointActionMilestoneSchema,
  removeJointActionPartnerSchema,
  removePolicyTargetSchema,
  updateJointActionMilestoneSchema,
  updateJointActionPartnerSchema,
  updateJointActionSchema,
  updatePolicyOutcomeSchema,
  type AddJointActionMilestoneInput,
  type AddJointActionPartnerInput,
  type AddPolicyTargetInput,
  type ChangeJointActionStatusInput,
  type CreateJointActionInput,
  type DeleteJointActionInput,
  type RecordPolicyOutcomeInput,
  type RemoveJointActionMilestoneInput,
  type RemoveJointActionPartnerInput,
  type RemovePolicyTargetInput,
  type UpdateJointActionMilestoneInput,
  type UpdateJointActionPartnerInput,
  type UpdateJointActionInput,
  type UpdatePolicyOutcomeInput,
} from './joint-action.schemas.ts';
import { completionErrors, contributionErrors, coversPeriod, outcomeNeedsStage, partnerListErrors, takesTargets } from './joint-action.rules.ts';
import { furthestStage } from './joint-action.vocabulary.ts';
import { jointActionFilterWhere, jointActionOrderBy, visibleJointActionsWhere } from './joint-action.queries.ts';
import type { JointActionFilter, JointActionOrder } from './joint-action.filter.ts';
import { canMoveTo } from '../activities/activity-status.rules.ts';
import { validateGenderMarker } from '../activities/gender-marker.rules.ts';
import { validateParticipantCells, type ParticipantCell } from '../activities/participant-counts.rules.ts';
import { assignGenderMarker, assignParticipants, genderMarkerFromInput, normaliseCells, notTargeted } from '../activities/activity.values.ts';
import { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';
import { can, type Actor, type Subject } from '../permissions/permissions.rules.ts';
import { actorRef, commit, touch, type DomainContext } from '../shared/context.ts';
import { rowsAsJson, type JoinedFields } from '../shared/read-only-entities.ts';
import { conflict, fail, forbidden, notFound, ok, staleVersion, validationError, type Result, type UserError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { checkPageArgs, correlatedRowsByItem, findPage, type Page, type PageArgs } from '../shared/pagination.ts';
import { todayIso } from '../shared/dates.ts';
import { amountText } from '../shared/amounts.ts';

type SubjectFacts = Pick<JointAction, 'network' | 'synergy'>;

/**
 * The permission subject of a joint action, from its participating partners
 * and their current synergies (which let those synergies' people read it).
 */
export function jointActionSubjectFrom(action: SubjectFacts, partnerIds: readonly string[], partnerSynergyIds: readonly string[]): Subject {
  const synergyIds = new Set(partnerSynergyIds);
  if (action.synergy) synergyIds.add(action.synergy.id);
  return { kind: 'JointAction', networkId: action.network.id, synergyId: action.synergy?.id ?? null, partnerIds: [...partnerIds], synergyIds: [...synergyIds] };
}

/** The permission subject of a stored joint action. */
export async function jointActionSubject(em: EntityManager, action: SubjectFacts & { id: string }): Promise<Subject> {
  const taking = await em.find(JointActionPartner, { jointAction: action.id }, { fields: ['partner'] });
  const partnerIds = taking.map((row) => row.partner.id);
  const memberships = partnerIds.length
    ? await em.find(SynergyMembership, { partner: { $in: partnerIds }, ...currentMembershipWhere() }, { fields: ['synergy'] })
    : [];
  return jointActionSubjectFrom(action, partnerIds, memberships.map((membership) => membership.synergy.id));
}

/** What the actor may do with a joint action, from the same facts the mutations check (deleting only while planned). */
export function jointActionPermissions(actor: Actor | null, action: Pick<JointAction, 'status'>, subject: Subject): { update: boolean; delete: boolean } {
  return { update: can(actor, 'update', subject), delete: action.status === 'PLANNED' && can(actor, 'delete', subject) };
}

/** One joint action, or null when it does not exist or the actor may not see it. */
export async function findJointAction(ctx: DomainContext, id: string): Promise<JointAction | null> {
  if (!ctx.actor) return null;
  const action = await ctx.em.findOne(JointAction, { id });
  if (!action) return null;
  return can(ctx.actor, 'read', await jointActionSubject(ctx.em, action)) ? action : null;
}

/** Joint actions the actor may see, filtered and ordered, a page at a time. */
export async function listJointActions(
  ctx: DomainContext,
  filter: JointActionFilter | null | undefined,
  order: JointActionOrder | null | undefined,
  page: PageArgs,
  /** The properties the caller reads (`FindPageOptions.fields`); every one when absent. */
  fields?: readonly (keyof JointAction & string)[],
  /** Of the relations joined to the page, the properties the caller reads (`FindPageOptions.joinedFields`). */
  joinedFields?: JoinedFields,
  /**
   * Whether the caller reads the participating partners, and what it reads of
   * them (`fields`) and of their partners (`partner`), every property of one
   * left out: a first page then carries them (`partnersOfPage`) with only those.
   */
  withPartners: false | { fields?: readonly (keyof JointActionPartner & string)[]; partner?: readonly (keyof Partner & string)[] } = false,
): Promise<Page<JointAction>> {
  const { first, after } = checkPageArgs(page);
  if (!ctx.actor) return { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  const where = { $and: [visibleJointActionsWhere(ctx.em, ctx.actor), jointActionFilterWhere(ctx.em, filter ?? {})] };
  // The synergies come joined to the page: no statement of their own; the partners, asked, in the same statement.
  const correlated = withPartners
    ? {
        partners: rowsAsJson(ctx.em, JointActionPartner, 'jointAction', {
          orderBy: participatingPartnersOrder,
          populate: ['partner'],
          fields: withPartners.fields,
          joinedFields: { partner: withPartners.partner },
        }),
      }
    : undefined;
  return findPage(ctx.em, JointAction, where, { first, after, orderBy: jointActionOrderBy(order), populate: ['synergy'], fields, joinedFields, correlated });
}

/** The order participating partners were added in: the gateway's `partnersOfJointAction` loader and `partnersOfPage` read them so. */
export const participatingPartnersOrder = { createdAt: 'asc', id: 'asc' } as const;

/**
 * The participating partners of each joint action a page asked with
 * `withPartners` brought, with their partners (partial ones where
 * `withPartners` named some properties: `isPartial`); null when it did not
 * bring them.
 */
export const partnersOfPage = (em: EntityManager, page: Page<JointAction>): Map<string, JointActionPartner[]> | null =>
  correlatedRowsByItem(em, page, 'partners', JointActionPartner, (taking) => taking.jointAction.id, ['partner']);

type PartnerDraft = {
  partnerId: string;
  role: JointActionPartner['role'];
  contributionPeople: number | null;
  contributionAmount: number | null;
  contributionCurrency: string | null;
  contributionInKind: string | null;
};

/**
 * Checks that each partner exists in the network and may take part: a member
 * of the owning synergy on the action's dates, or for a continental action a
 * member of any of the network's synergies then. Returns the partners by id.
 */
async function checkParticipants(
  em: EntityManager,
  owner: { network: Network; synergy: Synergy | null },
  partners: readonly PartnerDraft[],
  period: { start: string; end: string },
  path: string,
): Promise<{ errors: UserError[]; byId: Map<string, Partner> }> {
  const ids = [...new Set(partners.map((partner) => partner.partnerId))];
  const found = ids.length ? await em.find(Partner, { id: { $in: ids }, network: owner.network.id }) : [];
  const byId = new Map(found.map((partner) => [partner.id, partner]));
  const memberships = ids.length
    ? await em.find(
        SynergyMembership,
        owner.synergy ? { partner: { $in: ids }, synergy: owner.synergy.id } : { partner: { $in: ids }, synergy: { network: owner.network.id } },
      )
    : [];
  const errors: UserError[] = [];
  partners.forEach((draft, index) => {
    const at = [path, String(index)];
    const partner = byId.get(draft.partnerId);
    if (!partner) {
      errors.push({ ...notFound('The partner', [...at, 'partnerId']), message: `${at.join('.')}.partnerId: no such partner in this network` });
      return;
    }
    const member = memberships.some((membership) => membership.partner.id === partner.id && coversPeriod(membership, period.start, period.end));
    if (!member) {
      errors.push(
        validationError(
          [...at, 'partnerId'],
          owner.synergy
            ? `${at.join('.')}.partnerId: ${partner.name} was not a member of ${owner.synergy.name} between ${period.start} and ${period.end}`
            : `${at.join('.')}.partnerId: ${partner.name} was not a member of any synergy of the network between ${period.start} and ${period.end}`,
        ),
      );
    }
    errors.push(...contributionErrors(draft.contributionAmount, draft.contributionCurrency, at));
  });
  return { errors, byId };
}

const partnerFields = (draft: PartnerDraft) => ({
  role: draft.role,
  contributionPeople: draft.contributionPeople,
  contributionAmount: amountText(draft.contributionAmount),
  contributionCurrency: draft.contributionCurrency,
  contributionInKind: draft.contributionInKind,
});

/** The participants and gender marker errors, shared by create and update. */
function reachErrors(cells: ParticipantCell[], network: Network, marker: Parameters<typeof validateGenderMarker>[0]): UserError[] {
  return [...validateParticipantCells(cells, network.ageBands), ...validateGenderMarker(marker)];
}

const periodErrors = (start: string, end: string, names: [string, string]): UserError[] =>
  end < start ? [validationError([names[1]], `${names[1]}: the last day (${end}) is before the first (${start})`)] : [];

/** Plans a joint action with its partners and milestones (the synergy's coordinators, network admins). */
export async function createJointAction(ctx: DomainContext, input: CreateJointActionInput): Promise<Result<JointAction>> {
  const parsed = parseInput(createJointActionSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  let synergy: Synergy | null = null;
  let network: Network | null;
  if (data.synergyId) {
    synergy = await ctx.em.findOne(Synergy, { id: data.synergyId }, { populate: ['network'] });
    if (!synergy) return fail(notFound('The synergy', ['synergyId']));
    network = synergy.network.getEntity();
    if (data.networkId && data.networkId !== network.id) {
      return fail(validationError(['networkId'], `networkId: ${synergy.name} belongs to another network; leave networkId out`));
    }
  } else {
    if (!data.networkId) return fail(validationError(['networkId'], 'networkId: a continental joint action needs its network (or give synergyId)'));
    network = await ctx.em.findOne(Network, { id: data.networkId });
    if (!network) return fail(notFound('The network', ['networkId']));
  }
  const subject: Subject = {
    kind: 'JointAction',
    networkId: network.id,
    synergyId: synergy?.id ?? null,
    partnerIds: [],
    synergyIds: synergy ? [synergy.id] : [],
  };
  if (!can(ctx.actor, 'create', subject)) {
    const what = synergy ? `joint actions for ${synergy.name}` : 'continental joint actions';
    return fail(
      can(ctx.actor, 'read', subject) || can(ctx.actor, 'read', { kind: 'Network', networkId: network.id })
        ? forbidden(`You may not plan ${what}.`, [synergy ? 'synergyId' : 'networkId'])
        : notFound(synergy ? 'The synergy' : 'The network', [synergy ? 'synergyId' : 'networkId']),
    );
  }
  const start = data.plannedStartDate;
  const end = data.plannedEndDate ?? start;
  const marker = data.genderMarker ? genderMarkerFromInput(data.genderMarker) : notTargeted();
  const errors: UserError[] = [
    ...periodErrors(start, end, ['plannedStartDate', 'plannedEndDate']),
    ...reachErrors(data.participants, network, marker),
  ];
  const checked = await checkParticipants(ctx.em, { network, synergy }, data.partners, { start, end }, 'partners');
  errors.push(...partnerListErrors(data.partners, 'partners', (id) => checked.byId.get(id)?.name ?? id), ...checked.errors);
  const participating = new Set(data.partners.map((partner) => partner.partnerId));
  data.milestones.forEach((milestone, index) => {
    if (milestone.responsiblePartnerId && !participating.has(milestone.responsiblePartnerId)) {
      errors.push(
        validationError(
          ['milestones', String(index), 'responsiblePartnerId'],
          `milestones.${index}.responsiblePartnerId: the responsible partner must be one of the partners taking part`,
        ),
      );
    }
    errors.push(...doneDateErrors(milestone.doneDate, ['milestones', String(index), 'doneDate']));
  });
  if (errors.length) return fail(...errors);
  const who = actorRef(ctx);
  const action = ctx.em.create(JointAction, {
    network,
    synergy,
    kind: data.kind,
    title: data.title,
    objective: data.objective,
    branches: data.branches,
    country: synergy?.country ?? null,
    plannedStartDate: start,
    plannedEndDate: end,
    status: 'PLANNED',
    participantCells: [],
    genderCriteria: [],
    createdBy: who,
    updatedBy: who,
  });
  assignParticipants(action, normaliseCells(data.participants, network.ageBands), network.ageBands);
  assignGenderMarker(action, marker);
  for (const draft of data.partners) {
    ctx.em.create(JointActionPartner, { jointAction: action, partner: checked.byId.get(draft.partnerId)!, ...partnerFields(draft) });
  }
  for (const milestone of data.milestones) {
    ctx.em.create(JointActionMilestone, {
      jointAction: action,
      title: milestone.title,
      dueDate: milestone.dueDate,
      doneDate: milestone.doneDate,
      responsiblePartner: milestone.responsiblePartnerId ? checked.byId.get(milestone.responsiblePartnerId)! : null,
    });
  }
  return commit(ctx, action);
}

const doneDateErrors = (doneDate: string | null | undefined, path: string[]): UserError[] =>
  doneDate && doneDate > todayIso() ? [validationError(path, `${path.join('.')}: ${doneDate} is in the future; check a milestone off when it is done`)] : [];

/**
 * Loads a joint action for a change, checking that the actor may make it and
 * that `version` is current. `path` names the input field holding its id.
 */
async function jointActionForChange(
  ctx: DomainContext,
  id: string,
  version: number,
  action: 'update' | 'delete',
  path: string,
): Promise<Result<JointAction>> {
  const jointAction = await ctx.em.findOne(JointAction, { id }, { populate: ['network', 'synergy'] });
  if (!jointAction) return fail(notFound('The joint action', [path]));
  const subject = await jointActionSubject(ctx.em, jointAction);
  if (!can(ctx.actor, action, subject)) {
    return fail(
      can(ctx.actor, 'read', subject)
        ? forbidden(`You may not ${action === 'delete' ? 'delete' : 'change'} this joint action.`, [path])
        : notFound('The joint action', [path]),
    );
  }
  const stale = staleVersion(jointAction.version, version, 'This joint action');
  return stale ? fail(stale) : ok(jointAction);
}

/**
 * Loads the part of a joint action (participation, milestone, target,
 * outcome) and its action for a change, with the same checks.
 */
async function partForChange<T extends { jointAction: { id: string } }>(
  ctx: DomainContext,
  entity: typeof JointActionPartner | typeof JointActionMilestone | typeof PolicyTarget | typeof PolicyOutcome,
  id: string,
  version: number | null,
  what: string,
): Promise<Result<{ part: T; action: JointAction }>> {
  const part = (await ctx.em.findOne(entity as typeof JointActionMilestone, { id })) as unknown as T | null;
  if (!part) return fail(notFound(what, ['id']));
  const action = await ctx.em.findOne(JointAction, { id: part.jointAction.id }, { populate: ['network', 'synergy'] });
  if (!action) return fail(notFound(what, ['id']));
  const found = await jointActionForChange(ctx, action.id, version ?? action.version, 'update', 'id');
  if (!found.ok) return fail(...found.errors.map((error) => (error.kind === 'NotFoundError' ? notFound(what, ['id']) : error)));
  return ok({ part, action });
}

/** Removes a part that nothing else hangs on (a milestone, a target), with the same checks, and marks its action changed. */
async function removePart(
  ctx: DomainContext,
  entity: typeof JointActionMilestone | typeof PolicyTarget,
  { id, version }: { id: string; version: number },
  what: string,
): Promise<Result<JointAction>> {
  const found = await partForChange<JointActionMilestone | PolicyTarget>(ctx, entity, id, version, what);
  if (!found.ok) return found;
  ctx.em.remove(found.value.part);
  touch(ctx, found.value.action);
  return commit(ctx, found.value.action);
}

/** Changes the fields given; the whole result is checked as on create. A stale `version` changes nothing. */
export async function updateJointAction(ctx: DomainContext, input: UpdateJointActionInput): Promise<Result<JointAction>> {
  const parsed = parseInput(updateJointActionSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, participants, genderMarker, ...fields } = parsed.value;
  const found = await jointActionForChange(ctx, id, version, 'update', 'id');
  if (!found.ok) return found;
  const action = found.value;
  const network = action.network.getEntity();
  const start = fields.plannedStartDate ?? action.plannedStartDate;
  const end = fields.plannedEndDate ?? action.plannedEndDate;
  const actualStart = fields.actualStartDate !== undefined ? fields.actualStartDate : (action.actualStartDate ?? null);
  const actualEnd = fields.actualEndDate !== undefined ? fields.actualEndDate : (action.actualEndDate ?? null);
  const marker = genderMarker ? genderMarkerFromInput(genderMarker) : null;
  const errors: UserError[] = [...periodErrors(start, end, ['plannedStartDate', 'plannedEndDate'])];
  if (actualStart && actualEnd) errors.push(...periodErrors(actualStart, actualEnd, ['actualStartDate', 'actualEndDate']));
  for (const field of ['actualStartDate', 'actualEndDate'] as const) {
    const value = fields[field];
    if (value && value > todayIso()) errors.push(validationError([field], `${field}: ${value} is in the future; actual dates record what happened`));
  }
  if (participants) errors.push(...validateParticipantCells(participants, network.ageBands));
  if (marker) errors.push(...validateGenderMarker(marker));
  if (participants && action.status === 'COMPLETED' && !participants.some((cell) => cell.count > 0)) {
    errors.push(validationError(['participants'], 'participants: a completed joint action must say how many people took part'));
  }
  if (fields.noOutcomeReason === null && action.status === 'COMPLETED') {
    const outcomes = await ctx.em.count(PolicyOutcome, { jointAction: action.id });
    if (outcomes === 0) errors.push(validationError(['noOutcomeReason'], 'noOutcomeReason: a completed joint action without outcomes must say why'));
  }
  if (fields.kind !== undefined && fields.kind !== action.kind) errors.push(...(await kindChangeErrors(ctx, action, fields.kind)));
  if (fields.plannedStartDate !== undefined || fields.plannedEndDate !== undefined) {
    // Moved dates must still fall within each partner's membership.
    const taking = await ctx.em.find(JointActionPartner, { jointAction: action.id }, { populate: ['partner'] });
    const checked = await checkParticipants(
      ctx.em,
      { network, synergy: action.synergy?.getEntity() ?? null },
      taking.map((row) => ({ ...draftOf(row), partnerId: row.partner.id })),
      { start, end },
      'partners',
    );
    errors.push(
      ...checked.errors
        .filter((error) => error.path?.at(-1) === 'partnerId')
        .map((error) => validationError(['plannedStartDate'], `plannedStartDate: ${error.message.replace(/^partners\.\d+\.partnerId: /, '')}`)),
    );
  }
  if (errors.length) return fail(...errors);
  const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  ctx.em.assign(action, changes);
  if (participants) assignParticipants(action, normaliseCells(participants, network.ageBands), network.ageBands);
  if (marker) assignGenderMarker(action, marker);
  touch(ctx, action);
  return commit(ctx, action);
}

/** A new kind must suit the parts already recorded: targets only on political actions, whose outcomes all name a stage. */
async function kindChangeErrors(ctx: DomainContext, action: JointAction, kind: JointAction['kind']): Promise<UserError[]> {
  if (!takesTargets(kind)) {
    const targets = await ctx.em.count(PolicyTarget, { jointAction: action.id });
    if (targets) return [validationError(['kind'], `kind: only political actions have targets; remove this action's ${targets} target(s) before making it a ${kind}`)];
  }
  if (outcomeNeedsStage(kind)) {
    const unstaged = await ctx.em.count(PolicyOutcome, { jointAction: action.id, stage: null });
    if (unstaged) {
      return [validationError(['kind'], `kind: outcomes of a political action say which policy-change stage they reached; give ${unstaged} outcome(s) a stage first`)];
    }
  }
  return [];
}

const draftOf = (row: JointActionPartner): PartnerDraft => ({
  partnerId: row.partner.id,
  role: row.role,
  contributionPeople: row.contributionPeople ?? null,
  contributionAmount: row.contributionAmount == null ? null : Number(row.contributionAmount),
  contributionCurrency: row.contributionCurrency ?? null,
  contributionInKind: row.contributionInKind ?? null,
});

/**
 * Moves a joint action along PLANNED → ONGOING → COMPLETED (or CANCELLED).
 * Completing needs participants and an outcome or a reason why none;
 * starting and finishing fill in the actual dates when they are not set.
 */
export async function changeJointActionStatus(ctx: DomainContext, input: ChangeJointActionStatusInput): Promise<Result<JointAction>> {
  const parsed = parseInput(changeJointActionStatusSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, status, noOutcomeReason } = parsed.value;
  const found = await jointActionForChange(ctx, id, version, 'update', 'id');
  if (!found.ok) return found;
  const action = found.value;
  if (action.status === status) return ok(action);
  if (!canMoveTo(action.status, status)) {
    return fail(
      validationError(
        ['status'],
        action.status === 'COMPLETED' || action.status === 'CANCELLED'
          ? `status: this joint action is ${action.status}, which is final`
          : `status: a ${action.status} joint action cannot become ${status}`,
      ),
    );
  }
  const reason = noOutcomeReason !== undefined ? noOutcomeReason : (action.noOutcomeReason ?? null);
  if (status === 'COMPLETED') {
    const outcomeCount = await ctx.em.count(PolicyOutcome, { jointAction: action.id });
    const errors = completionErrors({ participantsTotal: action.participantsTotal, outcomeCount, noOutcomeReason: reason });
    if (errors.length) return fail(...errors);
  }
  const today = todayIso();
  // Work started or finished ahead of plan started today at the latest: actual dates are never in the future.
  if (status === 'ONGOING' || status === 'COMPLETED') {
    action.actualStartDate ??= today < action.plannedStartDate ? today : action.plannedStartDate;
    if (status === 'COMPLETED') action.actualEndDate ??= today < action.actualStartDate ? action.actualStartDate : today;
  }
  action.status = status;
  if (noOutcomeReason !== undefined) action.noOutcomeReason = noOutcomeReason;
  touch(ctx, action);
  return commit(ctx, action);
}

/** Deletes a planned joint action and its parts. Started or finished ones are cancelled instead, so their record stays. */
export async function deleteJointAction(ctx: DomainContext, input: DeleteJointActionInput): Promise<Result<string>> {
  const parsed = parseInput(deleteJointActionSchema, input);
  if (!parsed.ok) return parsed;
  const found = await jointActionForChange(ctx, parsed.value.id, parsed.value.version, 'delete', 'id');
  if (!found.ok) return found;
  const action = found.value;
  if (action.status !== 'PLANNED') {
    return fail(
      conflict(
        `Only planned joint actions can be deleted; this one is ${action.status}.${action.status === 'ONGOING' ? ' Cancel it instead: the record stays.' : ''}`,
        ['id'],
      ),
    );
  }
  // The parts are removed through the unit of work (not by the foreign keys' cascade) so each is in the audit log;
  // all are read before any is removed, so no query flushes half a deletion.
  const parts: object[] = [];
  for (const entity of [JointActionPartner, JointActionMilestone, PolicyTarget, PolicyOutcome] as const) {
    parts.push(...(await ctx.em.find(entity as typeof JointActionMilestone, { jointAction: action.id })));
  }
  for (const part of parts) ctx.em.remove(part);
  ctx.em.remove(action);
  return commit(ctx, action.id);
}

/** Adds a participating partner; a second LEAD is refused. */
export async function addJointActionPartner(ctx: DomainContext, input: AddJointActionPartnerInput): Promise<Result<JointAction>> {
  const parsed = parseInput(addJointActionPartnerSchema, input);
  if (!parsed.ok) return parsed;
  const { jointActionId, version, partner: draft } = parsed.value;
  const found = await jointActionForChange(ctx, jointActionId, version, 'update', 'jointActionId');
  if (!found.ok) return found;
  const action = found.value;
  const taking = await ctx.em.find(JointActionPartner, { jointAction: action.id }, { populate: ['partner'] });
  const checked = await checkParticipants(
    ctx.em,
    { network: action.network.getEntity(), synergy: action.synergy?.getEntity() ?? null },
    [draft],
    { start: action.plannedStartDate, end: action.plannedEndDate },
    'partner',
  );
  const errors = checked.errors.map((error) => relabel(error, 'partner.0', 'partner'));
  const already = taking.find((row) => row.partner.id === draft.partnerId);
  if (already) errors.push(conflict(`partner.partnerId: ${already.partner.getEntity().name} already takes part`, ['partner', 'partnerId']));
  const lead = taking.find((row) => row.role === 'LEAD');
  if (draft.role === 'LEAD' && lead) {
    errors.push(
      validationError(
        ['partner', 'role'],
        `partner.role: ${lead.partner.getEntity().name} already leads; add this partner as CO_ORGANISER or CONTRIBUTOR, then hand over the lead with updateJointActionPartner`,
      ),
    );
  }
  if (errors.length) return fail(...errors);
  ctx.em.create(JointActionPartner, { jointAction: action, partner: checked.byId.get(draft.partnerId)!, ...partnerFields(draft) });
  touch(ctx, action);
  return commit(ctx, action, 'This partner already takes part.');
}

const relabel = (error: UserError, from: string, to: string): UserError => ({
  ...error,
  message: error.message.replace(`${from}.`, `${to}.`),
  path: error.path ? [to, ...error.path.slice(from.split('.').length)] : error.path,
});

/** Changes a participating partner's role or contribution; making one LEAD makes the previous lead a CO_ORGANISER. */
export async function updateJointActionPartner(ctx: DomainContext, input: UpdateJointActionPartnerInput): Promise<Result<JointAction>> {
  const parsed = parseInput(updateJointActionPartnerSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, ...fields } = parsed.value;
  const found = await partForChange<JointActionPartner>(ctx, JointActionPartner, id, version, 'The participating partner');
  if (!found.ok) return found;
  const { part, action } = found.value;
  const current = draftOf(part);
  const next: PartnerDraft = {
    ...current,
    role: fields.role ?? current.role,
    contributionPeople: fields.contributionPeople !== undefined ? fields.contributionPeople : current.contributionPeople,
    contributionAmount: fields.contributionAmount !== undefined ? fields.contributionAmount : current.contributionAmount,
    contributionCurrency:
      fields.contributionCurrency !== undefined
        ? fields.contributionCurrency
        : fields.contributionAmount === null
          ? null
          : current.contributionCurrency,
    contributionInKind: fields.contributionInKind !== undefined ? fields.contributionInKind : current.contributionInKind,
  };
  const errors = contributionErrors(next.contributionAmount, next.contributionCurrency, []);
  if (part.role === 'LEAD' && next.role !== 'LEAD') {
    errors.push(validationError(['role'], 'role: a joint action needs its lead; make another partner LEAD instead, and this one steps down'));
  }
  if (errors.length) return fail(...errors);
  if (next.role === 'LEAD' && part.role !== 'LEAD') {
    const previous = await ctx.em.findOne(JointActionPartner, { jointAction: action.id, role: 'LEAD' });
    if (previous) previous.role = 'CO_ORGANISER';
  }
  ctx.em.assign(part, partnerFields(next));
  touch(ctx, action);
  return commit(ctx, action);
}

/** Removes a participating partner other than the lead; its milestones lose their responsible partner. */
export async function removeJointActionPartner(ctx: DomainContext, input: RemoveJointActionPartnerInput): Promise<Result<JointAction>> {
  const parsed = parseInput(removeJointActionPartnerSchema, input);
  if (!parsed.ok) return parsed;
  const found = await partForChange<JointActionPartner>(ctx, JointActionPartner, parsed.value.id, parsed.value.version, 'The participating partner');
  if (!found.ok) return found;
  const { part, action } = found.value;
  if (part.role === 'LEAD') {
    return fail(validationError(['id'], 'id: the lead partner cannot be removed; make another partner LEAD first'));
  }
  const theirs = await ctx.em.find(JointActionMilestone, { jointAction: action.id, responsiblePartner: part.partner.id });
  for (const milestone of theirs) milestone.responsiblePartner = null;
  ctx.em.remove(part);
  touch(ctx, action);
  return commit(ctx, action);
}

/** The responsible partner of a milestone must take part in the action. */
async function responsibleErrors(ctx: DomainContext, action: JointAction, partnerId: string | null | undefined, path: string[]): Promise<UserError[]> {
  if (!partnerId) return [];
  const taking = await ctx.em.count(JointActionPartner, { jointAction: action.id, partner: partnerId });
  return taking ? [] : [validationError(path, `${path.join('.')}: the responsible partner must be one of the partners taking part`)];
}

/** Adds a milestone. */
export async function addJointActionMilestone(ctx: DomainContext, input: AddJointActionMilestoneInput): Promise<Result<JointAction>> {
  const parsed = parseInput(addJointActionMilestoneSchema, input);
  if (!parsed.ok) return parsed;
  const { jointActionId, version, milestone } = parsed.value;
  const found = await jointActionForChange(ctx, jointActionId, version, 'update', 'jointActionId');
  if (!found.ok) return found;
  const action = found.value;
  const errors = [
    ...(await responsibleErrors(ctx, action, milestone.responsiblePartnerId, ['milestone', 'responsiblePartnerId'])),
    ...doneDateErrors(milestone.doneDate, ['milestone', 'doneDate']),
  ];
  if (errors.length) return fail(...errors);
  ctx.em.create(JointActionMilestone, {
    jointAction: action,
    title: milestone.title,
    dueDate: milestone.dueDate,
    doneDate: milestone.doneDate,
    responsiblePartner: milestone.responsiblePartnerId ? ctx.em.getReference(Partner, milestone.responsiblePartnerId) : null,
  });
  touch(ctx, action);
  return commit(ctx, action);
}

/** Changes a milestone; a doneDate checks it off, null reopens it. */
export async function updateJointActionMilestone(ctx: DomainContext, input: UpdateJointActionMilestoneInput): Promise<Result<JointAction>> {
  const parsed = parseInput(updateJointActionMilestoneSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, responsiblePartnerId, ...fields } = parsed.value;
  const found = await partForChange<JointActionMilestone>(ctx, JointActionMilestone, id, version, 'The milestone');
  if (!found.ok) return found;
  const { part, action } = found.value;
  const errors = [...(await responsibleErrors(ctx, action, responsiblePartnerId, ['responsiblePartnerId'])), ...doneDateErrors(fields.doneDate, ['doneDate'])];
  if (errors.length) return fail(...errors);
  ctx.em.assign(part, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
  if (responsiblePartnerId !== undefined) {
    part.responsiblePartner = responsiblePartnerId ? ctx.em.getReference(Partner, responsiblePartnerId, { wrapped: true }) : null;
  }
  touch(ctx, action);
  return commit(ctx, action);
}

/** Removes a milestone. */
export async function removeJointActionMilestone(ctx: DomainContext, input: RemoveJointActionMilestoneInput): Promise<Result<JointAction>> {
  const parsed = parseInput(removeJointActionMilestoneSchema, input);
  if (!parsed.ok) return parsed;
  return removePart(ctx, JointActionMilestone, parsed.value, 'The milestone');
}

/** Adds a decision maker or institution to a political action. */
export async function addPolicyTarget(ctx: DomainContext, input: AddPolicyTargetInput): Promise<Result<JointAction>> {
  const parsed = parseInput(addPolicyTargetSchema, input);
  if (!parsed.ok) return parsed;
  const { jointActionId, version, ...target } = parsed.value;
  const found = await jointActionForChange(ctx, jointActionId, version, 'update', 'jointActionId');
  if (!found.ok) return found;
  const action = found.value;
  if (!takesTargets(action.kind)) {
    return fail(validationError(['jointActionId'], `jointActionId: only political actions have targets; this one is a ${action.kind}`));
  }
  ctx.em.create(PolicyTarget, { jointAction: action, ...target });
  touch(ctx, action);
  return commit(ctx, action);
}

/** Removes a target. */
export async function removePolicyTarget(ctx: DomainContext, input: RemovePolicyTargetInput): Promise<Result<JointAction>> {
  const parsed = parseInput(removePolicyTargetSchema, input);
  if (!parsed.ok) return parsed;
  return removePart(ctx, PolicyTarget, parsed.value, 'The target');
}

const futureObservation = (observedOn: string | undefined): UserError[] =>
  observedOn && observedOn > todayIso() ? [validationError(['observedOn'], `observedOn: ${observedOn} is in the future; record an outcome once it is seen`)] : [];

/**
 * The stages of the action's stored outcomes, read before anything is changed
 * (a query after a change would flush it early, outside the audited commit).
 */
async function storedStages(ctx: DomainContext, action: JointAction): Promise<Map<string, PolicyOutcome['stage']>> {
  const stored = await ctx.em.find(PolicyOutcome, { jointAction: action.id }, { fields: ['stage'] });
  return new Map(stored.map((outcome) => [outcome.id, outcome.stage ?? null]));
}

/** Records an outcome on a joint action; political actions must say which stage it reached. */
export async function recordPolicyOutcome(ctx: DomainContext, input: RecordPolicyOutcomeInput): Promise<Result<JointAction>> {
  const parsed = parseInput(recordPolicyOutcomeSchema, input);
  if (!parsed.ok) return parsed;
  const { jointActionId, version, ...outcome } = parsed.value;
  const found = await jointActionForChange(ctx, jointActionId, version, 'update', 'jointActionId');
  if (!found.ok) return found;
  const action = found.value;
  const errors = futureObservation(outcome.observedOn);
  if (!outcome.stage && outcomeNeedsStage(action.kind)) {
    errors.push(validationError(['stage'], 'stage: say which policy-change stage a political action reached'));
  }
  if (errors.length) return fail(...errors);
  const stages = await storedStages(ctx, action);
  ctx.em.create(PolicyOutcome, { jointAction: action, ...outcome, recordedBy: actorRef(ctx) });
  action.stageReached = furthestStage([...stages.values(), outcome.stage]);
  touch(ctx, action);
  return commit(ctx, action);
}

/** Corrects a recorded outcome (its own `version`). */
export async function updatePolicyOutcome(ctx: DomainContext, input: UpdatePolicyOutcomeInput): Promise<Result<JointAction>> {
  const parsed = parseInput(updatePolicyOutcomeSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, ...fields } = parsed.value;
  const found = await partForChange<PolicyOutcome>(ctx, PolicyOutcome, id, null, 'The outcome');
  if (!found.ok) return found;
  const { part, action } = found.value;
  const stale = staleVersion(part.version, version, 'This outcome');
  if (stale) return fail(stale);
  const errors = futureObservation(fields.observedOn);
  if (fields.stage === null && outcomeNeedsStage(action.kind)) {
    errors.push(validationError(['stage'], 'stage: an outcome of a political action keeps its policy-change stage'));
  }
  if (errors.length) return fail(...errors);
  const stages = await storedStages(ctx, action);
  ctx.em.assign(part, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
  stages.set(part.id, part.stage ?? null);
  action.stageReached = furthestStage([...stages.values()]);
  touch(ctx, action);
  return commit(ctx, action);
}

export type { JointActionFilter, JointActionOrder };
