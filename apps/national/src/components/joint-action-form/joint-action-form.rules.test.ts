import { describe, expect, it } from 'vitest';
import {
  emptyJointActionForm,
  emptyPartnerRow,
  jointActionFormFields,
  mapJointActionErrors,
  partnerChanges,
  toCreateJointActionInput,
  validateJointActionForm,
  withLead,
  type JointActionFormValues,
} from './joint-action-form.rules.ts';

const bands = [{ id: 'b1', label: '18–35', youth: true }];

function filled(overrides: Partial<JointActionFormValues> = {}): JointActionFormValues {
  return {
    ...emptyJointActionForm({ plannedStartDate: '2026-03-01', kind: 'POLITICAL_ACTION' }),
    title: 'Social pension bill',
    branches: ['OLD_AGE'],
    partners: [
      { ...emptyPartnerRow('LEAD'), partnerId: 'p1' },
      { ...emptyPartnerRow('CO_ORGANISER'), partnerId: 'p2', amount: '5000', currency: 'php' },
    ],
    ...overrides,
  };
}

describe('validateJointActionForm', () => {
  it('should accept a complete form', () => {
    expect(validateJointActionForm(filled(), bands)).toEqual({ fields: {}, cells: {} });
  });

  it('should want exactly one lead, each partner once, and a currency for an amount', () => {
    const values = filled({
      partners: [
        { ...emptyPartnerRow('CONTRIBUTOR'), partnerId: 'p1', amount: '10' },
        { ...emptyPartnerRow('CONTRIBUTOR'), partnerId: 'p1' },
      ],
    });
    const { fields } = validateJointActionForm(values, bands);
    expect(fields.partners?.key).toBe('jointActions.form.oneLead');
    expect(fields['partners.1.partnerId']?.key).toBe('jointActions.form.partnerTwice');
    expect(fields['partners.0.contributionCurrency']?.key).toBe('jointActions.form.currencyNeeded');
  });
});

describe('withLead', () => {
  it('should hand the lead over, the previous lead becoming a co-organiser', () => {
    expect(withLead(filled().partners, 1).map((p) => p.role)).toEqual(['CO_ORGANISER', 'LEAD']);
  });
});

describe('toCreateJointActionInput', () => {
  it('should send the synergy, trimmed text, the end date defaulting to the start, and upper-case currencies', () => {
    const { input } = toCreateJointActionInput(filled({ milestones: [{ title: ' Brief the committee ', dueDate: '2026-04-01', responsiblePartnerId: '' }] }), 'syn', bands);
    expect(input).toMatchObject({
      synergyId: 'syn',
      plannedEndDate: '2026-03-01',
      partners: [{ partnerId: 'p1', role: 'LEAD' }, { partnerId: 'p2', contributionAmount: 5000, contributionCurrency: 'PHP' }],
      milestones: [{ title: 'Brief the committee', dueDate: '2026-04-01', responsiblePartnerId: null }],
    });
  });
});

describe('partnerChanges', () => {
  const before = [
    { id: 'jp1', partner: { id: 'p1' }, role: 'LEAD' as const, contribution: {} },
    { id: 'jp2', partner: { id: 'p2' }, role: 'CONTRIBUTOR' as const, contribution: {} },
  ];

  it('should add, then hand over the lead, then remove, so one lead holds at every step', () => {
    const rows = [
      { ...emptyPartnerRow('CO_ORGANISER'), participationId: 'jp1', partnerId: 'p1' },
      { ...emptyPartnerRow('LEAD'), partnerId: 'p3' },
    ];
    expect(partnerChanges(before, rows)).toEqual([
      { kind: 'add', row: 1, partner: expect.objectContaining({ partnerId: 'p3', role: 'CO_ORGANISER' }) },
      { kind: 'update', row: 1, input: { id: '', role: 'LEAD' }, newPartnerId: 'p3' },
      { kind: 'remove', id: 'jp2' },
    ]);
  });

  it('should change a former lead demoted to contributor only after the hand-over', () => {
    const rows = [
      { ...emptyPartnerRow('CONTRIBUTOR'), participationId: 'jp1', partnerId: 'p1' },
      { ...emptyPartnerRow('LEAD'), participationId: 'jp2', partnerId: 'p2' },
    ];
    expect(partnerChanges(before, rows).map((c) => (c.kind === 'update' ? [c.input.id, c.input.role] : c.kind))).toEqual([
      ['jp2', 'LEAD'],
      ['jp1', 'CONTRIBUTOR'],
    ]);
  });

  it('should change nothing when the rows are as before', () => {
    const rows = before.map((p) => ({ ...emptyPartnerRow(p.role), participationId: p.id, partnerId: p.partner.id }));
    expect(partnerChanges(before, rows)).toEqual([]);
  });
});

describe('mapJointActionErrors', () => {
  it('should put a partner row error beside its field and keep a conflict for the alert', () => {
    const values = filled();
    const mapped = mapJointActionErrors(
      [
        { __typename: 'ValidationError', message: 'partners.1.partnerId: not a member on those dates', path: ['input', 'partners', '1', 'partnerId'], field: 'partnerId' },
        { __typename: 'ConflictError', message: 'stale', path: ['input', 'version'] },
      ],
      [],
      jointActionFormFields(values),
    );
    expect(mapped.fields['partners.1.partnerId']).toBe('Not a member on those dates');
    expect(mapped.general).toHaveLength(1);
  });
});
