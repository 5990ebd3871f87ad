import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Network as NetworkModel, Synergy as SynergyModel, SynergyMembership as SynergyMembershipModel, Partner as PartnerModel, User as UserModel, RoleGrant as RoleGrantModel, AuditEntry as AuditEntryModel, MemberCounts as MemberCountsModel, AgeBand as AgeBandModel, Activity as ActivityModel, ApiToken as ApiTokenModel, ParticipationSummary as ParticipationSummaryModel, JointAction as JointActionModel, JointActionPartner as JointActionPartnerModel, JointActionMilestone as JointActionMilestoneModel, PolicyTarget as PolicyTargetModel, PolicyOutcome as PolicyOutcomeModel, JointActionSummary as JointActionSummaryModel, CapacityBuildingMission as CapacityBuildingMissionModel, MissionFacilitator as MissionFacilitatorModel, FollowUpAction as FollowUpActionModel, CapacityAssessment as CapacityAssessmentModel, CapacityBuildingReview as CapacityBuildingReviewModel, CapacityBuildingSummary as CapacityBuildingSummaryModel } from '@synergia/domain';
import type { Viewer as ViewerModel } from '../modules/users/viewer.mappers.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  DateTime: { input: Date | string; output: Date | string; }
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



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  RoleScope:
    | ( NetworkModel )
    | ( PartnerModel )
    | ( SynergyModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ActivityModel )
    | ( ApiTokenModel )
    | ( AuditEntryModel )
    | ( CapacityAssessmentModel )
    | ( CapacityBuildingMissionModel )
    | ( CapacityBuildingReviewModel )
    | ( FollowUpActionModel )
    | ( JointActionModel )
    | ( NetworkModel )
    | ( PartnerModel )
    | ( PolicyOutcomeModel )
    | ( RoleGrantModel )
    | ( SynergyModel )
    | ( SynergyMembershipModel )
    | ( UserModel )
  ;
  ParticipationGroup:
    | ( ParticipationByBranch )
    | ( ParticipationByCountry )
    | ( ParticipationByGenderMarkerScore )
    | ( ParticipationByMonth )
    | ( ParticipationByType )
    | ( ParticipationSummaryModel )
  ;
  UserError:
    | ( ConflictError )
    | ( ForbiddenError )
    | ( LockedError )
    | ( NotFoundError )
    | ( ValidationError )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activity: ResolverTypeWrapper<ActivityModel>;
  ActivityConnection: ResolverTypeWrapper<Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversTypes['ActivityEdge']> }>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityFilter: ActivityFilter;
  ActivityOrder: ActivityOrder;
  ActivityOrderField: ActivityOrderField;
  ActivityPermissions: ResolverTypeWrapper<ActivityPermissions>;
  ActivitySubType: ActivitySubType;
  ActivityType: ActivityType;
  AddFollowUpActionInput: AddFollowUpActionInput;
  AddJointActionMilestoneInput: AddJointActionMilestoneInput;
  AddJointActionPartnerInput: AddJointActionPartnerInput;
  AddPolicyTargetInput: AddPolicyTargetInput;
  AddSynergyMemberInput: AddSynergyMemberInput;
  AddSynergyMemberPayload: ResolverTypeWrapper<Omit<AddSynergyMemberPayload, 'errors' | 'membership'> & { errors: Array<ResolversTypes['UserError']>, membership?: Maybe<ResolversTypes['SynergyMembership']> }>;
  AgeBand: ResolverTypeWrapper<AgeBandModel>;
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  ApiTokenAccess: ApiTokenAccess;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BudgetByCurrency: ResolverTypeWrapper<BudgetByCurrency>;
  CapacityAssessment: ResolverTypeWrapper<CapacityAssessmentModel>;
  CapacityAssessmentConnection: ResolverTypeWrapper<Omit<CapacityAssessmentConnection, 'edges'> & { edges: Array<ResolversTypes['CapacityAssessmentEdge']> }>;
  CapacityAssessmentEdge: ResolverTypeWrapper<Omit<CapacityAssessmentEdge, 'node'> & { node: ResolversTypes['CapacityAssessment'] }>;
  CapacityAssessmentFilter: CapacityAssessmentFilter;
  CapacityAssessmentPayload: ResolverTypeWrapper<Omit<CapacityAssessmentPayload, 'capacityAssessment' | 'errors'> & { capacityAssessment?: Maybe<ResolversTypes['CapacityAssessment']>, errors: Array<ResolversTypes['UserError']> }>;
  CapacityAssessmentPermissions: ResolverTypeWrapper<CapacityAssessmentPermissions>;
  CapacityBuildingMission: ResolverTypeWrapper<CapacityBuildingMissionModel>;
  CapacityBuildingMissionConnection: ResolverTypeWrapper<Omit<CapacityBuildingMissionConnection, 'edges'> & { edges: Array<ResolversTypes['CapacityBuildingMissionEdge']> }>;
  CapacityBuildingMissionEdge: ResolverTypeWrapper<Omit<CapacityBuildingMissionEdge, 'node'> & { node: ResolversTypes['CapacityBuildingMission'] }>;
  CapacityBuildingReview: ResolverTypeWrapper<CapacityBuildingReviewModel>;
  CapacityBuildingReviewConnection: ResolverTypeWrapper<Omit<CapacityBuildingReviewConnection, 'edges'> & { edges: Array<ResolversTypes['CapacityBuildingReviewEdge']> }>;
  CapacityBuildingReviewEdge: ResolverTypeWrapper<Omit<CapacityBuildingReviewEdge, 'node'> & { node: ResolversTypes['CapacityBuildingReview'] }>;
  CapacityBuildingReviewFilter: CapacityBuildingReviewFilter;
  CapacityBuildingReviewPayload: ResolverTypeWrapper<Omit<CapacityBuildingReviewPayload, 'errors' | 'review'> & { errors: Array<ResolversTypes['UserError']>, review?: Maybe<ResolversTypes['CapacityBuildingReview']> }>;
  CapacityBuildingScope: CapacityBuildingScope;
  CapacityBuildingSummary: ResolverTypeWrapper<CapacityBuildingSummaryModel>;
  CapacityChange: ResolverTypeWrapper<CapacityChange>;
  CapacityDomain: CapacityDomain;
  CapacityScore: ResolverTypeWrapper<CapacityScore>;
  CapacityScoreInput: CapacityScoreInput;
  CapacityTheme: CapacityTheme;
  CapacityThemeGroup: ResolverTypeWrapper<CapacityThemeGroup>;
  ChangeActivityStatusInput: ChangeActivityStatusInput;
  ChangeActivityStatusPayload: ResolverTypeWrapper<Omit<ChangeActivityStatusPayload, 'activity' | 'errors'> & { activity?: Maybe<ResolversTypes['Activity']>, errors: Array<ResolversTypes['UserError']> }>;
  ChangeJointActionStatusInput: ChangeJointActionStatusInput;
  ChangeJointActionStatusPayload: ResolverTypeWrapper<Omit<ChangeJointActionStatusPayload, 'errors' | 'jointAction'> & { errors: Array<ResolversTypes['UserError']>, jointAction?: Maybe<ResolversTypes['JointAction']> }>;
  ChangeMissionStatusInput: ChangeMissionStatusInput;
  ChangeMissionStatusPayload: ResolverTypeWrapper<Omit<ChangeMissionStatusPayload, 'errors' | 'mission'> & { errors: Array<ResolversTypes['UserError']>, mission?: Maybe<ResolversTypes['CapacityBuildingMission']> }>;
  ConflictError: ResolverTypeWrapper<ConflictError>;
  ContributionLevel: ContributionLevel;
  CreateActivityInput: CreateActivityInput;
  CreateActivityPayload: ResolverTypeWrapper<Omit<CreateActivityPayload, 'activity' | 'errors'> & { activity?: Maybe<ResolversTypes['Activity']>, errors: Array<ResolversTypes['UserError']> }>;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: ResolverTypeWrapper<Omit<CreateApiTokenPayload, 'apiToken' | 'errors'> & { apiToken?: Maybe<ResolversTypes['ApiToken']>, errors: Array<ResolversTypes['UserError']> }>;
  CreateJointActionInput: CreateJointActionInput;
  CreateJointActionPayload: ResolverTypeWrapper<Omit<CreateJointActionPayload, 'errors' | 'jointAction'> & { errors: Array<ResolversTypes['UserError']>, jointAction?: Maybe<ResolversTypes['JointAction']> }>;
  CreateMissionInput: CreateMissionInput;
  CreateMissionPayload: ResolverTypeWrapper<Omit<CreateMissionPayload, 'errors' | 'mission'> & { errors: Array<ResolversTypes['UserError']>, mission?: Maybe<ResolversTypes['CapacityBuildingMission']> }>;
  CreatePartnerInput: CreatePartnerInput;
  CreatePartnerPayload: ResolverTypeWrapper<Omit<CreatePartnerPayload, 'errors' | 'partner'> & { errors: Array<ResolversTypes['UserError']>, partner?: Maybe<ResolversTypes['Partner']> }>;
  CreateSynergyInput: CreateSynergyInput;
  CreateSynergyPayload: ResolverTypeWrapper<Omit<CreateSynergyPayload, 'errors' | 'synergy'> & { errors: Array<ResolversTypes['UserError']>, synergy?: Maybe<ResolversTypes['Synergy']> }>;
  CreateUserInput: CreateUserInput;
  CreateUserPayload: ResolverTypeWrapper<Omit<CreateUserPayload, 'errors' | 'user'> & { errors: Array<ResolversTypes['UserError']>, user?: Maybe<ResolversTypes['User']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteActivityInput: DeleteActivityInput;
  DeleteActivityPayload: ResolverTypeWrapper<Omit<DeleteActivityPayload, 'errors'> & { errors: Array<ResolversTypes['UserError']> }>;
  DeleteCapacityAssessmentInput: DeleteCapacityAssessmentInput;
  DeleteCapacityAssessmentPayload: ResolverTypeWrapper<Omit<DeleteCapacityAssessmentPayload, 'errors'> & { errors: Array<ResolversTypes['UserError']> }>;
  DeleteJointActionInput: DeleteJointActionInput;
  DeleteJointActionPayload: ResolverTypeWrapper<Omit<DeleteJointActionPayload, 'errors'> & { errors: Array<ResolversTypes['UserError']> }>;
  DeleteMissionInput: DeleteMissionInput;
  DeleteMissionPayload: ResolverTypeWrapper<Omit<DeleteMissionPayload, 'errors'> & { errors: Array<ResolversTypes['UserError']> }>;
  EndSynergyMembershipInput: EndSynergyMembershipInput;
  EndSynergyMembershipPayload: ResolverTypeWrapper<Omit<EndSynergyMembershipPayload, 'errors' | 'membership'> & { errors: Array<ResolversTypes['UserError']>, membership?: Maybe<ResolversTypes['SynergyMembership']> }>;
  EvaluationAverages: ResolverTypeWrapper<EvaluationAverages>;
  FacilitatorKind: FacilitatorKind;
  FacilitatorOrigin: FacilitatorOrigin;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUpAction: ResolverTypeWrapper<FollowUpActionModel>;
  FollowUpActionConnection: ResolverTypeWrapper<Omit<FollowUpActionConnection, 'edges'> & { edges: Array<ResolversTypes['FollowUpActionEdge']> }>;
  FollowUpActionEdge: ResolverTypeWrapper<Omit<FollowUpActionEdge, 'node'> & { node: ResolversTypes['FollowUpAction'] }>;
  FollowUpActionFilter: FollowUpActionFilter;
  FollowUpActionPayload: ResolverTypeWrapper<Omit<FollowUpActionPayload, 'errors' | 'followUpAction'> & { errors: Array<ResolversTypes['UserError']>, followUpAction?: Maybe<ResolversTypes['FollowUpAction']> }>;
  FollowUpActionPermissions: ResolverTypeWrapper<FollowUpActionPermissions>;
  FollowUpCompletion: ResolverTypeWrapper<FollowUpCompletion>;
  FollowUpStatus: FollowUpStatus;
  ForbiddenError: ResolverTypeWrapper<ForbiddenError>;
  GenderCriterion: GenderCriterion;
  GenderMarker: ResolverTypeWrapper<GenderMarker>;
  GenderMarkerCriteria: ResolverTypeWrapper<GenderMarkerCriteria>;
  GenderMarkerCriteriaInput: GenderMarkerCriteriaInput;
  GenderMarkerInput: GenderMarkerInput;
  GrantRoleInput: GrantRoleInput;
  GrantRolePayload: ResolverTypeWrapper<Omit<GrantRolePayload, 'errors' | 'roleGrant'> & { errors: Array<ResolversTypes['UserError']>, roleGrant?: Maybe<ResolversTypes['RoleGrant']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InformalSector: InformalSector;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JointAction: ResolverTypeWrapper<JointActionModel>;
  JointActionChangePayload: ResolverTypeWrapper<Omit<JointActionChangePayload, 'errors' | 'jointAction'> & { errors: Array<ResolversTypes['UserError']>, jointAction?: Maybe<ResolversTypes['JointAction']> }>;
  JointActionConnection: ResolverTypeWrapper<Omit<JointActionConnection, 'edges'> & { edges: Array<ResolversTypes['JointActionEdge']> }>;
  JointActionContribution: ResolverTypeWrapper<JointActionContribution>;
  JointActionCountByKind: ResolverTypeWrapper<JointActionCountByKind>;
  JointActionCountByStage: ResolverTypeWrapper<JointActionCountByStage>;
  JointActionCountByStatus: ResolverTypeWrapper<JointActionCountByStatus>;
  JointActionCountryGroup: ResolverTypeWrapper<JointActionCountryGroup>;
  JointActionEdge: ResolverTypeWrapper<Omit<JointActionEdge, 'node'> & { node: ResolversTypes['JointAction'] }>;
  JointActionFilter: JointActionFilter;
  JointActionKind: JointActionKind;
  JointActionMilestone: ResolverTypeWrapper<JointActionMilestoneModel>;
  JointActionMilestoneConnection: ResolverTypeWrapper<Omit<JointActionMilestoneConnection, 'edges'> & { edges: Array<ResolversTypes['JointActionMilestoneEdge']> }>;
  JointActionMilestoneEdge: ResolverTypeWrapper<Omit<JointActionMilestoneEdge, 'node'> & { node: ResolversTypes['JointActionMilestone'] }>;
  JointActionMilestoneFilter: JointActionMilestoneFilter;
  JointActionMilestoneInput: JointActionMilestoneInput;
  JointActionOrder: JointActionOrder;
  JointActionOrderField: JointActionOrderField;
  JointActionPartner: ResolverTypeWrapper<JointActionPartnerModel>;
  JointActionPartnerInput: JointActionPartnerInput;
  JointActionPermissions: ResolverTypeWrapper<JointActionPermissions>;
  JointActionRole: JointActionRole;
  JointActionScope: JointActionScope;
  JointActionSummary: ResolverTypeWrapper<JointActionSummaryModel>;
  LockedError: ResolverTypeWrapper<LockedError>;
  MemberCounts: ResolverTypeWrapper<MemberCountsModel>;
  MemberCountsInput: MemberCountsInput;
  MembershipRole: MembershipRole;
  MissionBudget: ResolverTypeWrapper<MissionBudget>;
  MissionCountryGroup: ResolverTypeWrapper<MissionCountryGroup>;
  MissionEvaluation: ResolverTypeWrapper<MissionEvaluation>;
  MissionFacilitator: ResolverTypeWrapper<MissionFacilitatorModel>;
  MissionFacilitatorInput: MissionFacilitatorInput;
  MissionFilter: MissionFilter;
  MissionFormat: MissionFormat;
  MissionFormatGroup: ResolverTypeWrapper<MissionFormatGroup>;
  MissionGenderMarkerGroup: ResolverTypeWrapper<MissionGenderMarkerGroup>;
  MissionMonthGroup: ResolverTypeWrapper<MissionMonthGroup>;
  MissionOrder: MissionOrder;
  MissionOrderField: MissionOrderField;
  MissionPermissions: ResolverTypeWrapper<MissionPermissions>;
  MissionPlace: ResolverTypeWrapper<MissionPlace>;
  Money: ResolverTypeWrapper<Money>;
  MoveCapacityBuildingReviewInput: MoveCapacityBuildingReviewInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Network: ResolverTypeWrapper<NetworkModel>;
  NetworkPermissions: ResolverTypeWrapper<NetworkPermissions>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NotFoundError: ResolverTypeWrapper<NotFoundError>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipantCell: ResolverTypeWrapper<Omit<ParticipantCell, 'ageBand'> & { ageBand?: Maybe<ResolversTypes['AgeBand']> }>;
  ParticipantCellInput: ParticipantCellInput;
  ParticipantCounts: ResolverTypeWrapper<Omit<ParticipantCounts, 'cells'> & { cells: Array<ResolversTypes['ParticipantCell']> }>;
  ParticipationByBranch: ResolverTypeWrapper<ParticipationByBranch>;
  ParticipationByCountry: ResolverTypeWrapper<ParticipationByCountry>;
  ParticipationByGenderMarkerScore: ResolverTypeWrapper<ParticipationByGenderMarkerScore>;
  ParticipationByMonth: ResolverTypeWrapper<ParticipationByMonth>;
  ParticipationByType: ResolverTypeWrapper<ParticipationByType>;
  ParticipationGroup: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ParticipationGroup']>;
  ParticipationScope: ParticipationScope;
  ParticipationSummary: ResolverTypeWrapper<ParticipationSummaryModel>;
  Partner: ResolverTypeWrapper<PartnerModel>;
  PartnerConnection: ResolverTypeWrapper<Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerEdge']> }>;
  PartnerEdge: ResolverTypeWrapper<Omit<PartnerEdge, 'node'> & { node: ResolversTypes['Partner'] }>;
  PartnerFilter: PartnerFilter;
  PartnerPermissions: ResolverTypeWrapper<PartnerPermissions>;
  PartnerType: PartnerType;
  PolicyOutcome: ResolverTypeWrapper<PolicyOutcomeModel>;
  PolicyOutcomeConnection: ResolverTypeWrapper<Omit<PolicyOutcomeConnection, 'edges'> & { edges: Array<ResolversTypes['PolicyOutcomeEdge']> }>;
  PolicyOutcomeEdge: ResolverTypeWrapper<Omit<PolicyOutcomeEdge, 'node'> & { node: ResolversTypes['PolicyOutcome'] }>;
  PolicyOutcomeFilter: PolicyOutcomeFilter;
  PolicyStage: PolicyStage;
  PolicyTarget: ResolverTypeWrapper<PolicyTargetModel>;
  PoliticalAskKind: PoliticalAskKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCapacityAssessmentInput: RecordCapacityAssessmentInput;
  RecordMissionEvaluationInput: RecordMissionEvaluationInput;
  RecordMissionEvaluationPayload: ResolverTypeWrapper<Omit<RecordMissionEvaluationPayload, 'errors' | 'mission'> & { errors: Array<ResolversTypes['UserError']>, mission?: Maybe<ResolversTypes['CapacityBuildingMission']> }>;
  RecordPolicyOutcomeInput: RecordPolicyOutcomeInput;
  RemoveFollowUpActionInput: RemoveFollowUpActionInput;
  RemoveFollowUpActionPayload: ResolverTypeWrapper<Omit<RemoveFollowUpActionPayload, 'errors'> & { errors: Array<ResolversTypes['UserError']> }>;
  RemoveJointActionMilestoneInput: RemoveJointActionMilestoneInput;
  RemoveJointActionPartnerInput: RemoveJointActionPartnerInput;
  RemovePolicyTargetInput: RemovePolicyTargetInput;
  ReviewMove: ReviewMove;
  ReviewRecommendation: ReviewRecommendation;
  ReviewStatus: ReviewStatus;
  ReviewStatusCount: ResolverTypeWrapper<ReviewStatusCount>;
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenPayload: ResolverTypeWrapper<Omit<RevokeApiTokenPayload, 'apiToken' | 'errors'> & { apiToken?: Maybe<ResolversTypes['ApiToken']>, errors: Array<ResolversTypes['UserError']> }>;
  RevokeRoleInput: RevokeRoleInput;
  RevokeRolePayload: ResolverTypeWrapper<Omit<RevokeRolePayload, 'errors'> & { errors: Array<ResolversTypes['UserError']> }>;
  Role: Role;
  RoleGrant: ResolverTypeWrapper<RoleGrantModel>;
  RoleScope: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RoleScope']>;
  ScopeType: ScopeType;
  Sex: Sex;
  SignInInput: SignInInput;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'errors' | 'viewer'> & { errors: Array<ResolversTypes['UserError']>, viewer?: Maybe<ResolversTypes['Viewer']> }>;
  SignOutPayload: ResolverTypeWrapper<Omit<SignOutPayload, 'errors'> & { errors: Array<ResolversTypes['UserError']> }>;
  SocialProtectionBranch: SocialProtectionBranch;
  StartCapacityBuildingReviewInput: StartCapacityBuildingReviewInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Synergy: ResolverTypeWrapper<SynergyModel>;
  SynergyConnection: ResolverTypeWrapper<Omit<SynergyConnection, 'edges'> & { edges: Array<ResolversTypes['SynergyEdge']> }>;
  SynergyEdge: ResolverTypeWrapper<Omit<SynergyEdge, 'node'> & { node: ResolversTypes['Synergy'] }>;
  SynergyFilter: SynergyFilter;
  SynergyMembership: ResolverTypeWrapper<SynergyMembershipModel>;
  SynergyPermissions: ResolverTypeWrapper<SynergyPermissions>;
  SynergyStatus: SynergyStatus;
  TargetLevel: TargetLevel;
  UpdateActivityInput: UpdateActivityInput;
  UpdateActivityPayload: ResolverTypeWrapper<Omit<UpdateActivityPayload, 'activity' | 'errors'> & { activity?: Maybe<ResolversTypes['Activity']>, errors: Array<ResolversTypes['UserError']> }>;
  UpdateCapacityAssessmentInput: UpdateCapacityAssessmentInput;
  UpdateCapacityBuildingReviewInput: UpdateCapacityBuildingReviewInput;
  UpdateFollowUpActionInput: UpdateFollowUpActionInput;
  UpdateJointActionInput: UpdateJointActionInput;
  UpdateJointActionMilestoneInput: UpdateJointActionMilestoneInput;
  UpdateJointActionPartnerInput: UpdateJointActionPartnerInput;
  UpdateJointActionPayload: ResolverTypeWrapper<Omit<UpdateJointActionPayload, 'errors' | 'jointAction'> & { errors: Array<ResolversTypes['UserError']>, jointAction?: Maybe<ResolversTypes['JointAction']> }>;
  UpdateMissionInput: UpdateMissionInput;
  UpdateMissionPayload: ResolverTypeWrapper<Omit<UpdateMissionPayload, 'errors' | 'mission'> & { errors: Array<ResolversTypes['UserError']>, mission?: Maybe<ResolversTypes['CapacityBuildingMission']> }>;
  UpdatePartnerInput: UpdatePartnerInput;
  UpdatePartnerPayload: ResolverTypeWrapper<Omit<UpdatePartnerPayload, 'errors' | 'partner'> & { errors: Array<ResolversTypes['UserError']>, partner?: Maybe<ResolversTypes['Partner']> }>;
  UpdatePolicyOutcomeInput: UpdatePolicyOutcomeInput;
  UpdateSynergyInput: UpdateSynergyInput;
  UpdateSynergyPayload: ResolverTypeWrapper<Omit<UpdateSynergyPayload, 'errors' | 'synergy'> & { errors: Array<ResolversTypes['UserError']>, synergy?: Maybe<ResolversTypes['Synergy']> }>;
  User: ResolverTypeWrapper<UserModel>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UserError']>;
  ValidationError: ResolverTypeWrapper<ValidationError>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  WorkStatus: WorkStatus;
  WorkStatusCount: ResolverTypeWrapper<WorkStatusCount>;
  WorkerCategory: WorkerCategory;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: ActivityModel;
  ActivityConnection: Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActivityEdge']> };
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityFilter: ActivityFilter;
  ActivityOrder: ActivityOrder;
  ActivityPermissions: ActivityPermissions;
  AddFollowUpActionInput: AddFollowUpActionInput;
  AddJointActionMilestoneInput: AddJointActionMilestoneInput;
  AddJointActionPartnerInput: AddJointActionPartnerInput;
  AddPolicyTargetInput: AddPolicyTargetInput;
  AddSynergyMemberInput: AddSynergyMemberInput;
  AddSynergyMemberPayload: Omit<AddSynergyMemberPayload, 'errors' | 'membership'> & { errors: Array<ResolversParentTypes['UserError']>, membership?: Maybe<ResolversParentTypes['SynergyMembership']> };
  AgeBand: AgeBandModel;
  ApiToken: ApiTokenModel;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Boolean: Scalars['Boolean']['output'];
  BudgetByCurrency: BudgetByCurrency;
  CapacityAssessment: CapacityAssessmentModel;
  CapacityAssessmentConnection: Omit<CapacityAssessmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['CapacityAssessmentEdge']> };
  CapacityAssessmentEdge: Omit<CapacityAssessmentEdge, 'node'> & { node: ResolversParentTypes['CapacityAssessment'] };
  CapacityAssessmentFilter: CapacityAssessmentFilter;
  CapacityAssessmentPayload: Omit<CapacityAssessmentPayload, 'capacityAssessment' | 'errors'> & { capacityAssessment?: Maybe<ResolversParentTypes['CapacityAssessment']>, errors: Array<ResolversParentTypes['UserError']> };
  CapacityAssessmentPermissions: CapacityAssessmentPermissions;
  CapacityBuildingMission: CapacityBuildingMissionModel;
  CapacityBuildingMissionConnection: Omit<CapacityBuildingMissionConnection, 'edges'> & { edges: Array<ResolversParentTypes['CapacityBuildingMissionEdge']> };
  CapacityBuildingMissionEdge: Omit<CapacityBuildingMissionEdge, 'node'> & { node: ResolversParentTypes['CapacityBuildingMission'] };
  CapacityBuildingReview: CapacityBuildingReviewModel;
  CapacityBuildingReviewConnection: Omit<CapacityBuildingReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['CapacityBuildingReviewEdge']> };
  CapacityBuildingReviewEdge: Omit<CapacityBuildingReviewEdge, 'node'> & { node: ResolversParentTypes['CapacityBuildingReview'] };
  CapacityBuildingReviewFilter: CapacityBuildingReviewFilter;
  CapacityBuildingReviewPayload: Omit<CapacityBuildingReviewPayload, 'errors' | 'review'> & { errors: Array<ResolversParentTypes['UserError']>, review?: Maybe<ResolversParentTypes['CapacityBuildingReview']> };
  CapacityBuildingScope: CapacityBuildingScope;
  CapacityBuildingSummary: CapacityBuildingSummaryModel;
  CapacityChange: CapacityChange;
  CapacityScore: CapacityScore;
  CapacityScoreInput: CapacityScoreInput;
  CapacityThemeGroup: CapacityThemeGroup;
  ChangeActivityStatusInput: ChangeActivityStatusInput;
  ChangeActivityStatusPayload: Omit<ChangeActivityStatusPayload, 'activity' | 'errors'> & { activity?: Maybe<ResolversParentTypes['Activity']>, errors: Array<ResolversParentTypes['UserError']> };
  ChangeJointActionStatusInput: ChangeJointActionStatusInput;
  ChangeJointActionStatusPayload: Omit<ChangeJointActionStatusPayload, 'errors' | 'jointAction'> & { errors: Array<ResolversParentTypes['UserError']>, jointAction?: Maybe<ResolversParentTypes['JointAction']> };
  ChangeMissionStatusInput: ChangeMissionStatusInput;
  ChangeMissionStatusPayload: Omit<ChangeMissionStatusPayload, 'errors' | 'mission'> & { errors: Array<ResolversParentTypes['UserError']>, mission?: Maybe<ResolversParentTypes['CapacityBuildingMission']> };
  ConflictError: ConflictError;
  CreateActivityInput: CreateActivityInput;
  CreateActivityPayload: Omit<CreateActivityPayload, 'activity' | 'errors'> & { activity?: Maybe<ResolversParentTypes['Activity']>, errors: Array<ResolversParentTypes['UserError']> };
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: Omit<CreateApiTokenPayload, 'apiToken' | 'errors'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']>, errors: Array<ResolversParentTypes['UserError']> };
  CreateJointActionInput: CreateJointActionInput;
  CreateJointActionPayload: Omit<CreateJointActionPayload, 'errors' | 'jointAction'> & { errors: Array<ResolversParentTypes['UserError']>, jointAction?: Maybe<ResolversParentTypes['JointAction']> };
  CreateMissionInput: CreateMissionInput;
  CreateMissionPayload: Omit<CreateMissionPayload, 'errors' | 'mission'> & { errors: Array<ResolversParentTypes['UserError']>, mission?: Maybe<ResolversParentTypes['CapacityBuildingMission']> };
  CreatePartnerInput: CreatePartnerInput;
  CreatePartnerPayload: Omit<CreatePartnerPayload, 'errors' | 'partner'> & { errors: Array<ResolversParentTypes['UserError']>, partner?: Maybe<ResolversParentTypes['Partner']> };
  CreateSynergyInput: CreateSynergyInput;
  CreateSynergyPayload: Omit<CreateSynergyPayload, 'errors' | 'synergy'> & { errors: Array<ResolversParentTypes['UserError']>, synergy?: Maybe<ResolversParentTypes['Synergy']> };
  CreateUserInput: CreateUserInput;
  CreateUserPayload: Omit<CreateUserPayload, 'errors' | 'user'> & { errors: Array<ResolversParentTypes['UserError']>, user?: Maybe<ResolversParentTypes['User']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteActivityInput: DeleteActivityInput;
  DeleteActivityPayload: Omit<DeleteActivityPayload, 'errors'> & { errors: Array<ResolversParentTypes['UserError']> };
  DeleteCapacityAssessmentInput: DeleteCapacityAssessmentInput;
  DeleteCapacityAssessmentPayload: Omit<DeleteCapacityAssessmentPayload, 'errors'> & { errors: Array<ResolversParentTypes['UserError']> };
  DeleteJointActionInput: DeleteJointActionInput;
  DeleteJointActionPayload: Omit<DeleteJointActionPayload, 'errors'> & { errors: Array<ResolversParentTypes['UserError']> };
  DeleteMissionInput: DeleteMissionInput;
  DeleteMissionPayload: Omit<DeleteMissionPayload, 'errors'> & { errors: Array<ResolversParentTypes['UserError']> };
  EndSynergyMembershipInput: EndSynergyMembershipInput;
  EndSynergyMembershipPayload: Omit<EndSynergyMembershipPayload, 'errors' | 'membership'> & { errors: Array<ResolversParentTypes['UserError']>, membership?: Maybe<ResolversParentTypes['SynergyMembership']> };
  EvaluationAverages: EvaluationAverages;
  Float: Scalars['Float']['output'];
  FollowUpAction: FollowUpActionModel;
  FollowUpActionConnection: Omit<FollowUpActionConnection, 'edges'> & { edges: Array<ResolversParentTypes['FollowUpActionEdge']> };
  FollowUpActionEdge: Omit<FollowUpActionEdge, 'node'> & { node: ResolversParentTypes['FollowUpAction'] };
  FollowUpActionFilter: FollowUpActionFilter;
  FollowUpActionPayload: Omit<FollowUpActionPayload, 'errors' | 'followUpAction'> & { errors: Array<ResolversParentTypes['UserError']>, followUpAction?: Maybe<ResolversParentTypes['FollowUpAction']> };
  FollowUpActionPermissions: FollowUpActionPermissions;
  FollowUpCompletion: FollowUpCompletion;
  ForbiddenError: ForbiddenError;
  GenderMarker: GenderMarker;
  GenderMarkerCriteria: GenderMarkerCriteria;
  GenderMarkerCriteriaInput: GenderMarkerCriteriaInput;
  GenderMarkerInput: GenderMarkerInput;
  GrantRoleInput: GrantRoleInput;
  GrantRolePayload: Omit<GrantRolePayload, 'errors' | 'roleGrant'> & { errors: Array<ResolversParentTypes['UserError']>, roleGrant?: Maybe<ResolversParentTypes['RoleGrant']> };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JointAction: JointActionModel;
  JointActionChangePayload: Omit<JointActionChangePayload, 'errors' | 'jointAction'> & { errors: Array<ResolversParentTypes['UserError']>, jointAction?: Maybe<ResolversParentTypes['JointAction']> };
  JointActionConnection: Omit<JointActionConnection, 'edges'> & { edges: Array<ResolversParentTypes['JointActionEdge']> };
  JointActionContribution: JointActionContribution;
  JointActionCountByKind: JointActionCountByKind;
  JointActionCountByStage: JointActionCountByStage;
  JointActionCountByStatus: JointActionCountByStatus;
  JointActionCountryGroup: JointActionCountryGroup;
  JointActionEdge: Omit<JointActionEdge, 'node'> & { node: ResolversParentTypes['JointAction'] };
  JointActionFilter: JointActionFilter;
  JointActionMilestone: JointActionMilestoneModel;
  JointActionMilestoneConnection: Omit<JointActionMilestoneConnection, 'edges'> & { edges: Array<ResolversParentTypes['JointActionMilestoneEdge']> };
  JointActionMilestoneEdge: Omit<JointActionMilestoneEdge, 'node'> & { node: ResolversParentTypes['JointActionMilestone'] };
  JointActionMilestoneFilter: JointActionMilestoneFilter;
  JointActionMilestoneInput: JointActionMilestoneInput;
  JointActionOrder: JointActionOrder;
  JointActionPartner: JointActionPartnerModel;
  JointActionPartnerInput: JointActionPartnerInput;
  JointActionPermissions: JointActionPermissions;
  JointActionScope: JointActionScope;
  JointActionSummary: JointActionSummaryModel;
  LockedError: LockedError;
  MemberCounts: MemberCountsModel;
  MemberCountsInput: MemberCountsInput;
  MissionBudget: MissionBudget;
  MissionCountryGroup: MissionCountryGroup;
  MissionEvaluation: MissionEvaluation;
  MissionFacilitator: MissionFacilitatorModel;
  MissionFacilitatorInput: MissionFacilitatorInput;
  MissionFilter: MissionFilter;
  MissionFormatGroup: MissionFormatGroup;
  MissionGenderMarkerGroup: MissionGenderMarkerGroup;
  MissionMonthGroup: MissionMonthGroup;
  MissionOrder: MissionOrder;
  MissionPermissions: MissionPermissions;
  MissionPlace: MissionPlace;
  Money: Money;
  MoveCapacityBuildingReviewInput: MoveCapacityBuildingReviewInput;
  Mutation: Record<PropertyKey, never>;
  Network: NetworkModel;
  NetworkPermissions: NetworkPermissions;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NotFoundError: NotFoundError;
  PageInfo: PageInfo;
  ParticipantCell: Omit<ParticipantCell, 'ageBand'> & { ageBand?: Maybe<ResolversParentTypes['AgeBand']> };
  ParticipantCellInput: ParticipantCellInput;
  ParticipantCounts: Omit<ParticipantCounts, 'cells'> & { cells: Array<ResolversParentTypes['ParticipantCell']> };
  ParticipationByBranch: ParticipationByBranch;
  ParticipationByCountry: ParticipationByCountry;
  ParticipationByGenderMarkerScore: ParticipationByGenderMarkerScore;
  ParticipationByMonth: ParticipationByMonth;
  ParticipationByType: ParticipationByType;
  ParticipationGroup: ResolversInterfaceTypes<ResolversParentTypes>['ParticipationGroup'];
  ParticipationScope: ParticipationScope;
  ParticipationSummary: ParticipationSummaryModel;
  Partner: PartnerModel;
  PartnerConnection: Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerEdge']> };
  PartnerEdge: Omit<PartnerEdge, 'node'> & { node: ResolversParentTypes['Partner'] };
  PartnerFilter: PartnerFilter;
  PartnerPermissions: PartnerPermissions;
  PolicyOutcome: PolicyOutcomeModel;
  PolicyOutcomeConnection: Omit<PolicyOutcomeConnection, 'edges'> & { edges: Array<ResolversParentTypes['PolicyOutcomeEdge']> };
  PolicyOutcomeEdge: Omit<PolicyOutcomeEdge, 'node'> & { node: ResolversParentTypes['PolicyOutcome'] };
  PolicyOutcomeFilter: PolicyOutcomeFilter;
  PolicyTarget: PolicyTargetModel;
  Query: Record<PropertyKey, never>;
  RecordCapacityAssessmentInput: RecordCapacityAssessmentInput;
  RecordMissionEvaluationInput: RecordMissionEvaluationInput;
  RecordMissionEvaluationPayload: Omit<RecordMissionEvaluationPayload, 'errors' | 'mission'> & { errors: Array<ResolversParentTypes['UserError']>, mission?: Maybe<ResolversParentTypes['CapacityBuildingMission']> };
  RecordPolicyOutcomeInput: RecordPolicyOutcomeInput;
  RemoveFollowUpActionInput: RemoveFollowUpActionInput;
  RemoveFollowUpActionPayload: Omit<RemoveFollowUpActionPayload, 'errors'> & { errors: Array<ResolversParentTypes['UserError']> };
  RemoveJointActionMilestoneInput: RemoveJointActionMilestoneInput;
  RemoveJointActionPartnerInput: RemoveJointActionPartnerInput;
  RemovePolicyTargetInput: RemovePolicyTargetInput;
  ReviewStatusCount: ReviewStatusCount;
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenPayload: Omit<RevokeApiTokenPayload, 'apiToken' | 'errors'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']>, errors: Array<ResolversParentTypes['UserError']> };
  RevokeRoleInput: RevokeRoleInput;
  RevokeRolePayload: Omit<RevokeRolePayload, 'errors'> & { errors: Array<ResolversParentTypes['UserError']> };
  RoleGrant: RoleGrantModel;
  RoleScope: ResolversUnionTypes<ResolversParentTypes>['RoleScope'];
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, 'errors' | 'viewer'> & { errors: Array<ResolversParentTypes['UserError']>, viewer?: Maybe<ResolversParentTypes['Viewer']> };
  SignOutPayload: Omit<SignOutPayload, 'errors'> & { errors: Array<ResolversParentTypes['UserError']> };
  StartCapacityBuildingReviewInput: StartCapacityBuildingReviewInput;
  String: Scalars['String']['output'];
  Synergy: SynergyModel;
  SynergyConnection: Omit<SynergyConnection, 'edges'> & { edges: Array<ResolversParentTypes['SynergyEdge']> };
  SynergyEdge: Omit<SynergyEdge, 'node'> & { node: ResolversParentTypes['Synergy'] };
  SynergyFilter: SynergyFilter;
  SynergyMembership: SynergyMembershipModel;
  SynergyPermissions: SynergyPermissions;
  UpdateActivityInput: UpdateActivityInput;
  UpdateActivityPayload: Omit<UpdateActivityPayload, 'activity' | 'errors'> & { activity?: Maybe<ResolversParentTypes['Activity']>, errors: Array<ResolversParentTypes['UserError']> };
  UpdateCapacityAssessmentInput: UpdateCapacityAssessmentInput;
  UpdateCapacityBuildingReviewInput: UpdateCapacityBuildingReviewInput;
  UpdateFollowUpActionInput: UpdateFollowUpActionInput;
  UpdateJointActionInput: UpdateJointActionInput;
  UpdateJointActionMilestoneInput: UpdateJointActionMilestoneInput;
  UpdateJointActionPartnerInput: UpdateJointActionPartnerInput;
  UpdateJointActionPayload: Omit<UpdateJointActionPayload, 'errors' | 'jointAction'> & { errors: Array<ResolversParentTypes['UserError']>, jointAction?: Maybe<ResolversParentTypes['JointAction']> };
  UpdateMissionInput: UpdateMissionInput;
  UpdateMissionPayload: Omit<UpdateMissionPayload, 'errors' | 'mission'> & { errors: Array<ResolversParentTypes['UserError']>, mission?: Maybe<ResolversParentTypes['CapacityBuildingMission']> };
  UpdatePartnerInput: UpdatePartnerInput;
  UpdatePartnerPayload: Omit<UpdatePartnerPayload, 'errors' | 'partner'> & { errors: Array<ResolversParentTypes['UserError']>, partner?: Maybe<ResolversParentTypes['Partner']> };
  UpdatePolicyOutcomeInput: UpdatePolicyOutcomeInput;
  UpdateSynergyInput: UpdateSynergyInput;
  UpdateSynergyPayload: Omit<UpdateSynergyPayload, 'errors' | 'synergy'> & { errors: Array<ResolversParentTypes['UserError']>, synergy?: Maybe<ResolversParentTypes['Synergy']> };
  User: UserModel;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserError: ResolversInterfaceTypes<ResolversParentTypes>['UserError'];
  ValidationError: ValidationError;
  Viewer: ViewerModel;
  WorkStatusCount: WorkStatusCount;
};

