import { describe, expect, it } from 'vitest';
import { defaultAgeBands } from '../networks/age-bands.rules.ts';
import { activityExportColumns, ExportTooLargeError } from '../activities/activity-export.ts';
import type { JointAction } from './joint-action.entity.ts';
import { jointActionExportColumns, jointActionExportRow } from './joint-action-export.ts';

/** A stored joint action as the export reads it; only the fields it uses. */
const buildStoredJointAction = (overrides: Partial<JointAction> = {}): JointAction =>
  ({
    id: '2f1d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b',
    network: { id: 'net-1' },
    synergy: { id: 'syn-1' },
    kind: 'POLITICAL_ACTION',
    title: 'Maternity cover for informal workers',
    objective: 'Extend maternity benefits',
    branches: ['MATERNITY', 'MEDICAL_CARE'],
    country: 'PH',
    plannedStartDate: '2025-03-01',
    plannedEndDate: '2025-12-31',
    actualStartDate: '2025-03-04',
    actualEndDate: null,
    status: 'ONGOING',
    stageReached: 'FORMULATION',
    noOutcomeReason: null,
    participantCells: [
      { sex: 'WOMEN', ageBandId: '18-35', count: 30 },
      { sex: 'MEN', ageBandId: '36-59', count: 10 },
    ],
    participantsTotal: 40,
    participantsWomen: 30,
    participantsMen: 10,
    participantsOther: 0,
    participantsNotRecorded: 0,
    participantsYouth: 30,
    genderScore: 0,
    genderCriteria: [],
    genderPrincipalObjective: false,
    genderJustification: null,
    createdAt: new Date('2025-02-01T08:00:00Z'),
    updatedAt: new Date('2025-06-01T09:30:00Z'),
    ...overrides,
  }) as unknown as JointAction;

const names = {
  synergyName: 'Philippines synergy',
  partners: [
    { name: 'Alliance of Filipino Informal Workers', acronym: 'AFIW', role: 'LEAD' as const },
    { name: 'Kalinga Health Mutual', acronym: null, role: 'CONTRIBUTOR' as const },
  ],
};

describe('jointActionExportColumns', () => {
  it('should have unique keys and headers', () => {
    const columns = jointActionExportColumns(defaultAgeBands());
    expect(new Set(columns.map((column) => column.key)).size).toBe(columns.length);
    expect(new Set(columns.map((column) => column.header)).size).toBe(columns.length);
  });

  it('should carry the same participants and gender marker columns as the activity export', () => {
    const reach = (headers: string[]) => headers.slice(headers.indexOf('Participants'), headers.indexOf('Gender marker justification') + 1);
    const jointAction = jointActionExportColumns(defaultAgeBands()).map((column) => column.header);
    const activity = activityExportColumns(defaultAgeBands()).map((column) => column.header);
    expect(reach(jointAction)).toEqual(reach(activity));
    expect(reach(jointAction)).toContain('Women 18–35');
  });
});

describe('jointActionExportRow', () => {
  const columns = jointActionExportColumns(defaultAgeBands());

  it('should flatten a joint action with its synergy, partners by role, stage, totals and cells', () => {
    const row = jointActionExportRow(buildStoredJointAction(), names, columns, defaultAgeBands());
    expect(row).toMatchObject({
      title: 'Maternity cover for informal workers',
      kind: 'POLITICAL_ACTION',
      synergy: 'Philippines synergy',
      continental: false,
      status: 'ONGOING',
      plannedStartDate: '2025-03-01',
      actualStartDate: '2025-03-04',
      actualEndDate: null,
      country: 'PH',
      countryName: 'Philippines',
      branches: 'MATERNITY; MEDICAL_CARE',
      lead: 'Alliance of Filipino Informal Workers (AFIW)',
      partners: 'Alliance of Filipino Informal Workers (AFIW): LEAD; Kalinga Health Mutual: CONTRIBUTOR',
      partnerCount: 2,
      stageReached: 'FORMULATION',
      participantsTotal: 40,
      womenShare: 0.75,
      'cell:WOMEN:18-35': 30,
      'cell:MEN:36-59': 10,
      'cell:WOMEN:under-18': 0,
      genderMarkerScore: 0,
      'checklist:GENDER_ANALYSIS': false,
    });
  });

  it('should give a value for every column and nothing else', () => {
    const row = jointActionExportRow(buildStoredJointAction(), names, columns, defaultAgeBands());
    expect(Object.keys(row).sort()).toEqual(columns.map((column) => column.key).sort());
  });

  it('should leave the synergy and country empty for a continental action without partners yet', () => {
    const row = jointActionExportRow(buildStoredJointAction({ synergy: null, country: null }), { synergyName: null, partners: [] }, columns, defaultAgeBands());
    expect(row).toMatchObject({ synergy: null, continental: true, country: null, countryName: null, lead: null, partners: '', partnerCount: 0 });
  });
});

describe('ExportTooLargeError', () => {
  it('should say what the rows are', () => {
    expect(new ExportTooLargeError(60_000, 50_000, 'joint actions').message).toBe(
      'The export would hold 60,000 joint actions; the limit is 50,000. Narrow the filter (dates, synergy, partner…) and export in parts.',
    );
  });
});
