import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PERIOD,
  monthsBetween,
  parsePeriod,
  periodRange,
  rangeProblem,
  recentYears,
  startOfMonthBefore,
  withPeriod,
  type DashboardPeriod,
} from './period.ts';

const today = '2026-05-14';
const params = (query: string) => new URLSearchParams(query);

describe('periodRange', () => {
  it('should cover 12 whole months up to today when the period is the last 12 months', () => {
    expect(periodRange({ kind: 'last12' }, today)).toEqual({ from: '2025-06-01', to: '2026-05-14' });
  });

  it('should cover 24 whole months up to today when the period is the last 24 months', () => {
    expect(periodRange({ kind: 'last24' }, today)).toEqual({ from: '2024-06-01', to: '2026-05-14' });
  });

  it('should cross year boundaries when counting months back from January', () => {
    expect(periodRange({ kind: 'last12' }, '2026-01-31')).toEqual({ from: '2025-02-01', to: '2026-01-31' });
    expect(startOfMonthBefore('2026-01-31', 1)).toBe('2025-12-01');
  });

  it('should run from 1 January to 31 December when the period is a year', () => {
    expect(periodRange({ kind: 'year', year: 2025 }, today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('should keep custom dates as given, open ends included', () => {
    expect(periodRange({ kind: 'custom', from: '2025-03-10', to: null }, today)).toEqual({ from: '2025-03-10', to: null });
  });
});

describe('parsePeriod', () => {
  it('should give the last 12 months when the URL says nothing or something unknown', () => {
    expect(parsePeriod(params(''), today)).toEqual(DEFAULT_PERIOD);
    expect(parsePeriod(params('period=forever'), today)).toEqual(DEFAULT_PERIOD);
  });

  it('should read a year and fall back to the current one when it is malformed', () => {
    expect(parsePeriod(params('period=year&year=2024'), today)).toEqual({ kind: 'year', year: 2024 });
    expect(parsePeriod(params('period=year&year=soon'), today)).toEqual({ kind: 'year', year: 2026 });
  });

  it('should read custom dates and leave an end open when it is not a real date', () => {
    expect(parsePeriod(params('period=custom&from=2025-01-01&to=2025-06-30'), today)).toEqual({
      kind: 'custom',
      from: '2025-01-01',
      to: '2025-06-30',
    });
    expect(parsePeriod(params('period=custom&from=2025-02-30&to=June'), today)).toEqual({ kind: 'custom', from: null, to: null });
  });

  it('should read back every period it writes, keeping other parameters', () => {
    const periods: DashboardPeriod[] = [
      { kind: 'last12' },
      { kind: 'last24' },
      { kind: 'year', year: 2023 },
      { kind: 'custom', from: '2024-02-01', to: '2024-03-31' },
      { kind: 'custom', from: null, to: '2024-03-31' },
    ];
    for (const period of periods) {
      const written = withPeriod(params('q=x&year=1999'), period);
      expect(written.get('q')).toBe('x');
      expect(parsePeriod(written, today)).toEqual(period);
    }
  });

  it('should leave no period parameter when the period is the default', () => {
    expect(withPeriod(params('period=year&year=2020&from=2020-01-01'), { kind: 'last12' }).toString()).toBe('');
  });
});

describe('dates and months', () => {
  it('should list every month between two dates, both included', () => {
    expect(monthsBetween('2025-11-20', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02-01', '2025-11-20')).toEqual([]);
  });

  it('should keep the latest months when a range is longer than the limit', () => {
    expect(monthsBetween('2020-01-01', '2026-12-31', 3)).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  it('should flag a range whose end comes before its start', () => {
    expect(rangeProblem({ from: '2025-05-01', to: '2025-04-30' })).toBe('toBeforeFrom');
    expect(rangeProblem({ from: '2025-05-01', to: '2025-05-01' })).toBeNull();
    expect(rangeProblem({ from: null, to: '2025-05-01' })).toBeNull();
  });

  it('should offer this year and the nine before it, newest first', () => {
    expect(recentYears(today)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017]);
  });
});
