import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allowedScopeTypes, can, networkWideReadIds, visibility, type Action, type Actor, type Grant, type Subject } from './permissions.rules.ts';
import { roles, scopeTypes, type Role, type ScopeType } from '../users/role-grant.entity.ts';

/*
 * The world every case is set in (network A; B is "another network"):
 *   synergy S1: partners P1 and P3        synergy S2: partners P2 and P3
 *   partner P4: no current membership     P1 is the partner a partner-scoped grant is on
 * A grant's scope is network A, synergy S1 or partner P1, whichever its scope type is.
 * The expected tables below are written by hand from DOMAIN.md "Who may do what"
 * and the comments in permissions.rules.ts — never computed by calling `can`.
 */
const A = 'network-a';
const B = 'network-b';
const S1 = 'synergy-1';
const S2 = 'synergy-2';
const P1 = 'partner-1';
const P2 = 'partner-2';
const P3 = 'partner-3';
const P4 = 'partner-4';

const subjectsIn = (networkId: string) =>
  ({
    'the network': { kind: 'Network', networkId },
    'synergy S1': { kind: 'Synergy', networkId, synergyId: S1, partnerIds: [P1, P3] },
    'synergy S2': { kind: 'Synergy', networkId, synergyId: S2, partnerIds: [P2, P3] },
    'a new synergy': { kind: 'Synergy', networkId, synergyId: null, partnerIds: [] },
    'partner P1 (in S1)': { kind: 'Partner', networkId, partnerId: P1, synergyIds: [S1] },
    'partner P2 (in S2)': { kind: 'Partner', networkId, partnerId: P2, synergyIds: [S2] },
    'partner P3 (in S1 and S2)': { kind: 'Partner', networkId, partnerId: P3, synergyIds: [S1, S2] },
    'partner P4 (in no synergy)': { kind: 'Partner', networkId, partnerId: P4, synergyIds: [] },
    'a new partner joining S1': { kind: 'Partner', networkId, partnerId: null, synergyIds: [S1] },
    'a new partner joining S2': { kind: 'Partner', networkId, partnerId: null, synergyIds: [S2] },
    'a new partner in no synergy': { kind: 'Partner', networkId, partnerId: null, synergyIds: [] },
    'membership S1–P1': { kind: 'SynergyMembership', networkId, synergyId: S1, partnerId: P1 },
    'membership S2–P2': { kind: 'SynergyMembership', networkId, synergyId: S2, partnerId: P2 },
    'membership S2–P1': { kind: 'SynergyMembership', networkId, synergyId: S2, partnerId: P1 },
    'an activity of P1 (in S1)': { kind: 'Activity', networkId, partnerId: P1, synergyIds: [S1] },
    'an activity of P2 (in S2)': { kind: 'Activity', networkId, partnerId: P2, synergyIds: [S2] },
    'an activity of P3 (in S1 and S2)': { kind: 'Activity', networkId, partnerId: P3, synergyIds: [S1, S2] },
    'an activity of P4 (in no synergy)': { kind: 'Activity', networkId, partnerId: P4, synergyIds: [] },
    'a joint action of S1 with P1': { kind: 'JointAction', networkId, synergyId: S1, partnerIds: [P1], synergyIds: [S1] },
    'a joint action of S2 with P2 and P3': { kind: 'JointAction', networkId, synergyId: S2, partnerIds: [P2, P3], synergyIds: [S1, S2] },
    'a continental joint action with P1 and P2': { kind: 'JointAction', networkId, synergyId: null, partnerIds: [P1, P2], synergyIds: [S1, S2] },
    'a continental joint action with P2': { kind: 'JointAction', networkId, synergyId: null, partnerIds: [P2], synergyIds: [S2] },
    'a user': { kind: 'User', networkId },
    'a role grant': { kind: 'RoleGrant', networkId },
    'an audit entry': { kind: 'AuditEntry', networkId },
  }) satisfies Record<string, Subject>;

type SubjectName = keyof ReturnType<typeof subjectsIn>;
const subjectNames = Object.keys(subjectsIn(A)) as SubjectName[];

