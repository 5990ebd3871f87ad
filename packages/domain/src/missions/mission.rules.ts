import { locked, validationError, type UserError } from '../shared/errors.ts';
import { lockedMissionFields, type LockedMissionField } from '../capacity-building-reviews/review.rules.ts';
import type { FacilitatorOrigin } from './capacity-building.vocabulary.ts';

/** A period's last day on or after its first; the error names the last day's field. */
export const missionPeriodErrors = (start: string, end: string, names: [string, string]): UserError[] =>
  end < start ? [validationError([names[1]], `${names[1]}: the last day (${end}) is before the first (${start})`)] : [];

/** Actual dates record what happened: never after `today`. */
export const futureActualDateErrors = (dates: { actualStartDate?: string | null; actualEndDate?: string | null }, today: string): UserError[] =>
  (['actualStartDate', 'actualEndDate'] as const).flatMap((field) => {
    const value = dates[field];
    return value && value > today ? [validationError([field], `${field}: ${value} is in the future; actual dates record what happened`)] : [];
  });

/** A mission takes place somewhere: a country unless it is online only. */
export const missionPlaceErrors = (place: { country: string | null; online: boolean }): UserError[] =>
  !place.country && !place.online ? [validationError(['country'], 'country: say in which country it takes place, or mark it online')] : [];

/** Amounts need the currency they are in. */
export function missionBudgetErrors(budget: { planned: number | null; spent: number | null; currency: string | null }): UserError[] {
  if ((budget.planned !== null || budget.spent !== null) && budget.currency === null) {
    return [validationError(['budgetCurrency'], 'budgetCurrency: say which currency the budget is in (ISO 4217, e.g. PHP)')];
  }
  return [];
}

/** Only an internal facilitator comes from a partner of the network; each error names the entry. */
export function facilitatorErrors(facilitators: readonly { origin: FacilitatorOrigin; partnerId: string | null }[]): UserError[] {
  return facilitators.flatMap((facilitator, index) =>
    facilitator.partnerId && facilitator.origin !== 'INTERNAL'
      ? [
          validationError(
            ['facilitators', String(index), 'partnerId'],
            `facilitators.${index}.partnerId: only an INTERNAL facilitator comes from a partner of the network`,
          ),
        ]
      : [],
  );
}

/** The same synergy or partner named twice in a target list; the error names the entry. */
export function duplicateTargetErrors(ids: readonly string[], path: string): UserError[] {
  const seen = new Set<string>();
  return ids.flatMap((id, index) => {
    const twice = seen.has(id);
    seen.add(id);
    return twice ? [validationError([path, String(index)], `${path}.${index}: named twice`)] : [];
  });
}

/**
 * The actual dates a mission marked COMPLETED gets: those recorded, else the
 * planned ones when they are not in the future; a planned day still ahead is
 * an error naming the actual date to record first.
 */
export function missionCompletionDates(
  mission: { plannedStartDate: string; plannedEndDate: string; actualStartDate?: string | null; actualEndDate?: string | null; participantsTotal: number },
  today: string,
): { errors: UserError[]; actualStartDate: string; actualEndDate: string } {
  const errors: UserError[] = [];
  if (mission.participantsTotal === 0) {
    errors.push(validationError(['status'], 'status: record how many people took part before marking the mission COMPLETED'));
  }
  const pick = (field: 'actualStartDate' | 'actualEndDate', planned: string) => {
    const actual = mission[field];
    if (actual) return actual;
    if (planned > today) {
      errors.push(validationError([field], `${field}: the planned day ${planned} is still ahead; record the actual date before marking the mission COMPLETED`));
    }
    return planned;
  };
  const actualStartDate = pick('actualStartDate', mission.plannedStartDate);
  const actualEndDate = pick('actualEndDate', mission.plannedEndDate);
  if (!errors.length) errors.push(...missionPeriodErrors(actualStartDate, actualEndDate, ['actualStartDate', 'actualEndDate']));
  return { errors, actualStartDate, actualEndDate };
}

/** Forms returned can only come from people who took part, when they were counted. */
export const missionEvaluationErrors = (formsReturned: number, participantsTotal: number): UserError[] =>
  participantsTotal > 0 && formsReturned > participantsTotal
    ? [validationError(['formsReturned'], `formsReturned: ${formsReturned} forms is more than the ${participantsTotal} people who took part`)]
    : [];

/** Evaluations record what participants said: only once the mission is under way or done. */
export const missionTakesEvaluation = (status: string): boolean => status === 'ONGOING' || status === 'COMPLETED';

/** The input names that change a locked field (`targets` is given as two lists). */
const inputFieldsOf: Record<LockedMissionField, readonly string[]> = {
  ...(Object.fromEntries(lockedMissionFields.map((field) => [field, [field]])) as Record<LockedMissionField, string[]>),
  targets: ['targetSynergyIds', 'targetPartnerIds'],
  evaluation: ['formsReturned', 'relevance', 'quality', 'usefulness', 'learnings'],
};

/** The first locked field the input gives (in input order), or null when it changes none. */
export function firstLockedMissionField(input: Record<string, unknown>): string | null {
  const lockedNames = new Set(Object.values(inputFieldsOf).flat());
  return Object.keys(input).find((key) => input[key] !== undefined && lockedNames.has(key)) ?? null;
}

/** The refusal of a change to an approved mission, naming the field. */
export const missionLockedError = (field: string): UserError =>
  locked(`${field}: the review of this mission was approved, which locks it; a network admin can reopen the review to allow changes.`, [field]);
