import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import type { EntityManager } from '@mikro-orm/knex';
import { createActivity, hashPassword, loadActor, type CreateActivityInput, type DomainContext } from '@synergia/domain';
import { buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, persistSeed } from '@synergia/domain/testing';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';
import { toGlobalId } from '../../graphql/global-id.ts';
import { buildSchema } from '../../schema/schema.ts';
import { registerExportRoutes } from './export.routes.ts';

const password = 'export-test-password';
const significant = {
  score: 1,
  criteria: { genderAnalysis: true, analysisShapedDesign: true, genderObjectiveAndIndicator: true, sexDisaggregatedData: true, genderMonitoringCommitment: true },
  principalObjective: false,
  justification: null,
};

/**
 * One network: Philippines synergy (Alpha union) and Cambodia synergy (Bravo
 * mutual); two more PH partners with 10 and 200 activities for counting SQL
 * statements; an admin and one coordinator per synergy. Activities are
 * recorded through the domain service, as the API would.
 */
async function seed(gateway: TestGateway) {
  const em = gateway.db.orm.em.fork() as EntityManager;
  const network = buildNetwork(em, { name: 'Export network' });
  const ph = buildSynergy(em, network, { name: 'Philippines synergy', country: 'PH' });
  const kh = buildSynergy(em, network, { name: 'Cambodia synergy', country: 'KH' });
  const alpha = buildPartner(em, network, { name: 'Alpha union', acronym: 'AU' });
  const bravo = buildPartner(em, network, { name: 'Bravo mutual', type: 'HEALTH_MUTUAL', country: 'KH' });
  const ten = buildPartner(em, network, { name: 'Ten activities' });
  const twoHundred = buildPartner(em, network, { name: 'Two hundred activities' });
  for (const partner of [alpha, ten, twoHundred]) buildMembership(em, ph, partner, { since: '2020-01-01' });
  buildMembership(em, kh, bravo, { since: '2020-01-01' });
  const passwordHash = await hashPassword(password);
  const user = (email: string, role: Parameters<typeof buildGrant>[2], scopeType: Parameters<typeof buildGrant>[3], scopeId: string) => {
    const created = buildUser(em, { email, passwordHash });
    buildGrant(em, created, role, scopeType, scopeId, network);
    return created.id;
  };
  const adminId = user('admin@export.test', 'NETWORK_ADMIN', 'NETWORK', network.id);
  user('coordinator.ph@export.test', 'SYNERGY_COORDINATOR', 'SYNERGY', ph.id);
  user('coordinator.kh@export.test', 'SYNERGY_COORDINATOR', 'SYNERGY', kh.id);
  await persistSeed(em);

  const record = async (input: CreateActivityInput): Promise<string> => {
    const ctxEm = gateway.db.orm.em.fork() as EntityManager;
    const ctx: DomainContext = { em: ctxEm, actor: await loadActor(ctxEm, adminId) };
    const result = await createActivity(ctx, input);
    if (!result.ok) throw new Error(`seed activity refused: ${JSON.stringify(result.errors)}`);
    return result.value.id;
  };
  const ids = {
    paralegal: await record({
      partnerId: alpha.id,
      type: 'BASIC_TRAINING',
      title: 'Paralegal training for home-based workers',
      startDate: '2025-03-10',
      endDate: '2025-03-12',
      place: 'Quezon City',
      branches: ['MEDICAL_CARE', 'OLD_AGE'],
      workerCategories: ['INFORMAL_ECONOMY'],
      informalSectors: ['HOME_BASED_WORK', 'DOMESTIC_WORK'],
      status: 'COMPLETED',
      participants: [
        { sex: 'WOMEN', ageBandId: '18-35', count: 10 },
        { sex: 'WOMEN', ageBandId: '36-59', count: 5 },
        { sex: 'MEN', ageBandId: '18-35', count: 4 },
        { sex: 'MEN', ageBandId: '60-plus', count: 1 },
        { sex: 'NOT_RECORDED', ageBandId: null, count: 5 },
      ],
      genderMarker: significant,
    }),
    cebu: await record({
      partnerId: alpha.id,
      type: 'BASIC_TRAINING',
      title: 'Formation « droits », Cebu – "santé" pour tous',
      startDate: '2025-06-01',
      branches: ['GENERAL'],
      status: 'ONGOING',
      participants: [
        { sex: 'WOMEN', ageBandId: 'under-18', count: 3 },
        { sex: 'OTHER', ageBandId: '18-35', count: 2 },
      ],
    }),
    formula: await record({ partnerId: alpha.id, type: 'AWARENESS_RAISING', title: '=SUM(1,2) flyers', startDate: '2025-04-01', branches: ['GENERAL'] }),
    political: await record({
      partnerId: alpha.id,
      type: 'POLITICAL_ACTION',
      subType: 'POSITION_PAPER',
      title: 'Position paper on maternity cover',
      startDate: '2025-05-02',
      branches: ['MATERNITY'],
    }),
    old: await record({ partnerId: alpha.id, type: 'BASIC_TRAINING', title: 'Training of 2024', startDate: '2024-02-01', branches: ['SICKNESS'] }),
    bravo: await record({ partnerId: bravo.id, type: 'BASIC_TRAINING', title: 'Health mutual training', startDate: '2025-04-01', branches: ['MEDICAL_CARE'] }),
  };
  for (let index = 0; index < 10; index += 1) {
    await record({ partnerId: ten.id, type: 'RESEARCH_STUDY', title: `Study ${index}`, startDate: '2025-01-01', branches: ['GENERAL'] });
  }
  for (let index = 0; index < 200; index += 1) {
    await record({ partnerId: twoHundred.id, type: 'RESEARCH_STUDY', title: `Study ${index}`, startDate: '2025-01-01', branches: ['GENERAL'] });
  }
  return { ids, partners: { alpha: alpha.id, bravo: bravo.id, ten: ten.id, twoHundred: twoHundred.id } };
}

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`activity export on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    let world: Awaited<ReturnType<typeof seed>>;
    let admin: string;
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, demo: false, label: 'export' });
      world = await seed(gateway);
      admin = await gateway.signIn('admin@export.test', password);
    });
    afterAll(() => gateway?.close());

    const partnerId = (key: keyof typeof world.partners) => toGlobalId('Partner', world.partners[key]);
    const activityId = (key: keyof typeof world.ids) => toGlobalId('Activity', world.ids[key]);

    const download = async (format: 'csv' | 'xlsx', params: Record<string, unknown>, token: string | null = admin) => {
      const query = new URLSearchParams(
        Object.entries(params).map(([name, value]): [string, string] => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
      );
      const response = await fetch(`${gateway.url}/export/activities.${format}?${query}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return { response, body: Buffer.from(await response.arrayBuffer()) };
    };
    const csvRows = (body: Buffer): Record<string, string>[] => parse(body, { bom: true, columns: true, skip_empty_lines: true });

    const alphaTrainings2025 = {
      filter: { partnerId: '', types: ['BASIC_TRAINING'], from: '2025-01-01' },
      orderBy: { field: 'START_DATE', direction: 'ASC' },
    };
    const trainingsFilter = () => ({ ...alphaTrainings2025, filter: { ...alphaTrainings2025.filter, partnerId: partnerId('alpha') } });

    it('should return exactly the matching activities as UTF-8 CSV with a BOM, CRLF records, totals and cell columns', async () => {
      const { response, body } = await download('csv', trainingsFilter());
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="activities-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(body.toString('utf8')).toContain('\r\n');

      const rows = csvRows(body);
      expect(rows.map((row) => row['ID'])).toEqual([activityId('paralegal'), activityId('cebu')]);
      const [paralegal, cebu] = rows;
      expect(paralegal).toMatchObject({
        Title: 'Paralegal training for home-based workers',
        Partner: 'Alpha union',
        'Partner acronym': 'AU',
        Synergy: 'Philippines synergy',
        Type: 'BASIC_TRAINING',
        Status: 'COMPLETED',
        'Start date': '2025-03-10',
        'End date': '2025-03-12',
        'Country code': 'PH',
        Place: 'Quezon City',
        'Social protection branches': 'MEDICAL_CARE; OLD_AGE',
        'Informal sectors': 'HOME_BASED_WORK; DOMESTIC_WORK',
        Participants: '25',
        Women: '15',
        Men: '5',
        'Other sex': '0',
        'Sex not recorded': '5',
        Youth: '14',
        'Share of women': '0.6',
        'Share of youth': '0.56',
        'Women 18–35': '10',
        'Women 36–59': '5',
        'Men 18–35': '4',
        'Men 60+': '1',
        'Women Under 18': '0',
        'Sex not recorded, age not recorded': '5',
        'Gender marker score': '1',
        'Checklist 1: gender analysis done': 'yes',
        'Checklist 5: commitment to monitor gender results': 'yes',
        'Gender equality is the principal objective': 'no',
      });
      expect(new Date(paralegal!['Created at (UTC)']!).getTime()).not.toBeNaN();
      // Commas, quotes and accents survive the round trip.
      expect(cebu).toMatchObject({ Title: 'Formation « droits », Cebu – "santé" pour tous', Participants: '5', 'Women Under 18': '3', 'Other sex 18–35': '2' });
    });

    it('should keep a title that looks like a formula as text in CSV', async () => {
      const { body } = await download('csv', { filter: { partnerId: partnerId('alpha'), types: ['AWARENESS_RAISING'] } });
      expect(csvRows(body).map((row) => row['Title'])).toEqual(["'=SUM(1,2) flyers"]);
    });

    it('should return the same rows as XLSX with numbers as numbers, dates as dates and a bold frozen header', async () => {
      const { response, body } = await download('xlsx', trainingsFilter());
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="activities-\d{4}-\d{2}-\d{2}\.xlsx"$/);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Activities')!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      const column = (header: string) => headers.indexOf(header) + 1;
      expect(sheet.rowCount).toBe(3);

      const paralegal = sheet.getRow(2);
      const value = (header: string) => paralegal.getCell(column(header)).value;
      expect([sheet.getRow(2).getCell(column('ID')).value, sheet.getRow(3).getCell(column('ID')).value]).toEqual([activityId('paralegal'), activityId('cebu')]);
      expect(value('Title')).toBe('Paralegal training for home-based workers');
      expect(value('Participants')).toBe(25);
      expect(value('Women')).toBe(15);
      expect(value('Women 18–35')).toBe(10);
      expect(value('Sex not recorded, age not recorded')).toBe(5);
      expect(value('Gender marker score')).toBe(1);
      expect(value('Share of women')).toBe(0.6);
      expect(paralegal.getCell(column('Share of women')).numFmt).toBe('0.0%');
      expect(value('Start date')).toEqual(new Date('2025-03-10T00:00:00Z'));
      expect(value('Created at (UTC)')).toBeInstanceOf(Date);
      expect(value('Checklist 1: gender analysis done')).toBe(true);
      expect(value('Synergy')).toBe('Philippines synergy');
      expect(sheet.getRow(3).getCell(column('Title')).value).toBe('Formation « droits », Cebu – "santé" pour tous');
      expect(sheet.getRow(3).getCell(column('Share of youth')).value).toBeCloseTo(0.4);

      // The same rows and values as the CSV export.
      const csv = csvRows((await download('csv', trainingsFilter())).body);
      const cellText = (row: number, header: string) => {
        const cell = sheet.getRow(row).getCell(column(header)).value;
        if (cell instanceof Date) return cell.toISOString().slice(0, header.endsWith('(UTC)') ? undefined : 10);
        if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
        return cell === null || cell === undefined ? '' : String(cell);
      };
      expect(headers).toEqual(Object.keys(csv[0]!));
      for (const [index, row] of csv.entries()) {
        for (const header of headers.filter((name) => !name.startsWith('Share of'))) expect([header, cellText(index + 2, header)]).toEqual([header, row[header]]);
      }
    });

    it('should write a formula-like title as a text cell in XLSX', async () => {
      const { body } = await download('xlsx', { filter: { partnerId: partnerId('alpha'), types: ['AWARENESS_RAISING'] } });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as unknown as ArrayBuffer);
      const cell = workbook.getWorksheet('Activities')!.getRow(2).getCell(2);
      expect([cell.type, cell.value]).toEqual([ExcelJS.ValueType.String, '=SUM(1,2) flyers']);
    });

    it('should answer 401 with a JSON message when no valid token is sent', async () => {
      for (const token of [null, 'not-a-real-session-token-at-all']) {
        const { response, body } = await download('csv', {}, token);
        expect(response.status).toBe(401);
        expect(response.headers.get('content-type')).toContain('application/json');
        expect(JSON.parse(body.toString('utf8'))).toEqual({
          code: 'UNAUTHENTICATED',
          message: 'Sign in first: send `Authorization: Bearer <token>` with the token from the signIn mutation.',
        });
      }
      expect((await download('xlsx', {}, null)).response.status).toBe(401);
    });

    it("should not give a coordinator another synergy's activities", async () => {
      const kh = await gateway.signIn('coordinator.kh@export.test', password);
      const alphaOnly = csvRows((await download('csv', { filter: { partnerId: partnerId('alpha') } }, kh)).body);
      expect(alphaOnly).toEqual([]);
      const everything = csvRows((await download('csv', {}, kh)).body);
      expect(everything.map((row) => row['Title'])).toEqual(['Health mutual training']);

      const ph = await gateway.signIn('coordinator.ph@export.test', password);
      const phTitles = csvRows((await download('csv', { filter: { types: ['BASIC_TRAINING'] }, orderBy: { field: 'TITLE', direction: 'ASC' } }, ph)).body).map(
        (row) => row['Title'],
      );
      expect(phTitles).toEqual(['Formation « droits », Cebu – "santé" pour tous', 'Paralegal training for home-based workers', 'Training of 2024']);
    });

    it('should answer 400 naming the parameter when a filter or order is malformed', async () => {
      const cases: [Record<string, string>, string, RegExp][] = [
        [{ filter: '{"partnerId":' }, 'filter', /^filter: is not valid JSON/],
        [{ filter: '{"partnerId":"nope"}' }, 'filter', /^filter\.partnerId: is not a valid Partner id$/],
        [{ filter: JSON.stringify({ partnerId: toGlobalId('Synergy', world.partners.alpha) }) }, 'filter', /^filter\.partnerId: is not a valid Partner id$/],
        [{ filter: '{"from":"2025-13-01"}' }, 'filter', /^filter\.from: .*YYYY-MM-DD/],
        [{ filter: '{"types":["PICNIC"]}' }, 'filter', /^filter\.types\[0\]: .*PICNIC/],
        [{ filter: '{"colour":"red"}' }, 'filter', /^filter: .*colour/],
        [{ filter: '{"genderMarkerScores":[3]}' }, 'filter', /^filter\.genderMarkerScores: must be 0, 1 or 2, not 3$/],
        [{ orderBy: '{"field":"COLOUR","direction":"ASC"}' }, 'orderBy', /^orderBy\.field: .*COLOUR/],
        [{ orderBy: '"START_DATE"' }, 'orderBy', /^orderBy: .*ActivityOrder/],
      ];
      for (const [params, parameter, message] of cases) {
        const { response, body } = await download('csv', params);
        const answer = JSON.parse(body.toString('utf8'));
        expect([response.status, answer.code, answer.parameter], JSON.stringify(params)).toEqual([400, 'BAD_USER_INPUT', parameter]);
        expect(answer.message, JSON.stringify(params)).toMatch(message);
      }
      const twice = await fetch(`${gateway.url}/export/activities.xlsx?filter={}&filter={}`, { headers: { authorization: `Bearer ${admin}` } });
      expect([twice.status, ((await twice.json()) as { parameter: string }).parameter]).toEqual([400, 'filter']);
    });

    it('should answer 400 EXPORT_TOO_LARGE with the count and the limit when more activities match than a file may hold', async () => {
      // The same route on the same database, with a small limit.
      const small = Fastify({ logger: false });
      registerExportRoutes(small, { orm: gateway.db.orm, schema: buildSchema(), maxRows: 5 });
      try {
        const tooMany = await small.inject({ url: '/export/activities.csv', headers: { authorization: `Bearer ${admin}` } });
        expect([tooMany.statusCode, tooMany.json()]).toEqual([
          400,
          {
            code: 'EXPORT_TOO_LARGE',
            parameter: 'filter',
            rowCount: 216,
            limit: 5,
            message: 'The export would hold 216 activities; the limit is 5. Narrow the filter (dates, synergy, partner…) and export in parts.',
          },
        ]);
        const query = new URLSearchParams({ filter: JSON.stringify({ partnerId: partnerId('alpha') }) });
        const fits = await small.inject({ url: `/export/activities.csv?${query}`, headers: { authorization: `Bearer ${admin}` } });
        expect([fits.statusCode, csvRows(fits.rawPayload).length]).toEqual([200, 5]);
      } finally {
        await small.close();
      }
    });

    it('should run as many SQL statements for 200 activities as for 10, plus one page', async () => {
      const measure = async (partner: 'ten' | 'twoHundred', format: 'csv' | 'xlsx') => {
        gateway.resetQueryCount();
        const { response, body } = await download(format, { filter: { partnerId: partnerId(partner) } });
        expect(response.status).toBe(200);
        const rows = format === 'csv' ? csvRows(body).length : await xlsxRowCount(body);
        return { statements: gateway.queryCount(), rows };
      };
      // The counter sees the whole pool: the lower of two runs ignores a stray statement of the pool's own.
      const statementsFor = async (partner: 'ten' | 'twoHundred', format: 'csv' | 'xlsx') => {
        const [first, second] = [await measure(partner, format), await measure(partner, format)];
        return { rows: first.rows, statements: Math.min(first.statements, second.statements) };
      };
      for (const format of ['csv', 'xlsx'] as const) {
        const ten = await statementsFor('ten', format);
        const twoHundred = await statementsFor('twoHundred', format);
        expect([ten.rows, twoHundred.rows]).toEqual([10, 200]);
        console.info(`${format} export SQL statements: ${ten.statements} for 10 activities (1 page), ${twoHundred.statements} for 200 (2 pages)`);
        // One more page of 100 costs its three statements (activities, partners, synergies), whatever the rows.
        expect(twoHundred.statements - ten.statements).toBe(3);
        // Authentication aside (the test gateway counts it apart).
        expect(ten.statements).toBe(5);
      }
    });
  });
}

async function xlsxRowCount(body: Buffer): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.getWorksheet('Activities')!.rowCount - 1;
}
