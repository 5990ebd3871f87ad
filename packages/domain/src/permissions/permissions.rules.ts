import type { Role, ScopeType } from '../users/role-grant.entity.ts';

/** A role the actor holds, on a scope that always knows its network. */
export type Grant = { role: Role; scopeType: ScopeType; scopeId: string; networkId: string };

/**
 * Who is asking: a signed-in user and their grants. A request made with an
 * API token carries only the grants the token is limited to, its id, and
 * `readOnly` when the token may only read.
 */
export type Actor = { userId: string; grants: Grant[]; readOnly?: boolean; apiTokenId?: string };

export type Action = 'read' | 'create' | 'update' | 'delete';

/**
 * What is being acted on, with the facts the rules need. For a partner,
 * `synergyIds` are the synergies it is currently a member of (for `create`,
 * the synergy it will join); for a synergy, `partnerIds` its current members;
 * for an activity, `synergyIds` its partner's current synergies and the one
 * it is reported under; for a joint action, `synergyId` the synergy that owns
 * it (null for a continental one), `partnerIds` the partners taking part and
 * `synergyIds` the owner and the participating partners' current synergies.
 * For capacity building: a mission's `organiserSynergyId` (null when the
 * network organises it), `synergyIds` the organiser, the target synergies and
 * the target partners' current synergies, `partnerIds` the target partners; a
 * follow-up action's `partnerId` its owner partner and `synergyIds` that
 * partner's current synergies; an assessment's `partnerId` the assessed
 * partner and `synergyIds` its current synergies; a review's
 * `organiserSynergyId` and `synergyIds` those of what it reviews.
 */
export type Subject =
  | { kind: 'Network'; networkId: string }
  | { kind: 'Synergy'; networkId: string; synergyId: string | null; partnerIds: string[] }
  | { kind: 'Partner'; networkId: string; partnerId: string | null; synergyIds: string[] }
  | { kind: 'SynergyMembership'; networkId: string; synergyId: string; partnerId: string }
  | { kind: 'Activity'; networkId: string; partnerId: string; synergyIds: string[] }
  | { kind: 'JointAction'; networkId: string; synergyId: string | null; partnerIds: string[]; synergyIds: string[] }
  | { kind: 'Mission'; networkId: string; organiserSynergyId: string | null; synergyIds: string[]; partnerIds: string[] }
  | { kind: 'FollowUpAction'; networkId: string; organiserSynergyId: string | null; partnerId: string; synergyIds: string[] }
  | { kind: 'CapacityAssessment'; networkId: string; partnerId: string; synergyIds: string[] }
  | { kind: 'CapacityBuildingReview'; networkId: string; organiserSynergyId: string | null; synergyIds: string[] }
  | { kind: 'User'; networkId: string }
  | { kind: 'RoleGrant'; networkId: string }
  | { kind: 'AuditEntry'; networkId: string };

type Rule = (grant: Grant, action: Action, subject: Subject) => boolean;

const onNetwork = (grant: Grant) => grant.scopeType === 'NETWORK';
const coordinatesSynergy = (grant: Grant, synergyId: string | null) => grant.scopeType === 'SYNERGY' && grant.scopeId === synergyId;
const isPartner = (grant: Grant, partnerId: string | null) => grant.scopeType === 'PARTNER' && grant.scopeId === partnerId;

/** Directory data (network, synergies, partners, memberships), as opposed to people, roles and the log. */
const isProgrammeData = (subject: Subject) =>
  subject.kind === 'Network' ||
  subject.kind === 'Synergy' ||
  subject.kind === 'Partner' ||
  subject.kind === 'SynergyMembership' ||
  subject.kind === 'Activity' ||
  subject.kind === 'JointAction' ||
  subject.kind === 'Mission' ||
  subject.kind === 'FollowUpAction' ||
  subject.kind === 'CapacityAssessment' ||
  subject.kind === 'CapacityBuildingReview';

/** What a grant's scope lets its holder see (the basis of VIEWER and of every role's reading). */
function scopeCovers(grant: Grant, subject: Subject): boolean {
  if (onNetwork(grant)) return isProgrammeData(subject);
  switch (subject.kind) {
    case 'Network':
      return true; // anyone working in a network sees the network itself
    case 'Synergy':
      return grant.scopeType === 'SYNERGY'
        ? grant.scopeId === subject.synergyId
        : grant.scopeType === 'PARTNER' && subject.partnerIds.includes(grant.scopeId);
    case 'Partner':
    case 'Activity':
      return grant.scopeType === 'SYNERGY' ? subject.synergyIds.includes(grant.scopeId) : isPartner(grant, subject.partnerId);
    case 'SynergyMembership':
      return grant.scopeType === 'SYNERGY' ? grant.scopeId === subject.synergyId : isPartner(grant, subject.partnerId);
    case 'JointAction':
    case 'Mission':
      return grant.scopeType === 'SYNERGY' ? subject.synergyIds.includes(grant.scopeId) : subject.partnerIds.includes(grant.scopeId);
    case 'FollowUpAction':
    case 'CapacityAssessment':
      return grant.scopeType === 'SYNERGY' ? subject.synergyIds.includes(grant.scopeId) : isPartner(grant, subject.partnerId);
    case 'CapacityBuildingReview':
      // A review reaches the synergies of what it reviews, so the organiser can answer change requests.
      return grant.scopeType === 'SYNERGY' && subject.synergyIds.includes(grant.scopeId);
    default:
      return false;
  }
}

