import { describe, expect, it } from 'vitest';
import { reviewStatuses } from '../missions/capacity-building.vocabulary.ts';
import { canMakeReviewMove, lockedMissionFields, missionIsLocked, reviewIsEditable, reviewMoves, reviewMovesFrom } from './review.rules.ts';

describe('review moves', () => {
  it('should walk the documented workflow DRAFT → SUBMITTED → CHANGES_REQUESTED → SUBMITTED → APPROVED → CHANGES_REQUESTED', () => {
    const path = ['SUBMIT', 'REQUEST_CHANGES', 'ANSWER', 'APPROVE', 'REOPEN'] as const;
    let status: (typeof reviewStatuses)[number] = 'DRAFT';
    const seen: string[] = [status];
    for (const move of path) {
      expect(canMakeReviewMove(status, move), `${move} from ${status}`).toBe(true);
      status = reviewMoves[move].to;
      seen.push(status);
    }
    expect(seen).toEqual(['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'SUBMITTED', 'APPROVED', 'CHANGES_REQUESTED']);
  });

  it('should offer exactly the moves of the table from each status, in screen order', () => {
    expect(Object.fromEntries(reviewStatuses.map((status) => [status, reviewMovesFrom(status)]))).toEqual({
      DRAFT: ['SUBMIT'],
      SUBMITTED: ['REQUEST_CHANGES', 'APPROVE'],
      CHANGES_REQUESTED: ['ANSWER'],
      APPROVED: ['REOPEN'],
    });
  });

  it('should refuse moves from any other status', () => {
    expect(canMakeReviewMove('DRAFT', 'APPROVE')).toBe(false);
    expect(canMakeReviewMove('APPROVED', 'REQUEST_CHANGES')).toBe(false);
    expect(canMakeReviewMove('SUBMITTED', 'ANSWER')).toBe(false);
    expect(canMakeReviewMove('CHANGES_REQUESTED', 'REOPEN')).toBe(false);
  });

  it('should give each move to its party: the reviewer decides, the organiser answers, only an admin reopens', () => {
    expect(Object.fromEntries(Object.entries(reviewMoves).map(([move, rule]) => [move, rule.by]))).toEqual({
      SUBMIT: 'REVIEWER',
      REQUEST_CHANGES: 'REVIEWER',
      ANSWER: 'ORGANISER',
      APPROVE: 'REVIEWER',
      REOPEN: 'ADMIN',
    });
  });
});

describe('review editing and the mission lock', () => {
  it('should let the reviewer edit only while DRAFT or SUBMITTED', () => {
    expect(reviewStatuses.filter(reviewIsEditable)).toEqual(['DRAFT', 'SUBMITTED']);
  });

  it('should lock the mission only while its review is APPROVED', () => {
    expect(missionIsLocked('APPROVED')).toBe(true);
    for (const status of [null, undefined, 'DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED'] as const) expect(missionIsLocked(status)).toBe(false);
  });

  it('should lock the reviewed fields and the evaluation, not follow-ups or assessments', () => {
    expect(lockedMissionFields).toContain('evaluation');
    expect(lockedMissionFields).toContain('title');
    expect(lockedMissionFields).not.toContain('followUps');
    expect(lockedMissionFields).not.toContain('assessments');
  });
});
