import { describe, expect, it } from 'vitest';
import type { ContinentalMissionDetailFragment } from '../gql/graphql.ts';
import { NETWORK_ORGANISER, createMissionInput, missionFormFrom, emptyFacilitator, emptyMissionForm, mapMissionErrors, missionFormProblems, updateMissionInput, type MissionFormValues } from './mission-form.ts';

const bands = [
  { id: 'u18', label: '<18', youth: false },
  { id: '18-35', label: '18–35', youth: true },
];

const filled = (): MissionFormValues => ({
  ...emptyMissionForm(NETWORK_ORGANISER),
  format: 'WORKSHOP',
  themes: ['GENDER'],
  title: '  Gender workshop ',
  plannedStartDate: '2026-05-04',
  plannedEndDate: '2026-05-06',
  country: 'PH',
  budgetPlanned: '1200.50',
  budgetCurrency: 'eur',
  facilitators: [{ ...emptyFacilitator(), name: 'Ana', origin: 'INTERNAL', partnerId: 'P1' }],
  participants: { 'WOMEN|18-35': 12 },
});

describe('mission form', () => {
  it('should find what is plainly missing or malformed before sending', () => {
    expect(missionFormProblems(emptyMissionForm('S1'))).toEqual({
      format: 'required',
      themes: 'themes',
      title: 'required',
      plannedStartDate: 'required',
      plannedEndDate: 'required',
      country: 'countryOrOnline',
    });
    const values = { ...filled(), plannedEndDate: '2026-05-01', budgetSpent: '12,5', budgetCurrency: '', online: true, country: '', facilitators: [emptyFacilitator()] };
    expect(missionFormProblems(values)).toEqual({ plannedEndDate: 'endBeforeStart', budgetSpent: 'amount', budgetCurrency: 'currency', 'facilitators.0.name': 'required' });
    expect(missionFormProblems(filled())).toEqual({});
  });

  it('should send a network mission with networkId and a synergy mission with organiserSynergyId', () => {
    const { input, sentCells } = createMissionInput(filled(), 'N1', bands);
    expect(input).toMatchObject({
      networkId: 'N1',
      title: 'Gender workshop',
      budgetPlanned: 1200.5,
      budgetSpent: null,
      budgetCurrency: 'EUR',
      facilitators: [{ name: 'Ana', kind: 'PERSON', origin: 'INTERNAL', partnerId: 'P1' }],
      participants: [{ sex: 'WOMEN', ageBandId: '18-35', count: 12 }],
    });
    expect(input).not.toHaveProperty('organiserSynergyId');
    expect(sentCells).toEqual(['WOMEN|18-35']);
    expect(createMissionInput({ ...filled(), organiser: 'S1' }, 'N1', bands).input).toMatchObject({ organiserSynergyId: 'S1' });
    expect(updateMissionInput({ ...filled(), actualStartDate: '' }, 'M1', 3, bands).input).toMatchObject({ id: 'M1', version: 3, actualStartDate: null, actualEndDate: null });
  });

  it('should put the API errors beside the field, the facilitator row and the grid cell their path names', () => {
    const mapped = mapMissionErrors(
      [
        { __typename: 'ValidationError', message: 'title: must not be empty', path: ['input', 'title'], field: 'title' },
        { __typename: 'ValidationError', message: 'name is too long', path: ['input', 'facilitators', '0', 'name'], field: 'name' },
        { __typename: 'ValidationError', message: 'participants.cells.0.count: too many', path: ['input', 'participants', 'cells', '0', 'count'], field: 'count' },
        { __typename: 'ForbiddenError', message: 'not your synergy', path: ['input', 'organiserSynergyId'] },
        { __typename: 'ConflictError', message: 'changed meanwhile', path: ['input', 'version'] },
      ],
      ['WOMEN|18-35'],
      1,
    );
    expect(mapped.fields).toMatchObject({ title: 'Must not be empty', 'facilitators.0.name': 'name is too long', organiser: 'not your synergy' });
    expect(mapped.cells).toEqual({ 'WOMEN|18-35': 'Too many' });
    expect(mapped.general.map((e) => e.__typename)).toEqual(['ConflictError']);
  });

  it('should show a locked field beside it and above the form', () => {
    const mapped = mapMissionErrors([{ __typename: 'LockedError', message: 'title is locked by an approved review', path: ['input', 'title'] }], [], 0);
    expect(mapped.fields['title']).toBe('title is locked by an approved review');
    expect(mapped.general.map((e) => e.__typename)).toEqual(['LockedError']);
  });
});

describe('missionFormFrom', () => {
  it('should read a recorded mission into the form without the typenames the inputs refuse', () => {
    const criteria = { __typename: 'GenderMarkerCriteria' as const, genderAnalysis: true, analysisShapedDesign: true, genderObjectiveAndIndicator: true, sexDisaggregatedData: true, genderMonitoringCommitment: true };
    // The typenames of the nested objects do not matter here but the one the input types refuse (on the criteria).
    const mission = {
      id: 'M1',
      version: 2,
      title: 'T',
      format: 'SEMINAR',
      themes: ['GENDER'],
      objectives: null,
      organiserName: 'Philippine Synergy',
      organiserSynergy: { id: 'S1', name: 'Philippine Synergy' },
      network: { id: 'N1', name: 'N', ageBands: bands },
      plannedStartDate: '2026-01-01',
      plannedEndDate: '2026-01-02',
      actualStartDate: null,
      actualEndDate: null,
      place: { country: null, countryName: null, city: null, online: true },
      status: 'PLANNED',
      nextStatuses: [],
      targetSynergies: [],
      targetPartners: [{ id: 'P1', name: 'A', acronym: null }],
      facilitators: [{ id: 'F1', name: 'Ana', kind: 'PERSON', origin: 'INTERNAL', partner: { id: 'P1', name: 'A' } }],
      budget: { planned: 100, spent: null, currency: 'USD' },
      participants: { total: 3, women: 3, youth: 3, womenShare: 1, youthShare: 1, cells: [{ sex: 'WOMEN', count: 3, ageBand: { id: '18-35' } }] },
      genderMarker: { score: 1, criteria, principalObjective: false, justification: null, allowedMaxScore: 1 },
      evaluation: null,
      review: null,
      reviewStatus: null,
      locked: false,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      createdBy: null,
      updatedBy: null,
      viewerCan: { update: true, delete: true, review: false },
    } as unknown as ContinentalMissionDetailFragment;
    const values = missionFormFrom(mission);
    expect(values).toMatchObject({ organiser: 'S1', online: true, budgetPlanned: '100', budgetSpent: '', targetPartnerIds: ['P1'], participants: { 'WOMEN|18-35': 3 } });
    expect(values.facilitators).toMatchObject([{ name: 'Ana', origin: 'INTERNAL', partnerId: 'P1' }]);
    expect(values.genderMarker.criteria).not.toHaveProperty('__typename');
    expect(updateMissionInput(values, 'M1', 2, bands).input.genderMarker?.criteria).toEqual({
      genderAnalysis: true,
      analysisShapedDesign: true,
      genderObjectiveAndIndicator: true,
      sexDisaggregatedData: true,
      genderMonitoringCommitment: true,
    });
  });
});