export type ActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = {
  branches?: Resolver<Array<ResolversTypes['SocialProtectionBranch']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  genderMarker?: Resolver<ResolversTypes['GenderMarker'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informalSectors?: Resolver<Array<ResolversTypes['InformalSector']>, ParentType, ContextType>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  nextStatuses?: Resolver<Array<ResolversTypes['WorkStatus']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['ParticipantCounts'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkStatus'], ParentType, ContextType>;
  subType?: Resolver<Maybe<ResolversTypes['ActivitySubType']>, ParentType, ContextType>;
  synergy?: Resolver<Maybe<ResolversTypes['Synergy']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActivityType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['ActivityPermissions'], ParentType, ContextType>;
  workerCategories?: Resolver<Array<ResolversTypes['WorkerCategory']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActivityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
};

export type ActivityPermissionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityPermissions'] = ResolversParentTypes['ActivityPermissions']> = {
  delete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AddSynergyMemberPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddSynergyMemberPayload'] = ResolversParentTypes['AddSynergyMemberPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['SynergyMembership']>, ParentType, ContextType>;
};

export type AgeBandResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgeBand'] = ResolversParentTypes['AgeBand']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  access?: Resolver<ResolversTypes['ApiTokenAccess'], ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type BudgetByCurrencyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BudgetByCurrency'] = ResolversParentTypes['BudgetByCurrency']> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CapacityAssessmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityAssessment'] = ResolversParentTypes['CapacityAssessment']> = {
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  assessor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  averageScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mission?: Resolver<Maybe<ResolversTypes['CapacityBuildingMission']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['CapacityAssessment']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['CapacityScore']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['CapacityAssessmentPermissions'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CapacityAssessmentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityAssessmentConnection'] = ResolversParentTypes['CapacityAssessmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CapacityAssessmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapacityAssessmentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityAssessmentEdge'] = ResolversParentTypes['CapacityAssessmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CapacityAssessment'], ParentType, ContextType>;
};

