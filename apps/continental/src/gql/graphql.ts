/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form (YYYY-MM-DD), without time zone. */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 form with time zone, e.g. 2026-11-23T10:00:00.000Z. */
  DateTime: { input: string; output: string; }
};

/** What one partner did on its own: a training, a service, a political action (DOMAIN.md, category 1). */
export type Activity = Node & {
  __typename?: 'Activity';
  /** Social protection branches addressed (at least one). */
  branches: Array<SocialProtectionBranch>;
  /** Country where it took place, ISO 3166-1 alpha-2 code. */
  country: Scalars['String']['output'];
  /** Country name in English. */
  countryName: Scalars['String']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Who recorded it; null if that user was removed or you may not see the network's people (admins and reviewers may). */
  createdBy?: Maybe<User>;
  /** What happened, for whom and why. */
  description?: Maybe<Scalars['String']['output']>;
  /** Last day. */
  endDate: Scalars['Date']['output'];
  /** The gender marker and its checklist. */
  genderMarker: GenderMarker;
  /** The global id. */
  id: Scalars['ID']['output'];
  /** Informal sectors reached, where known. */
  informalSectors: Array<InformalSector>;
  /** The network it belongs to. */
  network: Network;
  /** The statuses it may move to from here. */
  nextStatuses: Array<WorkStatus>;
  /** People reached, by sex and age band. */
  participants: ParticipantCounts;
  /** The partner that ran it. */
  partner: Partner;
  /** Town, district or venue. */
  place?: Maybe<Scalars['String']['output']>;
  /** First day. */
  startDate: Scalars['Date']['output'];
  /** Where it stands. */
  status: WorkStatus;
  /** The sub-type, for INDIVIDUAL_SUPPORT and POLITICAL_ACTION. */
  subType?: Maybe<ActivitySubType>;
  /** The synergy it is reported under, when any. */
  synergy?: Maybe<Synergy>;
  /** Short title. */
  title: Scalars['String']['output'];
  /** What kind of activity. */
  type: ActivityType;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last; null as for createdBy. */
  updatedBy?: Maybe<User>;
  /** Optimistic-locking version: pass it back when changing it. */
  version: Scalars['Int']['output'];
  /** What the signed-in user may do with it (the API enforces the same rules). */
  viewerCan: ActivityPermissions;
  /** Worker categories reached. */
  workerCategories: Array<WorkerCategory>;
};

/** A page of activities. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The activities of this page with their cursors. */
  edges: Array<ActivityEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many activities match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An activity with its cursor. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Opaque cursor of this activity. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: Activity;
};

/** Narrows a list of activities. Every field narrows further; dates compare with the start date. */
export type ActivityFilter = {
  /** Only those addressing at least one of these branches. */
  branches?: InputMaybe<Array<SocialProtectionBranch>>;
  /** Only in these countries (ISO 3166-1 alpha-2). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only those starting on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only these gender marker scores (0, 1, 2). */
  genderMarkerScores?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only this network's. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this partner's. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Text found in the title, description or place. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<WorkStatus>>;
  /** Only those reported under this synergy. */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those starting on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only these types. */
  types?: InputMaybe<Array<ActivityType>>;
};

/** An order for activities; ties are broken by id so pages never overlap. */
export type ActivityOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field. */
  field: ActivityOrderField;
};

/** How to order activities. */
export type ActivityOrderField =
  /** By number of participants. */
  | 'PARTICIPANTS'
  /** By start date (the default, newest first). */
  | 'START_DATE'
  /** By title. */
  | 'TITLE'
  /** By last change. */
  | 'UPDATED_AT';

/** What the signed-in user may do with an activity. */
export type ActivityPermissions = {
  __typename?: 'ActivityPermissions';
  /** Delete it (deleteActivity); only while it is planned. */
  delete: Scalars['Boolean']['output'];
  /** Edit it (updateActivity) and change its status (changeActivityStatus). */
  update: Scalars['Boolean']['output'];
};

/** The sub-type of an INDIVIDUAL_SUPPORT or POLITICAL_ACTION activity. */
export type ActivitySubType =
  /** Individual support: help to access social protection. */
  | 'ACCESS_TO_SOCIAL_PROTECTION'
  /** Political action: draft law. */
  | 'DRAFT_LAW'
  /** Individual support: health consultation. */
  | 'HEALTH_CONSULTATION'
  /** Individual support: legal aid. */
  | 'LEGAL_AID'
  /** Political action: meeting decision makers. */
  | 'MEETING_DECISION_MAKERS'
  /** Political action: mobilisation. */
  | 'MOBILISATION'
  /** Political action: position paper. */
  | 'POSITION_PAPER'
  /** Individual support: solidarity economy. */
  | 'SOLIDARITY_ECONOMY';

/** What kind of activity a partner ran on its own (DOMAIN.md, category 1). */
export type ActivityType =
  /** Advanced training, including training of trainers. */
  | 'ADVANCED_TRAINING'
  /** Awareness raising: campaigns, meetings, media. */
  | 'AWARENESS_RAISING'
  /** Basic training. */
  | 'BASIC_TRAINING'
  /** Individual support to members; sub-types LEGAL_AID, HEALTH_CONSULTATION, ACCESS_TO_SOCIAL_PROTECTION, SOLIDARITY_ECONOMY. */
  | 'INDIVIDUAL_SUPPORT'
  /** Organising and mobilising workers. */
  | 'ORGANISING_MOBILISING'
  /** Political action; sub-types MOBILISATION, MEETING_DECISION_MAKERS, POSITION_PAPER, DRAFT_LAW. */
  | 'POLITICAL_ACTION'
  /** Research or study. */
  | 'RESEARCH_STUDY';

/** Adds a follow-up action to a mission. */
export type AddFollowUpActionInput = {
  /** What it will do, 1 to 2,000 characters. */
  description: Scalars['String']['input'];
  /** When it is due. */
  dueDate: Scalars['Date']['input'];
  /** The mission's global id. */
  missionId: Scalars['ID']['input'];
  /** The partner that commits to it: a target partner or a member of a target or organising synergy. */
  ownerPartnerId: Scalars['ID']['input'];
};

export type AddJointActionMilestoneInput = {
  /** The joint action. */
  jointActionId: Scalars['ID']['input'];
  /** The milestone. */
  milestone: JointActionMilestoneInput;
  /** The version last read. */
  version: Scalars['Int']['input'];
};

export type AddJointActionPartnerInput = {
  /** The joint action. */
  jointActionId: Scalars['ID']['input'];
  /** The partner and its role; adding a second LEAD is refused (change the current lead's role first, or use role LEAD on updateJointActionPartner to hand over). */
  partner: JointActionPartnerInput;
  /** The version last read. */
  version: Scalars['Int']['input'];
};

export type AddPolicyTargetInput = {
  /** What exactly is asked, at most 2,000 characters. */
  ask?: InputMaybe<Scalars['String']['input']>;
  /** What kind of ask. */
  askKind: PoliticalAskKind;
  /** The joint action; only political actions have targets. */
  jointActionId: Scalars['ID']['input'];
  /** Its level. */
  level: TargetLevel;
  /** The decision maker or institution, 2 to 200 characters. */
  name: Scalars['String']['input'];
  /** The version last read. */
  version: Scalars['Int']['input'];
};

export type AddSynergyMemberInput = {
  /** The partner joining. */
  partnerId: Scalars['ID']['input'];
  /** Default MEMBER. */
  role?: InputMaybe<MembershipRole>;
  /** First day; default today. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** The synergy. */
  synergyId: Scalars['ID']['input'];
};

/** The result of adding a partner to a synergy. */
export type AddSynergyMemberPayload = {
  __typename?: 'AddSynergyMemberPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The new membership, null on error. */
  membership?: Maybe<SynergyMembership>;
};

/** An age band participants are counted in. */
export type AgeBand = {
  __typename?: 'AgeBand';
  /** Stable identifier within the network, e.g. "18-35". */
  id: Scalars['String']['output'];
  /** Label shown to people, e.g. "18–35". */
  label: Scalars['String']['output'];
  /** Highest age included, null for no upper bound. */
  maxAge?: Maybe<Scalars['Int']['output']>;
  /** Lowest age included, null for no lower bound. */
  minAge?: Maybe<Scalars['Int']['output']>;
  /** Whether this is the network's youth band (young workers are a priority group). */
  youth: Scalars['Boolean']['output'];
};

/**
 * A personal API token: lets a program (a script, a notebook, another system)
 * call the API as its user, sent as `Authorization: Bearer <token>`. It acts with
 * the user's current role grants that it is limited to, never more.
 */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** Read-only or read-write. */
  access: ApiTokenAccess;
  /** Whether it still works: neither revoked nor expired. */
  active: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The global id. */
  id: Scalars['ID']['output'];
  /** When it was last used (recorded at most once a minute); null if never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name its owner gave it, e.g. "Membership system sync". */
  name: Scalars['String']['output'];
  /** The visible start of the secret (e.g. syn_1a2b3c4d), to recognise it; the secret itself is never shown again. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null if it was not. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The role grants it acts with: those it was limited to that the user still holds. */
  scopes: Array<RoleGrant>;
};

/** What an API token may do: read only, or also run mutations. */
export type ApiTokenAccess =
  /** Queries only: every mutation is refused with FORBIDDEN. */
  | 'READ_ONLY'
  /** Queries and mutations, within the token's scopes. */
  | 'READ_WRITE';

/** What kind of change an audit entry records. */
export type AuditAction =
  | 'CREATE'
  | 'DELETE'
  | 'UPDATE';

/** One recorded change: who, when, what, before and after. */
export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  /** Create, update or delete. */
  action: AuditAction;
  /** Who made it; null for system changes (migrations, demo data). */
  actor?: Maybe<User>;
  /** The changed fields after the change (JSON object), null on delete. */
  after?: Maybe<Scalars['String']['output']>;
  /** When the change happened. */
  at: Scalars['DateTime']['output'];
  /** The changed fields before the change (JSON object), null on create. */
  before?: Maybe<Scalars['String']['output']>;
  /** The global id of the object changed. */
  entityId: Scalars['ID']['output'];
  /** The entity type changed, e.g. Partner. */
  entityType: Scalars['String']['output'];
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** A page of audit entries. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many entries match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An audit entry with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** Planned and spent budget in one currency. */
export type BudgetByCurrency = {
  __typename?: 'BudgetByCurrency';
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
  /** Sum of planned budgets. */
  planned: Scalars['Float']['output'];
  /** Sum of spent budgets. */
  spent: Scalars['Float']['output'];
};

/** A partner's capacity assessed on a date, domain by domain. */
export type CapacityAssessment = Node & {
  __typename?: 'CapacityAssessment';
  /** When it was assessed. */
  assessedOn: Scalars['Date']['output'];
  /** Who assessed (a person or organisation). */
  assessor: Scalars['String']['output'];
  /** The average score over the domains assessed. */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The mission it is linked to (made before or after it), if any. */
  mission?: Maybe<CapacityBuildingMission>;
  /** Notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The assessed partner. */
  partner: Partner;
  /** The partner's previous assessment, if any. */
  previous?: Maybe<CapacityAssessment>;
  /** Who recorded it. */
  recordedBy?: Maybe<User>;
  /** The scores, in the order of CapacityDomain. */
  scores: Array<CapacityScore>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
  /** What the signed-in user may do with it. */
  viewerCan: CapacityAssessmentPermissions;
};

