import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionErrors, contributionErrors, coversPeriod, isOverdue, outcomeNeedsStage, partnerListErrors, takesTargets } from './joint-action.rules.ts';
import { furthestStage, jointActionKinds, jointActionRoles, policyStages } from './joint-action.vocabulary.ts';
import type { UserError } from '../shared/errors.ts';

const brief = (errors: UserError[]) => errors.map(({ kind, path, message }) => ({ kind, path: path?.join('.'), message }));

/** Day n after 2024-01-01 as an ISO date, so properties can reason on integers. */
const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

describe('partnerListErrors', () => {
  const names: Record<string, string> = { p1: 'Alpha union', p2: 'Bravo mutual', p3: 'Charlie cooperative' };
  const nameOf = (id: string) => names[id] ?? id;

  it('should accept exactly one lead and distinct partners', () => {
    expect(
      partnerListErrors([
        { partnerId: 'p1', role: 'CONTRIBUTOR' },
        { partnerId: 'p2', role: 'LEAD' },
        { partnerId: 'p3', role: 'CO_ORGANISER' },
      ]),
    ).toEqual([]);
  });

  it('should name the list when no partner leads', () => {
    expect(brief(partnerListErrors([{ partnerId: 'p1', role: 'CO_ORGANISER' }], 'partners', nameOf))).toEqual([
      { kind: 'ValidationError', path: 'partners', message: 'partners: one partner must be the LEAD' },
    ]);
    expect(brief(partnerListErrors([]))).toEqual([{ kind: 'ValidationError', path: 'partners', message: 'partners: one partner must be the LEAD' }]);
  });

  it('should name each extra lead and the partner that already leads when two lead', () => {
    const errors = partnerListErrors(
      [
        { partnerId: 'p1', role: 'CONTRIBUTOR' },
        { partnerId: 'p2', role: 'LEAD' },
        { partnerId: 'p3', role: 'LEAD' },
      ],
      'partners',
      nameOf,
    );
    expect(brief(errors)).toEqual([
      { kind: 'ValidationError', path: 'partners.2.role', message: 'partners.2.role: only one partner can be the LEAD; Bravo mutual already is' },
    ]);
  });

  it('should name the second entry of a partner listed twice, under the path given', () => {
    const errors = partnerListErrors(
      [
        { partnerId: 'p1', role: 'LEAD' },
        { partnerId: 'p2', role: 'CONTRIBUTOR' },
        { partnerId: 'p1', role: 'CONTRIBUTOR' },
      ],
      'input.partners',
      nameOf,
    );
    expect(brief(errors)).toEqual([
      { kind: 'ValidationError', path: 'input.partners.2.partnerId', message: 'input.partners.2.partnerId: Alpha union is named twice' },
    ]);
  });

  const partnerLists = fc.array(fc.record({ partnerId: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'), role: fc.constantFrom(...jointActionRoles) }), {
    maxLength: 8,
  });

  it('should find no fault exactly when there is one lead and no partner twice (property)', () => {
    fc.assert(
      fc.property(partnerLists, (partners) => {
        const leads = partners.filter((partner) => partner.role === 'LEAD').length;
        const distinct = new Set(partners.map((partner) => partner.partnerId)).size;
        expect(partnerListErrors(partners).length === 0).toBe(leads === 1 && distinct === partners.length);
      }),
    );
  });

  it('should report one error per extra lead and per repeated partner, or one for no lead (property)', () => {
    fc.assert(
      fc.property(partnerLists, (partners) => {
        const leads = partners.filter((partner) => partner.role === 'LEAD').length;
        const repeats = partners.length - new Set(partners.map((partner) => partner.partnerId)).size;
        const errors = partnerListErrors(partners);
        expect(errors).toHaveLength((leads === 0 ? 1 : leads - 1) + repeats);
        // Every error names a field under the list, and its message starts with that field.
        for (const error of errors) {
          expect(error.path?.[0]).toBe('partners');
          expect(error.message.startsWith(`${error.path!.join('.')}: `)).toBe(true);
        }
      }),
    );
  });
});

describe('coversPeriod', () => {
  const start = '2025-03-01';
  const end = '2025-03-31';

  it('should count a membership that begins on the last day or ends on the first day', () => {
    expect(coversPeriod({ since: end, until: null }, start, end)).toBe(true);
    expect(coversPeriod({ since: '2020-01-01', until: start }, start, end)).toBe(true);
    expect(coversPeriod({ since: start, until: start }, start, start)).toBe(true);
  });

  it('should refuse a membership that begins after the last day or ended before the first', () => {
    expect(coversPeriod({ since: '2025-04-01', until: null }, start, end)).toBe(false);
    expect(coversPeriod({ since: '2020-01-01', until: '2025-02-28' }, start, end)).toBe(false);
  });

  it('should treat a membership without an end, null or absent, as lasting', () => {
    expect(coversPeriod({ since: '2020-01-01' }, '2099-01-01', '2099-12-31')).toBe(true);
    expect(coversPeriod({ since: '2020-01-01', until: null }, '2099-01-01', '2099-12-31')).toBe(true);
    expect(coversPeriod({ since: '2020-01-01', until: undefined }, '1999-01-01', '1999-12-31')).toBe(false);
  });

  it('should be true exactly when the two periods share a day (property)', () => {
    const days = fc.integer({ min: 0, max: 800 });
    fc.assert(
      fc.property(days, fc.option(days, { nil: null }), days, days, (since, until, a, b) => {
        fc.pre(until === null || until >= since);
        const [first, last] = a <= b ? [a, b] : [b, a];
        const sharesADay = Array.from({ length: last - first + 1 }, (_, i) => first + i).some((d) => d >= since && (until === null || d <= until));
        expect(coversPeriod({ since: day(since), until: until === null ? null : day(until) }, day(first), day(last))).toBe(sharesADay);
      }),
    );
  });
});

describe('contributionErrors', () => {
  it('should accept an amount with its currency, or neither', () => {
    expect(contributionErrors(1500, 'PHP', ['partners', '0'])).toEqual([]);
    expect(contributionErrors(null, null, ['partners', '0'])).toEqual([]);
  });

  it('should ask for the currency of an amount, even of zero', () => {
    expect(brief(contributionErrors(1500, null, ['partners', '1']))).toEqual([
      { kind: 'ValidationError', path: 'partners.1.contributionCurrency', message: 'partners.1.contributionCurrency: say which currency the amount is in' },
    ]);
    expect(contributionErrors(0, null, [])[0]?.path).toEqual(['contributionCurrency']);
  });

  it('should ask for the amount of a currency, without a leading dot when the path is empty', () => {
    expect(brief(contributionErrors(null, 'KHR', []))).toEqual([
      { kind: 'ValidationError', path: 'contributionAmount', message: 'contributionAmount: give the amount for KHR' },
    ]);
  });
});

describe('completionErrors', () => {
  it('should accept people counted and an outcome, or a reason why there is none', () => {
    expect(completionErrors({ participantsTotal: 12, outcomeCount: 1, noOutcomeReason: null })).toEqual([]);
    expect(completionErrors({ participantsTotal: 12, outcomeCount: 0, noOutcomeReason: 'The hearing was postponed to next year' })).toEqual([]);
  });

  it('should name status when nobody was counted and noOutcomeReason when there is neither outcome nor reason', () => {
    expect(completionErrors({ participantsTotal: 0, outcomeCount: 0, noOutcomeReason: undefined }).map((error) => error.path)).toEqual([
      ['status'],
      ['noOutcomeReason'],
    ]);
    expect(brief(completionErrors({ participantsTotal: 0, outcomeCount: 2, noOutcomeReason: null }))).toEqual([
      { kind: 'ValidationError', path: 'status', message: 'status: record how many people took part before marking the joint action COMPLETED' },
    ]);
  });

  it('should not take a blank reason for one', () => {
    expect(completionErrors({ participantsTotal: 5, outcomeCount: 0, noOutcomeReason: '   ' }).map((error) => error.path)).toEqual([['noOutcomeReason']]);
  });
});

describe('isOverdue', () => {
  it('should be overdue only when not done and due before today', () => {
    expect(isOverdue({ dueDate: '2025-03-01', doneDate: null }, '2025-03-02')).toBe(true);
    expect(isOverdue({ dueDate: '2025-03-01' }, '2025-03-02')).toBe(true);
    expect(isOverdue({ dueDate: '2025-03-02', doneDate: null }, '2025-03-02')).toBe(false);
    expect(isOverdue({ dueDate: '2025-03-03', doneDate: null }, '2025-03-02')).toBe(false);
    expect(isOverdue({ dueDate: '2025-03-01', doneDate: '2025-03-05' }, '2025-03-10')).toBe(false);
  });

  it('should never call a done milestone overdue (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), (due, done, today) => {
        expect(isOverdue({ dueDate: day(due), doneDate: day(done) }, day(today))).toBe(false);
        expect(isOverdue({ dueDate: day(due), doneDate: null }, day(today))).toBe(due < today);
      }),
    );
  });
});