export type CapacityAssessmentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityAssessmentPayload'] = ResolversParentTypes['CapacityAssessmentPayload']> = {
  capacityAssessment?: Resolver<Maybe<ResolversTypes['CapacityAssessment']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CapacityAssessmentPermissionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityAssessmentPermissions'] = ResolversParentTypes['CapacityAssessmentPermissions']> = {
  delete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CapacityBuildingMissionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityBuildingMission'] = ResolversParentTypes['CapacityBuildingMission']> = {
  actualEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  actualStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  assessments?: Resolver<Array<ResolversTypes['CapacityAssessment']>, ParentType, ContextType>;
  budget?: Resolver<ResolversTypes['MissionBudget'], ParentType, ContextType>;
  capacityChange?: Resolver<Array<ResolversTypes['CapacityChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['MissionEvaluation']>, ParentType, ContextType>;
  facilitators?: Resolver<Array<ResolversTypes['MissionFacilitator']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['FollowUpAction']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['MissionFormat'], ParentType, ContextType>;
  genderMarker?: Resolver<ResolversTypes['GenderMarker'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  nextStatuses?: Resolver<Array<ResolversTypes['WorkStatus']>, ParentType, ContextType>;
  objectives?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organiserName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organiserSynergy?: Resolver<Maybe<ResolversTypes['Synergy']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['ParticipantCounts'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['MissionPlace'], ParentType, ContextType>;
  plannedEndDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  plannedStartDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['CapacityBuildingReview']>, ParentType, ContextType>;
  reviewStatus?: Resolver<Maybe<ResolversTypes['ReviewStatus']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkStatus'], ParentType, ContextType>;
  targetPartners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  targetSynergies?: Resolver<Array<ResolversTypes['Synergy']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['CapacityTheme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['MissionPermissions'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CapacityBuildingMissionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityBuildingMissionConnection'] = ResolversParentTypes['CapacityBuildingMissionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CapacityBuildingMissionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapacityBuildingMissionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityBuildingMissionEdge'] = ResolversParentTypes['CapacityBuildingMissionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CapacityBuildingMission'], ParentType, ContextType>;
};

export type CapacityBuildingReviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityBuildingReview'] = ResolversParentTypes['CapacityBuildingReview']> = {
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changeRequest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comments?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mission?: Resolver<Maybe<ResolversTypes['CapacityBuildingMission']>, ParentType, ContextType>;
  organiserResponse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratingEffectiveness?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratingFollowUp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratingGender?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratingRelevance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['ReviewRecommendation']>, ParentType, ContextType>;
  reopenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  synergy?: Resolver<Maybe<ResolversTypes['Synergy']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerMoves?: Resolver<Array<ResolversTypes['ReviewMove']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CapacityBuildingReviewConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityBuildingReviewConnection'] = ResolversParentTypes['CapacityBuildingReviewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CapacityBuildingReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapacityBuildingReviewEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityBuildingReviewEdge'] = ResolversParentTypes['CapacityBuildingReviewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CapacityBuildingReview'], ParentType, ContextType>;
};

export type CapacityBuildingReviewPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityBuildingReviewPayload'] = ResolversParentTypes['CapacityBuildingReviewPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['CapacityBuildingReview']>, ParentType, ContextType>;
};

