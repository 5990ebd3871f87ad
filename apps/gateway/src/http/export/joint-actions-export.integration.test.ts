import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import type { EntityManager } from '@mikro-orm/knex';
import { createJointAction, hashPassword, loadActor, recordPolicyOutcome, type CreateJointActionInput, type DomainContext } from '@synergia/domain';
import { buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, persistSeed } from '@synergia/domain/testing';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';
import { toGlobalId } from '../../graphql/global-id.ts';
import { buildSchema } from '../../schema/schema.ts';
import { registerExportRoutes } from './export.routes.ts';

const password = 'joint-action-export-password';

/**
 * One network: a Philippines synergy (Alpha union, Beta mutual) and a
 * Cambodia synergy (Bravo union); an admin and one coordinator per synergy.
 * Joint actions are planned through the domain service, as the API would.
 */
async function seed(gateway: TestGateway) {
  const em = gateway.db.orm.em.fork() as EntityManager;
  const network = buildNetwork(em, { name: 'Joint export network' });
  const ph = buildSynergy(em, network, { name: 'Philippines synergy', country: 'PH' });
  const kh = buildSynergy(em, network, { name: 'Cambodia synergy', country: 'KH' });
  const alpha = buildPartner(em, network, { name: 'Alpha union', acronym: 'AU' });
  const beta = buildPartner(em, network, { name: 'Beta mutual', type: 'HEALTH_MUTUAL' });
  const bravo = buildPartner(em, network, { name: 'Bravo union', country: 'KH' });
  for (const partner of [alpha, beta]) buildMembership(em, ph, partner, { since: '2020-01-01' });
  buildMembership(em, kh, bravo, { since: '2020-01-01' });
  const passwordHash = await hashPassword(password);
  const user = (email: string, role: Parameters<typeof buildGrant>[2], scopeType: Parameters<typeof buildGrant>[3], scopeId: string) => {
    const created = buildUser(em, { email, passwordHash });
    buildGrant(em, created, role, scopeType, scopeId, network);
    return created.id;
  };
  const adminId = user('admin@joint-export.test', 'NETWORK_ADMIN', 'NETWORK', network.id);
  user('coordinator.ph@joint-export.test', 'SYNERGY_COORDINATOR', 'SYNERGY', ph.id);
  user('coordinator.kh@joint-export.test', 'SYNERGY_COORDINATOR', 'SYNERGY', kh.id);
  await persistSeed(em);

  const ctxEm = gateway.db.orm.em.fork() as EntityManager;
  const ctx: DomainContext = { em: ctxEm, actor: await loadActor(ctxEm, adminId) };
  const plan = async (input: CreateJointActionInput) => {
    const result = await createJointAction(ctx, input);
    if (!result.ok) throw new Error(`seed joint action refused: ${JSON.stringify(result.errors)}`);
    return result.value;
  };
  const maternity = await plan({
    synergyId: ph.id,
    kind: 'POLITICAL_ACTION',
    title: 'Maternity cover, « droits » pour tous',
    objective: 'Extend maternity benefits to informal workers',
    branches: ['MATERNITY', 'MEDICAL_CARE'],
    plannedStartDate: '2025-03-01',
    plannedEndDate: '2025-12-31',
    partners: [
      { partnerId: beta.id, role: 'CONTRIBUTOR' },
      { partnerId: alpha.id, role: 'LEAD' },
    ],
    participants: [
      { sex: 'WOMEN', ageBandId: '18-35', count: 30 },
      { sex: 'MEN', ageBandId: '36-59', count: 10 },
    ],
  });
  const outcome = await recordPolicyOutcome(ctx, {
    jointActionId: maternity.id,
    version: maternity.version,
    observedOn: '2025-06-01',
    description: 'The bill was tabled',
    stage: 'FORMULATION',
    contribution: 'SIGNIFICANT',
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  const clinic = await plan({
    synergyId: ph.id,
    kind: 'JOINT_SERVICE',
    title: '=HYPERLINK("x") legal clinic',
    branches: ['GENERAL'],
    plannedStartDate: '2025-05-01',
    partners: [{ partnerId: alpha.id, role: 'LEAD' }],
  });
  const cambodia = await plan({
    synergyId: kh.id,
    kind: 'JOINT_CAMPAIGN',
    title: 'Garment workers campaign',
    branches: ['EMPLOYMENT_INJURY'],
    plannedStartDate: '2025-04-01',
    partners: [{ partnerId: bravo.id, role: 'LEAD' }],
  });
  return { ids: { maternity: maternity.id, clinic: clinic.id, cambodia: cambodia.id }, synergies: { ph: ph.id } };
}

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`joint action export on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    let world: Awaited<ReturnType<typeof seed>>;
    let admin: string;
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, demo: false, label: 'joint_export' });
      world = await seed(gateway);
      admin = await gateway.signIn('admin@joint-export.test', password);
    });
    afterAll(() => gateway?.close());

    const actionId = (key: keyof typeof world.ids) => toGlobalId('JointAction', world.ids[key]);
    const download = async (format: 'csv' | 'xlsx', params: Record<string, unknown>, token: string | null = admin) => {
      const query = new URLSearchParams(Object.entries(params).map(([name, value]): [string, string] => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
      const response = await fetch(`${gateway.url}/export/joint-actions.${format}?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return { response, body: Buffer.from(await response.arrayBuffer()) };
    };
    const csvRows = (body: Buffer): Record<string, string>[] => parse(body, { bom: true, columns: true, skip_empty_lines: true });
    const philippines = () => ({ filter: { synergyId: toGlobalId('Synergy', world.synergies.ph) }, orderBy: { field: 'START_DATE', direction: 'ASC' } });

    it('should return the filtered joint actions in the list order as CSV, with partners by role, the stage and the participants', async () => {
      const { response, body } = await download('csv', philippines());
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="joint-actions-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(response.headers.get('x-export-row-count')).toBe('2');
      const rows = csvRows(body);
      expect(rows.map((row) => row['ID'])).toEqual([actionId('maternity'), actionId('clinic')]);
      expect(rows[0]).toMatchObject({
        Title: 'Maternity cover, « droits » pour tous',
        Objective: 'Extend maternity benefits to informal workers',
        Kind: 'POLITICAL_ACTION',
        Synergy: 'Philippines synergy',
        Continental: 'no',
        Status: 'PLANNED',
        'Planned start date': '2025-03-01',
        'Planned end date': '2025-12-31',
        'Actual start date': '',
        'Country code': 'PH',
        Country: 'Philippines',
        'Social protection branches': 'MATERNITY; MEDICAL_CARE',
        'Lead partner': 'Alpha union (AU)',
        'Partners (role)': 'Alpha union (AU): LEAD; Beta mutual: CONTRIBUTOR',
        'Number of partners': '2',
        'Policy stage reached': 'FORMULATION',
        Participants: '40',
        Women: '30',
        'Share of women': '0.75',
        'Women 18–35': '30',
        'Men 36–59': '10',
        'Gender marker score': '0',
      });
      // A formula stays text.
      expect(rows[1]!['Title']).toBe(`'=HYPERLINK("x") legal clinic`);
    });

    it('should return the same rows and values as XLSX, numbers as numbers and dates as dates', async () => {
      const { response, body } = await download('xlsx', philippines());
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="joint-actions-\d{4}-\d{2}-\d{2}\.xlsx"$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Joint actions')!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      const cell = (row: number, header: string) => sheet.getRow(row).getCell(headers.indexOf(header) + 1).value;
      expect(sheet.rowCount).toBe(3);
      expect([cell(2, 'ID'), cell(3, 'ID')]).toEqual([actionId('maternity'), actionId('clinic')]);
      expect(cell(2, 'Participants')).toBe(40);
      expect(cell(2, 'Number of partners')).toBe(2);
      expect(cell(2, 'Share of women')).toBe(0.75);
      expect(cell(2, 'Planned start date')).toEqual(new Date('2025-03-01T00:00:00Z'));
      expect(cell(2, 'Continental')).toBe(false);
      expect(cell(3, 'Title')).toBe('=HYPERLINK("x") legal clinic');
      const csv = csvRows((await download('csv', philippines())).body);
      expect(headers).toEqual(Object.keys(csv[0]!));
    });

    it("should not give a coordinator another synergy's joint actions, and answer 401 without a token", async () => {
      const kh = await gateway.signIn('coordinator.kh@joint-export.test', password);
      expect(csvRows((await download('csv', philippines(), kh)).body)).toEqual([]);
      expect(csvRows((await download('csv', {}, kh)).body).map((row) => row['Title'])).toEqual(['Garment workers campaign']);
      const ph = await gateway.signIn('coordinator.ph@joint-export.test', password);
      const titles = csvRows((await download('csv', { filter: { kinds: ['JOINT_SERVICE', 'JOINT_CAMPAIGN'] } }, ph)).body).map((row) => row['Title']);
      expect(titles).toEqual([`'=HYPERLINK("x") legal clinic`]);
      expect((await download('csv', {}, null)).response.status).toBe(401);
    });

    it('should answer 400 EXPORT_TOO_LARGE naming joint actions when more match than a file may hold', async () => {
      const small = Fastify({ logger: false });
      registerExportRoutes(small, { orm: gateway.db.orm, schema: buildSchema(), maxRows: 2 });
      try {
        const tooMany = await small.inject({ url: '/export/joint-actions.xlsx', headers: { authorization: `Bearer ${admin}` } });
        expect([tooMany.statusCode, tooMany.json()]).toEqual([
          400,
          {
            code: 'EXPORT_TOO_LARGE',
            parameter: 'filter',
            rowCount: 3,
            limit: 2,
            message: 'The export would hold 3 joint actions; the limit is 2. Narrow the filter (dates, synergy, partner…) and export in parts.',
          },
        ]);
      } finally {
        await small.close();
      }
    });

    it('should answer 400 naming the parameter when a filter or order is malformed', async () => {
      const cases: [Record<string, string>, string, RegExp][] = [
        [{ filter: '{"synergyId":"nope"}' }, 'filter', /^filter\.synergyId: is not a valid Synergy id$/],
        [{ filter: '{"kinds":["PICNIC"]}' }, 'filter', /^filter\.kinds\[0\]: .*PICNIC/],
        [{ filter: '{"from":"2025-13-01"}' }, 'filter', /^filter\.from: .*YYYY-MM-DD/],
        [{ orderBy: '{"field":"COLOUR","direction":"ASC"}' }, 'orderBy', /^orderBy\.field: .*COLOUR/],
      ];
      for (const [params, parameter, message] of cases) {
        const { response, body } = await download('csv', params);
        const answer = JSON.parse(body.toString('utf8'));
        expect([response.status, answer.code, answer.parameter], JSON.stringify(params)).toEqual([400, 'BAD_USER_INPUT', parameter]);
        expect(answer.message, JSON.stringify(params)).toMatch(message);
      }
    });
  });
}
