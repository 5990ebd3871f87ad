import { describe, expect, it } from 'vitest';
import { formatDateRange } from './date-range.ts';

describe('formatDateRange', () => {
  it('should show one date when the activity lasts one day', () => {
    expect(formatDateRange('2025-03-03', '2025-03-03', 'en-GB')).toBe('3 Mar 2025');
    expect(formatDateRange('2025-03-03', '', 'en-GB')).toBe('3 Mar 2025');
  });

  it('should share the month and year when a range has them in common', () => {
    // ICU puts thin or narrow spaces around the dash; compare the words.
    const words = (text: string) => text.replace(/\s+/g, ' ');
    expect(words(formatDateRange('2025-03-03', '2025-03-05', 'en-GB'))).toBe('3 – 5 Mar 2025');
    expect(words(formatDateRange('2025-02-28', '2026-03-02', 'en-GB'))).toBe('28 Feb 2025 – 2 Mar 2026');
  });
});