export type CapacityBuildingSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityBuildingSummary'] = ResolversParentTypes['CapacityBuildingSummary']> = {
  budget?: Resolver<Array<ResolversTypes['BudgetByCurrency']>, ParentType, ContextType>;
  byCountry?: Resolver<Array<ResolversTypes['MissionCountryGroup']>, ParentType, ContextType>;
  byFormat?: Resolver<Array<ResolversTypes['MissionFormatGroup']>, ParentType, ContextType>;
  byGenderMarker?: Resolver<Array<ResolversTypes['MissionGenderMarkerGroup']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MissionMonthGroup']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['WorkStatusCount']>, ParentType, ContextType>;
  byTheme?: Resolver<Array<ResolversTypes['CapacityThemeGroup']>, ParentType, ContextType>;
  capacityChange?: Resolver<Array<ResolversTypes['CapacityChange']>, ParentType, ContextType>;
  evaluation?: Resolver<ResolversTypes['EvaluationAverages'], ParentType, ContextType>;
  followUps?: Resolver<ResolversTypes['FollowUpCompletion'], ParentType, ContextType>;
  missions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewsByStatus?: Resolver<Array<ResolversTypes['ReviewStatusCount']>, ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  youthShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CapacityChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityChange'] = ResolversParentTypes['CapacityChange']> = {
  averageAfter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  averageBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  averageChange?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['CapacityDomain'], ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapacityScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityScore'] = ResolversParentTypes['CapacityScore']> = {
  change?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['CapacityDomain'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapacityThemeGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityThemeGroup'] = ResolversParentTypes['CapacityThemeGroup']> = {
  missions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['CapacityTheme'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  youthShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ChangeActivityStatusPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeActivityStatusPayload'] = ResolversParentTypes['ChangeActivityStatusPayload']> = {
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ChangeJointActionStatusPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeJointActionStatusPayload'] = ResolversParentTypes['ChangeJointActionStatusPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  jointAction?: Resolver<Maybe<ResolversTypes['JointAction']>, ParentType, ContextType>;
};

export type ChangeMissionStatusPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeMissionStatusPayload'] = ResolversParentTypes['ChangeMissionStatusPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  mission?: Resolver<Maybe<ResolversTypes['CapacityBuildingMission']>, ParentType, ContextType>;
};

