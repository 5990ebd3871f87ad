import { ratingRange, reviewRecommendations } from '@synergia/domain/rules';
import type { ReviewMove, ReviewRecommendation, UpdateCapacityBuildingReviewInput } from '../gql/graphql.ts';

// The review form's state and the checks the page makes before asking the API
// (which stays the authority: the same rules run there and name the field).

/** The four ratings of a review, in the order the form asks them. */
export const RATING_FIELDS = ['ratingRelevance', 'ratingEffectiveness', 'ratingFollowUp', 'ratingGender'] as const;
export type RatingField = (typeof RATING_FIELDS)[number];

/** The rating scale, 1 (poor) to 5 (excellent), as the domain defines it. */
export const RATING_VALUES: readonly number[] = Array.from({ length: ratingRange.max - ratingRange.min + 1 }, (_, i) => ratingRange.min + i);

export const RECOMMENDATIONS: readonly ReviewRecommendation[] = reviewRecommendations;

/** The longest comment and note the API takes. */
export const MAX_COMMENTS = 10_000;
export const MAX_NOTE = 5_000;

export type ReviewFormValues = {
  ratings: Record<RatingField, number | null>;
  comments: string;
  recommendation: ReviewRecommendation | '';
};

type ReviewLike = Partial<Record<RatingField, number | null>> & {
  id: string;
  version: number;
  comments?: string | null;
  recommendation?: ReviewRecommendation | null;
};

/** The form's values from the review as last read. */
export function reviewFormFrom(review: ReviewLike): ReviewFormValues {
  const ratings = Object.fromEntries(RATING_FIELDS.map((field) => [field, review[field] ?? null])) as Record<RatingField, number | null>;
  return { ratings, comments: review.comments ?? '', recommendation: review.recommendation ?? '' };
}

/** The update to send: only what differs from the review as read (omitted fields stay as they are). Null when nothing changed. */
export function reviewUpdateInput(review: ReviewLike, values: ReviewFormValues): UpdateCapacityBuildingReviewInput | null {
  const saved = reviewFormFrom(review);
  const input: UpdateCapacityBuildingReviewInput = { id: review.id, version: review.version };
  let changed = false;
  for (const field of RATING_FIELDS) {
    if (values.ratings[field] !== saved.ratings[field]) {
      input[field] = values.ratings[field];
      changed = true;
    }
  }
  if (values.comments.trim() !== saved.comments.trim()) {
    input.comments = values.comments.trim() || null;
    changed = true;
  }
  if (values.recommendation !== saved.recommendation) {
    input.recommendation = values.recommendation || null;
    changed = true;
  }
  return changed ? input : null;
}

/** The ratings still missing: SUBMIT needs all four. */
export function missingRatings(values: ReviewFormValues): RatingField[] {
  return RATING_FIELDS.filter((field) => values.ratings[field] === null);
}

/** The moves that need a note, and whose dialog asks for it. */
export const NOTE_MOVES = ['REQUEST_CHANGES', 'ANSWER', 'REOPEN'] as const satisfies readonly ReviewMove[];
export type NoteMove = (typeof NOTE_MOVES)[number];
export const isNoteMove = (move: ReviewMove): move is NoteMove => (NOTE_MOVES as readonly ReviewMove[]).includes(move);

/** What is wrong with a note: required, at most MAX_NOTE characters; null when fine. */
export function noteProblem(note: string): 'required' | 'tooLong' | null {
  const text = note.trim();
  if (!text) return 'required';
  if (text.length > MAX_NOTE) return 'tooLong';
  return null;
}

/** The order a page offers the moves in: forward first, the admin's reopen last. */
const MOVE_ORDER: readonly ReviewMove[] = ['SUBMIT', 'APPROVE', 'REQUEST_CHANGES', 'ANSWER', 'REOPEN'];
export const orderedMoves = (moves: readonly ReviewMove[]): ReviewMove[] => MOVE_ORDER.filter((move) => moves.includes(move));

/** The share of a mission's follow-up actions that are done, leaving out the dropped ones; null when there are none. */
export function followUpCompletion(followUps: readonly { status: 'OPEN' | 'DONE' | 'DROPPED' }[]): { done: number; counted: number; share: number | null } {
  const counted = followUps.filter((f) => f.status !== 'DROPPED').length;
  const done = followUps.filter((f) => f.status === 'DONE').length;
  return { done, counted, share: counted === 0 ? null : done / counted };
}