/** Actions that make sense on a subject: a "new" thing can only be created, an existing synergy or partner not created again. */
const applicableActions = (name: SubjectName): Action[] => {
  if (name.startsWith('a new')) return ['create'];
  if (name.startsWith('synergy') || name.startsWith('partner')) return ['read', 'update', 'delete'];
  return ['read', 'create', 'update', 'delete'];
};

const letter: Record<Action, string> = { create: 'c', read: 'r', update: 'u', delete: 'd' };

const grantOn = (role: Role, scopeType: ScopeType, networkId = A): Grant => {
  const scopeId = { NETWORK: networkId, SYNERGY: S1, PARTNER: P1 }[scopeType];
  return { role, scopeType, scopeId, networkId };
};
const actorWith = (...grants: Grant[]): Actor => ({ userId: 'user-1', grants });

const everything = (allowed: string) => Object.fromEntries(subjectNames.map((name) => [name, allowed])) as Record<SubjectName, string>;
const existingSubjects = (allowed: string) =>
  Object.fromEntries(subjectNames.filter((name) => !name.startsWith('a new')).map((name) => [name, allowed])) as Partial<Record<SubjectName, string>>;
const programmeData = (allowed: string): Partial<Record<SubjectName, string>> => {
  const { 'a user': _user, 'a role grant': _grant, 'an audit entry': _entry, ...rest } = existingSubjects(allowed);
  return rest;
};

/** What each grant allows, per subject, as letters c r u d; a subject left out allows nothing. */
const expectedTable: { role: Role; scopeType: ScopeType; scope: string; allowed: Partial<Record<SubjectName, string>> }[] = [
  // Admins: everything in their network.
  { role: 'NETWORK_ADMIN', scopeType: 'NETWORK', scope: 'network A', allowed: everything('crud') },
  // Reviewers read everything in the network (people, roles and the log included) and write nothing here.
  { role: 'NETWORK_REVIEWER', scopeType: 'NETWORK', scope: 'network A', allowed: existingSubjects('r') },
  // A network viewer reads the directory (programme data), not people, roles or the log.
  { role: 'VIEWER', scopeType: 'NETWORK', scope: 'network A', allowed: programmeData('r') },
  {
    role: 'SYNERGY_COORDINATOR',
    scopeType: 'SYNERGY',
    scope: 'synergy S1',
    allowed: {
      'the network': 'r',
      'synergy S1': 'ru', // renames it / changes its status; creating and deleting synergies is for admins
      'partner P1 (in S1)': 'ru',
      'partner P3 (in S1 and S2)': 'ru',
      'partner P4 (in no synergy)': 'r', // visible so it can be brought into the synergy
      'a new partner joining S1': 'c', // coordinators create partners in their own synergy only
      'membership S1–P1': 'rcu', // adds and ends members, never deletes the history
      'an activity of P1 (in S1)': 'rcud', // all activities of the synergy's partners
      'an activity of P3 (in S1 and S2)': 'rcud',
      'a joint action of S1 with P1': 'rcud', // plans its own synergy's joint actions
      'a joint action of S2 with P2 and P3': 'r', // P3, one of S1's partners, takes part
      'a continental joint action with P1 and P2': 'r', // continental ones are the network's to change
    },
  },
  {
    role: 'VIEWER',
    scopeType: 'SYNERGY',
    scope: 'synergy S1',
    allowed: {
      'the network': 'r',
      'synergy S1': 'r',
      'partner P1 (in S1)': 'r',
      'partner P3 (in S1 and S2)': 'r',
      'membership S1–P1': 'r',
      'an activity of P1 (in S1)': 'r',
      'an activity of P3 (in S1 and S2)': 'r',
      'a joint action of S1 with P1': 'r',
      'a joint action of S2 with P2 and P3': 'r',
      'a continental joint action with P1 and P2': 'r',
    },
  },
  {
    role: 'PARTNER_EDITOR',
    scopeType: 'PARTNER',
    scope: 'partner P1',
    allowed: {
      'the network': 'r',
      'synergy S1': 'r', // a synergy P1 belongs to
      'partner P1 (in S1)': 'ru',
      'membership S1–P1': 'r',
      'membership S2–P1': 'r',
      'an activity of P1 (in S1)': 'rcud', // their own partner's activities only
      'a joint action of S1 with P1': 'r', // sees the joint actions P1 takes part in; the synergy plans them
      'a continental joint action with P1 and P2': 'r',
    },
  },
  {
    role: 'VIEWER',
    scopeType: 'PARTNER',
    scope: 'partner P1',
    allowed: {
      'the network': 'r',
      'synergy S1': 'r',
      'partner P1 (in S1)': 'r',
      'membership S1–P1': 'r',
      'membership S2–P1': 'r',
      'an activity of P1 (in S1)': 'r',
      'a joint action of S1 with P1': 'r',
      'a continental joint action with P1 and P2': 'r',
    },
  },
];