export type ConflictErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConflictError'] = ResolversParentTypes['ConflictError']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateActivityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateActivityPayload'] = ResolversParentTypes['CreateActivityPayload']> = {
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateApiTokenPayload'] = ResolversParentTypes['CreateApiTokenPayload']> = {
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreateJointActionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateJointActionPayload'] = ResolversParentTypes['CreateJointActionPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  jointAction?: Resolver<Maybe<ResolversTypes['JointAction']>, ParentType, ContextType>;
};

export type CreateMissionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateMissionPayload'] = ResolversParentTypes['CreateMissionPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  mission?: Resolver<Maybe<ResolversTypes['CapacityBuildingMission']>, ParentType, ContextType>;
};

export type CreatePartnerPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreatePartnerPayload'] = ResolversParentTypes['CreatePartnerPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
};

export type CreateSynergyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateSynergyPayload'] = ResolversParentTypes['CreateSynergyPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  synergy?: Resolver<Maybe<ResolversTypes['Synergy']>, ParentType, ContextType>;
};

export type CreateUserPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateUserPayload'] = ResolversParentTypes['CreateUserPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteActivityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteActivityPayload'] = ResolversParentTypes['DeleteActivityPayload']> = {
  deletedActivityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteCapacityAssessmentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteCapacityAssessmentPayload'] = ResolversParentTypes['DeleteCapacityAssessmentPayload']> = {
  deletedCapacityAssessmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteJointActionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteJointActionPayload'] = ResolversParentTypes['DeleteJointActionPayload']> = {
  deletedJointActionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteMissionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteMissionPayload'] = ResolversParentTypes['DeleteMissionPayload']> = {
  deletedMissionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EndSynergyMembershipPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EndSynergyMembershipPayload'] = ResolversParentTypes['EndSynergyMembershipPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['SynergyMembership']>, ParentType, ContextType>;
};

export type EvaluationAveragesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EvaluationAverages'] = ResolversParentTypes['EvaluationAverages']> = {
  formsReturned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quality?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  relevance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  usefulness?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type FollowUpActionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowUpAction'] = ResolversParentTypes['FollowUpAction']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  doneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  droppedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mission?: Resolver<ResolversTypes['CapacityBuildingMission'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ownerPartner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['FollowUpActionPermissions'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FollowUpActionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowUpActionConnection'] = ResolversParentTypes['FollowUpActionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FollowUpActionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FollowUpActionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowUpActionEdge'] = ResolversParentTypes['FollowUpActionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FollowUpAction'], ParentType, ContextType>;
};

export type FollowUpActionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowUpActionPayload'] = ResolversParentTypes['FollowUpActionPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  followUpAction?: Resolver<Maybe<ResolversTypes['FollowUpAction']>, ParentType, ContextType>;
};

export type FollowUpActionPermissionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowUpActionPermissions'] = ResolversParentTypes['FollowUpActionPermissions']> = {
  delete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FollowUpCompletionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowUpCompletion'] = ResolversParentTypes['FollowUpCompletion']> = {
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dropped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ForbiddenErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ForbiddenError'] = ResolversParentTypes['ForbiddenError']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenderMarkerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GenderMarker'] = ResolversParentTypes['GenderMarker']> = {
  allowedMaxScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  criteria?: Resolver<ResolversTypes['GenderMarkerCriteria'], ParentType, ContextType>;
  justification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  missingCriteria?: Resolver<Array<ResolversTypes['GenderCriterion']>, ParentType, ContextType>;
  principalObjective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GenderMarkerCriteriaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GenderMarkerCriteria'] = ResolversParentTypes['GenderMarkerCriteria']> = {
  analysisShapedDesign?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  genderAnalysis?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  genderMonitoringCommitment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  genderObjectiveAndIndicator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sexDisaggregatedData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GrantRolePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GrantRolePayload'] = ResolversParentTypes['GrantRolePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  roleGrant?: Resolver<Maybe<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
};

