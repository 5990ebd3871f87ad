import { describe, expect, it } from 'vitest';
import { defaultAgeBands, type AgeBand } from '../networks/age-bands.rules.ts';
import type { Activity } from './activity.entity.ts';
import { activityExportColumns, activityExportRow, cellColumnKey, ExportTooLargeError, unionOfAgeBands } from './activity-export.ts';

/** A stored activity as the export reads it; only the fields it uses. */
const buildStoredActivity = (overrides: Partial<Activity> = {}): Activity =>
  ({
    id: '0b7c6a52-3a5e-4d0e-9d5c-6f1f2b7a9e01',
    network: { id: 'net-1' },
    title: 'Paralegal training for home-based workers',
    description: null,
    type: 'POLITICAL_ACTION',
    subType: 'POSITION_PAPER',
    status: 'COMPLETED',
    startDate: '2025-03-10',
    endDate: '2025-03-12',
    country: 'PH',
    place: 'Quezon City',
    branches: ['MEDICAL_CARE', 'OLD_AGE'],
    workerCategories: ['INFORMAL_ECONOMY'],
    informalSectors: ['DOMESTIC_WORK', 'HOME_BASED_WORK'],
    participantCells: [
      { sex: 'WOMEN', ageBandId: '18-35', count: 10 },
      { sex: 'WOMEN', ageBandId: '36-59', count: 5 },
      { sex: 'MEN', ageBandId: '18-35', count: 4 },
      { sex: 'MEN', ageBandId: '60-plus', count: 1 },
      { sex: 'NOT_RECORDED', ageBandId: null, count: 5 },
    ],
    participantsTotal: 25,
    participantsWomen: 15,
    participantsMen: 5,
    participantsOther: 0,
    participantsNotRecorded: 5,
    participantsYouth: 14,
    genderScore: 1,
    genderCriteria: ['GENDER_ANALYSIS', 'ANALYSIS_SHAPED_DESIGN', 'GENDER_OBJECTIVE_AND_INDICATOR', 'SEX_DISAGGREGATED_DATA', 'GENDER_MONITORING_COMMITMENT'],
    genderPrincipalObjective: false,
    genderJustification: null,
    createdAt: new Date('2025-03-13T08:00:00Z'),
    updatedAt: new Date('2025-03-14T09:30:00Z'),
    ...overrides,
  }) as unknown as Activity;

const related = { partnerName: 'Alpha union', partnerAcronym: 'AU', synergyName: 'Philippines synergy' };

describe('activityExportColumns', () => {
  it('should name one cell column per sex × age band from the band labels, then the unknown-age cell', () => {
    const headers = activityExportColumns(defaultAgeBands()).map((column) => column.header);
    const cells = headers.slice(headers.indexOf('Share of youth') + 1, headers.indexOf('Gender marker score'));
    expect(cells).toEqual([
      'Women Under 18',
      'Women 18–35',
      'Women 36–59',
      'Women 60+',
      'Men Under 18',
      'Men 18–35',
      'Men 36–59',
      'Men 60+',
      'Other sex Under 18',
      'Other sex 18–35',
      'Other sex 36–59',
      'Other sex 60+',
      'Sex not recorded Under 18',
      'Sex not recorded 18–35',
      'Sex not recorded 36–59',
      'Sex not recorded 60+',
      'Sex not recorded, age not recorded',
    ]);
  });

  it('should have unique keys and headers', () => {
    const columns = activityExportColumns(defaultAgeBands());
    expect(new Set(columns.map((column) => column.key)).size).toBe(columns.length);
    expect(new Set(columns.map((column) => column.header)).size).toBe(columns.length);
  });

  it('should type counts as integers, shares as shares, days as dates and instants as datetimes', () => {
    const kinds = Object.fromEntries(activityExportColumns(defaultAgeBands()).map((column) => [column.header, column.kind]));
    expect(kinds).toMatchObject({
      Participants: 'integer',
      'Women 18–35': 'integer',
      'Share of women': 'share',
      'Start date': 'date',
      'Created at (UTC)': 'datetime',
      'Checklist 1: gender analysis done': 'boolean',
      Title: 'text',
    });
  });
});

describe('unionOfAgeBands', () => {
  it('should share a column between networks with the same band id and join differing labels', () => {
    const other: AgeBand[] = [
      { id: 'under-18', label: 'Under 18', minAge: null, maxAge: 17, youth: false },
      { id: '18-35', label: '18 to 35', minAge: 18, maxAge: 35, youth: true },
      { id: '36-plus', label: '36+', minAge: 36, maxAge: null, youth: false },
    ];
    expect(unionOfAgeBands([{ ageBands: defaultAgeBands() }, { ageBands: other }])).toEqual([
      { id: 'under-18', label: 'Under 18' },
      { id: '18-35', label: '18–35 / 18 to 35' },
      { id: '36-59', label: '36–59' },
      { id: '60-plus', label: '60+' },
      { id: '36-plus', label: '36+' },
    ]);
  });
});

