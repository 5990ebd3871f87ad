import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { User } from '../users/user.entity.ts';
import { workStatuses } from '../activities/activity-status.rules.ts';
import { genderMarkerProperties, participantProperties } from '../activities/reach.properties.ts';
import type { SocialProtectionBranch } from '../activities/activity.vocabulary.ts';
import { contributionLevels, jointActionKinds, jointActionRoles, policyStages, politicalAskKinds, targetLevels } from './joint-action.vocabulary.ts';

/**
 * What several partners do together through their synergy, or across
 * synergies through the network (DOMAIN.md, category 2). A joint action
 * without a synergy is a continental one, owned by the network.
 *
 * Participants and gender marker are stored as on an activity. The
 * participating partners, milestones, targets and outcomes are rows of their
 * own so lists can filter and batch on them in SQL.
 */
export const JointAction = defineEntity({
  name: 'JointAction',
  tableName: 'joint_action',
  indexes: [
    { properties: ['network', 'plannedStartDate'] },
    { properties: ['synergy', 'plannedStartDate'] },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    network: () => p.manyToOne(Network).ref(),
    /** The synergy that owns it; null for a continental joint action, owned by the network. */
    synergy: () => p.manyToOne(Synergy).ref().nullable(),
    kind: p.enum([...jointActionKinds]),
    title: p.string().length(200),
    objective: p.text().nullable(),
    branches: p.json<SocialProtectionBranch[]>(),
    /** ISO 3166-1 alpha-2: the owning synergy's country; null for a continental action. */
    country: p.string().length(2).nullable(),
    /** ISO 8601 dates. */
    plannedStartDate: p.date(),
    plannedEndDate: p.date(),
    actualStartDate: p.date().nullable(),
    actualEndDate: p.date().nullable(),
    status: p.enum([...workStatuses]).default('PLANNED'),
    /** Derived from the outcomes on every outcome write: the furthest policy stage any of them reached. */
    stageReached: p.enum([...policyStages]).nullable(),
    /** Why a completed action has no outcome to record. */
    noOutcomeReason: p.text().nullable(),
    ...participantProperties,
    ...genderMarkerProperties,
    version: p.integer().version(),
    createdBy: () => p.manyToOne(User).ref().nullable().deleteRule('set null'),
    updatedBy: () => p.manyToOne(User).ref().nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type JointAction = InferEntity<typeof JointAction>;

/** A partner taking part in a joint action, its role and what it contributes. */
export const JointActionPartner = defineEntity({
  name: 'JointActionPartner',
  tableName: 'joint_action_partner',
  uniques: [{ properties: ['jointAction', 'partner'] }],
  indexes: [{ properties: ['partner'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    jointAction: () => p.manyToOne(JointAction).ref().deleteRule('cascade'),
    partner: () => p.manyToOne(Partner).ref(),
    role: p.enum([...jointActionRoles]),
    /** People the partner puts in (staff, volunteers). */
    contributionPeople: p.integer().nullable(),
    /** Money the partner puts in, a decimal string in `contributionCurrency`. */
    contributionAmount: p.decimal().precision(14).scale(2).nullable(),
    /** ISO 4217 code of the amount. */
    contributionCurrency: p.string().length(3).nullable(),
    /** Contributions in kind: venue, transport, materials. */
    contributionInKind: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type JointActionPartner = InferEntity<typeof JointActionPartner>;

/** A step of a joint action with its due date; it is overdue when not done by then. */
export const JointActionMilestone = defineEntity({
  name: 'JointActionMilestone',
  tableName: 'joint_action_milestone',
  indexes: [{ properties: ['jointAction', 'dueDate'] }, { properties: ['dueDate'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    jointAction: () => p.manyToOne(JointAction).ref().deleteRule('cascade'),
    title: p.string().length(200),
    dueDate: p.date(),
    doneDate: p.date().nullable(),
    /** The participating partner responsible for it, if any. */
    responsiblePartner: () => p.manyToOne(Partner).ref().nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type JointActionMilestone = InferEntity<typeof JointActionMilestone>;

/** A decision maker or institution a political action targets, and what it asks of them. */
export const PolicyTarget = defineEntity({
  name: 'PolicyTarget',
  tableName: 'policy_target',
  indexes: [{ properties: ['jointAction'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    jointAction: () => p.manyToOne(JointAction).ref().deleteRule('cascade'),
    /** The decision maker or institution, e.g. "Senate Committee on Labor". */
    name: p.string().length(200),
    level: p.enum([...targetLevels]),
    askKind: p.enum([...politicalAskKinds]),
    /** What exactly is asked. */
    ask: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type PolicyTarget = InferEntity<typeof PolicyTarget>;

/** A change a joint action contributed to, recorded when it was seen, with evidence. */
export const PolicyOutcome = defineEntity({
  name: 'PolicyOutcome',
  tableName: 'policy_outcome',
  indexes: [{ properties: ['jointAction', 'observedOn'] }, { properties: ['observedOn'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    jointAction: () => p.manyToOne(JointAction).ref().deleteRule('cascade'),
    /** When the change was observed, ISO 8601 date. */
    observedOn: p.date(),
    /** What changed. */
    description: p.text(),
    /** The policy-change stage reached; required for political actions. */
    stage: p.enum([...policyStages]).nullable(),
    evidence: p.text().nullable(),
    evidenceLinks: p.json<string[]>(),
    contribution: p.enum([...contributionLevels]),
    recordedBy: () => p.manyToOne(User).ref().nullable().deleteRule('set null'),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type PolicyOutcome = InferEntity<typeof PolicyOutcome>;
