import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields.ts';

describe('changedFields', () => {
  it('should list before and after values when a field was updated', () => {
    expect(changedFields('{"status":"FORMING"}', '{"status":"ACTIVE"}')).toEqual([
      { field: 'status', before: 'FORMING', after: 'ACTIVE' },
    ]);
  });

  it('should list only after values when the entry records a creation', () => {
    expect(changedFields(null, '{"name":"X","members":{"women":3}}')).toEqual([
      { field: 'name', before: null, after: 'X' },
      { field: 'members', before: null, after: '{"women":3}' },
    ]);
  });

  it('should return nothing when the JSON is malformed', () => {
    expect(changedFields('{oops', null)).toEqual([]);
  });

  it('should shorten long values when they exceed 80 characters', () => {
    const [change] = changedFields(null, JSON.stringify({ note: 'x'.repeat(200) }));
    expect(change?.after).toHaveLength(80);
  });
});
