import { describe, expect, it } from 'vitest';
import { subFormErrors } from './sub-form-errors.ts';

describe('subFormErrors', () => {
  it('should put nested and list errors beside the field and leave a conflict for the page', () => {
    const { fields, general } = subFormErrors(
      [
        { __typename: 'ValidationError', message: 'milestone.title: too short', path: ['input', 'milestone', 'title'], field: 'title' },
        { __typename: 'ValidationError', message: 'evidenceLinks.1: must be http or https', path: ['input', 'evidenceLinks', '1'], field: 'evidenceLinks' },
        { __typename: 'ConflictError', message: 'stale', path: ['input', 'version'] },
      ],
      ['title', 'evidenceLinks'],
    );
    expect(Object.keys(fields)).toEqual(['title', 'evidenceLinks']);
    expect(general.map((e) => e.__typename)).toEqual(['ConflictError']);
  });
});