type Case = { name: string; grant: Grant; action: Action; subject: Subject; expected: boolean };

const cases = (networkOfSubject: string): Case[] =>
  expectedTable.flatMap(({ role, scopeType, scope, allowed }) =>
    subjectNames.flatMap((subjectName) =>
      applicableActions(subjectName).map((action) => {
        const expected = networkOfSubject === A && (allowed[subjectName] ?? '').includes(letter[action]);
        const where = networkOfSubject === A ? '' : ' of network B';
        return {
          name: `should ${expected ? 'allow' : 'refuse'} ${action} on ${subjectName}${where} when a ${role} on ${scope} asks`,
          grant: grantOn(role, scopeType),
          action,
          subject: subjectsIn(networkOfSubject)[subjectName],
          expected,
        };
      }),
    ),
  );

describe('can', () => {
  it('should cover every role on every scope type it may hold in the expected table', () => {
    const covered = expectedTable.map(({ role, scopeType }) => `${role}@${scopeType}`).sort();
    const all = roles.flatMap((role) => allowedScopeTypes[role].map((scopeType) => `${role}@${scopeType}`)).sort();
    expect(covered).toEqual(all);
    expect(new Set(subjectNames.map((name) => subjectsIn(A)[name].kind))).toEqual(
      new Set(['Network', 'Synergy', 'Partner', 'SynergyMembership', 'Activity', 'JointAction', 'User', 'RoleGrant', 'AuditEntry']),
    );
  });

  describe('within the grant’s network', () => {
    it.each(cases(A))('$name', ({ grant, action, subject, expected }) => {
      expect(can(actorWith(grant), action, subject)).toBe(expected);
    });
  });

  describe('in another network', () => {
    // The same ids, only the network differs: nothing a grant on A allows reaches B.
    it.each(cases(B))('$name', ({ grant, action, subject, expected }) => {
      expect(expected).toBe(false);
      expect(can(actorWith(grant), action, subject)).toBe(false);
    });

    it('should refuse everything on network B when the actor holds every role on network A', () => {
      const actor = actorWith(...expectedTable.map(({ role, scopeType }) => grantOn(role, scopeType)));
      for (const name of subjectNames) {
        for (const action of applicableActions(name)) {
          expect(can(actor, action, subjectsIn(B)[name]), `${action} ${name}`).toBe(false);
        }
      }
    });

    it('should not let an admin grant on network B help on network A when the actor also coordinates S1 of A', () => {
      const actor = actorWith(grantOn('NETWORK_ADMIN', 'NETWORK', B), grantOn('SYNERGY_COORDINATOR', 'SYNERGY', A));
      const subjects = subjectsIn(A);
      expect(can(actor, 'delete', subjects['membership S1–P1'])).toBe(false);
      expect(can(actor, 'update', subjects['partner P2 (in S2)'])).toBe(false);
      expect(can(actor, 'read', subjects['an audit entry'])).toBe(false);
      expect(can(actor, 'delete', subjectsIn(B)['membership S1–P1'])).toBe(true);
    });

    it('should refuse every action when all grants are on other networks, whatever their scope ids', () => {
      const networkIds = ['n-1', 'n-2', 'n-3'];
      const ids = [A, B, S1, S2, P1, P2, P3, P4, ...networkIds];
      const grant = fc.record({
        role: fc.constantFrom(...roles),
        scopeType: fc.constantFrom(...scopeTypes),
        scopeId: fc.constantFrom(...ids),
        networkId: fc.constantFrom(...networkIds),
      });
      const subject = fc.oneof(
        fc.constantFrom(...subjectNames.map((name) => subjectsIn(A)[name])),
        fc.constantFrom(...subjectNames.map((name) => subjectsIn('n-4')[name])),
      );
      fc.assert(
        fc.property(fc.array(grant, { maxLength: 6 }), fc.constantFrom<Action>('read', 'create', 'update', 'delete'), subject, (grants, action, subj) => {
          expect(can(actorWith(...grants), action, subj)).toBe(false);
        }),
      );
    });
  });

  describe('signed out', () => {
    const rows = subjectNames.flatMap((name) =>
      applicableActions(name).map((action) => ({ name: `should refuse ${action} on ${name} when nobody is signed in`, action, subject: subjectsIn(A)[name] })),
    );
    it.each(rows)('$name', ({ action, subject }) => {
      expect(can(null, action, subject)).toBe(false);
    });

    it('should refuse everything when the actor holds no grant', () => {
      for (const name of subjectNames) {
        for (const action of applicableActions(name)) expect(can(actorWith(), action, subjectsIn(A)[name])).toBe(false);
      }
    });
  });

  describe('roles on scopes they do not apply to', () => {
    const misfits = roles.flatMap((role) => scopeTypes.filter((scopeType) => !allowedScopeTypes[role].includes(scopeType)).map((scopeType) => ({ role, scopeType })));
    it.each(misfits)('should give no right to write when a $role grant is held on a $scopeType', ({ role, scopeType }) => {
      // Such a grant should not exist; if it does, it must not give its role's writing rights.
      const actor = actorWith(grantOn(role, scopeType));
      for (const name of subjectNames) {
        for (const action of applicableActions(name)) {
          if (action !== 'read') expect(can(actor, action, subjectsIn(A)[name]), `${action} ${name}`).toBe(false);
        }
      }
    });
  });

  describe('several grants', () => {
    it('should add up the rights of every grant when the actor holds several in one network', () => {
      const actor = actorWith(grantOn('PARTNER_EDITOR', 'PARTNER'), { role: 'SYNERGY_COORDINATOR', scopeType: 'SYNERGY', scopeId: S2, networkId: A });
      const subjects = subjectsIn(A);
      expect(can(actor, 'update', subjects['partner P1 (in S1)'])).toBe(true); // as P1's editor
      expect(can(actor, 'update', subjects['partner P2 (in S2)'])).toBe(true); // as S2's coordinator
      expect(can(actor, 'update', subjects['synergy S1'])).toBe(false);
      expect(can(actor, 'update', subjects['synergy S2'])).toBe(true);
      expect(can(actor, 'create', subjects['membership S2–P1'])).toBe(true);
      expect(can(actor, 'create', subjects['membership S1–P1'])).toBe(false);
    });
  });
});

