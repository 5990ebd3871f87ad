// The checks the national app's small capacity-building forms make while a
// person types, mirroring the API's (which stays the authority): what each
// field lacks, as a message key under `national.missions.problems`.

/** A problem with one field: its message key and the values the message needs. */
export type Problem = { key: string; values?: Record<string, number> };
export type Problems = Record<string, Problem>;

const RATING = { min: 1, max: 5 };
const MAX_FORMS = 100_000;

export type EvaluationValues = { formsReturned: string; relevance: string; quality: string; usefulness: string; learnings: string };
export type EvaluationInputValues = { formsReturned: number; relevance: number | null; quality: number | null; usefulness: number | null; learnings: string | null };

const RATING_FIELDS = ['relevance', 'quality', 'usefulness'] as const;

/** "4,5" is 4.5 (a decimal comma is common in French and Spanish); "" is null; anything else not a number is NaN. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The evaluation's problems: forms returned is a whole number from 0 to the participants, each rating an average from 1 to 5. */
export function evaluationProblems(values: EvaluationValues, participants: number): Problems {
  const problems: Problems = {};
  const forms = parseDecimal(values.formsReturned);
  if (forms === null) problems.formsReturned = { key: 'required' };
  else if (!Number.isInteger(forms) || forms < 0 || forms > MAX_FORMS) problems.formsReturned = { key: 'wholeNumber', values: { max: MAX_FORMS } };
  else if (participants > 0 && forms > participants) problems.formsReturned = { key: 'moreThanParticipants', values: { participants } };
  for (const field of RATING_FIELDS) {
    const rating = parseDecimal(values[field]);
    if (rating !== null && (Number.isNaN(rating) || rating < RATING.min || rating > RATING.max)) problems[field] = { key: 'rating', values: RATING };
  }
  if (values.learnings.length > 5000) problems.learnings = { key: 'tooLong', values: { max: 5000 } };
  return problems;
}

/** The evaluation as recordMissionEvaluation takes it (call after evaluationProblems found none). */
export function evaluationInput(values: EvaluationValues): EvaluationInputValues {
  return {
    formsReturned: parseDecimal(values.formsReturned) ?? 0,
    relevance: parseDecimal(values.relevance),
    quality: parseDecimal(values.quality),
    usefulness: parseDecimal(values.usefulness),
    learnings: values.learnings.trim() || null,
  };
}

/** A required note (an answer to a change request, a reason to drop): 1 to `max` characters once trimmed. */
export function noteProblems(field: string, text: string, max: number): Problems {
  const trimmed = text.trim();
  if (!trimmed) return { [field]: { key: 'required' } };
  if (trimmed.length > max) return { [field]: { key: 'tooLong', values: { max } } };
  return {};
}

/** Marking a follow-up done: when (not in the future) and, optionally, the evidence. */
export function doneProblems(values: { doneOn: string; evidence: string }, today: string): Problems {
  const problems: Problems = {};
  if (!values.doneOn) problems.doneOn = { key: 'required' };
  else if (values.doneOn > today) problems.doneOn = { key: 'future' };
  if (values.evidence.length > 5000) problems.evidence = { key: 'tooLong', values: { max: 5000 } };
  return problems;
}

/** Correcting a follow-up action: what it is (1 to 2,000 characters) and when it is due. */
export function followUpProblems(values: { description: string; dueDate: string }): Problems {
  const problems: Problems = noteProblems('description', values.description, 2000);
  if (!values.dueDate) problems.dueDate = { key: 'required' };
  return problems;
}
