import { describe, expect, it } from 'vitest';
import type { AgeBandLike } from '@synergia/ui';
import {
  activityFormFrom,
  emptyActivityForm,
  hasProblems,
  mapActivityErrors,
  toCreateActivityInput,
  toUpdateActivityInput,
  validateActivityForm,
  withType,
  type ActivityFormValues,
} from './activity-form.rules.ts';

const bands: AgeBandLike[] = [
  { id: 'under-18', label: 'Under 18', youth: false },
  { id: '18-35', label: '18–35', youth: true },
  { id: '36-59', label: '36–59', youth: false },
  { id: '60+', label: '60+', youth: false },
];

function buildForm(overrides: Partial<ActivityFormValues> = {}): ActivityFormValues {
  return {
    ...emptyActivityForm({ partnerId: 'p1', country: 'PH', startDate: '2025-03-01' }),
    type: 'BASIC_TRAINING',
    title: 'Training on maternity benefits',
    branches: ['MATERNITY'],
    ...overrides,
  };
}

describe('validateActivityForm', () => {
  it('should accept a form when the required fields are filled', () => {
    expect(hasProblems(validateActivityForm(buildForm(), bands, 'create'))).toBe(false);
  });

  it('should require partner, type, title, start date, country and a branch when they are empty', () => {
    const { fields } = validateActivityForm(
      buildForm({ partnerId: '', type: '', title: ' ', startDate: '', country: '', branches: [] }),
      bands,
      'create',
    );
    expect(Object.keys(fields).sort()).toEqual(['branches', 'country', 'partnerId', 'startDate', 'title', 'type']);
    expect(fields.branches?.key).toBe('activities.form.branchRequired');
  });

  it('should not require the partner when editing', () => {
    expect(validateActivityForm(buildForm({ partnerId: '' }), bands, 'update').fields.partnerId).toBeUndefined();
  });

  it('should require a sub-type when the type takes one', () => {
    expect(validateActivityForm(buildForm({ type: 'POLITICAL_ACTION' }), bands, 'create').fields.subType?.key).toBe('form.required');
    expect(validateActivityForm(buildForm({ type: 'POLITICAL_ACTION', subType: 'DRAFT_LAW' }), bands, 'create').fields.subType).toBeUndefined();
  });

  it('should flag an end date when it is before the start date', () => {
    expect(validateActivityForm(buildForm({ endDate: '2025-02-28' }), bands, 'create').fields.endDate?.key).toBe('activities.form.endBeforeStart');
  });

  it('should flag lengths when text is too short or too long', () => {
    expect(validateActivityForm(buildForm({ title: 'ab' }), bands, 'create').fields.title).toEqual({ key: 'form.tooShort', values: { min: 3 } });
    expect(validateActivityForm(buildForm({ place: 'x'.repeat(201) }), bands, 'create').fields.place?.key).toBe('form.tooLong');
  });

  it('should flag grid cells when counts are fractional or negative', () => {
    const { cells } = validateActivityForm(buildForm({ participants: { 'WOMEN|18-35': 1.5, 'MEN|60+': -2 } }), bands, 'create');
    expect(cells).toEqual({ 'WOMEN|18-35': { key: 'form.notANumber' }, 'MEN|60+': { key: 'form.notNegative' } });
  });

  it('should require participants when an activity is recorded as completed', () => {
    expect(validateActivityForm(buildForm({ status: 'COMPLETED' }), bands, 'create').fields.participants?.key).toBe(
      'activities.form.participantsRequired',
    );
    expect(validateActivityForm(buildForm({ status: 'COMPLETED', participants: { 'NOT_RECORDED|': 40 } }), bands, 'create').fields.participants).toBeUndefined();
  });

  it('should leave the gender marker to the API when the score is higher than the checklist allows', () => {
    const form = buildForm({ genderMarker: { ...buildForm().genderMarker, score: 2 } });
    expect(hasProblems(validateActivityForm(form, bands, 'create'))).toBe(false);
  });
});

describe('withType', () => {
  it('should drop the sub-type when it does not fit the new type', () => {
    const form = buildForm({ type: 'POLITICAL_ACTION', subType: 'DRAFT_LAW' });
    expect(withType(form, 'INDIVIDUAL_SUPPORT').subType).toBe('');
    expect(withType(form, 'POLITICAL_ACTION').subType).toBe('DRAFT_LAW');
  });
});

