import { describe, expect, it } from 'vitest';
import { isFollowUpOverdue, mayOwnFollowUp, nextFollowUpState, type FollowUpState } from './follow-up.rules.ts';

const today = '2025-06-15';
const open: FollowUpState = { status: 'OPEN', doneOn: null, droppedReason: null };

describe('isFollowUpOverdue', () => {
  it('should be overdue when OPEN and due before today', () => {
    expect(isFollowUpOverdue({ status: 'OPEN', dueDate: '2025-06-14' }, today)).toBe(true);
  });
  it('should not be overdue when due today or later', () => {
    expect(isFollowUpOverdue({ status: 'OPEN', dueDate: today }, today)).toBe(false);
  });
  it('should not be overdue when DONE or DROPPED, however late', () => {
    expect(isFollowUpOverdue({ status: 'DONE', dueDate: '2020-01-01' }, today)).toBe(false);
    expect(isFollowUpOverdue({ status: 'DROPPED', dueDate: '2020-01-01' }, today)).toBe(false);
  });
});

describe('nextFollowUpState', () => {
  it('should default doneOn to today when marked DONE without a date', () => {
    expect(nextFollowUpState(open, { status: 'DONE' }, today)).toEqual({ ok: true, state: { status: 'DONE', doneOn: today, droppedReason: null } });
  });
  it('should keep a given past doneOn', () => {
    expect(nextFollowUpState(open, { status: 'DONE', doneOn: '2025-06-01' }, today)).toMatchObject({ ok: true, state: { doneOn: '2025-06-01' } });
  });
  it('should refuse a doneOn in the future, naming doneOn', () => {
    const result = nextFollowUpState(open, { status: 'DONE', doneOn: '2025-06-16' }, today);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual([['doneOn']]);
  });
  it('should require a reason when DROPPED', () => {
    const result = nextFollowUpState(open, { status: 'DROPPED' }, today);
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual([['droppedReason']]);
  });
  it('should keep the stored reason when a DROPPED one changes something else', () => {
    const dropped: FollowUpState = { status: 'DROPPED', doneOn: null, droppedReason: 'No funding' };
    expect(nextFollowUpState(dropped, {}, today)).toMatchObject({ ok: true, state: { droppedReason: 'No funding' } });
  });
  it('should clear doneOn and droppedReason when going back to OPEN', () => {
    const done: FollowUpState = { status: 'DONE', doneOn: '2025-06-01', droppedReason: null };
    expect(nextFollowUpState(done, { status: 'OPEN' }, today)).toEqual({ ok: true, state: open });
    const dropped: FollowUpState = { status: 'DROPPED', doneOn: null, droppedReason: 'No funding' };
    expect(nextFollowUpState(dropped, { status: 'OPEN' }, today)).toEqual({ ok: true, state: open });
  });
  it('should refuse a doneOn on an OPEN follow-up', () => {
    const result = nextFollowUpState(open, { doneOn: '2025-06-01' }, today);
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual([['doneOn']]);
  });
  it('should clear the reason when a DROPPED one becomes DONE', () => {
    const dropped: FollowUpState = { status: 'DROPPED', doneOn: null, droppedReason: 'No funding' };
    expect(nextFollowUpState(dropped, { status: 'DONE' }, today)).toEqual({ ok: true, state: { status: 'DONE', doneOn: today, droppedReason: null } });
  });
});

describe('mayOwnFollowUp', () => {
  const facts = { targetPartnerIds: ['p1'], missionSynergyIds: ['s1', 's2'], partnerSynergyIds: [] as string[] };
  it('should accept a target partner', () => {
    expect(mayOwnFollowUp('p1', facts)).toBe(true);
  });
  it('should accept a current member of a target or organising synergy', () => {
    expect(mayOwnFollowUp('p2', { ...facts, partnerSynergyIds: ['s3', 's2'] })).toBe(true);
  });
  it('should refuse a partner of neither', () => {
    expect(mayOwnFollowUp('p2', { ...facts, partnerSynergyIds: ['s3'] })).toBe(false);
  });
});
