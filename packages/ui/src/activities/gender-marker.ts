import type { GenderMarkerScore } from './activity-vocabulary.ts';

// A mirror of the domain's gender marker rule (packages/domain
// gender-marker.rules.ts, DOMAIN.md "Gender marker rules") for live feedback
// while typing. The API stays the authority: it refuses a score the checklist
// does not support, and its error is what the form shows.

/** The five checklist criteria, in checklist order. */
export const GENDER_CRITERIA = [
  'GENDER_ANALYSIS',
  'ANALYSIS_SHAPED_DESIGN',
  'GENDER_OBJECTIVE_AND_INDICATOR',
  'SEX_DISAGGREGATED_DATA',
  'GENDER_MONITORING_COMMITMENT',
] as const;
export type GenderCriterion = (typeof GENDER_CRITERIA)[number];

/** The checklist answers as GenderMarkerCriteria / GenderMarkerCriteriaInput spell them. */
export type GenderMarkerCriteriaValues = {
  genderAnalysis: boolean;
  analysisShapedDesign: boolean;
  genderObjectiveAndIndicator: boolean;
  sexDisaggregatedData: boolean;
  genderMonitoringCommitment: boolean;
};

/** Which field of the criteria object answers each criterion. */
export const CRITERION_FIELDS: Readonly<Record<GenderCriterion, keyof GenderMarkerCriteriaValues>> = {
  GENDER_ANALYSIS: 'genderAnalysis',
  ANALYSIS_SHAPED_DESIGN: 'analysisShapedDesign',
  GENDER_OBJECTIVE_AND_INDICATOR: 'genderObjectiveAndIndicator',
  SEX_DISAGGREGATED_DATA: 'sexDisaggregatedData',
  GENDER_MONITORING_COMMITMENT: 'genderMonitoringCommitment',
};

export const NO_CRITERIA: Readonly<GenderMarkerCriteriaValues> = {
  genderAnalysis: false,
  analysisShapedDesign: false,
  genderObjectiveAndIndicator: false,
  sexDisaggregatedData: false,
  genderMonitoringCommitment: false,
};

export type GenderMarkerValues = {
  score: number;
  criteria: GenderMarkerCriteriaValues;
  principalObjective: boolean;
  justification: string | null;
};

/** A justification "of at least a sentence", as the domain counts it: 20 characters and 4 words. */
export function isSentence(text: string | null | undefined): boolean {
  const trimmed = (text ?? '').trim();
  return trimmed.length >= 20 && trimmed.split(/\s+/).length >= 4;
}

/** The criteria not met, in checklist order. */
export function missingCriteria(criteria: GenderMarkerCriteriaValues): GenderCriterion[] {
  return GENDER_CRITERIA.filter((criterion) => !criteria[CRITERION_FIELDS[criterion]]);
}

/** What stands between a marker and a higher score. */
export type GenderMarkerExplanation = {
  /** The highest score the checklist and statements support. */
  allowedMaxScore: GenderMarkerScore;
  /** Criteria not met (any of them keeps the score at 0). */
  missing: GenderCriterion[];
  /** Score 2 also needs gender equality stated as the principal objective… */
  needsPrincipalObjective: boolean;
  /** …and a justification of at least a sentence. */
  needsJustification: boolean;
  /** Whether the chosen score is allowed. */
  scoreAllowed: boolean;
};

/**
 * Explains a marker: the highest score it allows and why. Scores 1 and 2
 * need all five criteria; 2 also needs the principal-objective statement and
 * a justification of at least a sentence.
 */
export function explainGenderMarker(marker: GenderMarkerValues): GenderMarkerExplanation {
  const missing = missingCriteria(marker.criteria);
  const needsPrincipalObjective = !marker.principalObjective;
  const needsJustification = !isSentence(marker.justification);
  const allowedMaxScore: GenderMarkerScore = missing.length > 0 ? 0 : needsPrincipalObjective || needsJustification ? 1 : 2;
  return { allowedMaxScore, missing, needsPrincipalObjective, needsJustification, scoreAllowed: marker.score <= allowedMaxScore };
}
