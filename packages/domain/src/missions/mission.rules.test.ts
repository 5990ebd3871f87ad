import { describe, expect, it } from 'vitest';
import {
  duplicateTargetErrors,
  facilitatorErrors,
  firstLockedMissionField,
  futureActualDateErrors,
  missionBudgetErrors,
  missionCompletionDates,
  missionEvaluationErrors,
  missionLockedError,
  missionPeriodErrors,
  missionPlaceErrors,
  missionTakesEvaluation,
} from './mission.rules.ts';
import { createMissionSchema, recordMissionEvaluationSchema } from './mission.schemas.ts';

const paths = (errors: { path: string[] | null }[]) => errors.map((error) => error.path);

describe('mission rules', () => {
  it('should name the last day when a period ends before it starts, and accept a one-day period', () => {
    expect(paths(missionPeriodErrors('2025-03-10', '2025-03-09', ['plannedStartDate', 'plannedEndDate']))).toEqual([['plannedEndDate']]);
    expect(missionPeriodErrors('2025-03-10', '2025-03-10', ['plannedStartDate', 'plannedEndDate'])).toEqual([]);
  });

  it('should refuse actual dates after today, each by name', () => {
    expect(paths(futureActualDateErrors({ actualStartDate: '2025-06-02', actualEndDate: '2025-06-03' }, '2025-06-01'))).toEqual([
      ['actualStartDate'],
      ['actualEndDate'],
    ]);
    expect(futureActualDateErrors({ actualStartDate: '2025-06-01', actualEndDate: null }, '2025-06-01')).toEqual([]);
  });

  it('should need a country unless the mission is online', () => {
    expect(paths(missionPlaceErrors({ country: null, online: false }))).toEqual([['country']]);
    expect(missionPlaceErrors({ country: null, online: true })).toEqual([]);
    expect(missionPlaceErrors({ country: 'PH', online: false })).toEqual([]);
  });

  it('should need the currency of any amount', () => {
    expect(paths(missionBudgetErrors({ planned: null, spent: 0, currency: null }))).toEqual([['budgetCurrency']]);
    expect(missionBudgetErrors({ planned: null, spent: null, currency: null })).toEqual([]);
    expect(missionBudgetErrors({ planned: 10, spent: null, currency: 'PHP' })).toEqual([]);
  });

  it('should let only internal facilitators name a partner, and name each duplicate target', () => {
    expect(paths(facilitatorErrors([{ origin: 'INTERNAL', partnerId: 'p' }, { origin: 'EXTERNAL', partnerId: 'p' }, { origin: 'EXTERNAL', partnerId: null }]))).toEqual([
      ['facilitators', '1', 'partnerId'],
    ]);
    expect(paths(duplicateTargetErrors(['a', 'b', 'a', 'a'], 'targetPartnerIds'))).toEqual([
      ['targetPartnerIds', '2'],
      ['targetPartnerIds', '3'],
    ]);
  });

  describe('missionCompletionDates', () => {
    const mission = { plannedStartDate: '2025-03-10', plannedEndDate: '2025-03-12', participantsTotal: 5 };
    it('should take the planned days when no actual ones are recorded and they are past', () => {
      expect(missionCompletionDates(mission, '2025-04-01')).toEqual({ errors: [], actualStartDate: '2025-03-10', actualEndDate: '2025-03-12' });
    });
    it('should keep recorded actual days', () => {
      const result = missionCompletionDates({ ...mission, actualStartDate: '2025-03-11', actualEndDate: '2025-03-11' }, '2025-03-11');
      expect([result.errors, result.actualStartDate, result.actualEndDate]).toEqual([[], '2025-03-11', '2025-03-11']);
    });
    it('should name the actual date to record when a planned day is ahead, and the status when nobody was counted', () => {
      expect(paths(missionCompletionDates(mission, '2025-03-11').errors)).toEqual([['actualEndDate']]);
      expect(paths(missionCompletionDates({ ...mission, participantsTotal: 0 }, '2025-04-01').errors)).toEqual([['status']]);
    });
  });

  it('should allow at most as many forms as participants once they are counted, and evaluate only running or finished missions', () => {
    expect(paths(missionEvaluationErrors(21, 20))).toEqual([['formsReturned']]);
    expect(missionEvaluationErrors(20, 20)).toEqual([]);
    expect(missionEvaluationErrors(50, 0)).toEqual([]);
    expect(['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED'].map(missionTakesEvaluation)).toEqual([false, true, true, false]);
  });

  it('should find the first locked field an input gives, ignoring ids, version and undefined fields', () => {
    expect(firstLockedMissionField({ id: 'x', version: 3, title: undefined, city: 'Manila', title2: 'no' })).toBe('city');
    expect(firstLockedMissionField({ id: 'x', version: 3, targetPartnerIds: [] })).toBe('targetPartnerIds');
    expect(firstLockedMissionField({ missionId: 'x', formsReturned: 3 })).toBe('formsReturned');
    expect(firstLockedMissionField({ id: 'x', version: 1 })).toBeNull();
    expect(missionLockedError('title')).toMatchObject({ kind: 'LockedError', path: ['title'], message: expect.stringMatching(/approved.*network admin can reopen/) });
  });
});

describe('mission schemas', () => {
  const valid = {
    organiserSynergyId: 's',
    format: 'WORKSHOP',
    themes: ['GENDER'],
    title: 'T',
    plannedStartDate: '2025-01-01',
    plannedEndDate: '2025-01-02',
    country: 'ph',
  };
  it('should default the optional lists and online, and upper-case codes', () => {
    const parsed = createMissionSchema.parse({ ...valid, budgetCurrency: 'usd' });
    expect(parsed).toMatchObject({ online: false, country: 'PH', budgetCurrency: 'USD', targetPartnerIds: [], facilitators: [], participants: [] });
  });
  it('should refuse a budget with more than two decimals or beyond 1e12', () => {
    expect(createMissionSchema.safeParse({ ...valid, budgetPlanned: 0.125 }).success).toBe(false);
    expect(createMissionSchema.safeParse({ ...valid, budgetPlanned: 1e12 }).success).toBe(true);
    expect(createMissionSchema.safeParse({ ...valid, budgetPlanned: 1e12 + 0.01 }).success).toBe(false);
  });
  it('should keep ratings between 1 and 5', () => {
    const rating = (relevance: number) => recordMissionEvaluationSchema.safeParse({ missionId: 'm', version: 1, formsReturned: 1, relevance }).success;
    expect([0.99, 1, 5, 5.01].map(rating)).toEqual([false, true, true, false]);
  });
});
