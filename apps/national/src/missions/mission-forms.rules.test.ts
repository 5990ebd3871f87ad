import { describe, expect, it } from 'vitest';
import { doneProblems, evaluationInput, followUpProblems, evaluationProblems, noteProblems, parseDecimal } from './mission-forms.rules.ts';

const evaluation = { formsReturned: '12', relevance: '4.5', quality: '', usefulness: '3,8', learnings: '  Budget advocacy  ' };

describe('mission form rules', () => {
  it('should read a decimal comma as a decimal point and text as not a number', () => {
    expect(parseDecimal('3,8')).toBe(3.8);
    expect(parseDecimal(' ')).toBeNull();
    expect(parseDecimal('four')).toBeNaN();
  });

  it('should accept an evaluation with some ratings left out and send them as null', () => {
    expect(evaluationProblems(evaluation, 20)).toEqual({});
    expect(evaluationInput(evaluation)).toEqual({ formsReturned: 12, relevance: 4.5, quality: null, usefulness: 3.8, learnings: 'Budget advocacy' });
  });

  it('should refuse ratings outside 1 to 5, fractional form counts and more forms than participants', () => {
    expect(evaluationProblems({ ...evaluation, relevance: '5.5', quality: '0', usefulness: 'x' }, 20)).toEqual({
      relevance: { key: 'rating', values: { min: 1, max: 5 } },
      quality: { key: 'rating', values: { min: 1, max: 5 } },
      usefulness: { key: 'rating', values: { min: 1, max: 5 } },
    });
    expect(evaluationProblems({ ...evaluation, formsReturned: '2.5' }, 20).formsReturned?.key).toBe('wholeNumber');
    expect(evaluationProblems({ ...evaluation, formsReturned: '' }, 20).formsReturned?.key).toBe('required');
    expect(evaluationProblems({ ...evaluation, formsReturned: '21' }, 20).formsReturned).toEqual({ key: 'moreThanParticipants', values: { participants: 20 } });
  });

  it('should require a note and cap its length', () => {
    expect(noteProblems('note', '   ', 5000)).toEqual({ note: { key: 'required' } });
    expect(noteProblems('note', 'x'.repeat(5001), 5000)).toEqual({ note: { key: 'tooLong', values: { max: 5000 } } });
    expect(noteProblems('note', 'Budget table corrected.', 5000)).toEqual({});
  });

  it('should refuse a done date in the future or missing', () => {
    expect(doneProblems({ doneOn: '2026-03-02', evidence: '' }, '2026-03-01')).toEqual({ doneOn: { key: 'future' } });
    expect(doneProblems({ doneOn: '', evidence: '' }, '2026-03-01')).toEqual({ doneOn: { key: 'required' } });
    expect(doneProblems({ doneOn: '2026-03-01', evidence: 'Minutes' }, '2026-03-01')).toEqual({});
  });

  it('should require what a follow-up action is and when it is due', () => {
    expect(followUpProblems({ description: ' ', dueDate: '' })).toEqual({ description: { key: 'required' }, dueDate: { key: 'required' } });
    expect(followUpProblems({ description: 'Share the audited accounts', dueDate: '2026-06-30' })).toEqual({});
  });
});