describe('activity inputs', () => {
  it('should build a create input with the sent cells in reading order and nulls for empty text', () => {
    const { input, sentCells } = toCreateActivityInput(
      buildForm({ participants: { 'MEN|18-35': 4, 'WOMEN|18-35': 6, 'OTHER|60+': 0, 'NOT_RECORDED|': 2 }, place: '  ' }),
      bands,
    );
    expect(input).toMatchObject({
      partnerId: 'p1',
      synergyId: null,
      type: 'BASIC_TRAINING',
      subType: null,
      startDate: '2025-03-01',
      endDate: '2025-03-01',
      country: 'PH',
      place: null,
      description: null,
      status: 'PLANNED',
      participants: [
        { sex: 'WOMEN', ageBandId: '18-35', count: 6 },
        { sex: 'MEN', ageBandId: '18-35', count: 4 },
        { sex: 'NOT_RECORDED', ageBandId: null, count: 2 },
      ],
      genderMarker: { score: 0, principalObjective: false, justification: null },
    });
    expect(sentCells).toEqual(['WOMEN|18-35', 'MEN|18-35', 'NOT_RECORDED|']);
  });

  it('should send empty strings and a null synergy in an update so the API clears them', () => {
    const { input } = toUpdateActivityInput(buildForm({ description: '', place: '' }), 'a1', 4, bands);
    expect(input).toMatchObject({ id: 'a1', version: 4, synergyId: null, description: '', place: '', participants: [] });
    expect(input).not.toHaveProperty('status');
    expect(input).not.toHaveProperty('partnerId');
  });

  it('should fill the form from an activity when editing', () => {
    const form = activityFormFrom({
      partner: { id: 'p1' },
      synergy: { id: 's1' },
      type: 'INDIVIDUAL_SUPPORT',
      subType: 'LEGAL_AID',
      title: 'Legal clinic',
      description: null,
      startDate: '2025-01-10',
      endDate: '2025-01-12',
      country: 'PH',
      place: null,
      branches: ['GENERAL'],
      workerCategories: ['INFORMAL_ECONOMY'],
      informalSectors: [],
      status: 'ONGOING',
      participants: { cells: [{ sex: 'WOMEN', ageBand: { id: '18-35' }, count: 12 }] },
      genderMarker: {
        score: 1,
        criteria: { genderAnalysis: true, analysisShapedDesign: true, genderObjectiveAndIndicator: true, sexDisaggregatedData: true, genderMonitoringCommitment: true },
        principalObjective: false,
        justification: null,
      },
    });
    expect(form).toMatchObject({
      synergyId: 's1',
      subType: 'LEGAL_AID',
      description: '',
      participants: { 'WOMEN|18-35': 12 },
      genderMarker: { score: 1, justification: '' },
    });
  });
});

describe('mapActivityErrors', () => {
  const sent = ['WOMEN|18-35', 'MEN|18-35'];

  it('should put a cell error on the cell that was sent at that position', () => {
    const result = mapActivityErrors(
      [{ __typename: 'ValidationError', message: 'participants.cells.1.count: men aged 18–35 must not be negative (-1)', path: ['input', 'participants', 'cells', '1', 'count'], field: 'count' }],
      sent,
    );
    expect(result.cells).toEqual({ 'MEN|18-35': 'Men aged 18–35 must not be negative (-1)' });
    expect(result.general).toEqual([]);
  });

  it('should put the checklist refusal on the checklist and a title error beside the title', () => {
    const result = mapActivityErrors(
      [
        { __typename: 'ValidationError', message: 'genderMarker.criteria: score 1 needs all five checklist criteria; missing: a gender analysis was done', path: ['input', 'genderMarker', 'criteria'], field: 'criteria' },
        { __typename: 'ValidationError', message: 'title: must be at least 3 characters', path: ['input', 'title'], field: 'title' },
      ],
      sent,
    );
    expect(result.fields['genderMarker.criteria']).toBe('Score 1 needs all five checklist criteria; missing: a gender analysis was done');
    expect(result.fields.title).toBe('Must be at least 3 characters');
  });

  it('should put a grid-wide error beside the grid and a stale version in general', () => {
    const stale = { __typename: 'ConflictError', message: 'This activity was changed by someone else.', path: ['input', 'version'] };
    const result = mapActivityErrors(
      [{ __typename: 'ValidationError', message: 'participants: a completed activity must say how many people took part', path: ['input', 'participants'], field: 'participants' }, stale],
      sent,
    );
    expect(result.fields.participants).toBe('A completed activity must say how many people took part');
    expect(result.general).toEqual([stale]);
  });

  it('should show a forbidden partner beside the partner select', () => {
    const result = mapActivityErrors([{ __typename: 'ForbiddenError', message: 'You may not record activities for X.', path: ['input', 'partnerId'] }], []);
    expect(result.fields.partnerId).toBe('You may not record activities for X.');
  });
});
