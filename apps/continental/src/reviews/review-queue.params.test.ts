import { describe, expect, it } from 'vitest';
import { awaitingMissionFilterFrom, hasReviewQueueFilters, parseReviewQueueParams, reviewFilterFrom, writeReviewQueueParams } from './review-queue.params.ts';

const fixed = { networkId: 'N1', viewerId: 'U7' };

describe('review queue params', () => {
  it('should read the awaiting tab with no filter when the URL says nothing or nonsense', () => {
    expect(parseReviewQueueParams(new URLSearchParams('tab=bogus&reviewer=someone'))).toEqual({ tab: 'awaiting', synergyId: '', reviewer: '' });
  });

  it('should round-trip the tab and filters through the URL, keeping other keys', () => {
    const list = { tab: 'changes' as const, synergyId: 'S1', reviewer: 'ME' as const };
    const params = writeReviewQueueParams(list, new URLSearchParams('other=1'));
    expect(params.toString()).toBe('other=1&tab=changes&synergy=S1&reviewer=me');
    expect(parseReviewQueueParams(params)).toEqual(list);
    expect(writeReviewQueueParams({ tab: 'awaiting', synergyId: '', reviewer: '' }).toString()).toBe('');
  });

  it('should ask for drafts and submitted reviews on the awaiting tab and every status on all', () => {
    const awaiting = parseReviewQueueParams(new URLSearchParams());
    expect(reviewFilterFrom(awaiting, fixed)).toEqual({ networkId: 'N1', statuses: ['DRAFT', 'SUBMITTED'] });
    expect(reviewFilterFrom({ ...awaiting, tab: 'approved' }, fixed)).toEqual({ networkId: 'N1', statuses: ['APPROVED'] });
    expect(reviewFilterFrom({ ...awaiting, tab: 'all' }, fixed)).toEqual({ networkId: 'N1' });
  });

  it('should narrow to the synergy and to the viewer as reviewer when asked', () => {
    const list = { tab: 'changes' as const, synergyId: 'S1', reviewer: 'ME' as const };
    expect(reviewFilterFrom(list, fixed)).toEqual({ networkId: 'N1', statuses: ['CHANGES_REQUESTED'], synergyId: 'S1', reviewerId: 'U7' });
    expect(hasReviewQueueFilters(list)).toBe(true);
    expect(hasReviewQueueFilters({ ...list, synergyId: '', reviewer: '' })).toBe(false);
  });

  it('should list completed missions nobody reviews when awaiting review', () => {
    expect(awaitingMissionFilterFrom({ tab: 'awaiting', synergyId: 'S2', reviewer: '' }, fixed)).toEqual({
      networkId: 'N1',
      statuses: ['COMPLETED'],
      unreviewed: true,
      synergyId: 'S2',
    });
  });
});
