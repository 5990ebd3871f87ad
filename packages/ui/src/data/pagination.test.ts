import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, nextPage, pageRange, previousPage } from './pagination.ts';

describe('cursor pagination', () => {
  it('walks forward and back through the cursors seen', () => {
    const second = nextPage(FIRST_PAGE, 'c20');
    const third = nextPage(second, 'c40');
    expect(third).toEqual({ after: 'c40', history: [null, 'c20'] });
    expect(previousPage(third)).toEqual(second);
    expect(previousPage(previousPage(third))).toEqual(FIRST_PAGE);
  });

  it('stays on the first page when going back from it', () => {
    expect(previousPage(FIRST_PAGE)).toBe(FIRST_PAGE);
  });

  it('numbers the rows shown from the page position', () => {
    expect(pageRange(FIRST_PAGE, 20, 20)).toEqual({ from: 1, to: 20 });
    const third = nextPage(nextPage(FIRST_PAGE, 'a'), 'b');
    expect(pageRange(third, 20, 7)).toEqual({ from: 41, to: 47 });
    expect(pageRange(third, 20, 0)).toEqual({ from: 0, to: 0 });
  });
});
