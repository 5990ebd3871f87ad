import { validationError, type UserError } from '../shared/errors.ts';
import type { FollowUpStatus } from '../missions/capacity-building.vocabulary.ts';

/** Whether a follow-up is overdue on `today`: still OPEN and due before it. */
export const isFollowUpOverdue = (action: { status: FollowUpStatus; dueDate: string }, today: string): boolean =>
  action.status === 'OPEN' && action.dueDate < today;

/** The fields the status decides. */
export type FollowUpState = { status: FollowUpStatus; doneOn: string | null; droppedReason: string | null };

/** What an update asks about the status; undefined leaves a field as it is. */
export type FollowUpStateChange = { status?: FollowUpStatus; doneOn?: string | null; droppedReason?: string | null };

/**
 * The state after a change, or what is wrong with it: DONE carries the day it
 * was done (today unless given, never in the future), DROPPED its reason, and
 * going back to OPEN clears both so a reopened follow-up reads as never done.
 */
export function nextFollowUpState(
  current: FollowUpState,
  change: FollowUpStateChange,
  today: string,
): { ok: true; state: FollowUpState } | { ok: false; errors: UserError[] } {
  const status = change.status ?? current.status;
  const errors: UserError[] = [];
  if (status === 'OPEN') {
    if (change.doneOn) errors.push(validationError(['doneOn'], 'doneOn: only a DONE follow-up has a done date; set status DONE'));
    if (change.droppedReason) errors.push(validationError(['droppedReason'], 'droppedReason: only a DROPPED follow-up has a reason; set status DROPPED'));
    return errors.length ? { ok: false, errors } : { ok: true, state: { status, doneOn: null, droppedReason: null } };
  }
  if (status === 'DONE') {
    if (change.droppedReason) errors.push(validationError(['droppedReason'], 'droppedReason: a DONE follow-up was not dropped'));
    const doneOn = change.doneOn ?? (change.doneOn === null ? null : current.doneOn) ?? today;
    if (doneOn > today) errors.push(validationError(['doneOn'], `doneOn: ${doneOn} is in the future; mark a follow-up DONE once it is done`));
    return errors.length ? { ok: false, errors } : { ok: true, state: { status, doneOn, droppedReason: null } };
  }
  if (change.doneOn) errors.push(validationError(['doneOn'], 'doneOn: a DROPPED follow-up was not done'));
  const droppedReason = change.droppedReason !== undefined ? change.droppedReason : current.droppedReason;
  if (!droppedReason?.trim()) errors.push(validationError(['droppedReason'], 'droppedReason: say why the follow-up is dropped'));
  return errors.length ? { ok: false, errors } : { ok: true, state: { status, doneOn: null, droppedReason: droppedReason! } };
}

/**
 * Who may own a mission's follow-up: a target partner, or a current member
 * of a target synergy or of the organising synergy.
 */
export function mayOwnFollowUp(
  partnerId: string,
  facts: { targetPartnerIds: readonly string[]; missionSynergyIds: readonly string[]; partnerSynergyIds: readonly string[] },
): boolean {
  return facts.targetPartnerIds.includes(partnerId) || facts.partnerSynergyIds.some((id) => facts.missionSynergyIds.includes(id));
}