export type JointActionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointAction'] = ResolversParentTypes['JointAction']> = {
  actualEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  actualStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  branches?: Resolver<Array<ResolversTypes['SocialProtectionBranch']>, ParentType, ContextType>;
  continental?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  genderMarker?: Resolver<ResolversTypes['GenderMarker'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JointActionKind'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['JointActionMilestone']>, ParentType, ContextType>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  nextStatuses?: Resolver<Array<ResolversTypes['WorkStatus']>, ParentType, ContextType>;
  noOutcomeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  objective?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['PolicyOutcome']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['ParticipantCounts'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['JointActionPartner']>, ParentType, ContextType>;
  plannedEndDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  plannedStartDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  stageReached?: Resolver<Maybe<ResolversTypes['PolicyStage']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkStatus'], ParentType, ContextType>;
  synergy?: Resolver<Maybe<ResolversTypes['Synergy']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['PolicyTarget']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['JointActionPermissions'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type JointActionChangePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionChangePayload'] = ResolversParentTypes['JointActionChangePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  jointAction?: Resolver<Maybe<ResolversTypes['JointAction']>, ParentType, ContextType>;
};

export type JointActionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionConnection'] = ResolversParentTypes['JointActionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['JointActionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JointActionContributionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionContribution'] = ResolversParentTypes['JointActionContribution']> = {
  inKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  money?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  people?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type JointActionCountByKindResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionCountByKind'] = ResolversParentTypes['JointActionCountByKind']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JointActionKind'], ParentType, ContextType>;
};

export type JointActionCountByStageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionCountByStage'] = ResolversParentTypes['JointActionCountByStage']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PolicyStage'], ParentType, ContextType>;
};

export type JointActionCountByStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionCountByStatus'] = ResolversParentTypes['JointActionCountByStatus']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkStatus'], ParentType, ContextType>;
};

export type JointActionCountryGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionCountryGroup'] = ResolversParentTypes['JointActionCountryGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withOutcomes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  youthShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type JointActionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionEdge'] = ResolversParentTypes['JointActionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JointAction'], ParentType, ContextType>;
};

export type JointActionMilestoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionMilestone'] = ResolversParentTypes['JointActionMilestone']> = {
  doneDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jointAction?: Resolver<ResolversTypes['JointAction'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  responsiblePartner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JointActionMilestoneConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionMilestoneConnection'] = ResolversParentTypes['JointActionMilestoneConnection']> = {
  edges?: Resolver<Array<ResolversTypes['JointActionMilestoneEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JointActionMilestoneEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionMilestoneEdge'] = ResolversParentTypes['JointActionMilestoneEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JointActionMilestone'], ParentType, ContextType>;
};

export type JointActionPartnerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionPartner'] = ResolversParentTypes['JointActionPartner']> = {
  contribution?: Resolver<ResolversTypes['JointActionContribution'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['JointActionRole'], ParentType, ContextType>;
};

export type JointActionPermissionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionPermissions'] = ResolversParentTypes['JointActionPermissions']> = {
  delete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type JointActionSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JointActionSummary'] = ResolversParentTypes['JointActionSummary']> = {
  byCountry?: Resolver<Array<ResolversTypes['JointActionCountryGroup']>, ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['JointActionCountByKind']>, ParentType, ContextType>;
  byStageReached?: Resolver<Array<ResolversTypes['JointActionCountByStage']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['JointActionCountByStatus']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestonesOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestonesUpcoming?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  youthShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type LockedErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LockedError'] = ResolversParentTypes['LockedError']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MemberCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberCounts'] = ResolversParentTypes['MemberCounts']> = {
  men?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  other?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  women?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MissionBudgetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MissionBudget'] = ResolversParentTypes['MissionBudget']> = {
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  spent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MissionCountryGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MissionCountryGroup'] = ResolversParentTypes['MissionCountryGroup']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  missions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MissionEvaluationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MissionEvaluation'] = ResolversParentTypes['MissionEvaluation']> = {
  formsReturned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  learnings?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quality?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  relevance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  usefulness?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MissionFacilitatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MissionFacilitator'] = ResolversParentTypes['MissionFacilitator']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FacilitatorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FacilitatorOrigin'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
};

export type MissionFormatGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MissionFormatGroup'] = ResolversParentTypes['MissionFormatGroup']> = {
  format?: Resolver<ResolversTypes['MissionFormat'], ParentType, ContextType>;
  missions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  youthShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MissionGenderMarkerGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MissionGenderMarkerGroup'] = ResolversParentTypes['MissionGenderMarkerGroup']> = {
  missions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  spent?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type MissionMonthGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MissionMonthGroup'] = ResolversParentTypes['MissionMonthGroup']> = {
  missions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MissionPermissionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MissionPermissions'] = ResolversParentTypes['MissionPermissions']> = {
  delete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MissionPlaceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MissionPlace'] = ResolversParentTypes['MissionPlace']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addFollowUpAction?: Resolver<ResolversTypes['FollowUpActionPayload'], ParentType, ContextType, RequireFields<MutationAddFollowUpActionArgs, 'input'>>;
  addJointActionMilestone?: Resolver<ResolversTypes['JointActionChangePayload'], ParentType, ContextType, RequireFields<MutationAddJointActionMilestoneArgs, 'input'>>;
  addJointActionPartner?: Resolver<ResolversTypes['JointActionChangePayload'], ParentType, ContextType, RequireFields<MutationAddJointActionPartnerArgs, 'input'>>;
  addPolicyTarget?: Resolver<ResolversTypes['JointActionChangePayload'], ParentType, ContextType, RequireFields<MutationAddPolicyTargetArgs, 'input'>>;
  addSynergyMember?: Resolver<ResolversTypes['AddSynergyMemberPayload'], ParentType, ContextType, RequireFields<MutationAddSynergyMemberArgs, 'input'>>;
  changeActivityStatus?: Resolver<ResolversTypes['ChangeActivityStatusPayload'], ParentType, ContextType, RequireFields<MutationChangeActivityStatusArgs, 'input'>>;
  changeJointActionStatus?: Resolver<ResolversTypes['ChangeJointActionStatusPayload'], ParentType, ContextType, RequireFields<MutationChangeJointActionStatusArgs, 'input'>>;
  changeMissionStatus?: Resolver<ResolversTypes['ChangeMissionStatusPayload'], ParentType, ContextType, RequireFields<MutationChangeMissionStatusArgs, 'input'>>;
  createActivity?: Resolver<ResolversTypes['CreateActivityPayload'], ParentType, ContextType, RequireFields<MutationCreateActivityArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createJointAction?: Resolver<ResolversTypes['CreateJointActionPayload'], ParentType, ContextType, RequireFields<MutationCreateJointActionArgs, 'input'>>;
  createMission?: Resolver<ResolversTypes['CreateMissionPayload'], ParentType, ContextType, RequireFields<MutationCreateMissionArgs, 'input'>>;
  createPartner?: Resolver<ResolversTypes['CreatePartnerPayload'], ParentType, ContextType, RequireFields<MutationCreatePartnerArgs, 'input'>>;
  createSynergy?: Resolver<ResolversTypes['CreateSynergyPayload'], ParentType, ContextType, RequireFields<MutationCreateSynergyArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['CreateUserPayload'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deleteActivity?: Resolver<ResolversTypes['DeleteActivityPayload'], ParentType, ContextType, RequireFields<MutationDeleteActivityArgs, 'input'>>;
  deleteCapacityAssessment?: Resolver<ResolversTypes['DeleteCapacityAssessmentPayload'], ParentType, ContextType, RequireFields<MutationDeleteCapacityAssessmentArgs, 'input'>>;
  deleteJointAction?: Resolver<ResolversTypes['DeleteJointActionPayload'], ParentType, ContextType, RequireFields<MutationDeleteJointActionArgs, 'input'>>;
  deleteMission?: Resolver<ResolversTypes['DeleteMissionPayload'], ParentType, ContextType, RequireFields<MutationDeleteMissionArgs, 'input'>>;
  endSynergyMembership?: Resolver<ResolversTypes['EndSynergyMembershipPayload'], ParentType, ContextType, RequireFields<MutationEndSynergyMembershipArgs, 'input'>>;
  grantRole?: Resolver<ResolversTypes['GrantRolePayload'], ParentType, ContextType, RequireFields<MutationGrantRoleArgs, 'input'>>;
  moveCapacityBuildingReview?: Resolver<ResolversTypes['CapacityBuildingReviewPayload'], ParentType, ContextType, RequireFields<MutationMoveCapacityBuildingReviewArgs, 'input'>>;
  noop?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordCapacityAssessment?: Resolver<ResolversTypes['CapacityAssessmentPayload'], ParentType, ContextType, RequireFields<MutationRecordCapacityAssessmentArgs, 'input'>>;
  recordMissionEvaluation?: Resolver<ResolversTypes['RecordMissionEvaluationPayload'], ParentType, ContextType, RequireFields<MutationRecordMissionEvaluationArgs, 'input'>>;
  recordPolicyOutcome?: Resolver<ResolversTypes['JointActionChangePayload'], ParentType, ContextType, RequireFields<MutationRecordPolicyOutcomeArgs, 'input'>>;
  removeFollowUpAction?: Resolver<ResolversTypes['RemoveFollowUpActionPayload'], ParentType, ContextType, RequireFields<MutationRemoveFollowUpActionArgs, 'input'>>;
  removeJointActionMilestone?: Resolver<ResolversTypes['JointActionChangePayload'], ParentType, ContextType, RequireFields<MutationRemoveJointActionMilestoneArgs, 'input'>>;
  removeJointActionPartner?: Resolver<ResolversTypes['JointActionChangePayload'], ParentType, ContextType, RequireFields<MutationRemoveJointActionPartnerArgs, 'input'>>;
  removePolicyTarget?: Resolver<ResolversTypes['JointActionChangePayload'], ParentType, ContextType, RequireFields<MutationRemovePolicyTargetArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'input'>>;
  revokeRole?: Resolver<ResolversTypes['RevokeRolePayload'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType>;
  startCapacityBuildingReview?: Resolver<ResolversTypes['CapacityBuildingReviewPayload'], ParentType, ContextType, RequireFields<MutationStartCapacityBuildingReviewArgs, 'input'>>;
  updateActivity?: Resolver<ResolversTypes['UpdateActivityPayload'], ParentType, ContextType, RequireFields<MutationUpdateActivityArgs, 'input'>>;
  updateCapacityAssessment?: Resolver<ResolversTypes['CapacityAssessmentPayload'], ParentType, ContextType, RequireFields<MutationUpdateCapacityAssessmentArgs, 'input'>>;
  updateCapacityBuildingReview?: Resolver<ResolversTypes['CapacityBuildingReviewPayload'], ParentType, ContextType, RequireFields<MutationUpdateCapacityBuildingReviewArgs, 'input'>>;
  updateFollowUpAction?: Resolver<ResolversTypes['FollowUpActionPayload'], ParentType, ContextType, RequireFields<MutationUpdateFollowUpActionArgs, 'input'>>;
  updateJointAction?: Resolver<ResolversTypes['UpdateJointActionPayload'], ParentType, ContextType, RequireFields<MutationUpdateJointActionArgs, 'input'>>;
  updateJointActionMilestone?: Resolver<ResolversTypes['JointActionChangePayload'], ParentType, ContextType, RequireFields<MutationUpdateJointActionMilestoneArgs, 'input'>>;
  updateJointActionPartner?: Resolver<ResolversTypes['JointActionChangePayload'], ParentType, ContextType, RequireFields<MutationUpdateJointActionPartnerArgs, 'input'>>;
  updateMission?: Resolver<ResolversTypes['UpdateMissionPayload'], ParentType, ContextType, RequireFields<MutationUpdateMissionArgs, 'input'>>;
  updatePartner?: Resolver<ResolversTypes['UpdatePartnerPayload'], ParentType, ContextType, RequireFields<MutationUpdatePartnerArgs, 'input'>>;
  updatePolicyOutcome?: Resolver<ResolversTypes['JointActionChangePayload'], ParentType, ContextType, RequireFields<MutationUpdatePolicyOutcomeArgs, 'input'>>;
  updateSynergy?: Resolver<ResolversTypes['UpdateSynergyPayload'], ParentType, ContextType, RequireFields<MutationUpdateSynergyArgs, 'input'>>;
};

export type NetworkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ageBands?: Resolver<Array<ResolversTypes['AgeBand']>, ParentType, ContextType>;
  iatiOrganisationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  synergies?: Resolver<ResolversTypes['SynergyConnection'], ParentType, ContextType, Partial<NetworkSynergiesArgs>>;
  synergyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['NetworkPermissions'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NetworkPermissionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NetworkPermissions'] = ResolversParentTypes['NetworkPermissions']> = {
  createSynergy?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  grantRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAuditLog?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Activity' | 'ApiToken' | 'AuditEntry' | 'CapacityAssessment' | 'CapacityBuildingMission' | 'CapacityBuildingReview' | 'FollowUpAction' | 'JointAction' | 'Network' | 'Partner' | 'PolicyOutcome' | 'RoleGrant' | 'Synergy' | 'SynergyMembership' | 'User', ParentType, ContextType>;
};

export type NotFoundErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotFoundError'] = ResolversParentTypes['NotFoundError']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParticipantCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipantCell'] = ResolversParentTypes['ParticipantCell']> = {
  ageBand?: Resolver<Maybe<ResolversTypes['AgeBand']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
};