describe('visibility', () => {
  it('should see nothing when the actor holds no grant', () => {
    expect(visibility(actorWith())).toEqual({ networkIds: [], synergyIds: [], partnerIds: [], unaffiliatedPartnerNetworkIds: [], anyRoleNetworkIds: [] });
  });

  it('should read whole networks when the actor is admin, reviewer or viewer on a network', () => {
    const actor = actorWith(grantOn('NETWORK_ADMIN', 'NETWORK', A), grantOn('NETWORK_REVIEWER', 'NETWORK', A), grantOn('VIEWER', 'NETWORK', B));
    expect(visibility(actor)).toEqual({ networkIds: [A, B], synergyIds: [], partnerIds: [], unaffiliatedPartnerNetworkIds: [], anyRoleNetworkIds: [A, B] });
    expect(networkWideReadIds(actor)).toEqual([A, B]);
  });

  it('should see unaffiliated partners only in the coordinator’s network when a synergy is coordinated, not when it is viewed', () => {
    const actor = actorWith(
      { role: 'SYNERGY_COORDINATOR', scopeType: 'SYNERGY', scopeId: S1, networkId: A },
      { role: 'VIEWER', scopeType: 'SYNERGY', scopeId: S2, networkId: B },
    );
    expect(visibility(actor)).toEqual({ networkIds: [], synergyIds: [S1, S2], partnerIds: [], unaffiliatedPartnerNetworkIds: [A], anyRoleNetworkIds: [A, B] });
  });

  it('should list each partner once when the actor edits and views partners', () => {
    const actor = actorWith(
      { role: 'PARTNER_EDITOR', scopeType: 'PARTNER', scopeId: P1, networkId: A },
      { role: 'VIEWER', scopeType: 'PARTNER', scopeId: P1, networkId: A },
      { role: 'VIEWER', scopeType: 'PARTNER', scopeId: P2, networkId: A },
    );
    expect(visibility(actor)).toEqual({ networkIds: [], synergyIds: [], partnerIds: [P1, P2], unaffiliatedPartnerNetworkIds: [], anyRoleNetworkIds: [A] });
  });

  it('should agree with can(read) on partners when grants and memberships are consistent', () => {
    // Lists filter with `visibility`, single reads with `can`: a partner is in a list exactly when it can be read.
    const world = {
      synergies: [
        { id: 's-a1', networkId: A },
        { id: 's-a2', networkId: A },
        { id: 's-b1', networkId: B },
      ],
      partners: [
        { id: 'p-a1', networkId: A },
        { id: 'p-a2', networkId: A },
        { id: 'p-b1', networkId: B },
      ],
    };
    const scopes = [
      ...[A, B].map((id) => ({ scopeType: 'NETWORK' as const, scopeId: id, networkId: id })),
      ...world.synergies.map((s) => ({ scopeType: 'SYNERGY' as const, scopeId: s.id, networkId: s.networkId })),
      ...world.partners.map((p) => ({ scopeType: 'PARTNER' as const, scopeId: p.id, networkId: p.networkId })),
    ];
    const grant = fc
      .tuple(fc.constantFrom(...roles), fc.constantFrom(...scopes))
      .filter(([role, scope]) => allowedScopeTypes[role].includes(scope.scopeType))
      .map(([role, scope]): Grant => ({ role, ...scope }));
    const partner = fc
      .constantFrom(...world.partners)
      .chain((p) =>
        fc
          .subarray(world.synergies.filter((s) => s.networkId === p.networkId).map((s) => s.id))
          .map((synergyIds): Subject => ({ kind: 'Partner', networkId: p.networkId, partnerId: p.id, synergyIds })),
      );
    fc.assert(
      fc.property(fc.array(grant, { maxLength: 4 }), partner, (grants, subject) => {
        if (subject.kind !== 'Partner') return;
        const seen = visibility(actorWith(...grants));
        const listed =
          seen.networkIds.includes(subject.networkId) ||
          seen.partnerIds.includes(subject.partnerId ?? '') ||
          subject.synergyIds.some((id) => seen.synergyIds.includes(id)) ||
          (subject.synergyIds.length === 0 && seen.unaffiliatedPartnerNetworkIds.includes(subject.networkId));
        expect(can(actorWith(...grants), 'read', subject)).toBe(listed);
      }),
    );
  });
});

describe('allowedScopeTypes', () => {
  it('should match DOMAIN.md when roles are granted on scopes', () => {
    expect(allowedScopeTypes).toEqual({
      NETWORK_ADMIN: ['NETWORK'],
      NETWORK_REVIEWER: ['NETWORK'],
      SYNERGY_COORDINATOR: ['SYNERGY'],
      PARTNER_EDITOR: ['PARTNER'],
      VIEWER: ['NETWORK', 'SYNERGY', 'PARTNER'],
    });
  });

  it('should name only known scope types when any role is looked up', () => {
    for (const role of roles) {
      expect(allowedScopeTypes[role].length).toBeGreaterThan(0);
      for (const scopeType of allowedScopeTypes[role]) expect(scopeTypes).toContain(scopeType);
    }
  });
});
