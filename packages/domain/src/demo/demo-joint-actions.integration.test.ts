import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { loadDemoData } from './load-demo.ts';
import { demoSynergies } from './demo-dataset.ts';
import { JointAction, JointActionMilestone, JointActionPartner, PolicyOutcome, PolicyTarget } from '../joint-actions/joint-action.entity.ts';
import { completionErrors, coversPeriod, isOverdue } from '../joint-actions/joint-action.rules.ts';
import { furthestStage } from '../joint-actions/joint-action.vocabulary.ts';
import { listJointActions } from '../joint-actions/joint-actions.service.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { User } from '../users/user.entity.ts';
import { loadActor } from '../users/actor.ts';
import { AuditEntry } from '../audit/audit-entry.entity.ts';
import { todayIso } from '../shared/dates.ts';

const dialects = await testDialects();

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`demo joint actions on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    const fresh = () => db.orm.em.fork() as EntityManager;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'demo_joint_actions');
      await loadDemoData(fresh());
    }, 120_000);
    afterAll(async () => {
      await db?.close();
    });

    it('should store joint actions for every synergy and two continental ones', async () => {
      const em = fresh();
      const actions = await em.find(JointAction, {}, { populate: ['synergy'] });
      const countries = new Set(actions.map((action) => action.synergy?.getEntity().country ?? null));
      expect(countries).toEqual(new Set([...demoSynergies.map((synergy) => synergy.country), null]));
      expect(actions.filter((action) => action.synergy === null)).toHaveLength(2);
      expect(actions.filter((action) => action.synergy === null).every((action) => action.country === null)).toBe(true);
    });

    it('should keep every rule on every stored joint action', async () => {
      const em = fresh();
      const today = todayIso();
      const actions = await em.find(JointAction, {});
      const partners = await em.find(JointActionPartner, {});
      const outcomes = await em.find(PolicyOutcome, {});
      const targets = await em.find(PolicyTarget, {});
      const memberships = await em.find(SynergyMembership, {});
      for (const action of actions) {
        const taking = partners.filter((row) => row.jointAction.id === action.id);
        const theirs = outcomes.filter((row) => row.jointAction.id === action.id);
        expect(taking.filter((row) => row.role === 'LEAD'), action.title).toHaveLength(1);
        for (const row of taking) {
          const covered = memberships.some(
            (membership) =>
              membership.partner.id === row.partner.id &&
              (action.synergy ? membership.synergy.id === action.synergy.id : true) &&
              coversPeriod(membership, action.plannedStartDate, action.plannedEndDate),
          );
          expect(covered, `${action.title}: a member on its dates`).toBe(true);
        }
        if (action.status === 'COMPLETED') {
          expect(completionErrors({ participantsTotal: action.participantsTotal, outcomeCount: theirs.length, noOutcomeReason: action.noOutcomeReason }), action.title).toEqual([]);
          expect(action.actualEndDate! <= today, action.title).toBe(true);
        }
        if (action.kind === 'POLITICAL_ACTION') expect(theirs.every((outcome) => outcome.stage !== null), action.title).toBe(true);
        else expect(targets.filter((row) => row.jointAction.id === action.id), action.title).toEqual([]);
        expect(action.stageReached ?? null, action.title).toBe(furthestStage(theirs.map((outcome) => outcome.stage)));
      }
      expect(new Set(actions.map((action) => action.status))).toEqual(new Set(['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED']));
      expect(new Set(actions.map((action) => action.stageReached).filter(Boolean))).toEqual(
        new Set(['AGENDA_SETTING', 'FORMULATION', 'ADOPTION', 'IMPLEMENTATION', 'EVALUATION']),
      );
    });

    it('should show the Philippines coordinator a political action with outcomes and an overdue milestone', async () => {
      const em = fresh();
      const coordinator = await em.findOneOrFail(User, { email: 'coordinator.ph@example.org' });
      const ctx = { em, actor: await loadActor(em, coordinator.id) };
      const page = await listJointActions(ctx, { kinds: ['POLITICAL_ACTION'] }, null, { first: 50 });
      const own = page.items.filter((action) => action.synergy?.getEntity().country === 'PH');
      expect(own.some((action) => action.stageReached !== null)).toBe(true);
      const milestones = await em.find(JointActionMilestone, { jointAction: { synergy: { country: 'PH' } } });
      expect(milestones.some((milestone) => isOverdue(milestone, todayIso()))).toBe(true);
    });

    it('should record the joint actions in the audit log as the network admin', async () => {
      const em = fresh();
      const admin = await em.findOneOrFail(User, { email: 'admin@example.org' });
      const entries = await em.count(AuditEntry, { entityType: 'JointAction', actorId: admin.id });
      expect(entries).toBeGreaterThan(0);
    });
  });
}