export type ParticipantCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipantCounts'] = ResolversParentTypes['ParticipantCounts']> = {
  cells?: Resolver<Array<ResolversTypes['ParticipantCell']>, ParentType, ContextType>;
  men?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notRecorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  youthShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ParticipationByBranchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipationByBranch'] = ResolversParentTypes['ParticipationByBranch']> = {
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['SocialProtectionBranch'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  youthShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParticipationByCountryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipationByCountry'] = ResolversParentTypes['ParticipationByCountry']> = {
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  youthShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParticipationByGenderMarkerScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipationByGenderMarkerScore'] = ResolversParentTypes['ParticipationByGenderMarkerScore']> = {
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  youthShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParticipationByMonthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipationByMonth'] = ResolversParentTypes['ParticipationByMonth']> = {
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  youthShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParticipationByTypeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipationByType'] = ResolversParentTypes['ParticipationByType']> = {
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActivityType'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  youthShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParticipationGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipationGroup'] = ResolversParentTypes['ParticipationGroup']> = {
  __resolveType: TypeResolveFn<'ParticipationByBranch' | 'ParticipationByCountry' | 'ParticipationByGenderMarkerScore' | 'ParticipationByMonth' | 'ParticipationByType' | 'ParticipationSummary', ParentType, ContextType>;
};

export type ParticipationSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipationSummary'] = ResolversParentTypes['ParticipationSummary']> = {
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byBranch?: Resolver<Array<ResolversTypes['ParticipationByBranch']>, ParentType, ContextType>;
  byCountry?: Resolver<Array<ResolversTypes['ParticipationByCountry']>, ParentType, ContextType>;
  byGenderMarkerScore?: Resolver<Array<ResolversTypes['ParticipationByGenderMarkerScore']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['ParticipationByMonth']>, ParentType, ContextType>;
  bySexAndAgeBand?: Resolver<Array<ResolversTypes['ParticipantCell']>, ParentType, ContextType>;
  byType?: Resolver<Array<ResolversTypes['ParticipationByType']>, ParentType, ContextType>;
  men?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notRecorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  youthShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacityAssessments?: Resolver<ResolversTypes['CapacityAssessmentConnection'], ParentType, ContextType, Partial<PartnerCapacityAssessmentsArgs>>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jointActions?: Resolver<ResolversTypes['JointActionConnection'], ParentType, ContextType, Partial<PartnerJointActionsArgs>>;
  members?: Resolver<ResolversTypes['MemberCounts'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['SynergyMembership']>, ParentType, ContextType, RequireFields<PartnerMembershipsArgs, 'includeEnded'>>;
  missions?: Resolver<ResolversTypes['CapacityBuildingMissionConnection'], ParentType, ContextType, Partial<PartnerMissionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PartnerType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['PartnerPermissions'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerEdge'] = ResolversParentTypes['PartnerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
};

export type PartnerPermissionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerPermissions'] = ResolversParentTypes['PartnerPermissions']> = {
  update?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PolicyOutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyOutcome'] = ResolversParentTypes['PolicyOutcome']> = {
  contribution?: Resolver<ResolversTypes['ContributionLevel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidenceLinks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jointAction?: Resolver<ResolversTypes['JointAction'], ParentType, ContextType>;
  observedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['PolicyStage']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PolicyOutcomeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyOutcomeConnection'] = ResolversParentTypes['PolicyOutcomeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PolicyOutcomeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyOutcomeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyOutcomeEdge'] = ResolversParentTypes['PolicyOutcomeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PolicyOutcome'], ParentType, ContextType>;
};

export type PolicyTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyTarget'] = ResolversParentTypes['PolicyTarget']> = {
  ask?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  askKind?: Resolver<ResolversTypes['PoliticalAskKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TargetLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<QueryActivitiesArgs>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'id'>>;
  auditEntries?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditEntriesArgs, 'networkId'>>;
  capacityAssessment?: Resolver<Maybe<ResolversTypes['CapacityAssessment']>, ParentType, ContextType, RequireFields<QueryCapacityAssessmentArgs, 'id'>>;
  capacityAssessments?: Resolver<ResolversTypes['CapacityAssessmentConnection'], ParentType, ContextType, Partial<QueryCapacityAssessmentsArgs>>;
  capacityBuildingReview?: Resolver<Maybe<ResolversTypes['CapacityBuildingReview']>, ParentType, ContextType, RequireFields<QueryCapacityBuildingReviewArgs, 'id'>>;
  capacityBuildingReviews?: Resolver<ResolversTypes['CapacityBuildingReviewConnection'], ParentType, ContextType, Partial<QueryCapacityBuildingReviewsArgs>>;
  capacityBuildingSummary?: Resolver<ResolversTypes['CapacityBuildingSummary'], ParentType, ContextType, RequireFields<QueryCapacityBuildingSummaryArgs, 'scope'>>;
  followUpActions?: Resolver<ResolversTypes['FollowUpActionConnection'], ParentType, ContextType, Partial<QueryFollowUpActionsArgs>>;
  jointAction?: Resolver<Maybe<ResolversTypes['JointAction']>, ParentType, ContextType, RequireFields<QueryJointActionArgs, 'id'>>;
  jointActionMilestones?: Resolver<ResolversTypes['JointActionMilestoneConnection'], ParentType, ContextType, Partial<QueryJointActionMilestonesArgs>>;
  jointActionSummary?: Resolver<ResolversTypes['JointActionSummary'], ParentType, ContextType, RequireFields<QueryJointActionSummaryArgs, 'scope'>>;
  jointActions?: Resolver<ResolversTypes['JointActionConnection'], ParentType, ContextType, Partial<QueryJointActionsArgs>>;
  mission?: Resolver<Maybe<ResolversTypes['CapacityBuildingMission']>, ParentType, ContextType, RequireFields<QueryMissionArgs, 'id'>>;
  missions?: Resolver<ResolversTypes['CapacityBuildingMissionConnection'], ParentType, ContextType, Partial<QueryMissionsArgs>>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<QueryNetworkArgs, 'id'>>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  participationSummary?: Resolver<ResolversTypes['ParticipationSummary'], ParentType, ContextType, RequireFields<QueryParticipationSummaryArgs, 'scope'>>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, Partial<QueryPartnersArgs>>;
  ping?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyOutcomes?: Resolver<ResolversTypes['PolicyOutcomeConnection'], ParentType, ContextType, Partial<QueryPolicyOutcomesArgs>>;
  synergies?: Resolver<ResolversTypes['SynergyConnection'], ParentType, ContextType, Partial<QuerySynergiesArgs>>;
  synergy?: Resolver<Maybe<ResolversTypes['Synergy']>, ParentType, ContextType, RequireFields<QuerySynergyArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'networkId'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RecordMissionEvaluationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordMissionEvaluationPayload'] = ResolversParentTypes['RecordMissionEvaluationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  mission?: Resolver<Maybe<ResolversTypes['CapacityBuildingMission']>, ParentType, ContextType>;
};

export type RemoveFollowUpActionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveFollowUpActionPayload'] = ResolversParentTypes['RemoveFollowUpActionPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  removedFollowUpActionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ReviewStatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewStatusCount'] = ResolversParentTypes['ReviewStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
};

export type RevokeApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeApiTokenPayload'] = ResolversParentTypes['RevokeApiTokenPayload']> = {
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokeRolePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeRolePayload'] = ResolversParentTypes['RevokeRolePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  revokedRoleGrantId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type RoleGrantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleGrant'] = ResolversParentTypes['RoleGrant']> = {
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['RoleScope'], ParentType, ContextType>;
  scopeType?: Resolver<ResolversTypes['ScopeType'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RoleScopeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleScope'] = ResolversParentTypes['RoleScope']> = {
  __resolveType: TypeResolveFn<'Network' | 'Partner' | 'Synergy', ParentType, ContextType>;
};

export type SignInPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type SignOutPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignOutPayload'] = ResolversParentTypes['SignOutPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  signedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SynergyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Synergy'] = ResolversParentTypes['Synergy']> = {
  capacityBuildingReviews?: Resolver<Array<ResolversTypes['CapacityBuildingReview']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jointActions?: Resolver<ResolversTypes['JointActionConnection'], ParentType, ContextType, Partial<SynergyJointActionsArgs>>;
  memberships?: Resolver<Array<ResolversTypes['SynergyMembership']>, ParentType, ContextType, RequireFields<SynergyMembershipsArgs, 'includeEnded'>>;
  missions?: Resolver<ResolversTypes['CapacityBuildingMissionConnection'], ParentType, ContextType, Partial<SynergyMissionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  partnerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, Partial<SynergyPartnersArgs>>;
  status?: Resolver<ResolversTypes['SynergyStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['SynergyPermissions'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SynergyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SynergyConnection'] = ResolversParentTypes['SynergyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SynergyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SynergyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SynergyEdge'] = ResolversParentTypes['SynergyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Synergy'], ParentType, ContextType>;
};