/** One rule per role, read straight from DOMAIN.md "Who may do what". */
const rules: Record<Role, Rule> = {
  NETWORK_ADMIN: (grant) => onNetwork(grant),
  // Reviewers read everything and write reviews and capacity assessments (DOMAIN.md "Who may do what").
  NETWORK_REVIEWER: (grant, action, subject) =>
    onNetwork(grant) && (action === 'read' || subject.kind === 'CapacityBuildingReview' || subject.kind === 'CapacityAssessment'),
  VIEWER: (grant, action, subject) => action === 'read' && scopeCovers(grant, subject),
  SYNERGY_COORDINATOR: (grant, action, subject) => {
    if (grant.scopeType !== 'SYNERGY') return false;
    if (action === 'read') {
      // Unaffiliated partners are visible so a coordinator can bring them into the synergy.
      return scopeCovers(grant, subject) || (subject.kind === 'Partner' && subject.synergyIds.length === 0);
    }
    switch (subject.kind) {
      case 'Synergy':
        return action === 'update' && coordinatesSynergy(grant, subject.synergyId);
      case 'Partner':
        return (action === 'create' || action === 'update') && subject.synergyIds.includes(grant.scopeId);
      case 'SynergyMembership':
        return action !== 'delete' && coordinatesSynergy(grant, subject.synergyId);
      case 'Activity':
        return subject.synergyIds.includes(grant.scopeId);
      case 'JointAction':
        // Only the owning synergy's coordinators plan its joint actions; continental ones are the network's.
        return coordinatesSynergy(grant, subject.synergyId);
      case 'Mission':
        // A synergy organises its own missions; the network's are the admins'.
        return coordinatesSynergy(grant, subject.organiserSynergyId);
      case 'FollowUpAction':
        // The organiser plans follow-ups; the owner partner's synergy reports on them.
        return coordinatesSynergy(grant, subject.organiserSynergyId) || (action === 'update' && subject.synergyIds.includes(grant.scopeId));
      case 'CapacityAssessment':
        return subject.synergyIds.includes(grant.scopeId);
      default:
        return false;
    }
  },
  PARTNER_EDITOR: (grant, action, subject) => {
    if (grant.scopeType !== 'PARTNER') return false;
    if (action === 'read') return scopeCovers(grant, subject);
    if (subject.kind === 'Activity') return isPartner(grant, subject.partnerId);
    // A partner reports on the follow-ups it committed to.
    if (subject.kind === 'FollowUpAction') return action === 'update' && isPartner(grant, subject.partnerId);
    return subject.kind === 'Partner' && action === 'update' && isPartner(grant, subject.partnerId);
  },
};

/**
 * Whether `actor` may do `action` on `subject`. Grants never reach across
 * networks: a grant counts only for subjects of its own network.
 */
export function can(actor: Actor | null, action: Action, subject: Subject): boolean {
  if (!actor) return false;
  if (actor.readOnly && action !== 'read') return false;
  return actor.grants.some((grant) => grant.networkId === subject.networkId && rules[grant.role](grant, action, subject));
}

/** Whether the actor holds `role` on the network itself (e.g. only a network admin reopens an approved review). */
export const holdsNetworkRole = (actor: Actor | null, networkId: string, role: Role): boolean =>
  Boolean(actor && !actor.readOnly && actor.grants.some((grant) => grant.networkId === networkId && onNetwork(grant) && grant.role === role));

/** Network ids where the actor reads all programme data (admins, reviewers, network viewers). */
export const networkWideReadIds = (actor: Actor): string[] =>
  unique(actor.grants.filter((grant) => grant.scopeType === 'NETWORK').map((grant) => grant.networkId));

/** The rows an actor may list, as id sets that list queries turn into SQL filters. */
export type Visibility = {
  networkIds: string[];
  synergyIds: string[];
  partnerIds: string[];
  /** Networks where the actor may also see partners without any current membership. */
  unaffiliatedPartnerNetworkIds: string[];
  /** Every network the actor holds any role in. */
  anyRoleNetworkIds: string[];
};

export function visibility(actor: Actor): Visibility {
  const scoped = (type: ScopeType) => unique(actor.grants.filter((grant) => grant.scopeType === type).map((grant) => grant.scopeId));
  return {
    networkIds: networkWideReadIds(actor),
    synergyIds: scoped('SYNERGY'),
    partnerIds: scoped('PARTNER'),
    unaffiliatedPartnerNetworkIds: unique(
      actor.grants.filter((grant) => grant.role === 'SYNERGY_COORDINATOR').map((grant) => grant.networkId),
    ),
    anyRoleNetworkIds: unique(actor.grants.map((grant) => grant.networkId)),
  };
}

/** Which roles make sense on which scope: a coordinator coordinates a synergy, an editor edits a partner. */
export const allowedScopeTypes: Record<Role, ScopeType[]> = {
  NETWORK_ADMIN: ['NETWORK'],
  NETWORK_REVIEWER: ['NETWORK'],
  SYNERGY_COORDINATOR: ['SYNERGY'],
  PARTNER_EDITOR: ['PARTNER'],
  VIEWER: ['NETWORK', 'SYNERGY', 'PARTNER'],
};

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