/** A page of assessments, latest first. */
export type CapacityAssessmentConnection = {
  __typename?: 'CapacityAssessmentConnection';
  /** The assessments of this page. */
  edges: Array<CapacityAssessmentEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An assessment with its cursor. */
export type CapacityAssessmentEdge = {
  __typename?: 'CapacityAssessmentEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The assessment. */
  node: CapacityAssessment;
};

/** Which assessments to list. Every field narrows further. */
export type CapacityAssessmentFilter = {
  /** Only those of partners in these countries. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Assessed on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only those linked to this mission. */
  missionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this network's. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this partner's. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those of current members of this synergy. */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
  /** Assessed on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The assessment, or why not. */
export type CapacityAssessmentPayload = {
  __typename?: 'CapacityAssessmentPayload';
  /** The assessment, null on error. */
  capacityAssessment?: Maybe<CapacityAssessment>;
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
};

/** What the signed-in user may do with a capacity assessment. */
export type CapacityAssessmentPermissions = {
  __typename?: 'CapacityAssessmentPermissions';
  /** Delete it (same people). */
  delete: Scalars['Boolean']['output'];
  /** Change it (network admins and reviewers, the partner's synergies' coordinators). */
  update: Scalars['Boolean']['output'];
};

/**
 * A capacity-building mission: a mission, workshop, seminar, exchange, training of trainers or coaching
 * that strengthens partners and synergies, organised by the network or by a synergy.
 */
export type CapacityBuildingMission = Node & {
  __typename?: 'CapacityBuildingMission';
  /** Actual last day. */
  actualEndDate?: Maybe<Scalars['Date']['output']>;
  /** Actual first day. */
  actualStartDate?: Maybe<Scalars['Date']['output']>;
  /** Capacity assessments linked to it, latest first. */
  assessments: Array<CapacityAssessment>;
  /** Planned and spent budget. */
  budget: MissionBudget;
  /** How the target partners' capacity changed, domain by domain: the last assessment before the mission against the latest within a year after it. */
  capacityChange: Array<CapacityChange>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  createdBy?: Maybe<User>;
  /** The participants' evaluation; null until recorded. */
  evaluation?: Maybe<MissionEvaluation>;
  /** Who facilitates it. */
  facilitators: Array<MissionFacilitator>;
  /** The follow-up actions partners committed to, by due date. */
  followUps: Array<FollowUpAction>;
  /** How it is delivered. */
  format: MissionFormat;
  /** The gender marker and its checklist. */
  genderMarker: GenderMarker;
  /** The global id. */
  id: Scalars['ID']['output'];
  /** Whether an approved review locks its reviewed fields. */
  locked: Scalars['Boolean']['output'];
  /** The network it belongs to. */
  network: Network;
  /** The statuses it may move to from here. */
  nextStatuses: Array<WorkStatus>;
  /** What it sets out to achieve. */
  objectives?: Maybe<Scalars['String']['output']>;
  /** Human-readable organiser: the synergy's name or the network's. */
  organiserName: Scalars['String']['output'];
  /** The synergy that organises it; null when the network organises it. */
  organiserSynergy?: Maybe<Synergy>;
  /** People who took part, by sex and age band. */
  participants: ParticipantCounts;
  /** Where it takes place. */
  place: MissionPlace;
  /** Planned last day. */
  plannedEndDate: Scalars['Date']['output'];
  /** Planned first day. */
  plannedStartDate: Scalars['Date']['output'];
  /** The continental network's review of it; null while nobody reviews it. */
  review?: Maybe<CapacityBuildingReview>;
  /** The review's status, null while nobody reviews it. */
  reviewStatus?: Maybe<ReviewStatus>;
  /** Where it stands (same moves as activities). */
  status: WorkStatus;
  /** The partners it is for. */
  targetPartners: Array<Partner>;
  /** The synergies it is for. */
  targetSynergies: Array<Synergy>;
  /** What it strengthens (at least one). */
  themes: Array<CapacityTheme>;
  /** Short title. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy?: Maybe<User>;
  /** Optimistic-locking version: pass it back when changing it. */
  version: Scalars['Int']['output'];
  /** What the signed-in user may do with it (the API enforces the same rules). */
  viewerCan: MissionPermissions;
};

/** A page of missions. */
export type CapacityBuildingMissionConnection = {
  __typename?: 'CapacityBuildingMissionConnection';
  /** The missions of this page with their cursors. */
  edges: Array<CapacityBuildingMissionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A mission with its cursor. */
export type CapacityBuildingMissionEdge = {
  __typename?: 'CapacityBuildingMissionEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The mission. */
  node: CapacityBuildingMission;
};

/** The continental network's review of a mission, or of a synergy's year of capacity building. */
export type CapacityBuildingReview = Node & {
  __typename?: 'CapacityBuildingReview';
  /** When it was approved. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved it. */
  approvedBy?: Maybe<User>;
  /** What the reviewer asked the organiser to change (last request). */
  changeRequest?: Maybe<Scalars['String']['output']>;
  /** The reviewer's comments. */
  comments?: Maybe<Scalars['String']['output']>;
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The reviewed mission; null for a synergy-year review. */
  mission?: Maybe<CapacityBuildingMission>;
  /** The organiser's answer to the last change request. */
  organiserResponse?: Maybe<Scalars['String']['output']>;
  /** Effectiveness, 1–5. */
  ratingEffectiveness?: Maybe<Scalars['Int']['output']>;
  /** Follow-up, 1–5. */
  ratingFollowUp?: Maybe<Scalars['Int']['output']>;
  /** Gender, 1–5. */
  ratingGender?: Maybe<Scalars['Int']['output']>;
  /** Relevance, 1–5. */
  ratingRelevance?: Maybe<Scalars['Int']['output']>;
  /** The reviewer's recommendation. */
  recommendation?: Maybe<ReviewRecommendation>;
  /** Why an admin reopened it, when it was reopened. */
  reopenReason?: Maybe<Scalars['String']['output']>;
  /** Who reviews. */
  reviewer?: Maybe<User>;
  /** Where it stands. */
  status: ReviewStatus;
  /** When it was last submitted or answered. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The reviewed synergy, for a synergy-year review. */
  synergy?: Maybe<Synergy>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
  /** Whether the signed-in user may edit its ratings and comments now. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** The moves the signed-in user may make now. */
  viewerMoves: Array<ReviewMove>;
  /** The reviewed year, for a synergy-year review. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** A page of reviews, most recently changed first. */
export type CapacityBuildingReviewConnection = {
  __typename?: 'CapacityBuildingReviewConnection';
  /** The reviews of this page. */
  edges: Array<CapacityBuildingReviewEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A review with its cursor. */
export type CapacityBuildingReviewEdge = {
  __typename?: 'CapacityBuildingReviewEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The review. */
  node: CapacityBuildingReview;
};

/** Which reviews to list. Every field narrows further. */
export type CapacityBuildingReviewFilter = {
  /** Only this network's. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this reviewer's. */
  reviewerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<ReviewStatus>>;
  /** Only those of missions organised by, or synergy-year reviews of, this synergy. */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
};

/** The review, or why not. */
export type CapacityBuildingReviewPayload = {
  __typename?: 'CapacityBuildingReviewPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The review, null on error. */
  review?: Maybe<CapacityBuildingReview>;
};

/** Whose capacity building to sum up: give exactly one of the three. */
export type CapacityBuildingScope = {
  /** A whole network. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Missions targeting one partner. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Missions one synergy organises or is targeted by (directly or through its partners). */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Capacity building of a scope whose missions' planned period overlaps [from, to], computed in the database.
 * People count only ongoing and completed missions; capacity change compares each target partner's last
 * assessment before a mission with its latest within a year after it.
 */
export type CapacityBuildingSummary = {
  __typename?: 'CapacityBuildingSummary';
  /** Budget planned against spent, per currency. */
  budget: Array<BudgetByCurrency>;
  /** By country, most missions first; online-only last with country null. */
  byCountry: Array<MissionCountryGroup>;
  /** By format, most missions first. */
  byFormat: Array<MissionFormatGroup>;
  /** By gender marker score, 0 to 2. */
  byGenderMarker: Array<MissionGenderMarkerGroup>;
  /** By month of planned start, in order. */
  byMonth: Array<MissionMonthGroup>;
  /** By status. */
  byStatus: Array<WorkStatusCount>;
  /** By theme, most missions first. */
  byTheme: Array<CapacityThemeGroup>;
  /** Average capacity score change by domain. */
  capacityChange: Array<CapacityChange>;
  /** Average evaluation ratings. */
  evaluation: EvaluationAverages;
  /** Follow-up completion. */
  followUps: FollowUpCompletion;
  /** Missions (every status). */
  missions: Scalars['Int']['output'];
  /** People who took part (ongoing and completed missions). */
  participants: Scalars['Int']['output'];
  /** Reviews by status (missions without a review are not counted). */
  reviewsByStatus: Array<ReviewStatusCount>;
  /** Women among them. */
  women: Scalars['Int']['output'];
  /** women / participants; null when nobody was counted. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** Young people among them. */
  youth: Scalars['Int']['output'];
  /** youth / participants; null when nobody was counted. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

/**
 * How a mission's target partners' capacity changed in one domain: their assessment before the mission
 * against their latest within a year after it ended.
 */
export type CapacityChange = {
  __typename?: 'CapacityChange';
  /** Average score after. */
  averageAfter: Scalars['Float']['output'];
  /** Average score before. */
  averageBefore: Scalars['Float']['output'];
  /** averageAfter - averageBefore. */
  averageChange: Scalars['Float']['output'];
  /** The domain. */
  domain: CapacityDomain;
  /** How many partners have both a before and an after score. */
  partners: Scalars['Int']['output'];
};

/** The domains a partner's capacity is assessed on (DOMAIN.md), each scored 1 (weak) to 4 (strong). */
export type CapacityDomain =
  | 'COMMUNICATION'
  | 'FINANCIAL_MANAGEMENT'
  | 'GENDER_MAINSTREAMING'
  | 'GOVERNANCE'
  | 'HUMAN_RESOURCES'
  | 'NETWORKING'
  | 'POLITICAL_ACTION'
  | 'PROGRAMME_MANAGEMENT';

/** One domain's score in an assessment. */
export type CapacityScore = {
  __typename?: 'CapacityScore';
  /** The change since the partner's previous assessment of this domain; null when there is none. */
  change?: Maybe<Scalars['Int']['output']>;
  /** The domain. */
  domain: CapacityDomain;
  /** What the score rests on. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** 1 (weak) to 4 (strong). */
  score: Scalars['Int']['output'];
};

/** One domain's score. */
export type CapacityScoreInput = {
  /** The domain; each at most once per assessment. */
  domain: CapacityDomain;
  /** At most 2,000 characters. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 4. */
  score: Scalars['Int']['input'];
};

/** What a mission strengthens. */
export type CapacityTheme =
  | 'COMMUNICATION'
  | 'ENVIRONMENT'
  | 'GENDER'
  /** Networking and building synergies. */
  | 'NETWORKING_SYNERGIES'
  /** Organisational capacity, including project cycle management. */
  | 'ORGANISATIONAL_CAPACITY'
  /** Methods of political action. */
  | 'POLITICAL_ACTION_METHODS'
  /** The right to social protection. */
  | 'RIGHT_TO_SOCIAL_PROTECTION';

/** Missions and people for one theme (a mission counts under each of its themes). */
export type CapacityThemeGroup = {
  __typename?: 'CapacityThemeGroup';
  /** Missions. */
  missions: Scalars['Int']['output'];
  /** People who took part. */
  participants: Scalars['Int']['output'];
  /** The theme. */
  theme: CapacityTheme;
  /** women / participants; null when nobody was counted. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** youth / participants; null when nobody was counted. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

export type ChangeActivityStatusInput = {
  /** The activity. */
  id: Scalars['ID']['input'];
  /** The new status; see WorkStatus for the allowed moves. */
  status: WorkStatus;
  /** The version last read. */
  version: Scalars['Int']['input'];
};

/** The result of changing an activity's status. */
export type ChangeActivityStatusPayload = {
  __typename?: 'ChangeActivityStatusPayload';
  /** The activity, null on error. */
  activity?: Maybe<Activity>;
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
};

export type ChangeJointActionStatusInput = {
  /** The joint action. */
  id: Scalars['ID']['input'];
  /** Why no outcome can be recorded, when completing without one. */
  noOutcomeReason?: InputMaybe<Scalars['String']['input']>;
  /** The new status; see WorkStatus. COMPLETED needs participants and an outcome or a noOutcomeReason. */
  status: WorkStatus;
  /** The version last read. */
  version: Scalars['Int']['input'];
};

/** The result of moving a joint action to another status. */
export type ChangeJointActionStatusPayload = {
  __typename?: 'ChangeJointActionStatusPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The joint action, null on error. */
  jointAction?: Maybe<JointAction>;
};

/** Moves a mission to another status. */
export type ChangeMissionStatusInput = {
  /** The mission's global id. */
  id: Scalars['ID']['input'];
  /** The new status; COMPLETED needs participants and actual dates (today by default). */
  status: WorkStatus;
  /** The version last read. */
  version: Scalars['Int']['input'];
};

/** The mission moved, or why not. */
export type ChangeMissionStatusPayload = {
  __typename?: 'ChangeMissionStatusPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The mission, null on error. */
  mission?: Maybe<CapacityBuildingMission>;
};

/** The change collides with the current state: a stale `version`, a duplicate, or an overlapping membership. */
export type ConflictError = UserError & {
  __typename?: 'ConflictError';
  /** What collides. */
  message: Scalars['String']['output'];
  /** The path to the input field at fault. */
  path?: Maybe<Array<Scalars['String']['output']>>;
};

/** How much the synergy (or network) contributed to an outcome. */
export type ContributionLevel =
  /** It would not have happened without the action. */
  | 'DECISIVE'
  /** A small part. */
  | 'MINOR'
  /** One cause among several. */
  | 'PARTIAL'
  /** The action was one of the main causes. */
  | 'SIGNIFICANT';

export type CreateActivityInput = {
  /** Social protection branches addressed, at least one. */
  branches: Array<SocialProtectionBranch>;
  /** Country where it took place; default the partner's. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** What happened, at most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day, not before the first; default the first day. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The gender marker; score 0 with an empty checklist by default. */
  genderMarker?: InputMaybe<GenderMarkerInput>;
  /** Informal sectors reached. */
  informalSectors?: InputMaybe<Array<InformalSector>>;
  /** People reached; required when the status is COMPLETED. */
  participants?: InputMaybe<Array<ParticipantCellInput>>;
  /** The partner that ran it. */
  partnerId: Scalars['ID']['input'];
  /** Town, district or venue, at most 200 characters. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** First day. */
  startDate: Scalars['Date']['input'];
  /** Initial status, PLANNED by default; an activity reported afterwards may start as COMPLETED. */
  status?: InputMaybe<WorkStatus>;
  /** Sub-type, required for INDIVIDUAL_SUPPORT and POLITICAL_ACTION, refused for other types. */
  subType?: InputMaybe<ActivitySubType>;
  /** The synergy it is reported under; by default the partner's synergy on the start date, when it has exactly one. */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
  /** Short title, 3 to 200 characters. */
  title: Scalars['String']['input'];
  /** What kind of activity. */
  type: ActivityType;
  /** Worker categories reached. */
  workerCategories?: InputMaybe<Array<WorkerCategory>>;
};

/** The result of creating an activity. */
export type CreateActivityPayload = {
  __typename?: 'CreateActivityPayload';
  /** The new activity, null on error. */
  activity?: Maybe<Activity>;
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
};

export type CreateApiTokenInput = {
  /** Read-only or read-write. */
  access: ApiTokenAccess;
  /** When it stops working, at most one year ahead. Give this or expiresInDays. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How many days from now it works, 1 to 365. Give this or expiresAt. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** A name to recognise it by, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The viewer's role grants to limit it to; left out, all the grants the viewer holds now (roles granted later never join it). */
  scopeRoleGrantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The result of creating an API token. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The new token, null on error. */
  apiToken?: Maybe<ApiToken>;
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The secret to send as `Authorization: Bearer <token>`. Shown this once only; null on error. */
  token?: Maybe<Scalars['String']['output']>;
};

export type CreateJointActionInput = {
  /** Social protection branches addressed, at least one. */
  branches: Array<SocialProtectionBranch>;
  /** The gender marker; score 0 with an empty checklist by default. */
  genderMarker?: InputMaybe<GenderMarkerInput>;
  /** What kind of joint action. */
  kind: JointActionKind;
  /** Milestones. */
  milestones?: InputMaybe<Array<JointActionMilestoneInput>>;
  /** The network, required for a continental action; for a synergy's, taken from the synergy. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** What it sets out to achieve, at most 5,000 characters. */
  objective?: InputMaybe<Scalars['String']['input']>;
  /** Participants, when already known. */
  participants?: InputMaybe<Array<ParticipantCellInput>>;
  /** The partners taking part; exactly one LEAD. */
  partners: Array<JointActionPartnerInput>;
  /** Planned last day, not before the first; default the first day. */
  plannedEndDate?: InputMaybe<Scalars['Date']['input']>;
  /** Planned first day. */
  plannedStartDate: Scalars['Date']['input'];
  /** The synergy that owns it; omit for a continental joint action (network admins only). */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
  /** Short title, 3 to 200 characters. */
  title: Scalars['String']['input'];
};

/** The result of planning a joint action. */
export type CreateJointActionPayload = {
  __typename?: 'CreateJointActionPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The new joint action, null on error. */
  jointAction?: Maybe<JointAction>;
};

/** Plans a capacity-building mission. */
export type CreateMissionInput = {
  /** ISO 4217 code of the budget. */
  budgetCurrency?: InputMaybe<Scalars['String']['input']>;
  /** Planned budget, 0 to 1,000,000,000,000 with at most two decimals; needs budgetCurrency. */
  budgetPlanned?: InputMaybe<Scalars['Float']['input']>;
  /** Spent so far, same bounds; needs budgetCurrency. */
  budgetSpent?: InputMaybe<Scalars['Float']['input']>;
  /** At most 120 characters. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2; needed unless online. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Who facilitates it. */
  facilitators?: InputMaybe<Array<MissionFacilitatorInput>>;
  /** How it is delivered. */
  format: MissionFormat;
  /** The gender marker; default not targeted. */
  genderMarker?: InputMaybe<GenderMarkerInput>;
  /** The network; needed when the network organises it (no organiserSynergyId). */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 5,000 characters. */
  objectives?: InputMaybe<Scalars['String']['input']>;
  /** Whether people take part online (default false). */
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** The organising synergy; omit for a mission the network organises (network admins only). */
  organiserSynergyId?: InputMaybe<Scalars['ID']['input']>;
  /** Participants grid (people who took part). */
  participants?: InputMaybe<Array<ParticipantCellInput>>;
  /** Planned last day, on or after the first. */
  plannedEndDate: Scalars['Date']['input'];
  /** Planned first day. */
  plannedStartDate: Scalars['Date']['input'];
  /** Partners of the network it is for. */
  targetPartnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Synergies of the network it is for. */
  targetSynergyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At least one theme, each once. */
  themes: Array<CapacityTheme>;
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** The mission created, or why not. */
export type CreateMissionPayload = {
  __typename?: 'CreateMissionPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The mission, null on error. */
  mission?: Maybe<CapacityBuildingMission>;
};

export type CreatePartnerInput = {
  /** Short name, at most 30 characters. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** Contact e-mail. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Contact person, at most 200 characters. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Contact phone, at most 50 characters. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Country, ISO 3166-1 alpha-2 code. */
  country: Scalars['String']['input'];
  /** Members by sex. */
  members?: InputMaybe<MemberCountsInput>;
  /** Its role in that synergy; default MEMBER. */
  membershipRole?: InputMaybe<MembershipRole>;
  /** Full name, 2 to 200 characters. */
  name: Scalars['String']['input'];
  /** The network it works in. */
  networkId: Scalars['ID']['input'];
  /** When given, the partner joins this synergy at once (coordinators must give their synergy). */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
  /** What kind of organisation it is. */
  type: PartnerType;
  /** Web site, http or https URL. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The result of creating a partner. */
export type CreatePartnerPayload = {
  __typename?: 'CreatePartnerPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The new partner, null on error. */
  partner?: Maybe<Partner>;
};

export type CreateSynergyInput = {
  /** Country, ISO 3166-1 alpha-2 code. */
  country: Scalars['String']['input'];
  /** Name, 2 to 200 characters. */
  name: Scalars['String']['input'];
  /** The network it belongs to. */
  networkId: Scalars['ID']['input'];
  /** Default FORMING. */
  status?: InputMaybe<SynergyStatus>;
};

/** The result of creating a synergy. */
export type CreateSynergyPayload = {
  __typename?: 'CreateSynergyPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The new synergy, null on error. */
  synergy?: Maybe<Synergy>;
};

export type CreateUserInput = {
  /** Sign-in e-mail address. */
  email: Scalars['String']['input'];
  /** Preferred language: en, fr or es. Default en. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Display name. */
  name: Scalars['String']['input'];
  /** The network the user will work in (the admin must administer it). */
  networkId: Scalars['ID']['input'];
  /** Initial password, at least 10 characters. */
  password: Scalars['String']['input'];
};

/** The result of creating a user. */
export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The new user, null on error. */
  user?: Maybe<User>;
};

export type DeleteActivityInput = {
  /** The activity; only a PLANNED one can be deleted (cancel the others). */
  id: Scalars['ID']['input'];
  /** The version last read. */
  version: Scalars['Int']['input'];
};

/** The result of deleting an activity. */
export type DeleteActivityPayload = {
  __typename?: 'DeleteActivityPayload';
  /** The id of the deleted activity, null on error. */
  deletedActivityId?: Maybe<Scalars['ID']['output']>;
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
};

/** Deletes an assessment. */
export type DeleteCapacityAssessmentInput = {
  /** The assessment's global id. */
  id: Scalars['ID']['input'];
  /** The version last read. */
  version: Scalars['Int']['input'];
};

/** The deleted assessment's id, or why not. */
export type DeleteCapacityAssessmentPayload = {
  __typename?: 'DeleteCapacityAssessmentPayload';
  /** The deleted assessment's global id, null on error. */
  deletedCapacityAssessmentId?: Maybe<Scalars['ID']['output']>;
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
};

export type DeleteJointActionInput = {
  /** The joint action; only a PLANNED one can be deleted (cancel the others). */
  id: Scalars['ID']['input'];
  /** The version last read. */
  version: Scalars['Int']['input'];
};

/** The result of deleting a planned joint action. */
export type DeleteJointActionPayload = {
  __typename?: 'DeleteJointActionPayload';
  /** The id of the deleted joint action, null on error. */
  deletedJointActionId?: Maybe<Scalars['ID']['output']>;
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
};

/** Deletes a planned, unreviewed mission. */
export type DeleteMissionInput = {
  /** The mission's global id. */
  id: Scalars['ID']['input'];
  /** The version last read. */
  version: Scalars['Int']['input'];
};

/** The deleted mission's id, or why not. */
export type DeleteMissionPayload = {
  __typename?: 'DeleteMissionPayload';
  /** The deleted mission's global id, null on error. */
  deletedMissionId?: Maybe<Scalars['ID']['output']>;
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
};

export type EndSynergyMembershipInput = {
  /** The membership to end. */
  membershipId: Scalars['ID']['input'];
  /** Last day of membership; default today. Not before `since`. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** The result of ending a membership. */
export type EndSynergyMembershipPayload = {
  __typename?: 'EndSynergyMembershipPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The ended membership, null on error. */
  membership?: Maybe<SynergyMembership>;
};

/** Average participant ratings over the missions with an evaluation, weighted by forms returned. */
export type EvaluationAverages = {
  __typename?: 'EvaluationAverages';
  /** Forms returned in all. */
  formsReturned: Scalars['Int']['output'];
  /** Missions with an evaluation. */
  missions: Scalars['Int']['output'];
  /** Average quality, 1–5. */
  quality?: Maybe<Scalars['Float']['output']>;
  /** Average relevance, 1–5. */
  relevance?: Maybe<Scalars['Float']['output']>;
  /** Average usefulness, 1–5. */
  usefulness?: Maybe<Scalars['Float']['output']>;
};

/** Whether a facilitator is a person or an organisation. */
export type FacilitatorKind =
  | 'ORGANISATION'
  | 'PERSON';

/** Whether a facilitator comes from inside the network (a partner, the secretariat) or from outside it. */
export type FacilitatorOrigin =
  | 'EXTERNAL'
  | 'INTERNAL';

/** What a participating partner commits to do after a mission. */
export type FollowUpAction = Node & {
  __typename?: 'FollowUpAction';
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** What it will do. */
  description: Scalars['String']['output'];
  /** When it was done (DONE). */
  doneOn?: Maybe<Scalars['Date']['output']>;
  /** Why it was dropped (DROPPED). */
  droppedReason?: Maybe<Scalars['String']['output']>;
  /** When it is due. */
  dueDate: Scalars['Date']['output'];
  /** Evidence that it was done. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The mission it follows up. */
  mission: CapacityBuildingMission;
  /** OPEN and due before today. */
  overdue: Scalars['Boolean']['output'];
  /** The partner that commits to it. */
  ownerPartner: Partner;
  /** Where it stands. */
  status: FollowUpStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
  /** What the signed-in user may do with it. */
  viewerCan: FollowUpActionPermissions;
};

/** A page of follow-up actions, by due date then id. */
export type FollowUpActionConnection = {
  __typename?: 'FollowUpActionConnection';
  /** The follow-up actions of this page. */
  edges: Array<FollowUpActionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A follow-up action with its cursor. */
export type FollowUpActionEdge = {
  __typename?: 'FollowUpActionEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The follow-up action. */
  node: FollowUpAction;
};

/** Which follow-up actions to list. Every field narrows further. */
export type FollowUpActionFilter = {
  /** Only those due on or after this day. */
  dueFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only those due on or before this day. */
  dueTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only those of this mission. */
  missionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this network's. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only overdue ones; false: only those not overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only those owned by this partner. */
  ownerPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those owned by partners of this synergy (current members). */
  ownerSynergyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<FollowUpStatus>>;
};

/** The follow-up action, or why not. */
export type FollowUpActionPayload = {
  __typename?: 'FollowUpActionPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The follow-up action, null on error. */
  followUpAction?: Maybe<FollowUpAction>;
};

/** What the signed-in user may do with a follow-up action. */
export type FollowUpActionPermissions = {
  __typename?: 'FollowUpActionPermissions';
  /** Remove it (the mission's organiser). */
  delete: Scalars['Boolean']['output'];
  /** Change it and report on it (the organiser; the owner partner's editors and synergy coordinators). */
  update: Scalars['Boolean']['output'];
};

/** Follow-up actions of the scope's missions and how many were done. */
export type FollowUpCompletion = {
  __typename?: 'FollowUpCompletion';
  /** done / (total - dropped); null when there is none. */
  completionRate?: Maybe<Scalars['Float']['output']>;
  /** Done. */
  done: Scalars['Int']['output'];
  /** Dropped. */
  dropped: Scalars['Int']['output'];
  /** Open. */
  open: Scalars['Int']['output'];
  /** Open and past their due date. */
  overdue: Scalars['Int']['output'];
  /** Follow-up actions in all. */
  total: Scalars['Int']['output'];
};

/** Where a follow-up action stands. Overdue is derived: OPEN and past its due date. */
export type FollowUpStatus =
  /** Done. */
  | 'DONE'
  /** Given up, with a reason. */
  | 'DROPPED'
  /** Still to do. */
  | 'OPEN';

/** The signed-in user may not do this on this object. */
export type ForbiddenError = UserError & {
  __typename?: 'ForbiddenError';
  /** Why it is refused. */
  message: Scalars['String']['output'];
  /** The path to the input field naming the object, when there is one. */
  path?: Maybe<Array<Scalars['String']['output']>>;
};

/** One of the five gender marker checklist criteria (DOMAIN.md, OECD DAC). */
export type GenderCriterion =
  /** 2. Its findings shaped the design, with a "do no harm" approach. */
  | 'ANALYSIS_SHAPED_DESIGN'
  /** 1. A gender analysis was done. */
  | 'GENDER_ANALYSIS'
  /** 5. A commitment to monitor and report the gender results. */
  | 'GENDER_MONITORING_COMMITMENT'
  /** 3. At least one explicit gender equality objective with at least one gender indicator. */
  | 'GENDER_OBJECTIVE_AND_INDICATOR'
  /** 4. Data and indicators are disaggregated by sex. */
  | 'SEX_DISAGGREGATED_DATA';

/** The OECD DAC gender equality policy marker and the checklist behind it. */
export type GenderMarker = {
  __typename?: 'GenderMarker';
  /** The highest score the checklist and statements support. */
  allowedMaxScore: Scalars['Int']['output'];
  /** The checklist answers. */
  criteria: GenderMarkerCriteria;
  /** Why this score; at least a sentence for score 2. */
  justification?: Maybe<Scalars['String']['output']>;
  /** The criteria not met, in checklist order. */
  missingCriteria: Array<GenderCriterion>;
  /** Whether gender equality is stated as the principal objective (needed for score 2). */
  principalObjective: Scalars['Boolean']['output'];
  /** 0 not targeted, 1 significant, 2 principal. */
  score: Scalars['Int']['output'];
};

/** The five checklist answers of a gender marker. */
export type GenderMarkerCriteria = {
  __typename?: 'GenderMarkerCriteria';
  /** 2. Its findings shaped the design, with a "do no harm" approach. */
  analysisShapedDesign: Scalars['Boolean']['output'];
  /** 1. A gender analysis was done. */
  genderAnalysis: Scalars['Boolean']['output'];
  /** 5. A commitment to monitor and report the gender results. */
  genderMonitoringCommitment: Scalars['Boolean']['output'];
  /** 3. At least one explicit gender equality objective with at least one gender indicator. */
  genderObjectiveAndIndicator: Scalars['Boolean']['output'];
  /** 4. Data and indicators are disaggregated by sex. */
  sexDisaggregatedData: Scalars['Boolean']['output'];
};

/** The five checklist answers. */
export type GenderMarkerCriteriaInput = {
  analysisShapedDesign: Scalars['Boolean']['input'];
  genderAnalysis: Scalars['Boolean']['input'];
  genderMonitoringCommitment: Scalars['Boolean']['input'];
  genderObjectiveAndIndicator: Scalars['Boolean']['input'];
  sexDisaggregatedData: Scalars['Boolean']['input'];
};

/** A gender marker. Scores 1 and 2 need all five criteria; 2 also needs `principalObjective` and a justification of at least a sentence. */
export type GenderMarkerInput = {
  /** The checklist answers. */
  criteria: GenderMarkerCriteriaInput;
  /** Why this score, at most 2,000 characters. */
  justification?: InputMaybe<Scalars['String']['input']>;
  /** Gender equality is the principal objective; the work would not happen without it. */
  principalObjective: Scalars['Boolean']['input'];
  /** 0, 1 or 2. */
  score: Scalars['Int']['input'];
};

export type GrantRoleInput = {
  /** The role. */
  role: Role;
  /** The network, synergy or partner the role applies to. */
  scopeId: Scalars['ID']['input'];
  /** The user receiving the role. */
  userId: Scalars['ID']['input'];
};

/** The result of granting a role. */
export type GrantRolePayload = {
  __typename?: 'GrantRolePayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The new grant, null on error. */
  roleGrant?: Maybe<RoleGrant>;
};

/** An informal sector reached, where known. */
export type InformalSector =
  | 'AGRICULTURE'
  | 'CONSTRUCTION'
  | 'DOMESTIC_WORK'
  | 'GARMENT'
  | 'HOME_BASED_WORK'
  | 'OTHER'
  | 'STREET_VENDING'
  | 'TRANSPORT'
  | 'WASTE_PICKING';

/** What several partners do together through their synergy, or across synergies through the network (a continental joint action). */
export type JointAction = Node & {
  __typename?: 'JointAction';
  /** Actual last day, once finished. */
  actualEndDate?: Maybe<Scalars['Date']['output']>;
  /** Actual first day, once started. */
  actualStartDate?: Maybe<Scalars['Date']['output']>;
  /** Social protection branches addressed (at least one). */
  branches: Array<SocialProtectionBranch>;
  /** Whether it is a continental joint action (owned by the network, partners from any synergy). */
  continental: Scalars['Boolean']['output'];
  /** The owning synergy's country (ISO 3166-1 alpha-2); null for a continental action. */
  country?: Maybe<Scalars['String']['output']>;
  /** The country's name in English. */
  countryName?: Maybe<Scalars['String']['output']>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Who recorded it; null as for Activity.createdBy. */
  createdBy?: Maybe<User>;
  /** The gender marker and its checklist. */
  genderMarker: GenderMarker;
  /** The global id. */
  id: Scalars['ID']['output'];
  /** What kind of joint action. */
  kind: JointActionKind;
  /** The lead partner. */
  lead?: Maybe<Partner>;
  /** Milestones by due date. */
  milestones: Array<JointActionMilestone>;
  /** The network it belongs to. */
  network: Network;
  /** The statuses it may move to from here. */
  nextStatuses: Array<WorkStatus>;
  /** Why a completed action has no outcome. */
  noOutcomeReason?: Maybe<Scalars['String']['output']>;
  /** What it sets out to achieve. */
  objective?: Maybe<Scalars['String']['output']>;
  /** Outcomes recorded, latest observed first. */
  outcomes: Array<PolicyOutcome>;
  /** People reached, by sex and age band. */
  participants: ParticipantCounts;
  /** The partners taking part: the lead first, then co-organisers and contributors. */
  partners: Array<JointActionPartner>;
  /** Planned last day. */
  plannedEndDate: Scalars['Date']['output'];
  /** Planned first day. */
  plannedStartDate: Scalars['Date']['output'];
  /** The furthest policy-change stage its outcomes reached. */
  stageReached?: Maybe<PolicyStage>;
  /** Where it stands (same moves as activities). */
  status: WorkStatus;
  /** The synergy that owns it; null for a continental joint action, owned by the network. */
  synergy?: Maybe<Synergy>;
  /** Decision makers and institutions targeted (political actions). */
  targets: Array<PolicyTarget>;
  /** Short title. */
  title: Scalars['String']['output'];
  /** When it or anything on it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy?: Maybe<User>;
  /** Optimistic-locking version: pass it back when changing it. */
  version: Scalars['Int']['output'];
  /** What the signed-in user may do with it (the API enforces the same rules). */
  viewerCan: JointActionPermissions;
};

/** The result of a change to a joint action's partners, milestones, targets or outcomes: the whole joint action as it is now. */
export type JointActionChangePayload = {
  __typename?: 'JointActionChangePayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The joint action after the change, null on error. */
  jointAction?: Maybe<JointAction>;
};

/** A page of joint actions. */
export type JointActionConnection = {
  __typename?: 'JointActionConnection';
  /** The joint actions of this page with their cursors. */
  edges: Array<JointActionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What a partner puts into a joint action. Every part is optional. */
export type JointActionContribution = {
  __typename?: 'JointActionContribution';
  /** Contributions in kind: venue, transport, materials. */
  inKind?: Maybe<Scalars['String']['output']>;
  /** Money. */
  money?: Maybe<Money>;
  /** People (staff, volunteers). */
  people?: Maybe<Scalars['Int']['output']>;
};

/** Joint actions of one kind. */
export type JointActionCountByKind = {
  __typename?: 'JointActionCountByKind';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: JointActionKind;
};

/** Joint actions whose outcomes reached one stage (as their furthest). */
export type JointActionCountByStage = {
  __typename?: 'JointActionCountByStage';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The stage. */
  stage: PolicyStage;
};

/** Joint actions in one status. */
export type JointActionCountByStatus = {
  __typename?: 'JointActionCountByStatus';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: WorkStatus;
};

/** Joint actions and their reach in one country (null: continental actions). */
export type JointActionCountryGroup = {
  __typename?: 'JointActionCountryGroup';
  /** Joint actions. */
  count: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2 code; null for continental actions. */
  country?: Maybe<Scalars['String']['output']>;
  /** Country name in English; null for continental actions. */
  countryName?: Maybe<Scalars['String']['output']>;
  /** People reached (ongoing and completed actions). */
  participants: Scalars['Int']['output'];
  /** Political actions whose outcomes reached at least one stage. */
  withOutcomes: Scalars['Int']['output'];
  /** women / participants; null when nobody was counted. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** youth / participants; null when nobody was counted. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

/** A joint action with its cursor. */
export type JointActionEdge = {
  __typename?: 'JointActionEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The joint action. */
  node: JointAction;
};

/** Narrows a list of joint actions. Every field narrows further. */
export type JointActionFilter = {
  /** Only those addressing at least one of these branches. */
  branches?: InputMaybe<Array<SocialProtectionBranch>>;
  /** true: only continental joint actions; false: only synergies' own. */
  continental?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only those of synergies in these countries (ISO 3166-1 alpha-2). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only those whose planned period ends on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<JointActionKind>>;
  /** Only this network's. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those this partner takes part in. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Text found in the title or objective. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only those whose furthest outcome reached one of these stages. */
  stagesReached?: InputMaybe<Array<PolicyStage>>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<WorkStatus>>;
  /** Only this synergy's. */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those with a target at one of these levels. */
  targetLevels?: InputMaybe<Array<TargetLevel>>;
  /** Only those whose planned period starts on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What partners do together through their synergy or the network (DOMAIN.md, category 2). */
export type JointActionKind =
  /** A campaign run together (public awareness, mobilisation). */
  | 'JOINT_CAMPAIGN'
  /** Services partners deliver together (a joint health-insurance enrolment drive, a shared legal clinic). */
  | 'JOINT_SERVICE'
  /** Political action toward decision makers: meetings, position papers, draft laws. */
  | 'POLITICAL_ACTION';

/** A step of a joint action. Overdue when not done by its due date. */
export type JointActionMilestone = {
  __typename?: 'JointActionMilestone';
  /** When it was done; null while open. */
  doneDate?: Maybe<Scalars['Date']['output']>;
  /** When it is due. */
  dueDate: Scalars['Date']['output'];
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The joint action it belongs to. */
  jointAction: JointAction;
  /** Not done and due before today. */
  overdue: Scalars['Boolean']['output'];
  /** The participating partner responsible for it. */
  responsiblePartner?: Maybe<Partner>;
  /** What is to be done. */
  title: Scalars['String']['output'];
};

/** A page of milestones, by due date then id. */
export type JointActionMilestoneConnection = {
  __typename?: 'JointActionMilestoneConnection';
  /** The milestones of this page. */
  edges: Array<JointActionMilestoneEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A milestone with its cursor. */
export type JointActionMilestoneEdge = {
  __typename?: 'JointActionMilestoneEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The milestone. */
  node: JointActionMilestone;
};

/** Which milestones to list. Every field narrows further. */
export type JointActionMilestoneFilter = {
  /** Leave out milestones of cancelled and completed joint actions (default true). */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only done ones; false: only open ones. */
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only those due on or after this day. */
  dueFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only those due on or before this day. */
  dueTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only those of this joint action. */
  jointActionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this network's. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those of joint actions this partner takes part in. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those of this synergy's joint actions. */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
};

/** A milestone, given when creating a joint action or adding one. */
export type JointActionMilestoneInput = {
  /** When it was done, if already. */
  doneDate?: InputMaybe<Scalars['Date']['input']>;
  /** When it is due. */
  dueDate: Scalars['Date']['input'];
  /** The participating partner responsible for it. */
  responsiblePartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** What is to be done, 3 to 200 characters. */
  title: Scalars['String']['input'];
};

/** An order for joint actions; ties are broken by id so pages never overlap. */
export type JointActionOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field. */
  field: JointActionOrderField;
};

/** How to order joint actions. */
export type JointActionOrderField =
  /** By number of participants. */
  | 'PARTICIPANTS'
  /** By planned start date (the default, latest first). */
  | 'START_DATE'
  /** By title. */
  | 'TITLE'
  /** By last change. */
  | 'UPDATED_AT';

/** A partner taking part in a joint action. */
export type JointActionPartner = {
  __typename?: 'JointActionPartner';
  /** What it contributes. */
  contribution: JointActionContribution;
  /** The id of this participation. */
  id: Scalars['ID']['output'];
  /** The partner. */
  partner: Partner;
  /** Its role. */
  role: JointActionRole;
};

/** A partner taking part, given when creating a joint action or adding a partner. */
export type JointActionPartnerInput = {
  /** Money it puts in, 0 to 1,000,000,000,000 with at most two decimals; needs contributionCurrency. */
  contributionAmount?: InputMaybe<Scalars['Float']['input']>;
  /** ISO 4217 code of the amount, e.g. PHP. */
  contributionCurrency?: InputMaybe<Scalars['String']['input']>;
  /** Contributions in kind, at most 2,000 characters. */
  contributionInKind?: InputMaybe<Scalars['String']['input']>;
  /** People it puts in, 0 to 100,000. */
  contributionPeople?: InputMaybe<Scalars['Int']['input']>;
  /** The partner: a member of the synergy on the action's planned dates (any synergy of the network for a continental action). */
  partnerId: Scalars['ID']['input'];
  /** Its role; exactly one LEAD per action. */
  role: JointActionRole;
};

/** What the signed-in user may do with a joint action. */
export type JointActionPermissions = {
  __typename?: 'JointActionPermissions';
  /** Delete it (deleteJointAction); only while it is planned. */
  delete: Scalars['Boolean']['output'];
  /** Change it and everything on it: fields, status, partners, milestones, targets, outcomes. */
  update: Scalars['Boolean']['output'];
};

/** A partner's role in a joint action; every joint action has exactly one LEAD. */
export type JointActionRole =
  /** Contributes people, money or means. */
  | 'CONTRIBUTOR'
  /** Organises it with the lead. */
  | 'CO_ORGANISER'
  /** Leads the action: exactly one per joint action. */
  | 'LEAD';

/** Whose joint actions to sum up: give exactly one of the three. */
export type JointActionScope = {
  /** A whole network, continental actions included. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** The joint actions one partner takes part in. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** One synergy's joint actions. */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Joint actions of a scope whose planned period overlaps [from, to], computed in the database.
 * Counts include every status; people reached count only ongoing and completed actions.
 */
export type JointActionSummary = {
  __typename?: 'JointActionSummary';
  /** By country, largest first; continental actions last with country null. */
  byCountry: Array<JointActionCountryGroup>;
  /** By kind, largest first. */
  byKind: Array<JointActionCountByKind>;
  /** By the furthest stage reached, in policy-cycle order. */
  byStageReached: Array<JointActionCountByStage>;
  /** By status. */
  byStatus: Array<JointActionCountByStatus>;
  /** Joint actions. */
  count: Scalars['Int']['output'];
  /** Open milestones of planned and ongoing actions due before today. */
  milestonesOverdue: Scalars['Int']['output'];
  /** Open milestones of planned and ongoing actions due in the next 30 days. */
  milestonesUpcoming: Scalars['Int']['output'];
  /** People reached (ongoing and completed actions). */
  participants: Scalars['Int']['output'];
  /** Women reached. */
  women: Scalars['Int']['output'];
  /** women / participants; null when nobody was counted. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** People in the youth age band. */
  youth: Scalars['Int']['output'];
  /** youth / participants; null when nobody was counted. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

/** The record is locked by an approved review (a capacity-building mission's reviewed fields): nothing was changed. A network admin can reopen the review. */
export type LockedError = UserError & {
  __typename?: 'LockedError';
  /** What is locked, since when, and who can unlock it. */
  message: Scalars['String']['output'];
  /** The path to the input field that would have changed a locked field. */
  path?: Maybe<Array<Scalars['String']['output']>>;
};

/** Members of a partner organisation counted by sex. */
export type MemberCounts = {
  __typename?: 'MemberCounts';
  /** Men members. */
  men?: Maybe<Scalars['Int']['output']>;
  /** Members of another sex. */
  other?: Maybe<Scalars['Int']['output']>;
  /** All members: the sum of the parts, or null when none is known. */
  total?: Maybe<Scalars['Int']['output']>;
  /** Women members. */
  women?: Maybe<Scalars['Int']['output']>;
  /** Share of women among members with a known sex (0 to 1), null when unknown. */
  womenShare?: Maybe<Scalars['Float']['output']>;
};

/** Members by sex, as entered; each a whole number from 0 to 100,000,000. */
export type MemberCountsInput = {
  men?: InputMaybe<Scalars['Int']['input']>;
  other?: InputMaybe<Scalars['Int']['input']>;
  women?: InputMaybe<Scalars['Int']['input']>;
};

/** A partner's role in a synergy. */
export type MembershipRole =
  /** Leads the synergy. */
  | 'LEAD'
  /** A full member. */
  | 'MEMBER'
  /** Follows without full membership. */
  | 'OBSERVER';

/** A mission's budget: planned and spent, in one currency. */
export type MissionBudget = {
  __typename?: 'MissionBudget';
  /** ISO 4217 currency code of both amounts. */
  currency?: Maybe<Scalars['String']['output']>;
  /** The planned amount, null when not set. */
  planned?: Maybe<Scalars['Float']['output']>;
  /** The amount spent so far, null when not set. */
  spent?: Maybe<Scalars['Float']['output']>;
};

/** Missions and people for one country (null: online only). */
export type MissionCountryGroup = {
  __typename?: 'MissionCountryGroup';
  /** ISO 3166-1 alpha-2; null for online-only missions. */
  country?: Maybe<Scalars['String']['output']>;
  /** The country's name in English. */
  countryName?: Maybe<Scalars['String']['output']>;
  /** Missions. */
  missions: Scalars['Int']['output'];
  /** People who took part. */
  participants: Scalars['Int']['output'];
  /** women / participants; null when nobody was counted. */
  womenShare?: Maybe<Scalars['Float']['output']>;
};

/** What participants said in their evaluation forms: averages of ratings from 1 (poor) to 5 (excellent). */
export type MissionEvaluation = {
  __typename?: 'MissionEvaluation';
  /** How many evaluation forms came back. */
  formsReturned: Scalars['Int']['output'];
  /** What participants learned, in their words or a summary. */
  learnings?: Maybe<Scalars['String']['output']>;
  /** Average rating of quality, 1–5. */
  quality?: Maybe<Scalars['Float']['output']>;
  /** Average rating of relevance, 1–5. */
  relevance?: Maybe<Scalars['Float']['output']>;
  /** Average rating of usefulness, 1–5. */
  usefulness?: Maybe<Scalars['Float']['output']>;
};

/** Who facilitates a mission. */
export type MissionFacilitator = {
  __typename?: 'MissionFacilitator';
  /** The id of this facilitator entry. */
  id: Scalars['ID']['output'];
  /** Person or organisation. */
  kind: FacilitatorKind;
  /** The person's or organisation's name. */
  name: Scalars['String']['output'];
  /** Internal or external. */
  origin: FacilitatorOrigin;
  /** The partner an internal facilitator comes from, if any. */
  partner?: Maybe<Partner>;
};

/** A facilitator, given when creating or updating a mission. */
export type MissionFacilitatorInput = {
  /** Person or organisation. */
  kind: FacilitatorKind;
  /** The person's or organisation's name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Internal or external. */
  origin: FacilitatorOrigin;
  /** For an internal facilitator, the partner of the network it comes from. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Narrows a list of missions. Every field narrows further. */
export type MissionFilter = {
  /** Only those held in these countries (ISO 3166-1 alpha-2). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these formats. */
  formats?: InputMaybe<Array<MissionFormat>>;
  /** Only those whose planned period ends on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only this network's. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only those the network organises; false: only those synergies organise. */
  networkOrganised?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only those targeting this partner. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those whose review is in one of these statuses. */
  reviewStatuses?: InputMaybe<Array<ReviewStatus>>;
  /** Text found in the title or objectives. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<WorkStatus>>;
  /** Only those this synergy organises or is targeted by (directly or through its partners). */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those covering at least one of these themes. */
  themes?: InputMaybe<Array<CapacityTheme>>;
  /** Only those whose planned period starts on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** true: only those nobody reviews yet; false: only those with a review. */
  unreviewed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How a capacity-building mission is delivered (DOMAIN.md, category 3). */
export type MissionFormat =
  /** Coaching over time. */
  | 'COACHING'
  /** An exchange between organisations of the North and the South. */
  | 'EXCHANGE_NORTH_SOUTH'
  /** An exchange between organisations of the South. */
  | 'EXCHANGE_SOUTH_SOUTH'
  /** A mission to a synergy or partner. */
  | 'MISSION'
  | 'SEMINAR'
  /** Training of trainers. */
  | 'TRAINING_OF_TRAINERS'
  | 'WORKSHOP';

/** Missions and people for one format. */
export type MissionFormatGroup = {
  __typename?: 'MissionFormatGroup';
  /** The format. */
  format: MissionFormat;
  /** Missions. */
  missions: Scalars['Int']['output'];
  /** People who took part. */
  participants: Scalars['Int']['output'];
  /** women / participants; null when nobody was counted. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** youth / participants; null when nobody was counted. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

/** Missions with one gender marker score. */
export type MissionGenderMarkerGroup = {
  __typename?: 'MissionGenderMarkerGroup';
  /** Missions. */
  missions: Scalars['Int']['output'];
  /** People who took part. */
  participants: Scalars['Int']['output'];
  /** 0 not targeted, 1 significant, 2 principal. */
  score: Scalars['Int']['output'];
  /** Budget spent, by currency. */
  spent: Array<Money>;
};

/** Missions and people in one month (by planned start). */
export type MissionMonthGroup = {
  __typename?: 'MissionMonthGroup';
  /** Missions. */
  missions: Scalars['Int']['output'];
  /** The month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** People who took part. */
  participants: Scalars['Int']['output'];
};

/** An order for missions; ties are broken by id so pages never overlap. */
export type MissionOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field. */
  field: MissionOrderField;
};

/** How to order missions. */
export type MissionOrderField =
  /** By number of participants. */
  | 'PARTICIPANTS'
  /** By planned start date (the default, latest first). */
  | 'START_DATE'
  /** By title. */
  | 'TITLE'
  /** By last change. */
  | 'UPDATED_AT';

/** What the signed-in user may do with a mission. */
export type MissionPermissions = {
  __typename?: 'MissionPermissions';
  /** Delete it; only while it is planned and not reviewed. */
  delete: Scalars['Boolean']['output'];
  /** Review it (network reviewers and admins). */
  review: Scalars['Boolean']['output'];
  /** Change its fields, status, targets, facilitators, evaluation and follow-ups (not while its review is approved). */
  update: Scalars['Boolean']['output'];
};

/** Where a mission takes place: a country and city, online, or both (hybrid). */
export type MissionPlace = {
  __typename?: 'MissionPlace';
  /** The city, if any. */
  city?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2; null when online only. */
  country?: Maybe<Scalars['String']['output']>;
  /** The country's name in English. */
  countryName?: Maybe<Scalars['String']['output']>;
  /** Whether people take part online. */
  online: Scalars['Boolean']['output'];
};

/** An amount of money in a currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount, with at most two decimals. */
  amount: Scalars['Float']['output'];
  /** ISO 4217 currency code, e.g. PHP. */
  currency: Scalars['String']['output'];
};

/** Moves a review: see ReviewMove for who makes which move and what it needs. */
export type MoveCapacityBuildingReviewInput = {
  /** The review's global id. */
  id: Scalars['ID']['input'];
  /** The move. */
  move: ReviewMove;
  /** REQUEST_CHANGES: what to change. ANSWER: the organiser's response. REOPEN: why. 1 to 5,000 characters; required for these three. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The version last read. */
  version: Scalars['Int']['input'];
};

/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a follow-up action (the mission's organiser). */
  addFollowUpAction: FollowUpActionPayload;
  /** Adds a milestone. */
  addJointActionMilestone: JointActionChangePayload;
  /** Adds a participating partner. */
  addJointActionPartner: JointActionChangePayload;
  /** Adds a target to a political action. */
  addPolicyTarget: JointActionChangePayload;
  /** Adds a partner to a synergy (network admins and the synergy's coordinators). */
  addSynergyMember: AddSynergyMemberPayload;
  /** Moves an activity to another status; completing needs participants. */
  changeActivityStatus: ChangeActivityStatusPayload;
  /** Moves a joint action to another status; completing needs participants and an outcome or a reason why none. */
  changeJointActionStatus: ChangeJointActionStatusPayload;
  /** Moves a mission to another status; LockedError while its review is approved. */
  changeMissionStatus: ChangeMissionStatusPayload;
  /** Records an activity (partner editors for their partner, coordinators for their synergy's partners, network admins). */
  createActivity: CreateActivityPayload;
  /** Creates a personal API token for the signed-in user (with a session, not with another API token). The secret is returned once. */
  createApiToken: CreateApiTokenPayload;
  /** Plans a joint action (the synergy's coordinators; network admins, also for continental actions). */
  createJointAction: CreateJointActionPayload;
  /** Plans a mission (the organising synergy's coordinators; network admins, also for network missions). */
  createMission: CreateMissionPayload;
  /** Creates a partner organisation (network admins; coordinators into their own synergy). */
  createPartner: CreatePartnerPayload;
  /** Creates a national synergy in a network (network admins only). */
  createSynergy: CreateSynergyPayload;
  /** Creates a user account (network admins only). Grant a role afterwards. */
  createUser: CreateUserPayload;
  /** Deletes a planned activity; started or finished ones are cancelled instead, keeping the record. */
  deleteActivity: DeleteActivityPayload;
  /** Deletes a capacity assessment. */
  deleteCapacityAssessment: DeleteCapacityAssessmentPayload;
  /** Deletes a planned joint action; started or finished ones are cancelled instead, keeping the record. */
  deleteJointAction: DeleteJointActionPayload;
  /** Deletes a planned mission that nobody reviews; cancel it otherwise. */
  deleteMission: DeleteMissionPayload;
  /** Ends a partner's membership of a synergy; the history is kept. */
  endSynergyMembership: EndSynergyMembershipPayload;
  /** Grants a role on a network, synergy or partner (network admins only). */
  grantRole: GrantRolePayload;
  /** Moves a review through its workflow. */
  moveCapacityBuildingReview: CapacityBuildingReviewPayload;
  /** Does nothing and answers "ok"; here so that feature modules can extend Mutation. */
  noop: Scalars['String']['output'];
  /** Records a capacity assessment (network admins and reviewers; the partner's synergies' coordinators). */
  recordCapacityAssessment: CapacityAssessmentPayload;
  /** Records or replaces the participants' evaluation; LockedError while the review is approved. */
  recordMissionEvaluation: RecordMissionEvaluationPayload;
  /** Records an outcome on a joint action. */
  recordPolicyOutcome: JointActionChangePayload;
  /** Removes a follow-up action (the mission's organiser). */
  removeFollowUpAction: RemoveFollowUpActionPayload;
  /** Removes a milestone. */
  removeJointActionMilestone: JointActionChangePayload;
  /** Removes a participating partner (not the lead; its milestones lose their responsible partner). */
  removeJointActionPartner: JointActionChangePayload;
  /** Removes a target. */
  removePolicyTarget: JointActionChangePayload;
  /** Revokes one of the viewer's API tokens: it stops working at once. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Revokes a role grant (network admins only). */
  revokeRole: RevokeRolePayload;
  /** Signs in with e-mail and password; the token authenticates later requests. */
  signIn: SignInPayload;
  /** Ends the session of the token this request carries. */
  signOut: SignOutPayload;
  /** Starts a review in DRAFT with the signed-in user as reviewer. */
  startCapacityBuildingReview: CapacityBuildingReviewPayload;
  /** Changes an activity's fields. */
  updateActivity: UpdateActivityPayload;
  /** Changes a capacity assessment. */
  updateCapacityAssessment: CapacityAssessmentPayload;
  /** Changes a review's ratings, comments and recommendation. */
  updateCapacityBuildingReview: CapacityBuildingReviewPayload;
  /** Changes or reports on a follow-up action (the organiser, the owner partner's editors and its synergies' coordinators). */
  updateFollowUpAction: FollowUpActionPayload;
  /** Changes a joint action's fields. */
  updateJointAction: UpdateJointActionPayload;
  /** Changes a milestone; set doneDate to check it off. */
  updateJointActionMilestone: JointActionChangePayload;
  /** Changes a participating partner's role or contribution. */
  updateJointActionPartner: JointActionChangePayload;
  /** Changes a mission's fields; LockedError while its review is approved. */
  updateMission: UpdateMissionPayload;
  /** Changes a partner (network admins, coordinators of its synergies, its partner editors). */
  updatePartner: UpdatePartnerPayload;
  /** Corrects a recorded outcome. */
  updatePolicyOutcome: JointActionChangePayload;
  /** Renames a synergy or changes its status (network admins and its coordinators). */
  updateSynergy: UpdateSynergyPayload;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationAddFollowUpActionArgs = {
  input: AddFollowUpActionInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationAddJointActionMilestoneArgs = {
  input: AddJointActionMilestoneInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationAddJointActionPartnerArgs = {
  input: AddJointActionPartnerInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationAddPolicyTargetArgs = {
  input: AddPolicyTargetInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationAddSynergyMemberArgs = {
  input: AddSynergyMemberInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationChangeActivityStatusArgs = {
  input: ChangeActivityStatusInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationChangeJointActionStatusArgs = {
  input: ChangeJointActionStatusInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationChangeMissionStatusArgs = {
  input: ChangeMissionStatusInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationCreateJointActionArgs = {
  input: CreateJointActionInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationCreateMissionArgs = {
  input: CreateMissionInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationCreateSynergyArgs = {
  input: CreateSynergyInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationDeleteActivityArgs = {
  input: DeleteActivityInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationDeleteCapacityAssessmentArgs = {
  input: DeleteCapacityAssessmentInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationDeleteJointActionArgs = {
  input: DeleteJointActionInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationDeleteMissionArgs = {
  input: DeleteMissionInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationEndSynergyMembershipArgs = {
  input: EndSynergyMembershipInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationGrantRoleArgs = {
  input: GrantRoleInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationMoveCapacityBuildingReviewArgs = {
  input: MoveCapacityBuildingReviewInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationRecordCapacityAssessmentArgs = {
  input: RecordCapacityAssessmentInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationRecordMissionEvaluationArgs = {
  input: RecordMissionEvaluationInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationRecordPolicyOutcomeArgs = {
  input: RecordPolicyOutcomeInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationRemoveFollowUpActionArgs = {
  input: RemoveFollowUpActionInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationRemoveJointActionMilestoneArgs = {
  input: RemoveJointActionMilestoneInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationRemoveJointActionPartnerArgs = {
  input: RemoveJointActionPartnerInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationRemovePolicyTargetArgs = {
  input: RemovePolicyTargetInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationRevokeRoleArgs = {
  input: RevokeRoleInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationSignInArgs = {
  input: SignInInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationStartCapacityBuildingReviewArgs = {
  input: StartCapacityBuildingReviewInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationUpdateActivityArgs = {
  input: UpdateActivityInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationUpdateCapacityAssessmentArgs = {
  input: UpdateCapacityAssessmentInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationUpdateCapacityBuildingReviewArgs = {
  input: UpdateCapacityBuildingReviewInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationUpdateFollowUpActionArgs = {
  input: UpdateFollowUpActionInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationUpdateJointActionArgs = {
  input: UpdateJointActionInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationUpdateJointActionMilestoneArgs = {
  input: UpdateJointActionMilestoneInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationUpdateJointActionPartnerArgs = {
  input: UpdateJointActionPartnerInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationUpdateMissionArgs = {
  input: UpdateMissionInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationUpdatePartnerArgs = {
  input: UpdatePartnerInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationUpdatePolicyOutcomeArgs = {
  input: UpdatePolicyOutcomeInput;
};


/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type MutationUpdateSynergyArgs = {
  input: UpdateSynergyInput;
};

/**
 * A continental network of organisations (e.g. the Asia network on the right to social protection).
 * It owns synergies and partners, runs capacity building and reviews results across countries.
 */
export type Network = Node & {
  __typename?: 'Network';
  /** Short name, e.g. ANRSP. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Age bands participants are counted in, youngest first; exactly one is the youth band. */
  ageBands: Array<AgeBand>;
  /** The network's IATI organisation identifier (reporting-org), when set. */
  iatiOrganisationId?: Maybe<Scalars['String']['output']>;
  /** The global id. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** How many partner organisations the network has (that the user may see). */
  partnerCount: Scalars['Int']['output'];
  /** The network's national synergies. */
  synergies: SynergyConnection;
  /** How many national synergies the network has (that the user may see). */
  synergyCount: Scalars['Int']['output'];
  /** What the signed-in user may do in this network (the API enforces the same rules): for showing only the actions that will be accepted. */
  viewerCan: NetworkPermissions;
};


/**
 * A continental network of organisations (e.g. the Asia network on the right to social protection).
 * It owns synergies and partners, runs capacity building and reviews results across countries.
 */
export type NetworkSynergiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SynergyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What the signed-in user may do in a network. */
export type NetworkPermissions = {
  __typename?: 'NetworkPermissions';
  /** Create a synergy (createSynergy). */
  createSynergy: Scalars['Boolean']['output'];
  /** Create user accounts (createUser). */
  createUser: Scalars['Boolean']['output'];
  /** Grant and revoke roles (grantRole, revokeRole). */
  grantRole: Scalars['Boolean']['output'];
  /** Read the audit log (auditEntries). */
  readAuditLog: Scalars['Boolean']['output'];
};

/** An object with a global id (Relay). Fetch any of them with `node(id:)`. */
export type Node = {
  /** The global id: opaque, stable, unique across types. */
  id: Scalars['ID']['output'];
};

/** An id in the input names nothing that exists (or nothing the user may see). */
export type NotFoundError = UserError & {
  __typename?: 'NotFoundError';
  /** Which object was not found. */
  message: Scalars['String']['output'];
  /** The path to the input field holding the id. */
  path?: Maybe<Array<Scalars['String']['output']>>;
};

/** Ascending or descending. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Paging information of a Relay connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge, null when the page is empty; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede the first edge. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One cell of the participants grid: people of one sex in one of the network's age bands. */
export type ParticipantCell = {
  __typename?: 'ParticipantCell';
  /** Their age band; null only for NOT_RECORDED people of unknown age. */
  ageBand?: Maybe<AgeBand>;
  /** How many people. */
  count: Scalars['Int']['output'];
  /** Their sex. */
  sex: Sex;
};

/** One cell of the participants grid. Each combination of sex and age band at most once. */
export type ParticipantCellInput = {
  /** The age band's id (see Network.ageBands); null only for NOT_RECORDED people of unknown age. */
  ageBandId?: InputMaybe<Scalars['String']['input']>;
  /** How many people: a whole number from 0 to 1,000,000. */
  count: Scalars['Int']['input'];
  /** Their sex. */
  sex: Sex;
};

/** People reached, by sex × age band, with the derived totals. Shares are 0 to 1, null when nobody was counted. */
export type ParticipantCounts = {
  __typename?: 'ParticipantCounts';
  /** The non-zero cells, by sex then age band. */
  cells: Array<ParticipantCell>;
  /** Men. */
  men: Scalars['Int']['output'];
  /** People whose sex was not recorded. */
  notRecorded: Scalars['Int']['output'];
  /** People of another sex. */
  other: Scalars['Int']['output'];
  /** Everybody counted: the sum of the cells. */
  total: Scalars['Int']['output'];
  /** Women. */
  women: Scalars['Int']['output'];
  /** women / total. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** People in the network's youth age band. */
  youth: Scalars['Int']['output'];
  /** youth / total. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

/** Participation in activities addressing one branch (an activity addressing two branches counts in both). */
export type ParticipationByBranch = ParticipationGroup & {
  __typename?: 'ParticipationByBranch';
  /** Activities in the group. */
  activityCount: Scalars['Int']['output'];
  /** The branch. */
  branch: SocialProtectionBranch;
  /** People reached. */
  total: Scalars['Int']['output'];
  /** Women reached. */
  women: Scalars['Int']['output'];
  /** women / total. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** People in the youth age band. */
  youth: Scalars['Int']['output'];
  /** youth / total. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

/** Participation in activities in one country. */
export type ParticipationByCountry = ParticipationGroup & {
  __typename?: 'ParticipationByCountry';
  /** Activities in the group. */
  activityCount: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2 code. */
  country: Scalars['String']['output'];
  /** Country name in English. */
  countryName: Scalars['String']['output'];
  /** People reached. */
  total: Scalars['Int']['output'];
  /** Women reached. */
  women: Scalars['Int']['output'];
  /** women / total. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** People in the youth age band. */
  youth: Scalars['Int']['output'];
  /** youth / total. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

/** Participation in activities with one gender marker score. */
export type ParticipationByGenderMarkerScore = ParticipationGroup & {
  __typename?: 'ParticipationByGenderMarkerScore';
  /** Activities in the group. */
  activityCount: Scalars['Int']['output'];
  /** The score, 0 to 2. */
  score: Scalars['Int']['output'];
  /** People reached. */
  total: Scalars['Int']['output'];
  /** Women reached. */
  women: Scalars['Int']['output'];
  /** women / total. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** People in the youth age band. */
  youth: Scalars['Int']['output'];
  /** youth / total. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

/** Participation in activities that started in one month. */
export type ParticipationByMonth = ParticipationGroup & {
  __typename?: 'ParticipationByMonth';
  /** Activities in the group. */
  activityCount: Scalars['Int']['output'];
  /** The month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** People reached. */
  total: Scalars['Int']['output'];
  /** Women reached. */
  women: Scalars['Int']['output'];
  /** women / total. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** People in the youth age band. */
  youth: Scalars['Int']['output'];
  /** youth / total. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

/** Participation in activities of one type. */
export type ParticipationByType = ParticipationGroup & {
  __typename?: 'ParticipationByType';
  /** Activities in the group. */
  activityCount: Scalars['Int']['output'];
  /** People reached. */
  total: Scalars['Int']['output'];
  /** The activity type. */
  type: ActivityType;
  /** Women reached. */
  women: Scalars['Int']['output'];
  /** women / total. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** People in the youth age band. */
  youth: Scalars['Int']['output'];
  /** youth / total. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

/** Sums over a group of activities. Shares are 0 to 1, null when nobody was counted. */
export type ParticipationGroup = {
  /** Activities in the group. */
  activityCount: Scalars['Int']['output'];
  /** People reached. */
  total: Scalars['Int']['output'];
  /** Women reached. */
  women: Scalars['Int']['output'];
  /** women / total. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** People in the youth age band. */
  youth: Scalars['Int']['output'];
  /** youth / total. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

/** Whose participation to sum up: give exactly one of the three. */
export type ParticipationScope = {
  /** A whole network. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** One partner's activities. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** The activities reported under one synergy. */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * People reached by the ongoing and completed activities of a scope, computed in the database.
 * Planned and cancelled activities reached nobody yet and are left out.
 */
export type ParticipationSummary = ParticipationGroup & {
  __typename?: 'ParticipationSummary';
  /** Activities counted. */
  activityCount: Scalars['Int']['output'];
  /** By social protection branch, largest first. */
  byBranch: Array<ParticipationByBranch>;
  /** By country, largest first. */
  byCountry: Array<ParticipationByCountry>;
  /** By gender marker score, 0 to 2. */
  byGenderMarkerScore: Array<ParticipationByGenderMarkerScore>;
  /** By month of the start date, oldest first. */
  byMonth: Array<ParticipationByMonth>;
  /** People by sex × age band (non-zero cells). */
  bySexAndAgeBand: Array<ParticipantCell>;
  /** By activity type, largest first. */
  byType: Array<ParticipationByType>;
  /** Men reached. */
  men: Scalars['Int']['output'];
  /** People whose sex was not recorded. */
  notRecorded: Scalars['Int']['output'];
  /** People of another sex. */
  other: Scalars['Int']['output'];
  /** People reached. */
  total: Scalars['Int']['output'];
  /** Women reached. */
  women: Scalars['Int']['output'];
  /** women / total. */
  womenShare?: Maybe<Scalars['Float']['output']>;
  /** People in the youth age band. */
  youth: Scalars['Int']['output'];
  /** youth / total. */
  youthShare?: Maybe<Scalars['Float']['output']>;
};

/** One partner organisation: trade union, informal workers' organisation, health mutual, cooperative, NGO or institute. */
export type Partner = Node & {
  __typename?: 'Partner';
  /** Short name. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** This partner's capacity assessments, latest first. */
  capacityAssessments: CapacityAssessmentConnection;
  /** Contact e-mail. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Contact person. */
  contactName?: Maybe<Scalars['String']['output']>;
  /** Contact phone, free form. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** Country of its seat, ISO 3166-1 alpha-2 code. */
  country: Scalars['String']['output'];
  /** Country name in English. */
  countryName: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The joint actions this partner takes part in, latest first unless `orderBy` says otherwise. */
  jointActions: JointActionConnection;
  /** Its members by sex. */
  members: MemberCounts;
  /** Its synergy memberships, current first (ended too with `includeEnded`). */
  memberships: Array<SynergyMembership>;
  /** Missions this partner is targeted by, latest first unless `orderBy` says otherwise. */
  missions: CapacityBuildingMissionConnection;
  /** Full name. */
  name: Scalars['String']['output'];
  /** The network it works in. */
  network: Network;
  /** What kind of organisation it is. */
  type: PartnerType;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back when updating. */
  version: Scalars['Int']['output'];
  /** What the signed-in user may do with this partner (the API enforces the same rules). */
  viewerCan: PartnerPermissions;
  /** Web site (http or https URL). */
  website?: Maybe<Scalars['String']['output']>;
};


/** One partner organisation: trade union, informal workers' organisation, health mutual, cooperative, NGO or institute. */
export type PartnerCapacityAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One partner organisation: trade union, informal workers' organisation, health mutual, cooperative, NGO or institute. */
export type PartnerJointActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JointActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<JointActionOrder>;
};


/** One partner organisation: trade union, informal workers' organisation, health mutual, cooperative, NGO or institute. */
export type PartnerMembershipsArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};


/** One partner organisation: trade union, informal workers' organisation, health mutual, cooperative, NGO or institute. */
export type PartnerMissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MissionOrder>;
};

/** A page of partners. */
export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  /** The partners of this page with their cursors. */
  edges: Array<PartnerEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many partners match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A partner with its cursor. */
export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  /** Opaque cursor of this partner. */
  cursor: Scalars['String']['output'];
  /** The partner. */
  node: Partner;
};

/** Narrows a list of partners. */
export type PartnerFilter = {
  /** Only these countries (ISO 3166-1 alpha-2). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only partners of this network. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Text found in the name or acronym. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only current members of this synergy. */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these types. */
  types?: InputMaybe<Array<PartnerType>>;
  /** Only partners with no current membership in any synergy. */
  unaffiliated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the signed-in user may do with a partner. */
export type PartnerPermissions = {
  __typename?: 'PartnerPermissions';
  /** Edit it (updatePartner). */
  update: Scalars['Boolean']['output'];
};

/** What kind of organisation a partner is. */
export type PartnerType =
  /** A cooperative. */
  | 'COOPERATIVE'
  /** A health mutual or micro-insurance scheme. */
  | 'HEALTH_MUTUAL'
  /** A membership-based organisation of informal workers. */
  | 'INFORMAL_WORKERS_ORGANISATION'
  /** A non-governmental organisation. */
  | 'NGO'
  /** A research or support institute. */
  | 'RESEARCH_INSTITUTE'
  /** A trade union or federation. */
  | 'TRADE_UNION';

/** A change a joint action contributed to, with the stage of the policy cycle it reached and the evidence. */
export type PolicyOutcome = Node & {
  __typename?: 'PolicyOutcome';
  /** How much the synergy or network contributed. */
  contribution: ContributionLevel;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** What changed. */
  description: Scalars['String']['output'];
  /** Evidence, as text. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** Links to the evidence (http or https). */
  evidenceLinks: Array<Scalars['String']['output']>;
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The joint action it is recorded on. */
  jointAction: JointAction;
  /** When the change was observed. */
  observedOn: Scalars['Date']['output'];
  /** Who recorded it; null as for Activity.createdBy. */
  recordedBy?: Maybe<User>;
  /** The policy-change stage reached; always set for political actions. */
  stage?: Maybe<PolicyStage>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** A page of policy outcomes, latest observed first. */
export type PolicyOutcomeConnection = {
  __typename?: 'PolicyOutcomeConnection';
  /** The outcomes of this page. */
  edges: Array<PolicyOutcomeEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A policy outcome with its cursor. */
export type PolicyOutcomeEdge = {
  __typename?: 'PolicyOutcomeEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The outcome. */
  node: PolicyOutcome;
};

/** Which policy outcomes to list. Every field narrows further. */
export type PolicyOutcomeFilter = {
  /** true: only continental joint actions' outcomes; false: only synergies'. */
  continental?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only those of joint actions in these countries. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Observed on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only those of joint actions of these kinds. */
  kinds?: InputMaybe<Array<JointActionKind>>;
  /** Only this network's. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these stages. */
  stages?: InputMaybe<Array<PolicyStage>>;
  /** Only those of this synergy's joint actions. */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those of joint actions with a target at one of these levels. */
  targetLevels?: InputMaybe<Array<TargetLevel>>;
  /** Observed on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The stages of the policy cycle, in order; a later stage is further along. */
export type PolicyStage =
  /** It was adopted. */
  | 'ADOPTION'
  /** The issue is on the decision makers' agenda. */
  | 'AGENDA_SETTING'
  /** Its effects are being evaluated. */
  | 'EVALUATION'
  /** A policy or law is being drafted. */
  | 'FORMULATION'
  /** It is being put into practice. */
  | 'IMPLEMENTATION';

/** A decision maker or institution a political action targets, and what it asks of them. */
export type PolicyTarget = {
  __typename?: 'PolicyTarget';
  /** What exactly is asked. */
  ask?: Maybe<Scalars['String']['output']>;
  /** What kind of ask. */
  askKind: PoliticalAskKind;
  /** The global id. */
  id: Scalars['ID']['output'];
  /** Its level. */
  level: TargetLevel;
  /** The decision maker or institution. */
  name: Scalars['String']['output'];
};

/** What a political action asks of its target. */
export type PoliticalAskKind =
  /** Table or pass a draft law or regulation. */
  | 'DRAFT_LAW'
  /** Meet the synergy. */
  | 'MEETING'
  /** Adopt the positions of a position paper. */
  | 'POSITION_PAPER';

/** The root of every read. */
export type Query = {
  __typename?: 'Query';
  /** Activities the user may see, newest first unless `orderBy` says otherwise. */
  activities: ActivityConnection;
  /** One activity by global id; null when not found or not visible. */
  activity?: Maybe<Activity>;
  /** The change history of a network, newest first (network admins and reviewers). */
  auditEntries: AuditEntryConnection;
  /** One assessment by global id; null when not found or not visible. */
  capacityAssessment?: Maybe<CapacityAssessment>;
  /** Capacity assessments of partners the user may see, latest first. */
  capacityAssessments: CapacityAssessmentConnection;
  /** One review by global id; null when not found or not visible. */
  capacityBuildingReview?: Maybe<CapacityBuildingReview>;
  /** Reviews the user may see, most recently changed first. */
  capacityBuildingReviews: CapacityBuildingReviewConnection;
  /** Capacity building of a network, synergy or partner, optionally limited to missions whose planned period overlaps [from, to]. */
  capacityBuildingSummary: CapacityBuildingSummary;
  /** Follow-up actions of the missions the user may see, by due date. */
  followUpActions: FollowUpActionConnection;
  /** One joint action by global id; null when not found or not visible. */
  jointAction?: Maybe<JointAction>;
  /** Milestones of the joint actions the user may see, by due date (the plan's timeline, and what is overdue or coming up). */
  jointActionMilestones: JointActionMilestoneConnection;
  /** Joint actions of a network, synergy or partner, optionally limited to those whose planned period overlaps [from, to]. */
  jointActionSummary: JointActionSummary;
  /** Joint actions the user may see, latest planned start first unless `orderBy` says otherwise. */
  jointActions: JointActionConnection;
  /** One mission by global id; null when not found or not visible. */
  mission?: Maybe<CapacityBuildingMission>;
  /** Capacity-building missions the user may see, latest planned start first unless `orderBy` says otherwise. */
  missions: CapacityBuildingMissionConnection;
  /** One network by global id; null when not found or not visible. */
  network?: Maybe<Network>;
  /** The networks the signed-in user holds a role in. */
  networks: Array<Network>;
  /** Fetches any object by its global id; null when it does not exist or the user may not see it. */
  node?: Maybe<Node>;
  /** Fetches several objects by global id, in the same order; null for any not found or not visible. */
  nodes: Array<Maybe<Node>>;
  /** People reached in a network, synergy or partner, optionally between two start dates (both included). */
  participationSummary: ParticipationSummary;
  /** One partner by global id; null when not found or not visible. */
  partner?: Maybe<Partner>;
  /** Partner organisations the user may see, ordered by name. */
  partners: PartnerConnection;
  /** A constant that answers "ok"; useful for clients checking that the API answers. */
  ping: Scalars['String']['output'];
  /** Outcomes recorded on the joint actions the user may see, latest observed first: the network's political results. */
  policyOutcomes: PolicyOutcomeConnection;
  /** National synergies the user may see, ordered by country then name. */
  synergies: SynergyConnection;
  /** One synergy by global id; null when not found or not visible. */
  synergy?: Maybe<Synergy>;
  /** Users of a network (network admins only), for granting roles. Ordered by name. */
  users: UserConnection;
  /** The signed-in user, or null when the request carries no valid session token. */
  viewer?: Maybe<Viewer>;
};


/** The root of every read. */
export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActivityOrder>;
};


/** The root of every read. */
export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  networkId: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryCapacityAssessmentArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryCapacityAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CapacityAssessmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryCapacityBuildingReviewArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryCapacityBuildingReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CapacityBuildingReviewFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryCapacityBuildingSummaryArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  scope: CapacityBuildingScope;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** The root of every read. */
export type QueryFollowUpActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FollowUpActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryJointActionArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryJointActionMilestonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JointActionMilestoneFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryJointActionSummaryArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  scope: JointActionScope;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** The root of every read. */
export type QueryJointActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JointActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<JointActionOrder>;
};


/** The root of every read. */
export type QueryMissionArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryMissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MissionOrder>;
};


/** The root of every read. */
export type QueryNetworkArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The root of every read. */
export type QueryParticipationSummaryArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  scope: ParticipationScope;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** The root of every read. */
export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryPolicyOutcomesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyOutcomeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QuerySynergiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SynergyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QuerySynergyArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  networkId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Records an assessment of a partner. */
export type RecordCapacityAssessmentInput = {
  /** When it was assessed; not in the future. */
  assessedOn: Scalars['Date']['input'];
  /** Who assessed, 1 to 200 characters. */
  assessor: Scalars['String']['input'];
  /** A mission of the same network to link it to. */
  missionId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 5,000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The partner's global id. */
  partnerId: Scalars['ID']['input'];
  /** At least one score. */
  scores: Array<CapacityScoreInput>;
};

/** Records or replaces the participants' evaluation of a mission. Ratings are averages from 1 to 5. */
export type RecordMissionEvaluationInput = {
  /** Evaluation forms returned, 0 to 100,000; at most the number of participants. */
  formsReturned: Scalars['Int']['input'];
  /** What participants learned, at most 5,000 characters. */
  learnings?: InputMaybe<Scalars['String']['input']>;
  /** The mission's global id. */
  missionId: Scalars['ID']['input'];
  /** Average quality rating, 1 to 5. */
  quality?: InputMaybe<Scalars['Float']['input']>;
  /** Average relevance rating, 1 to 5. */
  relevance?: InputMaybe<Scalars['Float']['input']>;
  /** Average usefulness rating, 1 to 5. */
  usefulness?: InputMaybe<Scalars['Float']['input']>;
  /** The mission's version last read. */
  version: Scalars['Int']['input'];
};

/** The mission with its evaluation, or why not. */
export type RecordMissionEvaluationPayload = {
  __typename?: 'RecordMissionEvaluationPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The mission, null on error. */
  mission?: Maybe<CapacityBuildingMission>;
};

export type RecordPolicyOutcomeInput = {
  /** How much the synergy or network contributed. */
  contribution: ContributionLevel;
  /** What changed, 3 to 5,000 characters. */
  description: Scalars['String']['input'];
  /** Evidence as text, at most 5,000 characters. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** Links to the evidence (http or https), at most 10. */
  evidenceLinks?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The joint action. */
  jointActionId: Scalars['ID']['input'];
  /** When the change was observed; not in the future. */
  observedOn: Scalars['Date']['input'];
  /** The policy-change stage reached; required for political actions. */
  stage?: InputMaybe<PolicyStage>;
  /** The version last read. */
  version: Scalars['Int']['input'];
};

/** Removes a follow-up action. */
export type RemoveFollowUpActionInput = {
  /** The follow-up action's global id. */
  id: Scalars['ID']['input'];
  /** The version last read. */
  version: Scalars['Int']['input'];
};

/** The removed follow-up action's id, or why not. */
export type RemoveFollowUpActionPayload = {
  __typename?: 'RemoveFollowUpActionPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The removed follow-up action's global id, null on error. */
  removedFollowUpActionId?: Maybe<Scalars['ID']['output']>;
};

export type RemoveJointActionMilestoneInput = {
  /** The milestone. */
  id: Scalars['ID']['input'];
  /** The joint action's version last read. */
  version: Scalars['Int']['input'];
};

export type RemoveJointActionPartnerInput = {
  /** The participation (JointActionPartner.id); the lead cannot be removed. */
  id: Scalars['ID']['input'];
  /** The joint action's version last read. */
  version: Scalars['Int']['input'];
};

export type RemovePolicyTargetInput = {
  /** The target. */
  id: Scalars['ID']['input'];
  /** The joint action's version last read. */
  version: Scalars['Int']['input'];
};

/** A move in the review workflow. */
export type ReviewMove =
  /** CHANGES_REQUESTED → SUBMITTED (the organiser, with a response). */
  | 'ANSWER'
  /** SUBMITTED → APPROVED (the reviewer): locks the mission. */
  | 'APPROVE'
  /** APPROVED → CHANGES_REQUESTED (network admins only, with a reason; recorded in the audit log). */
  | 'REOPEN'
  /** SUBMITTED → CHANGES_REQUESTED (the reviewer, with a change request). */
  | 'REQUEST_CHANGES'
  /** DRAFT → SUBMITTED (the reviewer; needs all four ratings). */
  | 'SUBMIT';

/** What the reviewer recommends for the network's next programming. */
export type ReviewRecommendation =
  | 'ADAPT'
  | 'CONTINUE'
  | 'DISCONTINUE'
  | 'SCALE_UP';

/**
 * Where a review stands: DRAFT → SUBMITTED → CHANGES_REQUESTED → SUBMITTED → APPROVED.
 * The reviewer submits, requests changes and approves; the organiser answers change requests;
 * a network admin may reopen an approved review (back to CHANGES_REQUESTED).
 */
export type ReviewStatus =
  /** Approved: the mission's reviewed fields are locked. */
  | 'APPROVED'
  /** The reviewer asked the organiser for changes. */
  | 'CHANGES_REQUESTED'
  /** The reviewer is writing it. */
  | 'DRAFT'
  /** Submitted by the reviewer (or answered by the organiser) and awaiting the reviewer's decision. */
  | 'SUBMITTED';

/** Reviews in one status. */
export type ReviewStatusCount = {
  __typename?: 'ReviewStatusCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: ReviewStatus;
};

export type RevokeApiTokenInput = {
  /** The token to revoke (one of the viewer's own). */
  id: Scalars['ID']['input'];
};

/** The result of revoking an API token. */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The revoked token, null on error. */
  apiToken?: Maybe<ApiToken>;
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
};

export type RevokeRoleInput = {
  /** The grant to revoke. */
  roleGrantId: Scalars['ID']['input'];
};

/** The result of revoking a role. */
export type RevokeRolePayload = {
  __typename?: 'RevokeRolePayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The id of the revoked grant, null on error. */
  revokedRoleGrantId?: Maybe<Scalars['ID']['output']>;
};

/** What a role lets its holder do (see the domain's permission rules). */
export type Role =
  /** Administers a network: synergies, partners, roles, everything in it. */
  | 'NETWORK_ADMIN'
  /** Reads everything in a network and writes reviews. */
  | 'NETWORK_REVIEWER'
  /** Edits one partner organisation and its activities. */
  | 'PARTNER_EDITOR'
  /** Coordinates one synergy: its partners, memberships and joint actions. */
  | 'SYNERGY_COORDINATOR'
  /** Reads what is in the granted scope. */
  | 'VIEWER';

/** A role held by a user on a network, a synergy or a partner. */
export type RoleGrant = Node & {
  __typename?: 'RoleGrant';
  /** When it was granted. */
  grantedAt: Scalars['DateTime']['output'];
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The role. */
  role: Role;
  /** The network, synergy or partner the role applies to. */
  scope: RoleScope;
  /** The kind of scope. */
  scopeType: ScopeType;
  /** The user holding the role. */
  user: User;
};

/** What a role can be granted on. */
export type RoleScope = Network | Partner | Synergy;

/** The kind of object a role is granted on. */
export type ScopeType =
  | 'NETWORK'
  | 'PARTNER'
  | 'SYNERGY';

/** Sex, as participants are counted. */
export type Sex =
  | 'MEN'
  /** Sex not recorded: the only way to record a grand total without a breakdown. */
  | 'NOT_RECORDED'
  | 'OTHER'
  | 'WOMEN';

export type SignInInput = {
  /** Sign-in e-mail address. */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** The result of signing in: a bearer token to send as `Authorization: Bearer <token>`. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** Why sign-in failed; empty on success. */
  errors: Array<UserError>;
  /** The session token, null when sign-in failed. Shown once; keep it secret. */
  token?: Maybe<Scalars['String']['output']>;
  /** The signed-in user, null when sign-in failed. */
  viewer?: Maybe<Viewer>;
};

/** The result of signing out. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** Empty on success. */
  errors: Array<UserError>;
  /** Whether a session was ended. */
  signedOut: Scalars['Boolean']['output'];
};

/** A branch of social protection (ILO C102, plus the floor guarantees of R202). */
export type SocialProtectionBranch =
  /** Employment injury benefit. */
  | 'EMPLOYMENT_INJURY'
  /** Family benefit, including child care. */
  | 'FAMILY'
  /** Social protection in general. */
  | 'GENERAL'
  /** Invalidity benefit. */
  | 'INVALIDITY'
  /** Maternity benefit. */
  | 'MATERNITY'
  /** Medical care. */
  | 'MEDICAL_CARE'
  /** Old-age benefit. */
  | 'OLD_AGE'
  /** Sickness benefit. */
  | 'SICKNESS'
  /** Survivors' benefit. */
  | 'SURVIVORS'
  /** Unemployment benefit. */
  | 'UNEMPLOYMENT';

/** Starts a review (network reviewers and admins): of a mission, or of a synergy's year. Exactly one of missionId and synergyId + year. */
export type StartCapacityBuildingReviewInput = {
  /** The mission to review; one review per mission. */
  missionId?: InputMaybe<Scalars['ID']['input']>;
  /** The synergy whose year of capacity building to review. */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
  /** The year, with synergyId. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A national coalition of partner organisations in one country. */
export type Synergy = Node & {
  __typename?: 'Synergy';
  /** The reviews of this synergy's years of capacity building, latest year first. */
  capacityBuildingReviews: Array<CapacityBuildingReview>;
  /** Country, ISO 3166-1 alpha-2 code, e.g. PH. */
  country: Scalars['String']['output'];
  /** Country name in English. */
  countryName: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The global id. */
  id: Scalars['ID']['output'];
  /** This synergy's joint actions (not continental ones), latest first unless `orderBy` says otherwise. */
  jointActions: JointActionConnection;
  /** Partners with a current membership (or all memberships with `includeEnded`). */
  memberships: Array<SynergyMembership>;
  /** Missions this synergy organises or is targeted by, latest first unless `orderBy` says otherwise. */
  missions: CapacityBuildingMissionConnection;
  /** Name, e.g. "Philippine synergy on social protection". */
  name: Scalars['String']['output'];
  /** The network it belongs to. */
  network: Network;
  /** How many partners are current members. */
  partnerCount: Scalars['Int']['output'];
  /** Partner organisations that are current members. */
  partners: PartnerConnection;
  /** Whether it is working. */
  status: SynergyStatus;
  /** Optimistic-locking version: pass it back when updating. */
  version: Scalars['Int']['output'];
  /** What the signed-in user may do with this synergy (the API enforces the same rules). */
  viewerCan: SynergyPermissions;
};


/** A national coalition of partner organisations in one country. */
export type SynergyJointActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JointActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<JointActionOrder>;
};


/** A national coalition of partner organisations in one country. */
export type SynergyMembershipsArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A national coalition of partner organisations in one country. */
export type SynergyMissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MissionOrder>;
};


/** A national coalition of partner organisations in one country. */
export type SynergyPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of synergies. */
export type SynergyConnection = {
  __typename?: 'SynergyConnection';
  /** The synergies of this page with their cursors. */
  edges: Array<SynergyEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many synergies match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A synergy with its cursor. */
export type SynergyEdge = {
  __typename?: 'SynergyEdge';
  /** Opaque cursor of this synergy. */
  cursor: Scalars['String']['output'];
  /** The synergy. */
  node: Synergy;
};

/** Narrows a list of synergies. */
export type SynergyFilter = {
  /** Only these countries (ISO 3166-1 alpha-2). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only this network. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Text found in the name or country name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<SynergyStatus>>;
};

/** A partner's membership of a synergy, with its role and dates. */
export type SynergyMembership = Node & {
  __typename?: 'SynergyMembership';
  /** Whether the membership is current today. */
  active: Scalars['Boolean']['output'];
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The partner. */
  partner: Partner;
  /** The partner's role. */
  role: MembershipRole;
  /** First day of membership. */
  since: Scalars['Date']['output'];
  /** The synergy. */
  synergy: Synergy;
  /** Last day of membership; null while it lasts. */
  until?: Maybe<Scalars['Date']['output']>;
};

/** What the signed-in user may do with a synergy. */
export type SynergyPermissions = {
  __typename?: 'SynergyPermissions';
  /** Add a partner to it (addSynergyMember). */
  addMember: Scalars['Boolean']['output'];
  /** Create a new partner that joins it (createPartner with synergyId). */
  createPartner: Scalars['Boolean']['output'];
  /** End a partner's membership (endSynergyMembership). */
  endMembership: Scalars['Boolean']['output'];
  /** Change its name or status. */
  update: Scalars['Boolean']['output'];
};

/** Whether a synergy is working. */
export type SynergyStatus =
  /** Working: plans and runs joint actions. */
  | 'ACTIVE'
  /** No longer working; kept for history. */
  | 'DORMANT'
  /** Being set up. */
  | 'FORMING';

/** The level of a decision maker or institution. */
export type TargetLevel =
  | 'INTERNATIONAL'
  | 'LOCAL'
  | 'NATIONAL'
  | 'REGIONAL';

export type UpdateActivityInput = {
  /** New branches (replace the old ones). */
  branches?: InputMaybe<Array<SocialProtectionBranch>>;
  /** New country. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** New description; empty or null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New last day. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** New gender marker. */
  genderMarker?: InputMaybe<GenderMarkerInput>;
  /** The activity. */
  id: Scalars['ID']['input'];
  /** New informal sectors (replace). */
  informalSectors?: InputMaybe<Array<InformalSector>>;
  /** New participants grid (replaces every cell). */
  participants?: InputMaybe<Array<ParticipantCellInput>>;
  /** New place; empty or null clears it. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** New first day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** New sub-type; null clears it. */
  subType?: InputMaybe<ActivitySubType>;
  /** New synergy; null removes it. */
  synergyId?: InputMaybe<Scalars['ID']['input']>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New type. */
  type?: InputMaybe<ActivityType>;
  /** The version last read; a stale one is a ConflictError and nothing is changed. */
  version: Scalars['Int']['input'];
  /** New worker categories (replace). */
  workerCategories?: InputMaybe<Array<WorkerCategory>>;
};

/** The result of updating an activity. */
export type UpdateActivityPayload = {
  __typename?: 'UpdateActivityPayload';
  /** The updated activity, null on error. */
  activity?: Maybe<Activity>;
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
};

/** Changes an assessment; omitted fields stay as they are. */
export type UpdateCapacityAssessmentInput = {
  assessedOn?: InputMaybe<Scalars['Date']['input']>;
  assessor?: InputMaybe<Scalars['String']['input']>;
  /** The assessment's global id. */
  id: Scalars['ID']['input'];
  /** null unlinks it. */
  missionId?: InputMaybe<Scalars['ID']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Replaces every score. */
  scores?: InputMaybe<Array<CapacityScoreInput>>;
  /** The version last read; a stale one is a ConflictError. */
  version: Scalars['Int']['input'];
};

/** Changes a review's ratings and comments (the reviewer, while DRAFT or SUBMITTED). Omitted fields stay as they are. */
export type UpdateCapacityBuildingReviewInput = {
  /** At most 10,000 characters. */
  comments?: InputMaybe<Scalars['String']['input']>;
  /** The review's global id. */
  id: Scalars['ID']['input'];
  /** 1 to 5. */
  ratingEffectiveness?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 5. */
  ratingFollowUp?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 5. */
  ratingGender?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 5. */
  ratingRelevance?: InputMaybe<Scalars['Int']['input']>;
  recommendation?: InputMaybe<ReviewRecommendation>;
  /** The version last read; a stale one is a ConflictError. */
  version: Scalars['Int']['input'];
};

/** Changes a follow-up action or reports on it. Omitted fields stay as they are. */
export type UpdateFollowUpActionInput = {
  /** 1 to 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it was done. */
  doneOn?: InputMaybe<Scalars['Date']['input']>;
  /** Why it was dropped, 1 to 2,000 characters. */
  droppedReason?: InputMaybe<Scalars['String']['input']>;
  /** A new due date. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Evidence, at most 5,000 characters. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** The follow-up action's global id. */
  id: Scalars['ID']['input'];
  /** A new owner partner. */
  ownerPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** The new status: DONE needs doneOn (today by default, never in the future); DROPPED needs droppedReason. */
  status?: InputMaybe<FollowUpStatus>;
  /** The version last read; a stale one is a ConflictError. */
  version: Scalars['Int']['input'];
};

export type UpdateJointActionInput = {
  /** Actual last day; null clears it. */
  actualEndDate?: InputMaybe<Scalars['Date']['input']>;
  /** Actual first day; null clears it. */
  actualStartDate?: InputMaybe<Scalars['Date']['input']>;
  /** New branches (replace). */
  branches?: InputMaybe<Array<SocialProtectionBranch>>;
  /** New gender marker. */
  genderMarker?: InputMaybe<GenderMarkerInput>;
  /** The joint action. */
  id: Scalars['ID']['input'];
  /** New kind (targets stay, but only political actions can gain new ones). */
  kind?: InputMaybe<JointActionKind>;
  /** Why a completed action has no outcome; null clears it. */
  noOutcomeReason?: InputMaybe<Scalars['String']['input']>;
  /** New objective; empty or null clears it. */
  objective?: InputMaybe<Scalars['String']['input']>;
  /** New participants grid (replaces every cell). */
  participants?: InputMaybe<Array<ParticipantCellInput>>;
  /** New planned last day. */
  plannedEndDate?: InputMaybe<Scalars['Date']['input']>;
  /** New planned first day; the partners must have been members on the new dates. */
  plannedStartDate?: InputMaybe<Scalars['Date']['input']>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version last read; a stale one is a ConflictError and nothing is changed. */
  version: Scalars['Int']['input'];
};

export type UpdateJointActionMilestoneInput = {
  /** Done on this day (check it off); null reopens it. */
  doneDate?: InputMaybe<Scalars['Date']['input']>;
  /** New due date. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The milestone. */
  id: Scalars['ID']['input'];
  /** New responsible partner; null clears it. */
  responsiblePartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The joint action's version last read. */
  version: Scalars['Int']['input'];
};

export type UpdateJointActionPartnerInput = {
  /** New money contribution; null clears amount and currency. */
  contributionAmount?: InputMaybe<Scalars['Float']['input']>;
  /** Currency of the amount. */
  contributionCurrency?: InputMaybe<Scalars['String']['input']>;
  /** New contributions in kind; null clears it. */
  contributionInKind?: InputMaybe<Scalars['String']['input']>;
  /** New people contribution; null clears it. */
  contributionPeople?: InputMaybe<Scalars['Int']['input']>;
  /** The participation (JointActionPartner.id). */
  id: Scalars['ID']['input'];
  /** New role; making a partner LEAD makes the previous lead a CO_ORGANISER. */
  role?: InputMaybe<JointActionRole>;
  /** The joint action's version last read. */
  version: Scalars['Int']['input'];
};

/** The result of changing a joint action's fields. */
export type UpdateJointActionPayload = {
  __typename?: 'UpdateJointActionPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The updated joint action, null on error. */
  jointAction?: Maybe<JointAction>;
};

/**
 * Changes a mission's fields; omitted fields stay as they are, null clears an optional one.
 * Refused with a LockedError while its review is approved.
 */
export type UpdateMissionInput = {
  /** Actual last day; not in the future, on or after the actual first day. */
  actualEndDate?: InputMaybe<Scalars['Date']['input']>;
  /** Actual first day; not in the future. */
  actualStartDate?: InputMaybe<Scalars['Date']['input']>;
  budgetCurrency?: InputMaybe<Scalars['String']['input']>;
  budgetPlanned?: InputMaybe<Scalars['Float']['input']>;
  budgetSpent?: InputMaybe<Scalars['Float']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  /** Replaces every facilitator. */
  facilitators?: InputMaybe<Array<MissionFacilitatorInput>>;
  format?: InputMaybe<MissionFormat>;
  genderMarker?: InputMaybe<GenderMarkerInput>;
  /** The mission's global id. */
  id: Scalars['ID']['input'];
  objectives?: InputMaybe<Scalars['String']['input']>;
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces every participant cell. */
  participants?: InputMaybe<Array<ParticipantCellInput>>;
  plannedEndDate?: InputMaybe<Scalars['Date']['input']>;
  plannedStartDate?: InputMaybe<Scalars['Date']['input']>;
  /** Replaces every target partner. */
  targetPartnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Replaces every target synergy. */
  targetSynergyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  themes?: InputMaybe<Array<CapacityTheme>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version last read; a stale one is a ConflictError and nothing is changed. */
  version: Scalars['Int']['input'];
};

/** The mission changed, or why not. */
export type UpdateMissionPayload = {
  __typename?: 'UpdateMissionPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The mission, null on error. */
  mission?: Maybe<CapacityBuildingMission>;
};

export type UpdatePartnerInput = {
  /** New short name; empty string clears it. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** New contact e-mail; empty string clears it. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** New contact person; empty string clears it. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** New contact phone; empty string clears it. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** New country. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** The partner. */
  id: Scalars['ID']['input'];
  /** New member counts (replace the old ones). */
  members?: InputMaybe<MemberCountsInput>;
  /** New full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New type. */
  type?: InputMaybe<PartnerType>;
  /** The version last read; a stale one is a ConflictError and nothing is changed. */
  version: Scalars['Int']['input'];
  /** New web site; empty string clears it. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updating a partner. */
export type UpdatePartnerPayload = {
  __typename?: 'UpdatePartnerPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The updated partner, null on error. */
  partner?: Maybe<Partner>;
};

export type UpdatePolicyOutcomeInput = {
  /** New contribution. */
  contribution?: InputMaybe<ContributionLevel>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New evidence; null clears it. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** New links (replace). */
  evidenceLinks?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The outcome. */
  id: Scalars['ID']['input'];
  /** New day observed. */
  observedOn?: InputMaybe<Scalars['Date']['input']>;
  /** New stage. */
  stage?: InputMaybe<PolicyStage>;
  /** The outcome's version last read. */
  version: Scalars['Int']['input'];
};

export type UpdateSynergyInput = {
  /** The synergy. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New status. */
  status?: InputMaybe<SynergyStatus>;
  /** The version last read; a stale one is a ConflictError. */
  version: Scalars['Int']['input'];
};

/** The result of updating a synergy. */
export type UpdateSynergyPayload = {
  __typename?: 'UpdateSynergyPayload';
  /** Why it failed; empty on success. */
  errors: Array<UserError>;
  /** The updated synergy, null on error. */
  synergy?: Maybe<Synergy>;
};

/** A person who signs in. */
export type User = Node & {
  __typename?: 'User';
  /** Sign-in e-mail address, unique. */
  email: Scalars['String']['output'];
  /** The global id. */
  id: Scalars['ID']['output'];
  /** Preferred language (BCP 47), e.g. en, fr, es. */
  locale: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The roles this user holds. */
  roleGrants: Array<RoleGrant>;
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users of this page with their cursors. */
  edges: Array<UserEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many users match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A user with its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque cursor of this user. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** A problem with the request that the user can fix. Every payload lists these in `errors`. */
export type UserError = {
  /** A human-readable explanation, in English. */
  message: Scalars['String']['output'];
  /** The path to the input field at fault, e.g. ["input", "name"]; null when no single field is at fault. */
  path?: Maybe<Array<Scalars['String']['output']>>;
};

/** An input field has a value that is not allowed: empty, too long, malformed, out of range or unknown. */
export type ValidationError = UserError & {
  __typename?: 'ValidationError';
  /** The name of the input field at fault (last element of `path`). */
  field: Scalars['String']['output'];
  /** What is wrong and how to fix it. */
  message: Scalars['String']['output'];
  /** The path to the input field at fault. */
  path?: Maybe<Array<Scalars['String']['output']>>;
};

/** The signed-in user, with what they may reach. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The viewer's own API tokens, newest first, revoked and expired ones included. */
  apiTokens: Array<ApiToken>;
  /** The networks this user holds any role in. */
  networks: Array<Network>;
  /** The roles this user holds. */
  roleGrants: Array<RoleGrant>;
  /** When the current session expires; with an API token, when the token expires. */
  sessionExpiresAt: Scalars['DateTime']['output'];
  /** The user. */
  user: User;
};

/** The status of planned work. Allowed moves: PLANNED → ONGOING, COMPLETED or CANCELLED; ONGOING → COMPLETED or CANCELLED. COMPLETED and CANCELLED are final. */
export type WorkStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ONGOING'
  | 'PLANNED';

/** Missions in one status. */
export type WorkStatusCount = {
  __typename?: 'WorkStatusCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: WorkStatus;
};

/** A category of workers reached. */
export type WorkerCategory =
  /** Workers in the formal economy. */
  | 'FORMAL_ECONOMY'
  /** Workers in the informal economy. */
  | 'INFORMAL_ECONOMY'
  /** Others. */
  | 'OTHER'
  /** Retired people. */
  | 'RETIRED'
  /** Students. */
  | 'STUDENT'
  /** Unemployed people. */
  | 'UNEMPLOYED';

type ContinentalUserError_ConflictError_Fragment = { __typename: 'ConflictError', message: string, path?: Array<string> | null };

type ContinentalUserError_ForbiddenError_Fragment = { __typename: 'ForbiddenError', message: string, path?: Array<string> | null };

type ContinentalUserError_LockedError_Fragment = { __typename: 'LockedError', message: string, path?: Array<string> | null };

type ContinentalUserError_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string, path?: Array<string> | null };

type ContinentalUserError_ValidationError_Fragment = { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null };

export type ContinentalUserErrorFragment =
  | ContinentalUserError_ConflictError_Fragment
  | ContinentalUserError_ForbiddenError_Fragment
  | ContinentalUserError_LockedError_Fragment
  | ContinentalUserError_NotFoundError_Fragment
  | ContinentalUserError_ValidationError_Fragment
;

export type ContinentalMissionsQueryVariables = Exact<{
  filter?: InputMaybe<MissionFilter>;
  orderBy?: InputMaybe<MissionOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContinentalMissionsQuery = { __typename: 'Query', missions: { __typename: 'CapacityBuildingMissionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'CapacityBuildingMissionEdge', node: { __typename: 'CapacityBuildingMission', id: string, title: string, format: MissionFormat, themes: Array<CapacityTheme>, organiserName: string, plannedStartDate: string, plannedEndDate: string, status: WorkStatus, reviewStatus?: ReviewStatus | null, locked: boolean, place: { __typename: 'MissionPlace', country?: string | null, countryName?: string | null, city?: string | null, online: boolean }, participants: { __typename: 'ParticipantCounts', total: number } } }> } };

export type ContinentalMissionRowFragment = { __typename: 'CapacityBuildingMission', id: string, title: string, format: MissionFormat, themes: Array<CapacityTheme>, organiserName: string, plannedStartDate: string, plannedEndDate: string, status: WorkStatus, reviewStatus?: ReviewStatus | null, locked: boolean, place: { __typename: 'MissionPlace', country?: string | null, countryName?: string | null, city?: string | null, online: boolean }, participants: { __typename: 'ParticipantCounts', total: number } };

export type ContinentalMissionChoicesQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type ContinentalMissionChoicesQuery = { __typename: 'Query', network?: { __typename: 'Network', id: string, name: string, ageBands: Array<{ __typename: 'AgeBand', id: string, label: string, youth: boolean }> } | null, synergies: { __typename: 'SynergyConnection', edges: Array<{ __typename: 'SynergyEdge', node: { __typename: 'Synergy', id: string, name: string, country: string, viewerCan: { __typename: 'SynergyPermissions', update: boolean } } }> }, partners: { __typename: 'PartnerConnection', edges: Array<{ __typename: 'PartnerEdge', node: { __typename: 'Partner', id: string, name: string, acronym?: string | null, country: string } }> } };

export type ContinentalMissionDetailFragment = { __typename: 'CapacityBuildingMission', id: string, version: number, title: string, format: MissionFormat, themes: Array<CapacityTheme>, objectives?: string | null, organiserName: string, plannedStartDate: string, plannedEndDate: string, actualStartDate?: string | null, actualEndDate?: string | null, status: WorkStatus, nextStatuses: Array<WorkStatus>, reviewStatus?: ReviewStatus | null, locked: boolean, createdAt: string, updatedAt: string, organiserSynergy?: { __typename: 'Synergy', id: string, name: string } | null, network: { __typename: 'Network', id: string, name: string, ageBands: Array<{ __typename: 'AgeBand', id: string, label: string, youth: boolean }> }, place: { __typename: 'MissionPlace', country?: string | null, countryName?: string | null, city?: string | null, online: boolean }, targetSynergies: Array<{ __typename: 'Synergy', id: string, name: string }>, targetPartners: Array<{ __typename: 'Partner', id: string, name: string, acronym?: string | null }>, facilitators: Array<{ __typename: 'MissionFacilitator', id: string, name: string, kind: FacilitatorKind, origin: FacilitatorOrigin, partner?: { __typename: 'Partner', id: string, name: string } | null }>, budget: { __typename: 'MissionBudget', planned?: number | null, spent?: number | null, currency?: string | null }, participants: { __typename: 'ParticipantCounts', total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null, cells: Array<{ __typename: 'ParticipantCell', sex: Sex, count: number, ageBand?: { __typename: 'AgeBand', id: string } | null }> }, genderMarker: { __typename: 'GenderMarker', score: number, principalObjective: boolean, justification?: string | null, allowedMaxScore: number, criteria: { __typename: 'GenderMarkerCriteria', genderAnalysis: boolean, analysisShapedDesign: boolean, genderObjectiveAndIndicator: boolean, sexDisaggregatedData: boolean, genderMonitoringCommitment: boolean } }, evaluation?: { __typename: 'MissionEvaluation', formsReturned: number, relevance?: number | null, quality?: number | null, usefulness?: number | null, learnings?: string | null } | null, review?: { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus } | null, createdBy?: { __typename: 'User', id: string, name: string } | null, updatedBy?: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'MissionPermissions', update: boolean, delete: boolean, review: boolean } };

export type ContinentalFollowUpRowFragment = { __typename: 'FollowUpAction', id: string, version: number, description: string, dueDate: string, status: FollowUpStatus, overdue: boolean, doneOn?: string | null, droppedReason?: string | null, evidence?: string | null, ownerPartner: { __typename: 'Partner', id: string, name: string, acronym?: string | null }, mission: { __typename: 'CapacityBuildingMission', id: string, title: string }, viewerCan: { __typename: 'FollowUpActionPermissions', update: boolean, delete: boolean } };

export type ContinentalMissionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContinentalMissionQuery = { __typename: 'Query', mission?: { __typename: 'CapacityBuildingMission', id: string, version: number, title: string, format: MissionFormat, themes: Array<CapacityTheme>, objectives?: string | null, organiserName: string, plannedStartDate: string, plannedEndDate: string, actualStartDate?: string | null, actualEndDate?: string | null, status: WorkStatus, nextStatuses: Array<WorkStatus>, reviewStatus?: ReviewStatus | null, locked: boolean, createdAt: string, updatedAt: string, followUps: Array<{ __typename: 'FollowUpAction', id: string, version: number, description: string, dueDate: string, status: FollowUpStatus, overdue: boolean, doneOn?: string | null, droppedReason?: string | null, evidence?: string | null, ownerPartner: { __typename: 'Partner', id: string, name: string, acronym?: string | null }, mission: { __typename: 'CapacityBuildingMission', id: string, title: string }, viewerCan: { __typename: 'FollowUpActionPermissions', update: boolean, delete: boolean } }>, assessments: Array<{ __typename: 'CapacityAssessment', id: string, assessedOn: string, assessor: string, averageScore?: number | null, partner: { __typename: 'Partner', id: string, name: string, acronym?: string | null } }>, capacityChange: Array<{ __typename: 'CapacityChange', domain: CapacityDomain, partners: number, averageBefore: number, averageAfter: number, averageChange: number }>, organiserSynergy?: { __typename: 'Synergy', id: string, name: string } | null, network: { __typename: 'Network', id: string, name: string, ageBands: Array<{ __typename: 'AgeBand', id: string, label: string, youth: boolean }> }, place: { __typename: 'MissionPlace', country?: string | null, countryName?: string | null, city?: string | null, online: boolean }, targetSynergies: Array<{ __typename: 'Synergy', id: string, name: string }>, targetPartners: Array<{ __typename: 'Partner', id: string, name: string, acronym?: string | null }>, facilitators: Array<{ __typename: 'MissionFacilitator', id: string, name: string, kind: FacilitatorKind, origin: FacilitatorOrigin, partner?: { __typename: 'Partner', id: string, name: string } | null }>, budget: { __typename: 'MissionBudget', planned?: number | null, spent?: number | null, currency?: string | null }, participants: { __typename: 'ParticipantCounts', total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null, cells: Array<{ __typename: 'ParticipantCell', sex: Sex, count: number, ageBand?: { __typename: 'AgeBand', id: string } | null }> }, genderMarker: { __typename: 'GenderMarker', score: number, principalObjective: boolean, justification?: string | null, allowedMaxScore: number, criteria: { __typename: 'GenderMarkerCriteria', genderAnalysis: boolean, analysisShapedDesign: boolean, genderObjectiveAndIndicator: boolean, sexDisaggregatedData: boolean, genderMonitoringCommitment: boolean } }, evaluation?: { __typename: 'MissionEvaluation', formsReturned: number, relevance?: number | null, quality?: number | null, usefulness?: number | null, learnings?: string | null } | null, review?: { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus } | null, createdBy?: { __typename: 'User', id: string, name: string } | null, updatedBy?: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'MissionPermissions', update: boolean, delete: boolean, review: boolean } } | null };

export type ContinentalFollowUpActionsQueryVariables = Exact<{
  filter?: InputMaybe<FollowUpActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContinentalFollowUpActionsQuery = { __typename: 'Query', followUpActions: { __typename: 'FollowUpActionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'FollowUpActionEdge', node: { __typename: 'FollowUpAction', id: string, version: number, description: string, dueDate: string, status: FollowUpStatus, overdue: boolean, doneOn?: string | null, droppedReason?: string | null, evidence?: string | null, ownerPartner: { __typename: 'Partner', id: string, name: string, acronym?: string | null }, mission: { __typename: 'CapacityBuildingMission', id: string, title: string }, viewerCan: { __typename: 'FollowUpActionPermissions', update: boolean, delete: boolean } } }> } };

export type ContinentalCreateMissionMutationVariables = Exact<{
  input: CreateMissionInput;
}>;


export type ContinentalCreateMissionMutation = { __typename: 'Mutation', createMission: { __typename: 'CreateMissionPayload', mission?: { __typename: 'CapacityBuildingMission', id: string, version: number, title: string, format: MissionFormat, themes: Array<CapacityTheme>, objectives?: string | null, organiserName: string, plannedStartDate: string, plannedEndDate: string, actualStartDate?: string | null, actualEndDate?: string | null, status: WorkStatus, nextStatuses: Array<WorkStatus>, reviewStatus?: ReviewStatus | null, locked: boolean, createdAt: string, updatedAt: string, organiserSynergy?: { __typename: 'Synergy', id: string, name: string } | null, network: { __typename: 'Network', id: string, name: string, ageBands: Array<{ __typename: 'AgeBand', id: string, label: string, youth: boolean }> }, place: { __typename: 'MissionPlace', country?: string | null, countryName?: string | null, city?: string | null, online: boolean }, targetSynergies: Array<{ __typename: 'Synergy', id: string, name: string }>, targetPartners: Array<{ __typename: 'Partner', id: string, name: string, acronym?: string | null }>, facilitators: Array<{ __typename: 'MissionFacilitator', id: string, name: string, kind: FacilitatorKind, origin: FacilitatorOrigin, partner?: { __typename: 'Partner', id: string, name: string } | null }>, budget: { __typename: 'MissionBudget', planned?: number | null, spent?: number | null, currency?: string | null }, participants: { __typename: 'ParticipantCounts', total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null, cells: Array<{ __typename: 'ParticipantCell', sex: Sex, count: number, ageBand?: { __typename: 'AgeBand', id: string } | null }> }, genderMarker: { __typename: 'GenderMarker', score: number, principalObjective: boolean, justification?: string | null, allowedMaxScore: number, criteria: { __typename: 'GenderMarkerCriteria', genderAnalysis: boolean, analysisShapedDesign: boolean, genderObjectiveAndIndicator: boolean, sexDisaggregatedData: boolean, genderMonitoringCommitment: boolean } }, evaluation?: { __typename: 'MissionEvaluation', formsReturned: number, relevance?: number | null, quality?: number | null, usefulness?: number | null, learnings?: string | null } | null, review?: { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus } | null, createdBy?: { __typename: 'User', id: string, name: string } | null, updatedBy?: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'MissionPermissions', update: boolean, delete: boolean, review: boolean } } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type ContinentalUpdateMissionMutationVariables = Exact<{
  input: UpdateMissionInput;
}>;


export type ContinentalUpdateMissionMutation = { __typename: 'Mutation', updateMission: { __typename: 'UpdateMissionPayload', mission?: { __typename: 'CapacityBuildingMission', id: string, version: number, title: string, format: MissionFormat, themes: Array<CapacityTheme>, objectives?: string | null, organiserName: string, plannedStartDate: string, plannedEndDate: string, actualStartDate?: string | null, actualEndDate?: string | null, status: WorkStatus, nextStatuses: Array<WorkStatus>, reviewStatus?: ReviewStatus | null, locked: boolean, createdAt: string, updatedAt: string, organiserSynergy?: { __typename: 'Synergy', id: string, name: string } | null, network: { __typename: 'Network', id: string, name: string, ageBands: Array<{ __typename: 'AgeBand', id: string, label: string, youth: boolean }> }, place: { __typename: 'MissionPlace', country?: string | null, countryName?: string | null, city?: string | null, online: boolean }, targetSynergies: Array<{ __typename: 'Synergy', id: string, name: string }>, targetPartners: Array<{ __typename: 'Partner', id: string, name: string, acronym?: string | null }>, facilitators: Array<{ __typename: 'MissionFacilitator', id: string, name: string, kind: FacilitatorKind, origin: FacilitatorOrigin, partner?: { __typename: 'Partner', id: string, name: string } | null }>, budget: { __typename: 'MissionBudget', planned?: number | null, spent?: number | null, currency?: string | null }, participants: { __typename: 'ParticipantCounts', total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null, cells: Array<{ __typename: 'ParticipantCell', sex: Sex, count: number, ageBand?: { __typename: 'AgeBand', id: string } | null }> }, genderMarker: { __typename: 'GenderMarker', score: number, principalObjective: boolean, justification?: string | null, allowedMaxScore: number, criteria: { __typename: 'GenderMarkerCriteria', genderAnalysis: boolean, analysisShapedDesign: boolean, genderObjectiveAndIndicator: boolean, sexDisaggregatedData: boolean, genderMonitoringCommitment: boolean } }, evaluation?: { __typename: 'MissionEvaluation', formsReturned: number, relevance?: number | null, quality?: number | null, usefulness?: number | null, learnings?: string | null } | null, review?: { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus } | null, createdBy?: { __typename: 'User', id: string, name: string } | null, updatedBy?: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'MissionPermissions', update: boolean, delete: boolean, review: boolean } } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type ContinentalChangeMissionStatusMutationVariables = Exact<{
  input: ChangeMissionStatusInput;
}>;


export type ContinentalChangeMissionStatusMutation = { __typename: 'Mutation', changeMissionStatus: { __typename: 'ChangeMissionStatusPayload', mission?: { __typename: 'CapacityBuildingMission', id: string, version: number, title: string, format: MissionFormat, themes: Array<CapacityTheme>, objectives?: string | null, organiserName: string, plannedStartDate: string, plannedEndDate: string, actualStartDate?: string | null, actualEndDate?: string | null, status: WorkStatus, nextStatuses: Array<WorkStatus>, reviewStatus?: ReviewStatus | null, locked: boolean, createdAt: string, updatedAt: string, organiserSynergy?: { __typename: 'Synergy', id: string, name: string } | null, network: { __typename: 'Network', id: string, name: string, ageBands: Array<{ __typename: 'AgeBand', id: string, label: string, youth: boolean }> }, place: { __typename: 'MissionPlace', country?: string | null, countryName?: string | null, city?: string | null, online: boolean }, targetSynergies: Array<{ __typename: 'Synergy', id: string, name: string }>, targetPartners: Array<{ __typename: 'Partner', id: string, name: string, acronym?: string | null }>, facilitators: Array<{ __typename: 'MissionFacilitator', id: string, name: string, kind: FacilitatorKind, origin: FacilitatorOrigin, partner?: { __typename: 'Partner', id: string, name: string } | null }>, budget: { __typename: 'MissionBudget', planned?: number | null, spent?: number | null, currency?: string | null }, participants: { __typename: 'ParticipantCounts', total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null, cells: Array<{ __typename: 'ParticipantCell', sex: Sex, count: number, ageBand?: { __typename: 'AgeBand', id: string } | null }> }, genderMarker: { __typename: 'GenderMarker', score: number, principalObjective: boolean, justification?: string | null, allowedMaxScore: number, criteria: { __typename: 'GenderMarkerCriteria', genderAnalysis: boolean, analysisShapedDesign: boolean, genderObjectiveAndIndicator: boolean, sexDisaggregatedData: boolean, genderMonitoringCommitment: boolean } }, evaluation?: { __typename: 'MissionEvaluation', formsReturned: number, relevance?: number | null, quality?: number | null, usefulness?: number | null, learnings?: string | null } | null, review?: { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus } | null, createdBy?: { __typename: 'User', id: string, name: string } | null, updatedBy?: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'MissionPermissions', update: boolean, delete: boolean, review: boolean } } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type ContinentalRecordMissionEvaluationMutationVariables = Exact<{
  input: RecordMissionEvaluationInput;
}>;


export type ContinentalRecordMissionEvaluationMutation = { __typename: 'Mutation', recordMissionEvaluation: { __typename: 'RecordMissionEvaluationPayload', mission?: { __typename: 'CapacityBuildingMission', id: string, version: number, title: string, format: MissionFormat, themes: Array<CapacityTheme>, objectives?: string | null, organiserName: string, plannedStartDate: string, plannedEndDate: string, actualStartDate?: string | null, actualEndDate?: string | null, status: WorkStatus, nextStatuses: Array<WorkStatus>, reviewStatus?: ReviewStatus | null, locked: boolean, createdAt: string, updatedAt: string, organiserSynergy?: { __typename: 'Synergy', id: string, name: string } | null, network: { __typename: 'Network', id: string, name: string, ageBands: Array<{ __typename: 'AgeBand', id: string, label: string, youth: boolean }> }, place: { __typename: 'MissionPlace', country?: string | null, countryName?: string | null, city?: string | null, online: boolean }, targetSynergies: Array<{ __typename: 'Synergy', id: string, name: string }>, targetPartners: Array<{ __typename: 'Partner', id: string, name: string, acronym?: string | null }>, facilitators: Array<{ __typename: 'MissionFacilitator', id: string, name: string, kind: FacilitatorKind, origin: FacilitatorOrigin, partner?: { __typename: 'Partner', id: string, name: string } | null }>, budget: { __typename: 'MissionBudget', planned?: number | null, spent?: number | null, currency?: string | null }, participants: { __typename: 'ParticipantCounts', total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null, cells: Array<{ __typename: 'ParticipantCell', sex: Sex, count: number, ageBand?: { __typename: 'AgeBand', id: string } | null }> }, genderMarker: { __typename: 'GenderMarker', score: number, principalObjective: boolean, justification?: string | null, allowedMaxScore: number, criteria: { __typename: 'GenderMarkerCriteria', genderAnalysis: boolean, analysisShapedDesign: boolean, genderObjectiveAndIndicator: boolean, sexDisaggregatedData: boolean, genderMonitoringCommitment: boolean } }, evaluation?: { __typename: 'MissionEvaluation', formsReturned: number, relevance?: number | null, quality?: number | null, usefulness?: number | null, learnings?: string | null } | null, review?: { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus } | null, createdBy?: { __typename: 'User', id: string, name: string } | null, updatedBy?: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'MissionPermissions', update: boolean, delete: boolean, review: boolean } } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type ContinentalAddFollowUpActionMutationVariables = Exact<{
  input: AddFollowUpActionInput;
}>;


export type ContinentalAddFollowUpActionMutation = { __typename: 'Mutation', addFollowUpAction: { __typename: 'FollowUpActionPayload', followUpAction?: { __typename: 'FollowUpAction', id: string, version: number, description: string, dueDate: string, status: FollowUpStatus, overdue: boolean, doneOn?: string | null, droppedReason?: string | null, evidence?: string | null, ownerPartner: { __typename: 'Partner', id: string, name: string, acronym?: string | null }, mission: { __typename: 'CapacityBuildingMission', id: string, title: string }, viewerCan: { __typename: 'FollowUpActionPermissions', update: boolean, delete: boolean } } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type ContinentalUpdateFollowUpActionMutationVariables = Exact<{
  input: UpdateFollowUpActionInput;
}>;


export type ContinentalUpdateFollowUpActionMutation = { __typename: 'Mutation', updateFollowUpAction: { __typename: 'FollowUpActionPayload', followUpAction?: { __typename: 'FollowUpAction', id: string, version: number, description: string, dueDate: string, status: FollowUpStatus, overdue: boolean, doneOn?: string | null, droppedReason?: string | null, evidence?: string | null, ownerPartner: { __typename: 'Partner', id: string, name: string, acronym?: string | null }, mission: { __typename: 'CapacityBuildingMission', id: string, title: string }, viewerCan: { __typename: 'FollowUpActionPermissions', update: boolean, delete: boolean } } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type ContinentalStartMissionReviewMutationVariables = Exact<{
  input: StartCapacityBuildingReviewInput;
}>;


export type ContinentalStartMissionReviewMutation = { __typename: 'Mutation', startCapacityBuildingReview: { __typename: 'CapacityBuildingReviewPayload', review?: { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type ReviewQueueRowFragment = { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus, year?: number | null, updatedAt: string, mission?: { __typename: 'CapacityBuildingMission', id: string, title: string, organiserName: string } | null, synergy?: { __typename: 'Synergy', id: string, name: string } | null, reviewer?: { __typename: 'User', id: string, name: string } | null };

export type ReviewQueueQueryVariables = Exact<{
  filter?: InputMaybe<CapacityBuildingReviewFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewQueueQuery = { __typename: 'Query', capacityBuildingReviews: { __typename: 'CapacityBuildingReviewConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'CapacityBuildingReviewEdge', node: { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus, year?: number | null, updatedAt: string, mission?: { __typename: 'CapacityBuildingMission', id: string, title: string, organiserName: string } | null, synergy?: { __typename: 'Synergy', id: string, name: string } | null, reviewer?: { __typename: 'User', id: string, name: string } | null } }> } };

export type MissionsAwaitingReviewQueryVariables = Exact<{
  filter?: InputMaybe<MissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MissionsAwaitingReviewQuery = { __typename: 'Query', missions: { __typename: 'CapacityBuildingMissionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'CapacityBuildingMissionEdge', node: { __typename: 'CapacityBuildingMission', id: string, title: string, organiserName: string, plannedStartDate: string, plannedEndDate: string, actualStartDate?: string | null, actualEndDate?: string | null, updatedAt: string, viewerCan: { __typename: 'MissionPermissions', review: boolean } } }> } };

export type StartReviewMutationVariables = Exact<{
  input: StartCapacityBuildingReviewInput;
}>;


export type StartReviewMutation = { __typename: 'Mutation', startCapacityBuildingReview: { __typename: 'CapacityBuildingReviewPayload', review?: { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus, mission?: { __typename: 'CapacityBuildingMission', id: string, reviewStatus?: ReviewStatus | null } | null } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type ReviewFieldsFragment = { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus, year?: number | null, ratingRelevance?: number | null, ratingEffectiveness?: number | null, ratingFollowUp?: number | null, ratingGender?: number | null, comments?: string | null, recommendation?: ReviewRecommendation | null, changeRequest?: string | null, organiserResponse?: string | null, reopenReason?: string | null, submittedAt?: string | null, approvedAt?: string | null, version: number, createdAt: string, updatedAt: string, viewerMoves: Array<ReviewMove>, viewerCanEdit: boolean, reviewer?: { __typename: 'User', id: string, name: string } | null, approvedBy?: { __typename: 'User', id: string, name: string } | null, synergy?: { __typename: 'Synergy', id: string, name: string, country: string } | null, mission?: { __typename: 'CapacityBuildingMission', id: string, title: string, format: MissionFormat, organiserName: string, plannedStartDate: string, plannedEndDate: string, actualStartDate?: string | null, actualEndDate?: string | null, status: WorkStatus, reviewStatus?: ReviewStatus | null, locked: boolean, version: number, place: { __typename: 'MissionPlace', country?: string | null, countryName?: string | null, city?: string | null, online: boolean }, participants: { __typename: 'ParticipantCounts', total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }, evaluation?: { __typename: 'MissionEvaluation', formsReturned: number, relevance?: number | null, quality?: number | null, usefulness?: number | null } | null, followUps: Array<{ __typename: 'FollowUpAction', id: string, status: FollowUpStatus, overdue: boolean }> } | null };

export type ReviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewQuery = { __typename: 'Query', capacityBuildingReview?: { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus, year?: number | null, ratingRelevance?: number | null, ratingEffectiveness?: number | null, ratingFollowUp?: number | null, ratingGender?: number | null, comments?: string | null, recommendation?: ReviewRecommendation | null, changeRequest?: string | null, organiserResponse?: string | null, reopenReason?: string | null, submittedAt?: string | null, approvedAt?: string | null, version: number, createdAt: string, updatedAt: string, viewerMoves: Array<ReviewMove>, viewerCanEdit: boolean, reviewer?: { __typename: 'User', id: string, name: string } | null, approvedBy?: { __typename: 'User', id: string, name: string } | null, synergy?: { __typename: 'Synergy', id: string, name: string, country: string } | null, mission?: { __typename: 'CapacityBuildingMission', id: string, title: string, format: MissionFormat, organiserName: string, plannedStartDate: string, plannedEndDate: string, actualStartDate?: string | null, actualEndDate?: string | null, status: WorkStatus, reviewStatus?: ReviewStatus | null, locked: boolean, version: number, place: { __typename: 'MissionPlace', country?: string | null, countryName?: string | null, city?: string | null, online: boolean }, participants: { __typename: 'ParticipantCounts', total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }, evaluation?: { __typename: 'MissionEvaluation', formsReturned: number, relevance?: number | null, quality?: number | null, usefulness?: number | null } | null, followUps: Array<{ __typename: 'FollowUpAction', id: string, status: FollowUpStatus, overdue: boolean }> } | null } | null };

export type UpdateReviewMutationVariables = Exact<{
  input: UpdateCapacityBuildingReviewInput;
}>;


export type UpdateReviewMutation = { __typename: 'Mutation', updateCapacityBuildingReview: { __typename: 'CapacityBuildingReviewPayload', review?: { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus, year?: number | null, ratingRelevance?: number | null, ratingEffectiveness?: number | null, ratingFollowUp?: number | null, ratingGender?: number | null, comments?: string | null, recommendation?: ReviewRecommendation | null, changeRequest?: string | null, organiserResponse?: string | null, reopenReason?: string | null, submittedAt?: string | null, approvedAt?: string | null, version: number, createdAt: string, updatedAt: string, viewerMoves: Array<ReviewMove>, viewerCanEdit: boolean, reviewer?: { __typename: 'User', id: string, name: string } | null, approvedBy?: { __typename: 'User', id: string, name: string } | null, synergy?: { __typename: 'Synergy', id: string, name: string, country: string } | null, mission?: { __typename: 'CapacityBuildingMission', id: string, title: string, format: MissionFormat, organiserName: string, plannedStartDate: string, plannedEndDate: string, actualStartDate?: string | null, actualEndDate?: string | null, status: WorkStatus, reviewStatus?: ReviewStatus | null, locked: boolean, version: number, place: { __typename: 'MissionPlace', country?: string | null, countryName?: string | null, city?: string | null, online: boolean }, participants: { __typename: 'ParticipantCounts', total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }, evaluation?: { __typename: 'MissionEvaluation', formsReturned: number, relevance?: number | null, quality?: number | null, usefulness?: number | null } | null, followUps: Array<{ __typename: 'FollowUpAction', id: string, status: FollowUpStatus, overdue: boolean }> } | null } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type MoveReviewMutationVariables = Exact<{
  input: MoveCapacityBuildingReviewInput;
}>;


export type MoveReviewMutation = { __typename: 'Mutation', moveCapacityBuildingReview: { __typename: 'CapacityBuildingReviewPayload', review?: { __typename: 'CapacityBuildingReview', id: string, status: ReviewStatus, year?: number | null, ratingRelevance?: number | null, ratingEffectiveness?: number | null, ratingFollowUp?: number | null, ratingGender?: number | null, comments?: string | null, recommendation?: ReviewRecommendation | null, changeRequest?: string | null, organiserResponse?: string | null, reopenReason?: string | null, submittedAt?: string | null, approvedAt?: string | null, version: number, createdAt: string, updatedAt: string, viewerMoves: Array<ReviewMove>, viewerCanEdit: boolean, reviewer?: { __typename: 'User', id: string, name: string } | null, approvedBy?: { __typename: 'User', id: string, name: string } | null, synergy?: { __typename: 'Synergy', id: string, name: string, country: string } | null, mission?: { __typename: 'CapacityBuildingMission', id: string, title: string, format: MissionFormat, organiserName: string, plannedStartDate: string, plannedEndDate: string, actualStartDate?: string | null, actualEndDate?: string | null, status: WorkStatus, reviewStatus?: ReviewStatus | null, locked: boolean, version: number, place: { __typename: 'MissionPlace', country?: string | null, countryName?: string | null, city?: string | null, online: boolean }, participants: { __typename: 'ParticipantCounts', total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }, evaluation?: { __typename: 'MissionEvaluation', formsReturned: number, relevance?: number | null, quality?: number | null, usefulness?: number | null } | null, followUps: Array<{ __typename: 'FollowUpAction', id: string, status: FollowUpStatus, overdue: boolean }> } | null } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type ContinentalActivitiesQueryVariables = Exact<{
  filter?: InputMaybe<ActivityFilter>;
  orderBy?: InputMaybe<ActivityOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContinentalActivitiesQuery = { __typename: 'Query', activities: { __typename: 'ActivityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'ActivityEdge', node: { __typename: 'Activity', id: string, title: string, type: ActivityType, subType?: ActivitySubType | null, startDate: string, endDate: string, status: WorkStatus, country: string, partner: { __typename: 'Partner', id: string, name: string, acronym?: string | null }, synergy?: { __typename: 'Synergy', id: string, name: string } | null, participants: { __typename: 'ParticipantCounts', total: number, womenShare?: number | null, youthShare?: number | null }, genderMarker: { __typename: 'GenderMarker', score: number } } }> } };

export type ContinentalActivityFilterOptionsQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type ContinentalActivityFilterOptionsQuery = { __typename: 'Query', synergies: { __typename: 'SynergyConnection', edges: Array<{ __typename: 'SynergyEdge', node: { __typename: 'Synergy', id: string, name: string, country: string } }> }, partners: { __typename: 'PartnerConnection', edges: Array<{ __typename: 'PartnerEdge', node: { __typename: 'Partner', id: string, name: string, acronym?: string | null, country: string } }> } };

export type ContinentalActivityDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContinentalActivityDetailQuery = { __typename: 'Query', activity?: { __typename: 'Activity', id: string, title: string, type: ActivityType, subType?: ActivitySubType | null, description?: string | null, startDate: string, endDate: string, country: string, place?: string | null, branches: Array<SocialProtectionBranch>, workerCategories: Array<WorkerCategory>, informalSectors: Array<InformalSector>, status: WorkStatus, updatedAt: string, partner: { __typename: 'Partner', id: string, name: string, acronym?: string | null }, synergy?: { __typename: 'Synergy', id: string, name: string } | null, network: { __typename: 'Network', id: string, ageBands: Array<{ __typename: 'AgeBand', id: string, label: string, youth: boolean }> }, participants: { __typename: 'ParticipantCounts', total: number, cells: Array<{ __typename: 'ParticipantCell', sex: Sex, count: number, ageBand?: { __typename: 'AgeBand', id: string } | null }> }, genderMarker: { __typename: 'GenderMarker', score: number, principalObjective: boolean, justification?: string | null, allowedMaxScore: number, criteria: { __typename: 'GenderMarkerCriteria', genderAnalysis: boolean, analysisShapedDesign: boolean, genderObjectiveAndIndicator: boolean, sexDisaggregatedData: boolean, genderMonitoringCommitment: boolean } } } | null };

export type ContinentalAuditEntriesQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContinentalAuditEntriesQuery = { __typename: 'Query', auditEntries: { __typename: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'AuditEntryEdge', node: { __typename: 'AuditEntry', id: string, at: string, action: AuditAction, entityType: string, entityId: string, before?: string | null, after?: string | null, actor?: { __typename: 'User', id: string, name: string } | null } }> } };

export type ContinentalCapacityGridQueryVariables = Exact<{
  filter?: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContinentalCapacityGridQuery = { __typename: 'Query', partners: { __typename: 'PartnerConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'PartnerEdge', node: { __typename: 'Partner', id: string, name: string, acronym?: string | null, country: string, capacityAssessments: { __typename: 'CapacityAssessmentConnection', edges: Array<{ __typename: 'CapacityAssessmentEdge', node: { __typename: 'CapacityAssessment', id: string, assessedOn: string, scores: Array<{ __typename: 'CapacityScore', domain: CapacityDomain, score: number, change?: number | null }> } }> } } }> } };

export type ContinentalCapacityMissionChoicesQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
}>;


export type ContinentalCapacityMissionChoicesQuery = { __typename: 'Query', missions: { __typename: 'CapacityBuildingMissionConnection', edges: Array<{ __typename: 'CapacityBuildingMissionEdge', node: { __typename: 'CapacityBuildingMission', id: string, title: string, plannedStartDate: string } }> } };

export type ContinentalRecordCapacityAssessmentMutationVariables = Exact<{
  input: RecordCapacityAssessmentInput;
}>;


export type ContinentalRecordCapacityAssessmentMutation = { __typename: 'Mutation', recordCapacityAssessment: { __typename: 'CapacityAssessmentPayload', capacityAssessment?: { __typename: 'CapacityAssessment', id: string, assessedOn: string, partner: { __typename: 'Partner', id: string, name: string, acronym?: string | null }, scores: Array<{ __typename: 'CapacityScore', domain: CapacityDomain, score: number, change?: number | null }> } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type ContinentalCapacityBuildingSummaryQueryVariables = Exact<{
  scope: CapacityBuildingScope;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ContinentalCapacityBuildingSummaryQuery = { __typename: 'Query', capacityBuildingSummary: { __typename: 'CapacityBuildingSummary', missions: number, participants: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null, byStatus: Array<{ __typename: 'WorkStatusCount', status: WorkStatus, count: number }>, byTheme: Array<{ __typename: 'CapacityThemeGroup', theme: CapacityTheme, missions: number, participants: number, womenShare?: number | null, youthShare?: number | null }>, byFormat: Array<{ __typename: 'MissionFormatGroup', format: MissionFormat, missions: number, participants: number, womenShare?: number | null, youthShare?: number | null }>, byCountry: Array<{ __typename: 'MissionCountryGroup', country?: string | null, countryName?: string | null, missions: number, participants: number, womenShare?: number | null }>, byGenderMarker: Array<{ __typename: 'MissionGenderMarkerGroup', score: number, missions: number, participants: number, spent: Array<{ __typename: 'Money', amount: number, currency: string }> }>, byMonth: Array<{ __typename: 'MissionMonthGroup', month: string, missions: number, participants: number }>, evaluation: { __typename: 'EvaluationAverages', missions: number, formsReturned: number, relevance?: number | null, quality?: number | null, usefulness?: number | null }, followUps: { __typename: 'FollowUpCompletion', total: number, done: number, dropped: number, open: number, overdue: number, completionRate?: number | null }, capacityChange: Array<{ __typename: 'CapacityChange', domain: CapacityDomain, partners: number, averageBefore: number, averageAfter: number, averageChange: number }>, budget: Array<{ __typename: 'BudgetByCurrency', currency: string, planned: number, spent: number }>, reviewsByStatus: Array<{ __typename: 'ReviewStatusCount', status: ReviewStatus, count: number }> } };

export type ContinentalJointActionDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContinentalJointActionDetailQuery = { __typename: 'Query', jointAction?: { __typename: 'JointAction', id: string, title: string, kind: JointActionKind, objective?: string | null, branches: Array<SocialProtectionBranch>, country?: string | null, countryName?: string | null, plannedStartDate: string, plannedEndDate: string, actualStartDate?: string | null, actualEndDate?: string | null, status: WorkStatus, stageReached?: PolicyStage | null, noOutcomeReason?: string | null, createdAt: string, updatedAt: string, createdBy?: { __typename: 'User', id: string, name: string } | null, updatedBy?: { __typename: 'User', id: string, name: string } | null, synergy?: { __typename: 'Synergy', id: string, name: string } | null, lead?: { __typename: 'Partner', id: string, name: string } | null, partners: Array<{ __typename: 'JointActionPartner', id: string, role: JointActionRole, partner: { __typename: 'Partner', id: string, name: string, acronym?: string | null }, contribution: { __typename: 'JointActionContribution', people?: number | null, inKind?: string | null, money?: { __typename: 'Money', amount: number, currency: string } | null } }>, milestones: Array<{ __typename: 'JointActionMilestone', id: string, title: string, dueDate: string, doneDate?: string | null, overdue: boolean, responsiblePartner?: { __typename: 'Partner', id: string, name: string } | null }>, targets: Array<{ __typename: 'PolicyTarget', id: string, name: string, level: TargetLevel, askKind: PoliticalAskKind, ask?: string | null }>, outcomes: Array<{ __typename: 'PolicyOutcome', id: string, observedOn: string, description: string, stage?: PolicyStage | null, evidence?: string | null, evidenceLinks: Array<string>, contribution: ContributionLevel, recordedBy?: { __typename: 'User', id: string, name: string } | null }>, network: { __typename: 'Network', id: string, ageBands: Array<{ __typename: 'AgeBand', id: string, label: string, youth: boolean }> }, participants: { __typename: 'ParticipantCounts', total: number, cells: Array<{ __typename: 'ParticipantCell', sex: Sex, count: number, ageBand?: { __typename: 'AgeBand', id: string } | null }> }, genderMarker: { __typename: 'GenderMarker', score: number, principalObjective: boolean, justification?: string | null, allowedMaxScore: number, criteria: { __typename: 'GenderMarkerCriteria', genderAnalysis: boolean, analysisShapedDesign: boolean, genderObjectiveAndIndicator: boolean, sexDisaggregatedData: boolean, genderMonitoringCommitment: boolean } } } | null };

export type ContinentalJointActionSummaryQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ContinentalJointActionSummaryQuery = { __typename: 'Query', jointActionSummary: { __typename: 'JointActionSummary', count: number, milestonesOverdue: number, milestonesUpcoming: number, participants: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null, byKind: Array<{ __typename: 'JointActionCountByKind', kind: JointActionKind, count: number }>, byStatus: Array<{ __typename: 'JointActionCountByStatus', status: WorkStatus, count: number }>, byStageReached: Array<{ __typename: 'JointActionCountByStage', stage: PolicyStage, count: number }>, byCountry: Array<{ __typename: 'JointActionCountryGroup', country?: string | null, countryName?: string | null, count: number, withOutcomes: number, participants: number, womenShare?: number | null, youthShare?: number | null }> } };

export type ContinentalJointActionsQueryVariables = Exact<{
  filter?: InputMaybe<JointActionFilter>;
  orderBy?: InputMaybe<JointActionOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContinentalJointActionsQuery = { __typename: 'Query', jointActions: { __typename: 'JointActionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'JointActionEdge', node: { __typename: 'JointAction', id: string, title: string, kind: JointActionKind, plannedStartDate: string, plannedEndDate: string, status: WorkStatus, country?: string | null, countryName?: string | null, stageReached?: PolicyStage | null, synergy?: { __typename: 'Synergy', id: string, name: string } | null, lead?: { __typename: 'Partner', id: string, name: string } | null, partners: Array<{ __typename: 'JointActionPartner', id: string }>, participants: { __typename: 'ParticipantCounts', total: number } } }> } };

export type ContinentalOverviewQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
  filter: SynergyFilter;
}>;


export type ContinentalOverviewQuery = { __typename: 'Query', network?: { __typename: 'Network', id: string, name: string, acronym?: string | null, synergyCount: number, partnerCount: number } | null, synergies: { __typename: 'SynergyConnection', totalCount: number, edges: Array<{ __typename: 'SynergyEdge', node: { __typename: 'Synergy', id: string, name: string, country: string, countryName: string, status: SynergyStatus, partnerCount: number } }> } };

export type ParticipationPage_SummaryFragment = { __typename: 'ParticipationSummary', activityCount: number, total: number, women: number, men: number, other: number, notRecorded: number, youth: number, womenShare?: number | null, youthShare?: number | null, bySexAndAgeBand: Array<{ __typename: 'ParticipantCell', sex: Sex, count: number, ageBand?: { __typename: 'AgeBand', id: string, label: string, youth: boolean } | null }>, byType: Array<{ __typename: 'ParticipationByType', type: ActivityType, activityCount: number, total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }>, byBranch: Array<{ __typename: 'ParticipationByBranch', branch: SocialProtectionBranch, activityCount: number, total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }>, byGenderMarkerScore: Array<{ __typename: 'ParticipationByGenderMarkerScore', score: number, activityCount: number, total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }>, byCountry: Array<{ __typename: 'ParticipationByCountry', country: string, countryName: string, activityCount: number, total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }>, byMonth: Array<{ __typename: 'ParticipationByMonth', month: string, activityCount: number, total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }> };

export type ContinentalParticipationQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ContinentalParticipationQuery = { __typename: 'Query', network?: { __typename: 'Network', id: string, name: string, ageBands: Array<{ __typename: 'AgeBand', id: string, label: string, youth: boolean }> } | null, participationSummary: { __typename: 'ParticipationSummary', activityCount: number, total: number, women: number, men: number, other: number, notRecorded: number, youth: number, womenShare?: number | null, youthShare?: number | null, bySexAndAgeBand: Array<{ __typename: 'ParticipantCell', sex: Sex, count: number, ageBand?: { __typename: 'AgeBand', id: string, label: string, youth: boolean } | null }>, byType: Array<{ __typename: 'ParticipationByType', type: ActivityType, activityCount: number, total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }>, byBranch: Array<{ __typename: 'ParticipationByBranch', branch: SocialProtectionBranch, activityCount: number, total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }>, byGenderMarkerScore: Array<{ __typename: 'ParticipationByGenderMarkerScore', score: number, activityCount: number, total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }>, byCountry: Array<{ __typename: 'ParticipationByCountry', country: string, countryName: string, activityCount: number, total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }>, byMonth: Array<{ __typename: 'ParticipationByMonth', month: string, activityCount: number, total: number, women: number, youth: number, womenShare?: number | null, youthShare?: number | null }> } };

export type ContinentalPartnerCapacityQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
}>;


export type ContinentalPartnerCapacityQuery = { __typename: 'Query', partner?: { __typename: 'Partner', id: string, name: string, acronym?: string | null, country: string, capacityAssessments: { __typename: 'CapacityAssessmentConnection', totalCount: number, edges: Array<{ __typename: 'CapacityAssessmentEdge', node: { __typename: 'CapacityAssessment', id: string, assessedOn: string, assessor: string, notes?: string | null, averageScore?: number | null, mission?: { __typename: 'CapacityBuildingMission', id: string, title: string } | null, scores: Array<{ __typename: 'CapacityScore', domain: CapacityDomain, score: number, evidence?: string | null, change?: number | null }> } }> } } | null };

export type ContinentalPolicyOutcomesQueryVariables = Exact<{
  filter?: InputMaybe<PolicyOutcomeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContinentalPolicyOutcomesQuery = { __typename: 'Query', policyOutcomes: { __typename: 'PolicyOutcomeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'PolicyOutcomeEdge', node: { __typename: 'PolicyOutcome', id: string, observedOn: string, description: string, stage?: PolicyStage | null, evidence?: string | null, evidenceLinks: Array<string>, contribution: ContributionLevel, jointAction: { __typename: 'JointAction', id: string, title: string, kind: JointActionKind, country?: string | null, countryName?: string | null, synergy?: { __typename: 'Synergy', id: string, name: string } | null, targets: Array<{ __typename: 'PolicyTarget', id: string, name: string, level: TargetLevel }> } } }> } };

export type ContinentalUsersQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContinentalUsersQuery = { __typename: 'Query', users: { __typename: 'UserConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, name: string, email: string, locale: string, roleGrants: Array<{ __typename: 'RoleGrant', id: string, role: Role, scopeType: ScopeType, grantedAt: string, scope:
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Partner', id: string, name: string, acronym?: string | null }
            | { __typename: 'Synergy', id: string, name: string, country: string }
           }> } }> } };

export type ContinentalGrantTargetsQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
}>;


export type ContinentalGrantTargetsQuery = { __typename: 'Query', users: { __typename: 'UserConnection', totalCount: number, edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, name: string, email: string } }> }, synergies: { __typename: 'SynergyConnection', edges: Array<{ __typename: 'SynergyEdge', node: { __typename: 'Synergy', id: string, name: string, country: string } }> } };

export type ContinentalPartnerOptionsQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContinentalPartnerOptionsQuery = { __typename: 'Query', partners: { __typename: 'PartnerConnection', totalCount: number, edges: Array<{ __typename: 'PartnerEdge', node: { __typename: 'Partner', id: string, name: string, acronym?: string | null, country: string } }> } };

export type ContinentalGrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type ContinentalGrantRoleMutation = { __typename: 'Mutation', grantRole: { __typename: 'GrantRolePayload', roleGrant?: { __typename: 'RoleGrant', id: string, role: Role, scopeType: ScopeType, user: { __typename: 'User', id: string, name: string } } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type ContinentalRevokeRoleMutationVariables = Exact<{
  input: RevokeRoleInput;
}>;


export type ContinentalRevokeRoleMutation = { __typename: 'Mutation', revokeRole: { __typename: 'RevokeRolePayload', revokedRoleGrantId?: string | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', message: string, path?: Array<string> | null }
    > } };

export type ContinentalCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ContinentalCreateUserMutation = { __typename: 'Mutation', createUser: { __typename: 'CreateUserPayload', user?: { __typename: 'User', id: string, name: string, email: string, locale: string } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type ContinentalSynergyDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContinentalSynergyDetailQuery = { __typename: 'Query', synergy?: { __typename: 'Synergy', id: string, name: string, country: string, countryName: string, status: SynergyStatus, partnerCount: number, createdAt: string, network: { __typename: 'Network', id: string, name: string }, memberships: Array<{ __typename: 'SynergyMembership', id: string, role: MembershipRole, since: string, partner: { __typename: 'Partner', id: string, name: string, acronym?: string | null, type: PartnerType, members: { __typename: 'MemberCounts', total?: number | null, womenShare?: number | null } } }> } | null };

export type ContinentalCreateSynergyMutationVariables = Exact<{
  input: CreateSynergyInput;
}>;


export type ContinentalCreateSynergyMutation = { __typename: 'Mutation', createSynergy: { __typename: 'CreateSynergyPayload', synergy?: { __typename: 'Synergy', id: string, name: string, country: string, countryName: string, status: SynergyStatus, partnerCount: number } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type SynergiaUi_ApiTokenScopeFragment = { __typename: 'RoleGrant', id: string, role: Role, scopeType: ScopeType, scope:
    | { __typename: 'Network', id: string, name: string }
    | { __typename: 'Partner', id: string, name: string }
    | { __typename: 'Synergy', id: string, name: string, country: string }
   };

export type SynergiaUi_ApiTokenFragment = { __typename: 'ApiToken', id: string, name: string, access: ApiTokenAccess, prefix: string, createdAt: string, expiresAt: string, lastUsedAt?: string | null, revokedAt?: string | null, active: boolean, scopes: Array<{ __typename: 'RoleGrant', id: string, role: Role, scopeType: ScopeType, scope:
      | { __typename: 'Network', id: string, name: string }
      | { __typename: 'Partner', id: string, name: string }
      | { __typename: 'Synergy', id: string, name: string, country: string }
     }> };

export type SynergiaUi_ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type SynergiaUi_ApiTokensQuery = { __typename: 'Query', viewer?: { __typename: 'Viewer', roleGrants: Array<{ __typename: 'RoleGrant', id: string, role: Role, scopeType: ScopeType, scope:
        | { __typename: 'Network', id: string, name: string }
        | { __typename: 'Partner', id: string, name: string }
        | { __typename: 'Synergy', id: string, name: string, country: string }
       }>, apiTokens: Array<{ __typename: 'ApiToken', id: string, name: string, access: ApiTokenAccess, prefix: string, createdAt: string, expiresAt: string, lastUsedAt?: string | null, revokedAt?: string | null, active: boolean, scopes: Array<{ __typename: 'RoleGrant', id: string, role: Role, scopeType: ScopeType, scope:
          | { __typename: 'Network', id: string, name: string }
          | { __typename: 'Partner', id: string, name: string }
          | { __typename: 'Synergy', id: string, name: string, country: string }
         }> }> } | null };

export type SynergiaUi_CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type SynergiaUi_CreateApiTokenMutation = { __typename: 'Mutation', createApiToken: { __typename: 'CreateApiTokenPayload', token?: string | null, apiToken?: { __typename: 'ApiToken', id: string, name: string, access: ApiTokenAccess, prefix: string, createdAt: string, expiresAt: string, lastUsedAt?: string | null, revokedAt?: string | null, active: boolean, scopes: Array<{ __typename: 'RoleGrant', id: string, role: Role, scopeType: ScopeType, scope:
          | { __typename: 'Network', id: string, name: string }
          | { __typename: 'Partner', id: string, name: string }
          | { __typename: 'Synergy', id: string, name: string, country: string }
         }> } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type SynergiaUi_RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type SynergiaUi_RevokeApiTokenMutation = { __typename: 'Mutation', revokeApiToken: { __typename: 'RevokeApiTokenPayload', apiToken?: { __typename: 'ApiToken', id: string, name: string, access: ApiTokenAccess, prefix: string, createdAt: string, expiresAt: string, lastUsedAt?: string | null, revokedAt?: string | null, active: boolean, scopes: Array<{ __typename: 'RoleGrant', id: string, role: Role, scopeType: ScopeType, scope:
          | { __typename: 'Network', id: string, name: string }
          | { __typename: 'Partner', id: string, name: string }
          | { __typename: 'Synergy', id: string, name: string, country: string }
         }> } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type SynergiaUi_ViewerFragment = { __typename: 'Viewer', sessionExpiresAt: string, user: { __typename: 'User', id: string, name: string, email: string, locale: string }, roleGrants: Array<{ __typename: 'RoleGrant', id: string, role: Role, scopeType: ScopeType, scope:
      | { __typename: 'Network', id: string, name: string }
      | { __typename: 'Partner', id: string, name: string }
      | { __typename: 'Synergy', id: string, name: string, country: string }
     }>, networks: Array<{ __typename: 'Network', id: string, name: string, acronym?: string | null, viewerCan: { __typename: 'NetworkPermissions', createSynergy: boolean, createUser: boolean, grantRole: boolean, readAuditLog: boolean } }> };

export type SynergiaUi_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SynergiaUi_ViewerQuery = { __typename: 'Query', viewer?: { __typename: 'Viewer', sessionExpiresAt: string, user: { __typename: 'User', id: string, name: string, email: string, locale: string }, roleGrants: Array<{ __typename: 'RoleGrant', id: string, role: Role, scopeType: ScopeType, scope:
        | { __typename: 'Network', id: string, name: string }
        | { __typename: 'Partner', id: string, name: string }
        | { __typename: 'Synergy', id: string, name: string, country: string }
       }>, networks: Array<{ __typename: 'Network', id: string, name: string, acronym?: string | null, viewerCan: { __typename: 'NetworkPermissions', createSynergy: boolean, createUser: boolean, grantRole: boolean, readAuditLog: boolean } }> } | null };

export type SynergiaUi_SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SynergiaUi_SignInMutation = { __typename: 'Mutation', signIn: { __typename: 'SignInPayload', token?: string | null, viewer?: { __typename: 'Viewer', sessionExpiresAt: string, user: { __typename: 'User', id: string, name: string, email: string, locale: string }, roleGrants: Array<{ __typename: 'RoleGrant', id: string, role: Role, scopeType: ScopeType, scope:
          | { __typename: 'Network', id: string, name: string }
          | { __typename: 'Partner', id: string, name: string }
          | { __typename: 'Synergy', id: string, name: string, country: string }
         }>, networks: Array<{ __typename: 'Network', id: string, name: string, acronym?: string | null, viewerCan: { __typename: 'NetworkPermissions', createSynergy: boolean, createUser: boolean, grantRole: boolean, readAuditLog: boolean } }> } | null, errors: Array<
      | { __typename: 'ConflictError', message: string, path?: Array<string> | null }
      | { __typename: 'ForbiddenError', message: string, path?: Array<string> | null }
      | { __typename: 'LockedError', message: string, path?: Array<string> | null }
      | { __typename: 'NotFoundError', message: string, path?: Array<string> | null }
      | { __typename: 'ValidationError', field: string, message: string, path?: Array<string> | null }
    > } };

export type SynergiaUi_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SynergiaUi_SignOutMutation = { __typename: 'Mutation', signOut: { __typename: 'SignOutPayload', signedOut: boolean, errors: Array<
      | { __typename: 'ConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'LockedError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ValidationError', message: string }
    > } };

export const ContinentalUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ContinentalUserErrorFragment, unknown>;
export const ContinentalMissionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalMissionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingMission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<ContinentalMissionRowFragment, unknown>;
export const ContinentalMissionDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalMissionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingMission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"organiserSynergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"targetSynergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"genderMarker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"genderAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"analysisShapedDesign"}},{"kind":"Field","name":{"kind":"Name","value":"genderObjectiveAndIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"sexDisaggregatedData"}},{"kind":"Field","name":{"kind":"Name","value":"genderMonitoringCommitment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalObjective"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMaxScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"formsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}},{"kind":"Field","name":{"kind":"Name","value":"learnings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"review"}}]}}]}}]} as unknown as DocumentNode<ContinentalMissionDetailFragment, unknown>;
export const ContinentalFollowUpRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalFollowUpRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"droppedReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<ContinentalFollowUpRowFragment, unknown>;
export const ReviewQueueRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewQueueRowFragment, unknown>;
export const ReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ratingRelevance"}},{"kind":"Field","name":{"kind":"Name","value":"ratingEffectiveness"}},{"kind":"Field","name":{"kind":"Name","value":"ratingFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"ratingGender"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequest"}},{"kind":"Field","name":{"kind":"Name","value":"organiserResponse"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMoves"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"formsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewFieldsFragment, unknown>;
export const ParticipationPage_SummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationPage_summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"notRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}},{"kind":"Field","name":{"kind":"Name","value":"bySexAndAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byBranch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGenderMarkerScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}}]}}]} as unknown as DocumentNode<ParticipationPage_SummaryFragment, unknown>;
export const SynergiaUi_ApiTokenScopeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergiaUi_ApiTokenScope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Synergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SynergiaUi_ApiTokenScopeFragment, unknown>;
export const SynergiaUi_ApiTokenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergiaUi_ApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynergiaUi_ApiTokenScope"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergiaUi_ApiTokenScope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Synergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SynergiaUi_ApiTokenFragment, unknown>;
export const SynergiaUi_ViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergiaUi_Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Synergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createSynergy"}},{"kind":"Field","name":{"kind":"Name","value":"createUser"}},{"kind":"Field","name":{"kind":"Name","value":"grantRole"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}}]}}]} as unknown as DocumentNode<SynergiaUi_ViewerFragment, unknown>;
export const ContinentalMissionsDocument = {"__meta__":{"hash":"a0f53f160abda2bc8fb18d8d966a703e9343b9e4fa2882c4ccce513a5836fb80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalMissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalMissionRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalMissionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingMission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<ContinentalMissionsQuery, ContinentalMissionsQueryVariables>;
export const ContinentalMissionChoicesDocument = {"__meta__":{"hash":"5a4582a272c84638359d8abeb5a367780016949e1401797f343ae55f5457bd38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalMissionChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"synergies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalMissionChoicesQuery, ContinentalMissionChoicesQueryVariables>;
export const ContinentalMissionDocument = {"__meta__":{"hash":"cd703b448d62de02c8dfd85b1a000622a684025fac8a4d9d89376e17416de177"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalMissionDetail"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalFollowUpRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"averageBefore"}},{"kind":"Field","name":{"kind":"Name","value":"averageAfter"}},{"kind":"Field","name":{"kind":"Name","value":"averageChange"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalMissionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingMission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"organiserSynergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"targetSynergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"genderMarker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"genderAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"analysisShapedDesign"}},{"kind":"Field","name":{"kind":"Name","value":"genderObjectiveAndIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"sexDisaggregatedData"}},{"kind":"Field","name":{"kind":"Name","value":"genderMonitoringCommitment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalObjective"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMaxScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"formsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}},{"kind":"Field","name":{"kind":"Name","value":"learnings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"review"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalFollowUpRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"droppedReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<ContinentalMissionQuery, ContinentalMissionQueryVariables>;
export const ContinentalFollowUpActionsDocument = {"__meta__":{"hash":"0c55d68270b7ea65c6cfd77f2901218c362df8b028d3c296df917e1a23cb14ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalFollowUpActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpActionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"followUpActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalFollowUpRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalFollowUpRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"droppedReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<ContinentalFollowUpActionsQuery, ContinentalFollowUpActionsQueryVariables>;
export const ContinentalCreateMissionDocument = {"__meta__":{"hash":"9c43ffb56534fb6cc187135a4d52eb39bce92ee774c991d512059c75e23133af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinentalCreateMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalMissionDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalMissionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingMission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"organiserSynergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"targetSynergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"genderMarker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"genderAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"analysisShapedDesign"}},{"kind":"Field","name":{"kind":"Name","value":"genderObjectiveAndIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"sexDisaggregatedData"}},{"kind":"Field","name":{"kind":"Name","value":"genderMonitoringCommitment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalObjective"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMaxScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"formsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}},{"kind":"Field","name":{"kind":"Name","value":"learnings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"review"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ContinentalCreateMissionMutation, ContinentalCreateMissionMutationVariables>;
export const ContinentalUpdateMissionDocument = {"__meta__":{"hash":"3d3d94a9d130a849b43d4398af51a6adb2ba36c6df5c07561b25c3e84ba9e683"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinentalUpdateMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalMissionDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalMissionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingMission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"organiserSynergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"targetSynergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"genderMarker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"genderAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"analysisShapedDesign"}},{"kind":"Field","name":{"kind":"Name","value":"genderObjectiveAndIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"sexDisaggregatedData"}},{"kind":"Field","name":{"kind":"Name","value":"genderMonitoringCommitment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalObjective"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMaxScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"formsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}},{"kind":"Field","name":{"kind":"Name","value":"learnings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"review"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ContinentalUpdateMissionMutation, ContinentalUpdateMissionMutationVariables>;
export const ContinentalChangeMissionStatusDocument = {"__meta__":{"hash":"e1188349b4808f6d90b9afd983d23add79fb0b038ae0e6516285d58f99728830"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinentalChangeMissionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMissionStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeMissionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalMissionDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalMissionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingMission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"organiserSynergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"targetSynergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"genderMarker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"genderAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"analysisShapedDesign"}},{"kind":"Field","name":{"kind":"Name","value":"genderObjectiveAndIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"sexDisaggregatedData"}},{"kind":"Field","name":{"kind":"Name","value":"genderMonitoringCommitment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalObjective"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMaxScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"formsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}},{"kind":"Field","name":{"kind":"Name","value":"learnings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"review"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ContinentalChangeMissionStatusMutation, ContinentalChangeMissionStatusMutationVariables>;
export const ContinentalRecordMissionEvaluationDocument = {"__meta__":{"hash":"18a70f99eea31d2b1094d732517534c4ca9ece47a410f52b706cc57cd461aba0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinentalRecordMissionEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMissionEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordMissionEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalMissionDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalMissionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingMission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"organiserSynergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"targetSynergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"genderMarker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"genderAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"analysisShapedDesign"}},{"kind":"Field","name":{"kind":"Name","value":"genderObjectiveAndIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"sexDisaggregatedData"}},{"kind":"Field","name":{"kind":"Name","value":"genderMonitoringCommitment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalObjective"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMaxScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"formsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}},{"kind":"Field","name":{"kind":"Name","value":"learnings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"review"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ContinentalRecordMissionEvaluationMutation, ContinentalRecordMissionEvaluationMutationVariables>;
export const ContinentalAddFollowUpActionDocument = {"__meta__":{"hash":"c9e390fd08e02a8bde3768000f18792f3b3a98872749e8464d3b6c3e32674201"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinentalAddFollowUpAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addFollowUpAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalFollowUpRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalFollowUpRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"droppedReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ContinentalAddFollowUpActionMutation, ContinentalAddFollowUpActionMutationVariables>;
export const ContinentalUpdateFollowUpActionDocument = {"__meta__":{"hash":"9bb6e5eaf61146501434bb4f6862fa719244c9e59f94b6a9f66def0a2cde8575"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinentalUpdateFollowUpAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFollowUpActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateFollowUpAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalFollowUpRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalFollowUpRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"droppedReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ContinentalUpdateFollowUpActionMutation, ContinentalUpdateFollowUpActionMutationVariables>;
export const ContinentalStartMissionReviewDocument = {"__meta__":{"hash":"035826fc3385c5cbdf8dcb1143bcccd61a11ffaa52faf98a1394fb88d4bba80d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinentalStartMissionReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartCapacityBuildingReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startCapacityBuildingReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ContinentalStartMissionReviewMutation, ContinentalStartMissionReviewMutationVariables>;
export const ReviewQueueDocument = {"__meta__":{"hash":"b2c50fa23ff267d5f92b71bea84b2e1ed1420b5b579facfafdad4e1599e06568"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingReviewFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"capacityBuildingReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewQueueRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const MissionsAwaitingReviewDocument = {"__meta__":{"hash":"b11bb0d707071f638ade12712fb1adf5ceaf378ad6ce7df2498bbc8489807e30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissionsAwaitingReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"review"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MissionsAwaitingReviewQuery, MissionsAwaitingReviewQueryVariables>;
export const StartReviewDocument = {"__meta__":{"hash":"f0b562021f014ac9d41156abd378f52776187d9c26524c02df3d00984986cdda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartCapacityBuildingReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startCapacityBuildingReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<StartReviewMutation, StartReviewMutationVariables>;
export const ReviewDocument = {"__meta__":{"hash":"7024c9659f66e061cdfb7392d2553bdc79b88faad5cd42e9be83a1f55846950d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Review"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"capacityBuildingReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ratingRelevance"}},{"kind":"Field","name":{"kind":"Name","value":"ratingEffectiveness"}},{"kind":"Field","name":{"kind":"Name","value":"ratingFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"ratingGender"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequest"}},{"kind":"Field","name":{"kind":"Name","value":"organiserResponse"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMoves"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"formsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQuery, ReviewQueryVariables>;
export const UpdateReviewDocument = {"__meta__":{"hash":"41123a17a846b476913d22e5404cfc5d5d452bf0d04440fa37b2aa9e1c1b91f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCapacityBuildingReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateCapacityBuildingReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ratingRelevance"}},{"kind":"Field","name":{"kind":"Name","value":"ratingEffectiveness"}},{"kind":"Field","name":{"kind":"Name","value":"ratingFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"ratingGender"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequest"}},{"kind":"Field","name":{"kind":"Name","value":"organiserResponse"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMoves"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"formsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<UpdateReviewMutation, UpdateReviewMutationVariables>;
export const MoveReviewDocument = {"__meta__":{"hash":"721b97f8254713d09da11b14ab341407e5cf5c05da7dc77bdb003a543087c66a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveCapacityBuildingReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"moveCapacityBuildingReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ratingRelevance"}},{"kind":"Field","name":{"kind":"Name","value":"ratingEffectiveness"}},{"kind":"Field","name":{"kind":"Name","value":"ratingFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"ratingGender"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequest"}},{"kind":"Field","name":{"kind":"Name","value":"organiserResponse"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMoves"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"formsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<MoveReviewMutation, MoveReviewMutationVariables>;
export const ContinentalActivitiesDocument = {"__meta__":{"hash":"527065d77ce7cea4ee5e07294225396a0f178946b255a3c0996160178bfeaa77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"genderMarker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalActivitiesQuery, ContinentalActivitiesQueryVariables>;
export const ContinentalActivityFilterOptionsDocument = {"__meta__":{"hash":"227b4ca00ec7b18238f5938d3339b25979afec69d5e9b5bf6b941351b99dc4af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalActivityFilterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"synergies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalActivityFilterOptionsQuery, ContinentalActivityFilterOptionsQueryVariables>;
export const ContinentalActivityDetailDocument = {"__meta__":{"hash":"fcb8d34b6bad37b119db0c7e5304134a9fd6e7a8da1a009017d54014866439e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalActivityDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"branches"}},{"kind":"Field","name":{"kind":"Name","value":"workerCategories"}},{"kind":"Field","name":{"kind":"Name","value":"informalSectors"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"genderMarker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"genderAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"analysisShapedDesign"}},{"kind":"Field","name":{"kind":"Name","value":"genderObjectiveAndIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"sexDisaggregatedData"}},{"kind":"Field","name":{"kind":"Name","value":"genderMonitoringCommitment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalObjective"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMaxScore"}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalActivityDetailQuery, ContinentalActivityDetailQueryVariables>;
export const ContinentalAuditEntriesDocument = {"__meta__":{"hash":"3d7bbf728bce3bac8f08ee4c71413467adaf1ee63da39ab3fb7f08dd9017e96a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalAuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalAuditEntriesQuery, ContinentalAuditEntriesQueryVariables>;
export const ContinentalCapacityGridDocument = {"__meta__":{"hash":"640d2bf1a2c4b00a9b9ea798cee1a8e761913d148e03587fe89d994373848ae7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalCapacityGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capacityAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalCapacityGridQuery, ContinentalCapacityGridQueryVariables>;
export const ContinentalCapacityMissionChoicesDocument = {"__meta__":{"hash":"2aeb3b99ed216e258d3cdcfd554bf751478f3c3a716a2ddd0c042b0d7f19f386"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalCapacityMissionChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalCapacityMissionChoicesQuery, ContinentalCapacityMissionChoicesQueryVariables>;
export const ContinentalRecordCapacityAssessmentDocument = {"__meta__":{"hash":"531ec57d5948fdc11d8d1dcdc7722d9be262b83721e5c76e9185312754f3d81f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinentalRecordCapacityAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCapacityAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordCapacityAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"capacityAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ContinentalRecordCapacityAssessmentMutation, ContinentalRecordCapacityAssessmentMutationVariables>;
export const ContinentalCapacityBuildingSummaryDocument = {"__meta__":{"hash":"eef962a03a2cabdd8f5059cd532fd6f7a66347efb75b9d9ba54c772ddf6f666c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalCapacityBuildingSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityBuildingScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"capacityBuildingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"missions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"missions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"missions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"missions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGenderMarker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"missions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"missions"}},{"kind":"Field","name":{"kind":"Name","value":"formsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"dropped"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"averageBefore"}},{"kind":"Field","name":{"kind":"Name","value":"averageAfter"}},{"kind":"Field","name":{"kind":"Name","value":"averageChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalCapacityBuildingSummaryQuery, ContinentalCapacityBuildingSummaryQueryVariables>;
export const ContinentalJointActionDetailDocument = {"__meta__":{"hash":"ed1637a836ad34792e961d115df8565685871159be9a6a39e74d20bb7da5cc80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalJointActionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"jointAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"branches"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageReached"}},{"kind":"Field","name":{"kind":"Name","value":"noOutcomeReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"money"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inKind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"doneDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"askKind"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"genderMarker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"genderAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"analysisShapedDesign"}},{"kind":"Field","name":{"kind":"Name","value":"genderObjectiveAndIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"sexDisaggregatedData"}},{"kind":"Field","name":{"kind":"Name","value":"genderMonitoringCommitment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalObjective"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMaxScore"}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalJointActionDetailQuery, ContinentalJointActionDetailQueryVariables>;
export const ContinentalJointActionSummaryDocument = {"__meta__":{"hash":"435e148ef0f3b492f45ea4831ecd437e941303a6ebae176ab1c0b1f0b327fc33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalJointActionSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"jointActionSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"milestonesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"milestonesUpcoming"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStageReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalJointActionSummaryQuery, ContinentalJointActionSummaryQueryVariables>;
export const ContinentalJointActionsDocument = {"__meta__":{"hash":"8293525b8eb485311c347fda6f8ac6f2382990f891be17aa8715869e90bb5d5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalJointActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JointActionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JointActionOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"jointActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"stageReached"}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalJointActionsQuery, ContinentalJointActionsQueryVariables>;
export const ContinentalOverviewDocument = {"__meta__":{"hash":"cb1dd7bbc845d58af9198e6b23aca386db74af4ea7dd09d78659f30ad76d30a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SynergyFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"synergyCount"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synergies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalOverviewQuery, ContinentalOverviewQueryVariables>;
export const ContinentalParticipationDocument = {"__meta__":{"hash":"5e7e05852dabe908d6f41bd6bc6403889f4f2dee8919ba53d8f06546b1b36d87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationPage_summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationPage_summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"notRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}},{"kind":"Field","name":{"kind":"Name","value":"bySexAndAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byBranch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGenderMarkerScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"youth"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}},{"kind":"Field","name":{"kind":"Name","value":"youthShare"}}]}}]}}]} as unknown as DocumentNode<ContinentalParticipationQuery, ContinentalParticipationQueryVariables>;
export const ContinentalPartnerCapacityDocument = {"__meta__":{"hash":"79afc89f0b358740b66ad1466baa0ad343919d0b5d762d7f2dcecd3edf9182c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalPartnerCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capacityAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalPartnerCapacityQuery, ContinentalPartnerCapacityQueryVariables>;
export const ContinentalPolicyOutcomesDocument = {"__meta__":{"hash":"c8a2ba17f2b8d92c9bb550d81c32ebb975be8399d8304a79394a40e3763fc6d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalPolicyOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyOutcomeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"jointAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalPolicyOutcomesQuery, ContinentalPolicyOutcomesQueryVariables>;
export const ContinentalUsersDocument = {"__meta__":{"hash":"43ed8072cb7f0a89ed792a5c2594dfb932df168749a3015851e95015ce770600"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Synergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalUsersQuery, ContinentalUsersQueryVariables>;
export const ContinentalGrantTargetsDocument = {"__meta__":{"hash":"1281c0ce278ab85ea466d9949b85a350a1fb171f579f7f57c00d6bf827ecd34d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalGrantTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"synergies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalGrantTargetsQuery, ContinentalGrantTargetsQueryVariables>;
export const ContinentalPartnerOptionsDocument = {"__meta__":{"hash":"4586e3453a7c62e80b1f73825d759f6cca5e185dd07b9e3261e07f49fbdc395b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalPartnerOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalPartnerOptionsQuery, ContinentalPartnerOptionsQueryVariables>;
export const ContinentalGrantRoleDocument = {"__meta__":{"hash":"1132c721e8e7aa05e1eab5f26d4b3aa2e71195efcb7a7c250116bddeee4bc656"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinentalGrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roleGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ContinentalGrantRoleMutation, ContinentalGrantRoleMutationVariables>;
export const ContinentalRevokeRoleDocument = {"__meta__":{"hash":"22639a2f53b85286281c40e141fbe3a9fc5d7e1b909ecedba1ea5fed26b9154b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinentalRevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokedRoleGrantId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalRevokeRoleMutation, ContinentalRevokeRoleMutationVariables>;
export const ContinentalCreateUserDocument = {"__meta__":{"hash":"02417d39c8e30d4a4a95863d7eb13659a384f0ee4d9e8fb6233bcf7a39946350"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinentalCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ContinentalCreateUserMutation, ContinentalCreateUserMutationVariables>;
export const ContinentalSynergyDetailDocument = {"__meta__":{"hash":"e912ca539b2572e95465f823194e7dd16e7db0835d368550700485d82edcf2e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinentalSynergyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"womenShare"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContinentalSynergyDetailQuery, ContinentalSynergyDetailQueryVariables>;
export const ContinentalCreateSynergyDocument = {"__meta__":{"hash":"e2f6c462432080711e5bc32e8cb906d535607654ce6bc8e064f34d8c9b342091"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinentalCreateSynergy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSynergyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createSynergy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"synergy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinentalUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinentalUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ContinentalCreateSynergyMutation, ContinentalCreateSynergyMutationVariables>;
export const SynergiaUi_ApiTokensDocument = {"__meta__":{"hash":"0d70e6b5d5072643c0ba3c66808691764e6a1c37c141f2b74b09f5b625f11ae5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SynergiaUi_ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynergiaUi_ApiTokenScope"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynergiaUi_ApiToken"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergiaUi_ApiTokenScope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Synergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergiaUi_ApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynergiaUi_ApiTokenScope"}}]}}]}}]} as unknown as DocumentNode<SynergiaUi_ApiTokensQuery, SynergiaUi_ApiTokensQueryVariables>;
export const SynergiaUi_CreateApiTokenDocument = {"__meta__":{"hash":"a1572a7d217e5253d21880d625df8f06aced980b323120e6421453b029b1decb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SynergiaUi_CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynergiaUi_ApiToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergiaUi_ApiTokenScope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Synergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergiaUi_ApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynergiaUi_ApiTokenScope"}}]}}]}}]} as unknown as DocumentNode<SynergiaUi_CreateApiTokenMutation, SynergiaUi_CreateApiTokenMutationVariables>;
export const SynergiaUi_RevokeApiTokenDocument = {"__meta__":{"hash":"fa9a7a7250a430ee685976a7e4a1ed7cc2d42f4a09355dd92419b5c5f4fee819"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SynergiaUi_RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynergiaUi_ApiToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergiaUi_ApiTokenScope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Synergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergiaUi_ApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynergiaUi_ApiTokenScope"}}]}}]}}]} as unknown as DocumentNode<SynergiaUi_RevokeApiTokenMutation, SynergiaUi_RevokeApiTokenMutationVariables>;
export const SynergiaUi_ViewerDocument = {"__meta__":{"hash":"fc85f70a6551388fe9b1bed567b756220b98a27791ad05279b5d63574f2366e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SynergiaUi_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynergiaUi_Viewer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergiaUi_Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Synergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createSynergy"}},{"kind":"Field","name":{"kind":"Name","value":"createUser"}},{"kind":"Field","name":{"kind":"Name","value":"grantRole"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}}]}}]} as unknown as DocumentNode<SynergiaUi_ViewerQuery, SynergiaUi_ViewerQueryVariables>;
export const SynergiaUi_SignInDocument = {"__meta__":{"hash":"5703455d23e1642e141522cbed2fc4095bddbb61aada8a7fdf8ff90622c5b23d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SynergiaUi_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynergiaUi_Viewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergiaUi_Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Synergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createSynergy"}},{"kind":"Field","name":{"kind":"Name","value":"createUser"}},{"kind":"Field","name":{"kind":"Name","value":"grantRole"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}}]}}]} as unknown as DocumentNode<SynergiaUi_SignInMutation, SynergiaUi_SignInMutationVariables>;
export const SynergiaUi_SignOutDocument = {"__meta__":{"hash":"ed8924566685e3784d97281732a6162601c5e4190aee55041d9013f995ca0444"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SynergiaUi_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signedOut"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SynergiaUi_SignOutMutation, SynergiaUi_SignOutMutationVariables>;