import { validationError, type UserError } from '../shared/errors.ts';

/** DOMAIN.md "Gender marker rules" (OECD DAC): the five checklist criteria, in order. */
export const genderCriteria = [
  'GENDER_ANALYSIS',
  'ANALYSIS_SHAPED_DESIGN',
  'GENDER_OBJECTIVE_AND_INDICATOR',
  'SEX_DISAGGREGATED_DATA',
  'GENDER_MONITORING_COMMITMENT',
] as const;
export type GenderCriterion = (typeof genderCriteria)[number];

export const criterionDescriptions: Record<GenderCriterion, string> = {
  GENDER_ANALYSIS: 'a gender analysis was done',
  ANALYSIS_SHAPED_DESIGN: 'its findings shaped the design, with a "do no harm" approach',
  GENDER_OBJECTIVE_AND_INDICATOR: 'at least one explicit gender equality objective with at least one gender indicator',
  SEX_DISAGGREGATED_DATA: 'data and indicators are disaggregated by sex',
  GENDER_MONITORING_COMMITMENT: 'a commitment to monitor and report the gender results',
};

/** The checklist as the API spells its answers (camelCase fields of GenderMarkerCriteria). */
export const criterionFields = {
  GENDER_ANALYSIS: 'genderAnalysis',
  ANALYSIS_SHAPED_DESIGN: 'analysisShapedDesign',
  GENDER_OBJECTIVE_AND_INDICATOR: 'genderObjectiveAndIndicator',
  SEX_DISAGGREGATED_DATA: 'sexDisaggregatedData',
  GENDER_MONITORING_COMMITMENT: 'genderMonitoringCommitment',
} as const satisfies Record<GenderCriterion, string>;

/** 0 not targeted, 1 significant, 2 principal. */
export const genderMarkerScores = [0, 1, 2] as const;
export type GenderMarkerScore = (typeof genderMarkerScores)[number];

export type GenderMarker = {
  score: number;
  criteria: Record<GenderCriterion, boolean>;
  /** "Gender equality is the principal objective; the work would not happen without it." */
  principalObjective: boolean;
  justification: string | null;
};

/** A justification "of at least a sentence": several words, not a placeholder. */
export const isSentence = (text: string | null | undefined): boolean => {
  const trimmed = (text ?? '').trim();
  return trimmed.length >= 20 && trimmed.split(/\s+/).length >= 4;
};

/** The checklist criteria not met, in checklist order. */
export const missingCriteria = (marker: Pick<GenderMarker, 'criteria'>): GenderCriterion[] =>
  genderCriteria.filter((criterion) => !marker.criteria[criterion]);

/** The highest score the checklist and statements support. */
export function allowedMaxScore(marker: GenderMarker): GenderMarkerScore {
  if (missingCriteria(marker).length > 0) return 0;
  return marker.principalObjective && isSentence(marker.justification) ? 2 : 1;
}

/**
 * Rejects a score the record does not support, saying what is missing:
 * scores 1 and 2 need all five criteria; 2 also needs the principal-objective
 * statement and a justification of at least a sentence.
 */
export function validateGenderMarker(marker: GenderMarker): UserError[] {
  const at = (field: string) => ['genderMarker', field];
  if (!(genderMarkerScores as readonly number[]).includes(marker.score)) return [validationError(at('score'), `genderMarker.score: must be 0, 1 or 2, not ${marker.score}`)];
  const errors: UserError[] = [];
  const missing = missingCriteria(marker);
  if (marker.score >= 1 && missing.length > 0) {
    errors.push(
      validationError(
        at('criteria'),
        `genderMarker.criteria: score ${marker.score} needs all five checklist criteria; missing: ${missing.map((c) => criterionDescriptions[c]).join('; ')}`,
      ),
    );
  }
  if (marker.score === 2 && !marker.principalObjective) {
    errors.push(validationError(at('principalObjective'), 'genderMarker.principalObjective: score 2 needs gender equality stated as the principal objective'));
  }
  if (marker.score === 2 && !isSentence(marker.justification)) {
    errors.push(validationError(at('justification'), 'genderMarker.justification: score 2 needs a justification of at least a sentence'));
  }
  return errors;
}
