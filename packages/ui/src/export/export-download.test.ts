import { describe, expect, it } from 'vitest';
import { exportProblem, exportUrl, fileNameFrom } from './export-download.ts';

describe('exportUrl', () => {
  it('should put the route next to the GraphQL endpoint with the filter and order as JSON', () => {
    const url = exportUrl('/graphql', 'activities', 'csv', { partnerId: 'UGFydG5lcjox', types: ['BASIC_TRAINING'] }, { field: 'TITLE', direction: 'ASC' });
    const [path, query] = url.split('?');
    expect(path).toBe('/export/activities.csv');
    const params = new URLSearchParams(query);
    expect(JSON.parse(params.get('filter')!)).toEqual({ partnerId: 'UGFydG5lcjox', types: ['BASIC_TRAINING'] });
    expect(JSON.parse(params.get('orderBy')!)).toEqual({ field: 'TITLE', direction: 'ASC' });
  });

  it('should keep another origin and leave out empty filter fields and a missing order', () => {
    expect(exportUrl('https://api.example.org/graphql', 'activities', 'xlsx', { search: '', synergyId: null, from: undefined })).toBe(
      'https://api.example.org/export/activities.xlsx',
    );
  });
});

describe('fileNameFrom', () => {
  it('should take the name the server gives', () => {
    expect(fileNameFrom('attachment; filename="activities-2026-11-23.csv"', 'x.csv')).toBe('activities-2026-11-23.csv');
    expect(fileNameFrom("attachment; filename*=UTF-8''activit%C3%A9s.xlsx", 'x.xlsx')).toBe('activités.xlsx');
  });

  it('should fall back when there is no name, and never keep a path', () => {
    expect(fileNameFrom(null, 'activities.csv')).toBe('activities.csv');
    expect(fileNameFrom('attachment', 'activities.csv')).toBe('activities.csv');
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'activities.csv')).toBe('passwd');
  });
});

describe('exportProblem', () => {
  it('should choose a message by what went wrong', () => {
    expect(exportProblem(401, { code: 'UNAUTHENTICATED' })).toEqual({ key: 'export.errors.unauthenticated' });
    expect(exportProblem(400, { code: 'EXPORT_TOO_LARGE', rowCount: 62000, limit: 50000 })).toEqual({
      key: 'export.errors.tooLarge',
      values: { rows: 62000, limit: 50000 },
    });
    expect(exportProblem(400, { code: 'BAD_USER_INPUT', parameter: 'filter' })).toEqual({ key: 'export.errors.badFilter' });
    expect(exportProblem(500, 'not json')).toEqual({ key: 'export.errors.failed' });
  });
});
