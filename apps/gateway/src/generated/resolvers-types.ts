import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Network as NetworkModel, Synergy as SynergyModel, SynergyMembership as SynergyMembershipModel, Partner as PartnerModel, User as UserModel, RoleGrant as RoleGrantModel, AuditEntry as AuditEntryModel, MemberCounts as MemberCountsModel, AgeBand as AgeBandModel } from '@synergia/domain';
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

/** The change collides with the current state: a stale `version`, a duplicate, or an overlapping membership. */
export type ConflictError = UserError & {
  __typename?: 'ConflictError';
  /** What collides. */
  message: Scalars['String']['output'];
  /** The path to the input field at fault. */
  path?: Maybe<Array<Scalars['String']['output']>>;
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

/** The signed-in user may not do this on this object. */
export type ForbiddenError = UserError & {
  __typename?: 'ForbiddenError';
  /** Why it is refused. */
  message: Scalars['String']['output'];
  /** The path to the input field naming the object, when there is one. */
  path?: Maybe<Array<Scalars['String']['output']>>;
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

/**
 * The root of every write. Each mutation takes one input object and returns a payload
 * holding the changed object and a list of typed user errors (empty on success).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a partner to a synergy (network admins and the synergy's coordinators). */
  addSynergyMember: AddSynergyMemberPayload;
  /** Creates a partner organisation (network admins; coordinators into their own synergy). */
  createPartner: CreatePartnerPayload;
  /** Creates a national synergy in a network (network admins only). */
  createSynergy: CreateSynergyPayload;
  /** Creates a user account (network admins only). Grant a role afterwards. */
  createUser: CreateUserPayload;
  /** Ends a partner's membership of a synergy; the history is kept. */
  endSynergyMembership: EndSynergyMembershipPayload;
  /** Grants a role on a network, synergy or partner (network admins only). */
  grantRole: GrantRolePayload;
  /** Does nothing and answers "ok"; here so that feature modules can extend Mutation. */
  noop: Scalars['String']['output'];
  /** Revokes a role grant (network admins only). */
  revokeRole: RevokeRolePayload;
  /** Signs in with e-mail and password; the token authenticates later requests. */
  signIn: SignInPayload;
  /** Ends the session of the token this request carries. */
  signOut: SignOutPayload;
  /** Changes a partner (network admins, coordinators of its synergies, its partner editors). */
  updatePartner: UpdatePartnerPayload;
  /** Renames a synergy or changes its status (network admins and its coordinators). */
  updateSynergy: UpdateSynergyPayload;
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
export type MutationUpdatePartnerArgs = {
  input: UpdatePartnerInput;
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

/** One partner organisation: trade union, informal workers' organisation, health mutual, cooperative, NGO or institute. */
export type Partner = Node & {
  __typename?: 'Partner';
  /** Short name. */
  acronym?: Maybe<Scalars['String']['output']>;
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
  /** Its members by sex. */
  members: MemberCounts;
  /** Its synergy memberships, current first (ended too with `includeEnded`). */
  memberships: Array<SynergyMembership>;
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
export type PartnerMembershipsArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
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

/** The root of every read. */
export type Query = {
  __typename?: 'Query';
  /** The change history of a network, newest first (network admins and reviewers). */
  auditEntries: AuditEntryConnection;
  /** One network by global id; null when not found or not visible. */
  network?: Maybe<Network>;
  /** The networks the signed-in user holds a role in. */
  networks: Array<Network>;
  /** Fetches any object by its global id; null when it does not exist or the user may not see it. */
  node?: Maybe<Node>;
  /** Fetches several objects by global id, in the same order; null for any not found or not visible. */
  nodes: Array<Maybe<Node>>;
  /** One partner by global id; null when not found or not visible. */
  partner?: Maybe<Partner>;
  /** Partner organisations the user may see, ordered by name. */
  partners: PartnerConnection;
  /** A constant that answers "ok"; useful for clients checking that the API answers. */
  ping: Scalars['String']['output'];
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
export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  networkId: Scalars['ID']['input'];
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

/** A national coalition of partner organisations in one country. */
export type Synergy = Node & {
  __typename?: 'Synergy';
  /** Country, ISO 3166-1 alpha-2 code, e.g. PH. */
  country: Scalars['String']['output'];
  /** Country name in English. */
  countryName: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The global id. */
  id: Scalars['ID']['output'];
  /** Partners with a current membership (or all memberships with `includeEnded`). */
  memberships: Array<SynergyMembership>;
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
export type SynergyMembershipsArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** The networks this user holds any role in. */
  networks: Array<Network>;
  /** The roles this user holds. */
  roleGrants: Array<RoleGrant>;
  /** When the current session expires. */
  sessionExpiresAt: Scalars['DateTime']['output'];
  /** The user. */
  user: User;
};



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
    | ( AuditEntryModel )
    | ( NetworkModel )
    | ( PartnerModel )
    | ( RoleGrantModel )
    | ( SynergyModel )
    | ( SynergyMembershipModel )
    | ( UserModel )
  ;
  UserError:
    | ( ConflictError )
    | ( ForbiddenError )
    | ( NotFoundError )
    | ( ValidationError )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddSynergyMemberInput: AddSynergyMemberInput;
  AddSynergyMemberPayload: ResolverTypeWrapper<Omit<AddSynergyMemberPayload, 'errors' | 'membership'> & { errors: Array<ResolversTypes['UserError']>, membership?: Maybe<ResolversTypes['SynergyMembership']> }>;
  AgeBand: ResolverTypeWrapper<AgeBandModel>;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConflictError: ResolverTypeWrapper<ConflictError>;
  CreatePartnerInput: CreatePartnerInput;
  CreatePartnerPayload: ResolverTypeWrapper<Omit<CreatePartnerPayload, 'errors' | 'partner'> & { errors: Array<ResolversTypes['UserError']>, partner?: Maybe<ResolversTypes['Partner']> }>;
  CreateSynergyInput: CreateSynergyInput;
  CreateSynergyPayload: ResolverTypeWrapper<Omit<CreateSynergyPayload, 'errors' | 'synergy'> & { errors: Array<ResolversTypes['UserError']>, synergy?: Maybe<ResolversTypes['Synergy']> }>;
  CreateUserInput: CreateUserInput;
  CreateUserPayload: ResolverTypeWrapper<Omit<CreateUserPayload, 'errors' | 'user'> & { errors: Array<ResolversTypes['UserError']>, user?: Maybe<ResolversTypes['User']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EndSynergyMembershipInput: EndSynergyMembershipInput;
  EndSynergyMembershipPayload: ResolverTypeWrapper<Omit<EndSynergyMembershipPayload, 'errors' | 'membership'> & { errors: Array<ResolversTypes['UserError']>, membership?: Maybe<ResolversTypes['SynergyMembership']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ForbiddenError: ResolverTypeWrapper<ForbiddenError>;
  GrantRoleInput: GrantRoleInput;
  GrantRolePayload: ResolverTypeWrapper<Omit<GrantRolePayload, 'errors' | 'roleGrant'> & { errors: Array<ResolversTypes['UserError']>, roleGrant?: Maybe<ResolversTypes['RoleGrant']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MemberCounts: ResolverTypeWrapper<MemberCountsModel>;
  MemberCountsInput: MemberCountsInput;
  MembershipRole: MembershipRole;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Network: ResolverTypeWrapper<NetworkModel>;
  NetworkPermissions: ResolverTypeWrapper<NetworkPermissions>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NotFoundError: ResolverTypeWrapper<NotFoundError>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerModel>;
  PartnerConnection: ResolverTypeWrapper<Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerEdge']> }>;
  PartnerEdge: ResolverTypeWrapper<Omit<PartnerEdge, 'node'> & { node: ResolversTypes['Partner'] }>;
  PartnerFilter: PartnerFilter;
  PartnerPermissions: ResolverTypeWrapper<PartnerPermissions>;
  PartnerType: PartnerType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RevokeRoleInput: RevokeRoleInput;
  RevokeRolePayload: ResolverTypeWrapper<Omit<RevokeRolePayload, 'errors'> & { errors: Array<ResolversTypes['UserError']> }>;
  Role: Role;
  RoleGrant: ResolverTypeWrapper<RoleGrantModel>;
  RoleScope: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RoleScope']>;
  ScopeType: ScopeType;
  SignInInput: SignInInput;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'errors' | 'viewer'> & { errors: Array<ResolversTypes['UserError']>, viewer?: Maybe<ResolversTypes['Viewer']> }>;
  SignOutPayload: ResolverTypeWrapper<Omit<SignOutPayload, 'errors'> & { errors: Array<ResolversTypes['UserError']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Synergy: ResolverTypeWrapper<SynergyModel>;
  SynergyConnection: ResolverTypeWrapper<Omit<SynergyConnection, 'edges'> & { edges: Array<ResolversTypes['SynergyEdge']> }>;
  SynergyEdge: ResolverTypeWrapper<Omit<SynergyEdge, 'node'> & { node: ResolversTypes['Synergy'] }>;
  SynergyFilter: SynergyFilter;
  SynergyMembership: ResolverTypeWrapper<SynergyMembershipModel>;
  SynergyPermissions: ResolverTypeWrapper<SynergyPermissions>;
  SynergyStatus: SynergyStatus;
  UpdatePartnerInput: UpdatePartnerInput;
  UpdatePartnerPayload: ResolverTypeWrapper<Omit<UpdatePartnerPayload, 'errors' | 'partner'> & { errors: Array<ResolversTypes['UserError']>, partner?: Maybe<ResolversTypes['Partner']> }>;
  UpdateSynergyInput: UpdateSynergyInput;
  UpdateSynergyPayload: ResolverTypeWrapper<Omit<UpdateSynergyPayload, 'errors' | 'synergy'> & { errors: Array<ResolversTypes['UserError']>, synergy?: Maybe<ResolversTypes['Synergy']> }>;
  User: ResolverTypeWrapper<UserModel>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UserError']>;
  ValidationError: ResolverTypeWrapper<ValidationError>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddSynergyMemberInput: AddSynergyMemberInput;
  AddSynergyMemberPayload: Omit<AddSynergyMemberPayload, 'errors' | 'membership'> & { errors: Array<ResolversParentTypes['UserError']>, membership?: Maybe<ResolversParentTypes['SynergyMembership']> };
  AgeBand: AgeBandModel;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Boolean: Scalars['Boolean']['output'];
  ConflictError: ConflictError;
  CreatePartnerInput: CreatePartnerInput;
  CreatePartnerPayload: Omit<CreatePartnerPayload, 'errors' | 'partner'> & { errors: Array<ResolversParentTypes['UserError']>, partner?: Maybe<ResolversParentTypes['Partner']> };
  CreateSynergyInput: CreateSynergyInput;
  CreateSynergyPayload: Omit<CreateSynergyPayload, 'errors' | 'synergy'> & { errors: Array<ResolversParentTypes['UserError']>, synergy?: Maybe<ResolversParentTypes['Synergy']> };
  CreateUserInput: CreateUserInput;
  CreateUserPayload: Omit<CreateUserPayload, 'errors' | 'user'> & { errors: Array<ResolversParentTypes['UserError']>, user?: Maybe<ResolversParentTypes['User']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EndSynergyMembershipInput: EndSynergyMembershipInput;
  EndSynergyMembershipPayload: Omit<EndSynergyMembershipPayload, 'errors' | 'membership'> & { errors: Array<ResolversParentTypes['UserError']>, membership?: Maybe<ResolversParentTypes['SynergyMembership']> };
  Float: Scalars['Float']['output'];
  ForbiddenError: ForbiddenError;
  GrantRoleInput: GrantRoleInput;
  GrantRolePayload: Omit<GrantRolePayload, 'errors' | 'roleGrant'> & { errors: Array<ResolversParentTypes['UserError']>, roleGrant?: Maybe<ResolversParentTypes['RoleGrant']> };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MemberCounts: MemberCountsModel;
  MemberCountsInput: MemberCountsInput;
  Mutation: Record<PropertyKey, never>;
  Network: NetworkModel;
  NetworkPermissions: NetworkPermissions;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NotFoundError: NotFoundError;
  PageInfo: PageInfo;
  Partner: PartnerModel;
  PartnerConnection: Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerEdge']> };
  PartnerEdge: Omit<PartnerEdge, 'node'> & { node: ResolversParentTypes['Partner'] };
  PartnerFilter: PartnerFilter;
  PartnerPermissions: PartnerPermissions;
  Query: Record<PropertyKey, never>;
  RevokeRoleInput: RevokeRoleInput;
  RevokeRolePayload: Omit<RevokeRolePayload, 'errors'> & { errors: Array<ResolversParentTypes['UserError']> };
  RoleGrant: RoleGrantModel;
  RoleScope: ResolversUnionTypes<ResolversParentTypes>['RoleScope'];
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, 'errors' | 'viewer'> & { errors: Array<ResolversParentTypes['UserError']>, viewer?: Maybe<ResolversParentTypes['Viewer']> };
  SignOutPayload: Omit<SignOutPayload, 'errors'> & { errors: Array<ResolversParentTypes['UserError']> };
  String: Scalars['String']['output'];
  Synergy: SynergyModel;
  SynergyConnection: Omit<SynergyConnection, 'edges'> & { edges: Array<ResolversParentTypes['SynergyEdge']> };
  SynergyEdge: Omit<SynergyEdge, 'node'> & { node: ResolversParentTypes['Synergy'] };
  SynergyFilter: SynergyFilter;
  SynergyMembership: SynergyMembershipModel;
  SynergyPermissions: SynergyPermissions;
  UpdatePartnerInput: UpdatePartnerInput;
  UpdatePartnerPayload: Omit<UpdatePartnerPayload, 'errors' | 'partner'> & { errors: Array<ResolversParentTypes['UserError']>, partner?: Maybe<ResolversParentTypes['Partner']> };
  UpdateSynergyInput: UpdateSynergyInput;
  UpdateSynergyPayload: Omit<UpdateSynergyPayload, 'errors' | 'synergy'> & { errors: Array<ResolversParentTypes['UserError']>, synergy?: Maybe<ResolversParentTypes['Synergy']> };
  User: UserModel;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserError: ResolversInterfaceTypes<ResolversParentTypes>['UserError'];
  ValidationError: ValidationError;
  Viewer: ViewerModel;
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

export type ConflictErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConflictError'] = ResolversParentTypes['ConflictError']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type EndSynergyMembershipPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EndSynergyMembershipPayload'] = ResolversParentTypes['EndSynergyMembershipPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['SynergyMembership']>, ParentType, ContextType>;
};

export type ForbiddenErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ForbiddenError'] = ResolversParentTypes['ForbiddenError']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantRolePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GrantRolePayload'] = ResolversParentTypes['GrantRolePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  roleGrant?: Resolver<Maybe<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
};

export type MemberCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberCounts'] = ResolversParentTypes['MemberCounts']> = {
  men?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  other?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  women?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  womenShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addSynergyMember?: Resolver<ResolversTypes['AddSynergyMemberPayload'], ParentType, ContextType, RequireFields<MutationAddSynergyMemberArgs, 'input'>>;
  createPartner?: Resolver<ResolversTypes['CreatePartnerPayload'], ParentType, ContextType, RequireFields<MutationCreatePartnerArgs, 'input'>>;
  createSynergy?: Resolver<ResolversTypes['CreateSynergyPayload'], ParentType, ContextType, RequireFields<MutationCreateSynergyArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['CreateUserPayload'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  endSynergyMembership?: Resolver<ResolversTypes['EndSynergyMembershipPayload'], ParentType, ContextType, RequireFields<MutationEndSynergyMembershipArgs, 'input'>>;
  grantRole?: Resolver<ResolversTypes['GrantRolePayload'], ParentType, ContextType, RequireFields<MutationGrantRoleArgs, 'input'>>;
  noop?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokeRole?: Resolver<ResolversTypes['RevokeRolePayload'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType>;
  updatePartner?: Resolver<ResolversTypes['UpdatePartnerPayload'], ParentType, ContextType, RequireFields<MutationUpdatePartnerArgs, 'input'>>;
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
  __resolveType: TypeResolveFn<'AuditEntry' | 'Network' | 'Partner' | 'RoleGrant' | 'Synergy' | 'SynergyMembership' | 'User', ParentType, ContextType>;
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

export type PartnerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MemberCounts'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['SynergyMembership']>, ParentType, ContextType, RequireFields<PartnerMembershipsArgs, 'includeEnded'>>;
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

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditEntries?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditEntriesArgs, 'networkId'>>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<QueryNetworkArgs, 'id'>>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, Partial<QueryPartnersArgs>>;
  ping?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synergies?: Resolver<ResolversTypes['SynergyConnection'], ParentType, ContextType, Partial<QuerySynergiesArgs>>;
  synergy?: Resolver<Maybe<ResolversTypes['Synergy']>, ParentType, ContextType, RequireFields<QuerySynergyArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'networkId'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
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
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['SynergyMembership']>, ParentType, ContextType, RequireFields<SynergyMembershipsArgs, 'includeEnded'>>;
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
  __resolveType: TypeResolveFn<'ConflictError' | 'ForbiddenError' | 'NotFoundError' | 'ValidationError', ParentType, ContextType>;
};

export type ValidationErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ValidationError'] = ResolversParentTypes['ValidationError']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  roleGrants?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
  sessionExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AddSynergyMemberPayload?: AddSynergyMemberPayloadResolvers<ContextType>;
  AgeBand?: AgeBandResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  ConflictError?: ConflictErrorResolvers<ContextType>;
  CreatePartnerPayload?: CreatePartnerPayloadResolvers<ContextType>;
  CreateSynergyPayload?: CreateSynergyPayloadResolvers<ContextType>;
  CreateUserPayload?: CreateUserPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EndSynergyMembershipPayload?: EndSynergyMembershipPayloadResolvers<ContextType>;
  ForbiddenError?: ForbiddenErrorResolvers<ContextType>;
  GrantRolePayload?: GrantRolePayloadResolvers<ContextType>;
  MemberCounts?: MemberCountsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkPermissions?: NetworkPermissionsResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NotFoundError?: NotFoundErrorResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerEdge?: PartnerEdgeResolvers<ContextType>;
  PartnerPermissions?: PartnerPermissionsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
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
  UpdatePartnerPayload?: UpdatePartnerPayloadResolvers<ContextType>;
  UpdateSynergyPayload?: UpdateSynergyPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  ValidationError?: ValidationErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

