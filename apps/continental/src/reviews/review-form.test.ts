import { describe, expect, it } from 'vitest';
import { followUpCompletion, isNoteMove, missingRatings, noteProblem, orderedMoves, reviewFormFrom, reviewUpdateInput, RATING_VALUES } from './review-form.ts';

const review = {
  id: 'R1',
  version: 3,
  ratingRelevance: 4,
  ratingEffectiveness: null,
  ratingFollowUp: 2,
  ratingGender: null,
  comments: 'Good start',
  recommendation: 'ADAPT' as const,
};

describe('review form', () => {
  it('should offer the ratings 1 to 5 when the domain says so', () => {
    expect(RATING_VALUES).toEqual([1, 2, 3, 4, 5]);
  });

  it('should send nothing when no field changed', () => {
    expect(reviewUpdateInput(review, reviewFormFrom(review))).toBeNull();
  });

  it('should send only the changed fields with the version read when some changed', () => {
    const values = reviewFormFrom(review);
    values.ratings.ratingEffectiveness = 5;
    values.comments = '  Good start, weak follow-up  ';
    expect(reviewUpdateInput(review, values)).toEqual({ id: 'R1', version: 3, ratingEffectiveness: 5, comments: 'Good start, weak follow-up' });
  });

  it('should clear a rating, the comments and the recommendation with null when emptied', () => {
    const values = { ratings: { ...reviewFormFrom(review).ratings, ratingRelevance: null }, comments: ' ', recommendation: '' as const };
    expect(reviewUpdateInput(review, values)).toEqual({ id: 'R1', version: 3, ratingRelevance: null, comments: null, recommendation: null });
  });

  it('should name the missing ratings in the order of the form when some are unset', () => {
    expect(missingRatings(reviewFormFrom(review))).toEqual(['ratingEffectiveness', 'ratingGender']);
  });

  it('should require a note of at most 5,000 characters for the moves that take one', () => {
    expect(noteProblem('  ')).toBe('required');
    expect(noteProblem('x'.repeat(5001))).toBe('tooLong');
    expect(noteProblem(' Please add the participants by age ')).toBeNull();
    expect(['SUBMIT', 'REQUEST_CHANGES', 'ANSWER', 'APPROVE', 'REOPEN'].filter((m) => isNoteMove(m as never))).toEqual(['REQUEST_CHANGES', 'ANSWER', 'REOPEN']);
  });

  it('should offer forward moves first and reopening last whatever order the API lists them in', () => {
    expect(orderedMoves(['REOPEN', 'REQUEST_CHANGES', 'APPROVE'])).toEqual(['APPROVE', 'REQUEST_CHANGES', 'REOPEN']);
  });

  it('should leave dropped follow-ups out of the completion share when some were dropped', () => {
    expect(followUpCompletion([{ status: 'DONE' }, { status: 'OPEN' }, { status: 'DROPPED' }, { status: 'DONE' }])).toEqual({ done: 2, counted: 3, share: 2 / 3 });
    expect(followUpCompletion([{ status: 'DROPPED' }])).toEqual({ done: 0, counted: 0, share: null });
  });
});
