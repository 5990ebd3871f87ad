import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/knex';
import { Reference } from '@mikro-orm/core';
import { MissionTarget, hashPassword } from '@synergia/domain';
import { buildAssessment, buildFollowUp, buildMission, buildProgramme, buildUsersWithGrants, persistSeed } from '@synergia/domain/testing';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';
import { toGlobalId } from '../../graphql/global-id.ts';

const password = 'capacity-export-password';

/**
 * S1 organises a workshop for Alpha (S1) and Kilo (S2): three follow-ups (one
 * overdue, one done) and assessments of both partners. An admin, and a
 * viewer of S2 who sees only Kilo's.
 */
async function seed(gateway: TestGateway) {
  const em = gateway.db.orm.em.fork() as EntityManager;
  const {
    network,
    synergies: { s1, s2 },
    partners: { alpha, kilo },
  } = buildProgramme(em, {
    synergies: { s1: { country: 'PH' }, s2: { country: 'KH' } },
    partners: { alpha: { name: 'Alpha union', country: 'PH' }, kilo: { name: 'Kilo union', country: 'KH' } },
    memberships: [
      ['s1', 'alpha', { since: '2020-01-01' }],
      ['s2', 'kilo', { since: '2020-01-01' }],
    ],
  });
  const mission = buildMission(em, network, s1, { title: 'Organising workshop' }, [alpha]);
  em.create(MissionTarget, { mission, partner: kilo });
  const late = buildFollowUp(em, mission, alpha, { description: '=SUM(A1) members trained', dueDate: '2025-04-01' });
  const done = buildFollowUp(em, mission, kilo, { description: 'Position paper', dueDate: '2025-05-01', status: 'DONE', doneOn: '2025-04-20', evidence: 'Published' });
  const later = buildFollowUp(em, mission, kilo, { description: 'Second visit', dueDate: '2099-01-01' });
  const alphaAssessment = buildAssessment(em, alpha, '2025-06-01', { GOVERNANCE: 2, NETWORKING: 3 }, { mission: Reference.create(mission) });
  const kiloAssessment = buildAssessment(em, kilo, '2025-05-01', { COMMUNICATION: 4 });
  const hash = await hashPassword(password);
  buildUsersWithGrants(
    em,
    network,
    {
      admin: ['NETWORK_ADMIN', 'NETWORK', network.id],
      viewer: ['VIEWER', 'SYNERGY', s2.id],
    },
    (name) => ({ email: `${name}@capacity-export.test`, passwordHash: hash }),
  );
  await persistSeed(em);
  return {
    network: toGlobalId('Network', network.id),
    kilo: toGlobalId('Partner', kilo.id),
    followUps: { late: toGlobalId('FollowUpAction', late.id), done: toGlobalId('FollowUpAction', done.id), later: toGlobalId('FollowUpAction', later.id) },
    assessments: { alpha: toGlobalId('CapacityAssessment', alphaAssessment.id), kilo: toGlobalId('CapacityAssessment', kiloAssessment.id) },
  };
}

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`follow-up and assessment exports on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    let world: Awaited<ReturnType<typeof seed>>;
    let admin: string;
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, demo: false, label: 'capacity_export' });
      world = await seed(gateway);
      admin = await gateway.signIn('admin@capacity-export.test', password);
    });
    afterAll(() => gateway?.close());

    const download = async (list: string, format: 'csv' | 'xlsx', filter?: unknown, token: string | null = admin) => {
      const query = filter === undefined ? '' : `?${new URLSearchParams({ filter: typeof filter === 'string' ? filter : JSON.stringify(filter) })}`;
      const response = await fetch(`${gateway.url}/export/${list}.${format}${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return { response, body: Buffer.from(await response.arrayBuffer()) };
    };
    const csvRows = (body: Buffer): Record<string, string>[] => parse(body, { bom: true, columns: true, skip_empty_lines: true });

    it('should export the filtered follow-ups by due date as CSV, with overdue derived', async () => {
      const { response, body } = await download('follow-ups', 'csv', { networkId: world.network });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="follow-ups-\d{4}-\d{2}-\d{2}\.csv"$/);
      const rows = csvRows(body);
      expect(rows.map((row) => row['ID'])).toEqual([world.followUps.late, world.followUps.done, world.followUps.later]);
      expect(rows[0]).toMatchObject({ Mission: 'Organising workshop', 'Owner partner': 'Alpha union', Description: `'=SUM(A1) members trained`, Status: 'OPEN', Overdue: 'yes' });
      expect(rows[1]).toMatchObject({ Status: 'DONE', Overdue: 'no', 'Done on': '2025-04-20', Evidence: 'Published' });
      const overdue = csvRows((await download('follow-ups', 'csv', { overdue: false, ownerPartnerId: world.kilo })).body);
      expect(overdue.map((row) => row['ID'])).toEqual([world.followUps.done, world.followUps.later]);
    });

    it('should export assessments latest first with one score column per domain, as CSV and XLSX alike', async () => {
      const rows = csvRows((await download('capacity-assessments', 'csv')).body);
      expect(rows.map((row) => row['ID'])).toEqual([world.assessments.alpha, world.assessments.kilo]);
      expect(rows[0]).toMatchObject({
        Partner: 'Alpha union',
        'Country code': 'PH',
        'Assessed on': '2025-06-01',
        'Linked mission': 'Organising workshop',
        'Governance score': '2',
        'Networking score': '3',
        'Communication score': '',
        'Average score': '2.5',
      });
      const { response, body } = await download('capacity-assessments', 'xlsx', { countries: ['KH'] });
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Capacity assessments')!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      expect(headers).toEqual(Object.keys(rows[0]!));
      const cell = (header: string) => sheet.getRow(2).getCell(headers.indexOf(header) + 1).value;
      expect([sheet.rowCount, cell('ID'), cell('Communication score'), cell('Assessed on')]).toEqual([2, world.assessments.kilo, 4, new Date('2025-05-01T00:00:00Z')]);
    });

    it('should export only what the user sees, refuse bad filters naming them, and answer 401 without a token', async () => {
      const viewer = await gateway.signIn('viewer@capacity-export.test', password);
      expect(csvRows((await download('capacity-assessments', 'csv', undefined, viewer)).body).map((row) => row['Partner'])).toEqual(['Kilo union']);
      expect(csvRows((await download('follow-ups', 'csv', undefined, viewer)).body)).toHaveLength(3);
      const badField = await download('follow-ups', 'csv', { status: 'OPEN' });
      expect([badField.response.status, JSON.parse(badField.body.toString())]).toMatchObject([400, { code: 'BAD_USER_INPUT', parameter: 'filter' }]);
      const badId = await download('capacity-assessments', 'xlsx', { partnerId: 'nope' });
      expect([badId.response.status, JSON.parse(badId.body.toString()).message]).toEqual([400, 'filter.partnerId: is not a valid Partner id']);
      const badDate = await download('follow-ups', 'csv', { dueFrom: '2025-13-01' });
      expect(badDate.response.status).toBe(400);
      expect((await download('follow-ups', 'csv', undefined, null)).response.status).toBe(401);
    });
  });
}