describe('furthestStage', () => {
  it('should follow the policy cycle in order', () => {
    expect(policyStages).toEqual(['AGENDA_SETTING', 'FORMULATION', 'ADOPTION', 'IMPLEMENTATION', 'EVALUATION']);
    expect(furthestStage(['FORMULATION', 'AGENDA_SETTING', 'IMPLEMENTATION', 'ADOPTION'])).toBe('IMPLEMENTATION');
  });

  it('should ignore outcomes without a stage and give null when none has one', () => {
    expect(furthestStage([])).toBeNull();
    expect(furthestStage([null, undefined])).toBeNull();
    expect(furthestStage([null, 'ADOPTION', undefined])).toBe('ADOPTION');
  });

  it('should give the stage with the highest rank whatever the order (property)', () => {
    const stages = fc.array(fc.option(fc.constantFrom(...policyStages), { nil: null }), { maxLength: 10 });
    fc.assert(
      fc.property(stages, (list) => {
        const ranks = list.flatMap((stage) => (stage ? [policyStages.indexOf(stage)] : []));
        const expected = ranks.length ? policyStages[Math.max(...ranks)] : null;
        expect(furthestStage(list)).toBe(expected);
        expect(furthestStage([...list].reverse())).toBe(expected);
      }),
    );
  });
});

describe('political actions', () => {
  it('should take targets and need a stage on outcomes only for political actions', () => {
    expect(jointActionKinds.filter(takesTargets)).toEqual(['POLITICAL_ACTION']);
    expect(jointActionKinds.filter(outcomeNeedsStage)).toEqual(['POLITICAL_ACTION']);
  });
});