export type SynergyMembershipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SynergyMembership'] = ResolversParentTypes['SynergyMembership']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  synergy?: Resolver<ResolversTypes['Synergy'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SynergyPermissionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SynergyPermissions'] = ResolversParentTypes['SynergyPermissions']> = {
  addMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createPartner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endMembership?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UpdateActivityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateActivityPayload'] = ResolversParentTypes['UpdateActivityPayload']> = {
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateJointActionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateJointActionPayload'] = ResolversParentTypes['UpdateJointActionPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  jointAction?: Resolver<Maybe<ResolversTypes['JointAction']>, ParentType, ContextType>;
};

export type UpdateMissionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateMissionPayload'] = ResolversParentTypes['UpdateMissionPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  mission?: Resolver<Maybe<ResolversTypes['CapacityBuildingMission']>, ParentType, ContextType>;
};

export type UpdatePartnerPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdatePartnerPayload'] = ResolversParentTypes['UpdatePartnerPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
};

export type UpdateSynergyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateSynergyPayload'] = ResolversParentTypes['UpdateSynergyPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  synergy?: Resolver<Maybe<ResolversTypes['Synergy']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleGrants?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  __resolveType: TypeResolveFn<'ConflictError' | 'ForbiddenError' | 'LockedError' | 'NotFoundError' | 'ValidationError', ParentType, ContextType>;
};

export type ValidationErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ValidationError'] = ResolversParentTypes['ValidationError']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  roleGrants?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
  sessionExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type WorkStatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkStatusCount'] = ResolversParentTypes['WorkStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkStatus'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivityPermissions?: ActivityPermissionsResolvers<ContextType>;
  AddSynergyMemberPayload?: AddSynergyMemberPayloadResolvers<ContextType>;
  AgeBand?: AgeBandResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  BudgetByCurrency?: BudgetByCurrencyResolvers<ContextType>;
  CapacityAssessment?: CapacityAssessmentResolvers<ContextType>;
  CapacityAssessmentConnection?: CapacityAssessmentConnectionResolvers<ContextType>;
  CapacityAssessmentEdge?: CapacityAssessmentEdgeResolvers<ContextType>;
  CapacityAssessmentPayload?: CapacityAssessmentPayloadResolvers<ContextType>;
  CapacityAssessmentPermissions?: CapacityAssessmentPermissionsResolvers<ContextType>;
  CapacityBuildingMission?: CapacityBuildingMissionResolvers<ContextType>;
  CapacityBuildingMissionConnection?: CapacityBuildingMissionConnectionResolvers<ContextType>;
  CapacityBuildingMissionEdge?: CapacityBuildingMissionEdgeResolvers<ContextType>;
  CapacityBuildingReview?: CapacityBuildingReviewResolvers<ContextType>;
  CapacityBuildingReviewConnection?: CapacityBuildingReviewConnectionResolvers<ContextType>;
  CapacityBuildingReviewEdge?: CapacityBuildingReviewEdgeResolvers<ContextType>;
  CapacityBuildingReviewPayload?: CapacityBuildingReviewPayloadResolvers<ContextType>;
  CapacityBuildingSummary?: CapacityBuildingSummaryResolvers<ContextType>;
  CapacityChange?: CapacityChangeResolvers<ContextType>;
  CapacityScore?: CapacityScoreResolvers<ContextType>;
  CapacityThemeGroup?: CapacityThemeGroupResolvers<ContextType>;
  ChangeActivityStatusPayload?: ChangeActivityStatusPayloadResolvers<ContextType>;
  ChangeJointActionStatusPayload?: ChangeJointActionStatusPayloadResolvers<ContextType>;
  ChangeMissionStatusPayload?: ChangeMissionStatusPayloadResolvers<ContextType>;
  ConflictError?: ConflictErrorResolvers<ContextType>;
  CreateActivityPayload?: CreateActivityPayloadResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  CreateJointActionPayload?: CreateJointActionPayloadResolvers<ContextType>;
  CreateMissionPayload?: CreateMissionPayloadResolvers<ContextType>;
  CreatePartnerPayload?: CreatePartnerPayloadResolvers<ContextType>;
  CreateSynergyPayload?: CreateSynergyPayloadResolvers<ContextType>;
  CreateUserPayload?: CreateUserPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteActivityPayload?: DeleteActivityPayloadResolvers<ContextType>;
  DeleteCapacityAssessmentPayload?: DeleteCapacityAssessmentPayloadResolvers<ContextType>;
  DeleteJointActionPayload?: DeleteJointActionPayloadResolvers<ContextType>;
  DeleteMissionPayload?: DeleteMissionPayloadResolvers<ContextType>;
  EndSynergyMembershipPayload?: EndSynergyMembershipPayloadResolvers<ContextType>;
  EvaluationAverages?: EvaluationAveragesResolvers<ContextType>;
  FollowUpAction?: FollowUpActionResolvers<ContextType>;
  FollowUpActionConnection?: FollowUpActionConnectionResolvers<ContextType>;
  FollowUpActionEdge?: FollowUpActionEdgeResolvers<ContextType>;
  FollowUpActionPayload?: FollowUpActionPayloadResolvers<ContextType>;
  FollowUpActionPermissions?: FollowUpActionPermissionsResolvers<ContextType>;
  FollowUpCompletion?: FollowUpCompletionResolvers<ContextType>;
  ForbiddenError?: ForbiddenErrorResolvers<ContextType>;
  GenderMarker?: GenderMarkerResolvers<ContextType>;
  GenderMarkerCriteria?: GenderMarkerCriteriaResolvers<ContextType>;
  GrantRolePayload?: GrantRolePayloadResolvers<ContextType>;
  JointAction?: JointActionResolvers<ContextType>;
  JointActionChangePayload?: JointActionChangePayloadResolvers<ContextType>;
  JointActionConnection?: JointActionConnectionResolvers<ContextType>;
  JointActionContribution?: JointActionContributionResolvers<ContextType>;
  JointActionCountByKind?: JointActionCountByKindResolvers<ContextType>;
  JointActionCountByStage?: JointActionCountByStageResolvers<ContextType>;
  JointActionCountByStatus?: JointActionCountByStatusResolvers<ContextType>;
  JointActionCountryGroup?: JointActionCountryGroupResolvers<ContextType>;
  JointActionEdge?: JointActionEdgeResolvers<ContextType>;
  JointActionMilestone?: JointActionMilestoneResolvers<ContextType>;
  JointActionMilestoneConnection?: JointActionMilestoneConnectionResolvers<ContextType>;
  JointActionMilestoneEdge?: JointActionMilestoneEdgeResolvers<ContextType>;
  JointActionPartner?: JointActionPartnerResolvers<ContextType>;
  JointActionPermissions?: JointActionPermissionsResolvers<ContextType>;
  JointActionSummary?: JointActionSummaryResolvers<ContextType>;
  LockedError?: LockedErrorResolvers<ContextType>;
  MemberCounts?: MemberCountsResolvers<ContextType>;
  MissionBudget?: MissionBudgetResolvers<ContextType>;
  MissionCountryGroup?: MissionCountryGroupResolvers<ContextType>;
  MissionEvaluation?: MissionEvaluationResolvers<ContextType>;
  MissionFacilitator?: MissionFacilitatorResolvers<ContextType>;
  MissionFormatGroup?: MissionFormatGroupResolvers<ContextType>;
  MissionGenderMarkerGroup?: MissionGenderMarkerGroupResolvers<ContextType>;
  MissionMonthGroup?: MissionMonthGroupResolvers<ContextType>;
  MissionPermissions?: MissionPermissionsResolvers<ContextType>;
  MissionPlace?: MissionPlaceResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkPermissions?: NetworkPermissionsResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NotFoundError?: NotFoundErrorResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipantCell?: ParticipantCellResolvers<ContextType>;
  ParticipantCounts?: ParticipantCountsResolvers<ContextType>;
  ParticipationByBranch?: ParticipationByBranchResolvers<ContextType>;
  ParticipationByCountry?: ParticipationByCountryResolvers<ContextType>;
  ParticipationByGenderMarkerScore?: ParticipationByGenderMarkerScoreResolvers<ContextType>;
  ParticipationByMonth?: ParticipationByMonthResolvers<ContextType>;
  ParticipationByType?: ParticipationByTypeResolvers<ContextType>;
  ParticipationGroup?: ParticipationGroupResolvers<ContextType>;
  ParticipationSummary?: ParticipationSummaryResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerEdge?: PartnerEdgeResolvers<ContextType>;
  PartnerPermissions?: PartnerPermissionsResolvers<ContextType>;
  PolicyOutcome?: PolicyOutcomeResolvers<ContextType>;
  PolicyOutcomeConnection?: PolicyOutcomeConnectionResolvers<ContextType>;
  PolicyOutcomeEdge?: PolicyOutcomeEdgeResolvers<ContextType>;
  PolicyTarget?: PolicyTargetResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordMissionEvaluationPayload?: RecordMissionEvaluationPayloadResolvers<ContextType>;
  RemoveFollowUpActionPayload?: RemoveFollowUpActionPayloadResolvers<ContextType>;
  ReviewStatusCount?: ReviewStatusCountResolvers<ContextType>;
  RevokeApiTokenPayload?: RevokeApiTokenPayloadResolvers<ContextType>;
  RevokeRolePayload?: RevokeRolePayloadResolvers<ContextType>;
  RoleGrant?: RoleGrantResolvers<ContextType>;
  RoleScope?: RoleScopeResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  Synergy?: SynergyResolvers<ContextType>;
  SynergyConnection?: SynergyConnectionResolvers<ContextType>;
  SynergyEdge?: SynergyEdgeResolvers<ContextType>;
  SynergyMembership?: SynergyMembershipResolvers<ContextType>;
  SynergyPermissions?: SynergyPermissionsResolvers<ContextType>;
  UpdateActivityPayload?: UpdateActivityPayloadResolvers<ContextType>;
  UpdateJointActionPayload?: UpdateJointActionPayloadResolvers<ContextType>;
  UpdateMissionPayload?: UpdateMissionPayloadResolvers<ContextType>;
  UpdatePartnerPayload?: UpdatePartnerPayloadResolvers<ContextType>;
  UpdateSynergyPayload?: UpdateSynergyPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  ValidationError?: ValidationErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WorkStatusCount?: WorkStatusCountResolvers<ContextType>;
};