describe('activityExportRow', () => {
  const columns = activityExportColumns(defaultAgeBands());

  it('should flatten an activity with its names, totals, shares, cells and gender marker when it is fully recorded', () => {
    const row = activityExportRow(buildStoredActivity(), related, columns, defaultAgeBands());
    expect(row).toMatchObject({
      id: '0b7c6a52-3a5e-4d0e-9d5c-6f1f2b7a9e01',
      title: 'Paralegal training for home-based workers',
      partner: 'Alpha union',
      partnerAcronym: 'AU',
      synergy: 'Philippines synergy',
      type: 'POLITICAL_ACTION',
      subType: 'POSITION_PAPER',
      status: 'COMPLETED',
      startDate: '2025-03-10',
      endDate: '2025-03-12',
      country: 'PH',
      countryName: 'Philippines',
      place: 'Quezon City',
      branches: 'MEDICAL_CARE; OLD_AGE',
      workerCategories: 'INFORMAL_ECONOMY',
      informalSectors: 'DOMESTIC_WORK; HOME_BASED_WORK',
      participantsTotal: 25,
      participantsWomen: 15,
      participantsMen: 5,
      participantsOther: 0,
      participantsNotRecorded: 5,
      participantsYouth: 14,
      womenShare: 0.6,
      youthShare: 0.56,
      genderMarkerScore: 1,
      'checklist:GENDER_ANALYSIS': true,
      'checklist:GENDER_MONITORING_COMMITMENT': true,
      genderPrincipalObjective: false,
      genderJustification: null,
      createdAt: new Date('2025-03-13T08:00:00Z'),
    });
    expect(row[cellColumnKey('WOMEN', '18-35')]).toBe(10);
    expect(row[cellColumnKey('WOMEN', '36-59')]).toBe(5);
    expect(row[cellColumnKey('MEN', '60-plus')]).toBe(1);
    expect(row[cellColumnKey('NOT_RECORDED', null)]).toBe(5);
    expect(row[cellColumnKey('OTHER', '18-35')]).toBe(0);
  });

  it('should give a value for every column and nothing else', () => {
    const row = activityExportRow(buildStoredActivity(), related, columns, defaultAgeBands());
    expect(Object.keys(row).sort()).toEqual(columns.map((column) => column.key).sort());
  });

  it('should leave shares empty and cells at zero when nobody was counted', () => {
    const row = activityExportRow(
      buildStoredActivity({
        participantCells: [],
        participantsTotal: 0,
        participantsWomen: 0,
        participantsMen: 0,
        participantsNotRecorded: 0,
        participantsYouth: 0,
        status: 'PLANNED',
      }),
      { partnerName: 'Alpha union', partnerAcronym: null, synergyName: null },
      columns,
      defaultAgeBands(),
    );
    expect(row).toMatchObject({ womenShare: null, youthShare: null, participantsTotal: 0, synergy: null, partnerAcronym: null });
    expect(columns.filter((column) => column.key.startsWith('cell:')).map((column) => row[column.key])).toEqual(Array(17).fill(0));
  });

  it('should leave the cells of bands its own network does not have empty when networks differ', () => {
    const wide = activityExportColumns(unionOfAgeBands([{ ageBands: defaultAgeBands() }, { ageBands: [{ id: 'all', label: 'All ages', minAge: null, maxAge: null, youth: true }] }]));
    const row = activityExportRow(buildStoredActivity(), related, wide, defaultAgeBands());
    expect(row[cellColumnKey('WOMEN', 'all')]).toBeNull();
    expect(row[cellColumnKey('WOMEN', 'under-18')]).toBe(0);
    expect(row[cellColumnKey('WOMEN', '18-35')]).toBe(10);
  });

  it('should write the checklist answers one column each when only some criteria are met', () => {
    const row = activityExportRow(buildStoredActivity({ genderScore: 0, genderCriteria: ['SEX_DISAGGREGATED_DATA'] }), related, columns, defaultAgeBands());
    expect([
      row['checklist:GENDER_ANALYSIS'],
      row['checklist:ANALYSIS_SHAPED_DESIGN'],
      row['checklist:GENDER_OBJECTIVE_AND_INDICATOR'],
      row['checklist:SEX_DISAGGREGATED_DATA'],
      row['checklist:GENDER_MONITORING_COMMITMENT'],
    ]).toEqual([false, false, false, true, false]);
  });
});

describe('ExportTooLargeError', () => {
  it('should say how many matched, the limit and what to do', () => {
    expect(new ExportTooLargeError(62_000, 50_000).message).toBe(
      'The export would hold 62,000 activities; the limit is 50,000. Narrow the filter (dates, synergy, partner…) and export in parts.',
    );
  });
});
