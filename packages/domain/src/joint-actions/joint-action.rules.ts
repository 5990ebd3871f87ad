import { validationError, type UserError } from '../shared/errors.ts';
import type { JointActionKind, JointActionRole } from './joint-action.vocabulary.ts';

/** A period of membership; `until` null while it lasts. */
export type MembershipPeriod = { since: string; until?: string | null };

/**
 * Whether a membership covers some of the action's planned period: a partner
 * takes part in a joint action of a synergy it belonged to on the action's
 * dates (joining midway through a year-long campaign counts).
 */
export const coversPeriod = (membership: MembershipPeriod, start: string, end: string): boolean =>
  membership.since <= end && (membership.until == null || membership.until >= start);

/** Exactly one LEAD and no partner twice; each problem names the list entry at fault. */
export function partnerListErrors(
  partners: readonly { partnerId: string; role: JointActionRole }[],
  path: string = 'partners',
  nameOf: (partnerId: string) => string = (id) => id,
): UserError[] {
  const errors: UserError[] = [];
  const leads = partners.flatMap((partner, index) => (partner.role === 'LEAD' ? [index] : []));
  if (leads.length === 0) errors.push(validationError([path], `${path}: one partner must be the LEAD`));
  for (const index of leads.slice(1)) {
    errors.push(
      validationError(
        [path, String(index), 'role'],
        `${path}.${index}.role: only one partner can be the LEAD; ${nameOf(partners[leads[0]!]!.partnerId)} already is`,
      ),
    );
  }
  const seen = new Set<string>();
  partners.forEach((partner, index) => {
    if (seen.has(partner.partnerId)) {
      errors.push(validationError([path, String(index), 'partnerId'], `${path}.${index}.partnerId: ${nameOf(partner.partnerId)} is named twice`));
    }
    seen.add(partner.partnerId);
  });
  return errors;
}

/** A money contribution needs both the amount and its currency. */
export function contributionErrors(amount: number | null, currency: string | null, path: string[]): UserError[] {
  const at = path.join('.');
  if (amount !== null && currency === null) {
    return [validationError([...path, 'contributionCurrency'], `${at ? `${at}.` : ''}contributionCurrency: say which currency the amount is in`)];
  }
  if (amount === null && currency !== null) {
    return [validationError([...path, 'contributionAmount'], `${at ? `${at}.` : ''}contributionAmount: give the amount for ${currency}`)];
  }
  return [];
}

/** Only political actions have targets; their outcomes always say which stage they reached. */
export const takesTargets = (kind: JointActionKind): boolean => kind === 'POLITICAL_ACTION';
export const outcomeNeedsStage = (kind: JointActionKind): boolean => kind === 'POLITICAL_ACTION';

/**
 * What completing a joint action needs: people counted, and at least one
 * outcome or a reason why there is none.
 */
export function completionErrors(facts: { participantsTotal: number; outcomeCount: number; noOutcomeReason: string | null | undefined }): UserError[] {
  const errors: UserError[] = [];
  if (facts.participantsTotal === 0) {
    errors.push(validationError(['status'], 'status: record how many people took part before marking the joint action COMPLETED'));
  }
  if (facts.outcomeCount === 0 && !facts.noOutcomeReason?.trim()) {
    errors.push(
      validationError(['noOutcomeReason'], 'noOutcomeReason: record at least one outcome, or say why there is none, before marking the joint action COMPLETED'),
    );
  }
  return errors;
}

/** Whether a milestone is overdue on `today`: not done and due before it. */
export const isOverdue = (milestone: { dueDate: string; doneDate?: string | null }, today: string): boolean =>
  !milestone.doneDate && milestone.dueDate < today;
