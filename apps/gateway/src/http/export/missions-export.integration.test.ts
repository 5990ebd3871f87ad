import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/knex';
import { changeMissionStatus, createMission, hashPassword, loadActor, recordMissionEvaluation, type CreateMissionInput, type DomainContext } from '@synergia/domain';
import { buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, persistSeed } from '@synergia/domain/testing';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';
import { toGlobalId } from '../../graphql/global-id.ts';

const password = 'mission-export-password';

/** A Philippines synergy (Alpha, Beta) and a Cambodia synergy (Bravo); an admin and one coordinator each; three missions. */
async function seed(gateway: TestGateway) {
  const em = gateway.db.orm.em.fork() as EntityManager;
  const network = buildNetwork(em, { name: 'Mission export network' });
  const ph = buildSynergy(em, network, { name: 'Philippines synergy', country: 'PH' });
  const kh = buildSynergy(em, network, { name: 'Cambodia synergy', country: 'KH' });
  const alpha = buildPartner(em, network, { name: 'Alpha union' });
  const beta = buildPartner(em, network, { name: 'Beta mutual' });
  const bravo = buildPartner(em, network, { name: 'Bravo union', country: 'KH' });
  buildMembership(em, ph, alpha, { since: '2020-01-01' });
  buildMembership(em, ph, beta, { since: '2020-01-01' });
  buildMembership(em, kh, bravo, { since: '2020-01-01' });
  const passwordHash = await hashPassword(password);
  const user = (email: string, role: Parameters<typeof buildGrant>[2], scopeType: Parameters<typeof buildGrant>[3], scopeId: string) => {
    const created = buildUser(em, { email, passwordHash });
    buildGrant(em, created, role, scopeType, scopeId, network);
    return created.id;
  };
  const adminId = user('admin@mission-export.test', 'NETWORK_ADMIN', 'NETWORK', network.id);
  user('coordinator.kh@mission-export.test', 'SYNERGY_COORDINATOR', 'SYNERGY', kh.id);
  await persistSeed(em);

  const ctxEm = gateway.db.orm.em.fork() as EntityManager;
  const ctx: DomainContext = { em: ctxEm, actor: await loadActor(ctxEm, adminId) };
  const plan = async (input: Partial<CreateMissionInput>) => {
    const result = await createMission(ctx, {
      organiserSynergyId: ph.id,
      format: 'WORKSHOP',
      themes: ['GENDER'],
      title: 'Workshop',
      plannedStartDate: '2025-03-10',
      plannedEndDate: '2025-03-12',
      country: 'PH',
      ...input,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    ctxEm.clear();
    return result.value;
  };
  const workshop = await plan({
    title: 'Gender workshop',
    city: 'Quezon City',
    themes: ['GENDER', 'COMMUNICATION'],
    targetSynergyIds: [kh.id],
    targetPartnerIds: [beta.id, alpha.id],
    facilitators: [{ name: 'Maria Santos', kind: 'PERSON', origin: 'INTERNAL', partnerId: alpha.id }],
    budgetPlanned: 12500.5,
    budgetCurrency: 'PHP',
    participants: [
      { sex: 'WOMEN', ageBandId: '18-35', count: 12 },
      { sex: 'MEN', ageBandId: '36-59', count: 8 },
    ],
  });
  const started = await changeMissionStatus(ctx, { id: workshop.id, version: 1, status: 'ONGOING' });
  if (!started.ok) throw new Error(JSON.stringify(started.errors));
  ctxEm.clear();
  const evaluated = await recordMissionEvaluation(ctx, { missionId: workshop.id, version: 2, formsReturned: 15, relevance: 4.5 });
  if (!evaluated.ok) throw new Error(JSON.stringify(evaluated.errors));
  ctxEm.clear();
  await plan({ title: 'PH internal seminar', format: 'SEMINAR', plannedStartDate: '2025-05-01', plannedEndDate: '2025-05-01' });
  await plan({ title: 'Network coaching', organiserSynergyId: null, networkId: network.id, format: 'COACHING', country: null, online: true, plannedStartDate: '2025-01-05', plannedEndDate: '2025-01-06' });
  return { workshopId: workshop.id, phId: ph.id };
}

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`mission export on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    let seeded: Awaited<ReturnType<typeof seed>>;
    const tokens: Record<string, string> = {};
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, demo: false, label: 'mission_export' });
      seeded = await seed(gateway);
      tokens.admin = await gateway.signIn('admin@mission-export.test', password);
      tokens.coordinatorKh = await gateway.signIn('coordinator.kh@mission-export.test', password);
    });
    afterAll(() => gateway?.close());

    const download = (path: string, params: Record<string, unknown>, token?: string) => {
      const query = new URLSearchParams(Object.entries(params).map(([key, value]): [string, string] => [key, JSON.stringify(value)]));
      return fetch(`${gateway.url}${path}?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    };

    it('should return the filtered missions in the list order as CSV, with targets, facilitators, budget, evaluation and participants', async () => {
      const response = await download('/export/missions.csv', { filter: { formats: ['WORKSHOP', 'COACHING'] }, orderBy: { field: 'START_DATE', direction: 'ASC' } }, tokens.admin);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/csv/);
      expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="missions-\d{4}-\d{2}-\d{2}\.csv"/);
      expect(response.headers.get('x-export-row-count')).toBe('2');
      const rows = parse(await response.text(), { columns: true, bom: true }) as Record<string, string>[];
      expect(rows.map((row) => row['Title'])).toEqual(['Network coaching', 'Gender workshop']);
      expect(rows[0]).toMatchObject({ Organiser: 'Mission export network', 'Organised by the network': 'yes', Online: 'yes', 'Country code': '' });
      expect(rows[1]).toMatchObject({
        ID: toGlobalId('CapacityBuildingMission', seeded.workshopId),
        Format: 'WORKSHOP',
        Themes: 'GENDER; COMMUNICATION',
        Organiser: 'Philippines synergy',
        Status: 'ONGOING',
        'Actual start date': '2025-03-10',
        Country: 'Philippines',
        City: 'Quezon City',
        'Target synergies': 'Cambodia synergy',
        'Target partners': 'Alpha union; Beta mutual',
        'Facilitators (kind, origin)': 'Maria Santos (PERSON, INTERNAL, Alpha union)',
        'Budget planned': '12500.5',
        'Budget currency': 'PHP',
        'Evaluation forms returned': '15',
        'Relevance (1-5)': '4.5',
        'Quality (1-5)': '',
        'Review status': '',
        Participants: '20',
      });
    });

    it('should return the same rows as XLSX, numbers as numbers and dates as dates', async () => {
      const response = await download('/export/missions.xlsx', { filter: { synergyId: toGlobalId('Synergy', seeded.phId) }, orderBy: { field: 'TITLE', direction: 'ASC' } }, tokens.admin);
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
      const sheet = workbook.getWorksheet('Missions')!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      const cell = (row: number, header: string) => sheet.getRow(row).getCell(headers.indexOf(header) + 1).value;
      expect([cell(2, 'Title'), cell(3, 'Title'), sheet.rowCount]).toEqual(['Gender workshop', 'PH internal seminar', 3]);
      expect(cell(2, 'Budget planned')).toBe(12500.5);
      expect(cell(2, 'Participants')).toBe(20);
      expect(cell(2, 'Planned start date')).toEqual(new Date('2025-03-10T00:00:00Z'));
    });

    it("should give a coordinator only the missions its synergy may see, and answer 401 without a token", async () => {
      const response = await download('/export/missions.csv', {}, tokens.coordinatorKh);
      const rows = parse(await response.text(), { columns: true, bom: true }) as Record<string, string>[];
      // Cambodia is a target of the workshop only.
      expect(rows.map((row) => row['Title'])).toEqual(['Gender workshop']);
      const anonymous = await download('/export/missions.csv', {});
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('should answer 400 naming the parameter when a filter or order is malformed', async () => {
      const badEnum = await download('/export/missions.csv', { filter: { formats: ['PICNIC'] } }, tokens.admin);
      expect([badEnum.status, ((await badEnum.json()) as { parameter: string }).parameter]).toEqual([400, 'filter']);
      const badId = await download('/export/missions.xlsx', { filter: { partnerId: 'nonsense' } }, tokens.admin);
      expect(await badId.json()).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'filter', message: expect.stringMatching(/filter\.partnerId/) });
      const badOrder = await download('/export/missions.csv', { orderBy: { field: 'BUDGET', direction: 'ASC' } }, tokens.admin);
      expect([badOrder.status, ((await badOrder.json()) as { parameter: string }).parameter]).toEqual([400, 'orderBy']);
      const badDate = await download('/export/missions.csv', { filter: { from: '2025-02-30x' } }, tokens.admin);
      expect(badDate.status).toBe(400);
    });
  });
}
