import { describe, expect, it } from 'vitest';
import { splitCellErrors } from './cell-errors.ts';

describe('splitCellErrors', () => {
  const sent = ['WOMEN|18-35', 'MEN|18-35'];

  it('should put a validation error on participants.cells.N onto the N-th cell sent, capitalised and without its path', () => {
    const { cells, rest } = splitCellErrors(
      [
        { __typename: 'ValidationError', path: ['input', 'participants', 'cells', '1', 'count'], message: 'participants.cells.1.count: must be 0 or more' },
        { __typename: 'ValidationError', path: ['input', 'participants', 'cells', '1', 'count'], message: 'a second message' },
        { __typename: 'ValidationError', path: ['input', 'title'], message: 'Required' },
      ],
      sent,
    );
    expect(cells).toEqual({ 'MEN|18-35': 'Must be 0 or more' });
    expect(rest).toEqual([{ __typename: 'ValidationError', path: ['input', 'title'], message: 'Required' }]);
  });

  it('should leave an error on the grid itself or of another type for the form', () => {
    const errors = [
      { __typename: 'ValidationError', path: ['input', 'participants'], message: 'Required' },
      { __typename: 'ForbiddenError', path: ['input', 'participants', 'cells', '0', 'count'], message: 'No' },
    ];
    expect(splitCellErrors(errors, sent)).toEqual({ cells: {}, rest: errors });
  });
});
