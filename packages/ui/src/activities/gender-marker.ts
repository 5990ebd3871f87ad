import {
  allowedMaxScore,
  criterionFields,
  genderCriteria,
  isSentence,
  missingCriteria as missingOf,
  type GenderCriterion,
  type GenderMarkerScore,
} from '@synergia/domain/rules';

// The domain's gender marker rule (gender-marker.rules.ts, DOMAIN.md "Gender
// marker rules") applied to the checklist as GraphQL spells it, for live
// feedback while typing. The API stays the authority: it refuses a score the
// checklist does not support, and its error is what the form shows.

export { genderCriteria as GENDER_CRITERIA, criterionFields as CRITERION_FIELDS, isSentence, type GenderCriterion } from '@synergia/domain/rules';

/** The checklist answers as GenderMarkerCriteria / GenderMarkerCriteriaInput spell them. */
export type GenderMarkerCriteriaValues = Record<(typeof criterionFields)[GenderCriterion], boolean>;

export const NO_CRITERIA: Readonly<GenderMarkerCriteriaValues> = Object.fromEntries(
  genderCriteria.map((criterion) => [criterionFields[criterion], false]),
) as GenderMarkerCriteriaValues;

export type GenderMarkerValues = {
  score: number;
  criteria: GenderMarkerCriteriaValues;
  principalObjective: boolean;
  justification: string | null;
};

/** The checklist answers by criterion, as the domain's rules take them. */
function byCriterion(criteria: GenderMarkerCriteriaValues): Record<GenderCriterion, boolean> {
  return Object.fromEntries(genderCriteria.map((criterion) => [criterion, criteria[criterionFields[criterion]]])) as Record<GenderCriterion, boolean>;
}

/** The criteria not met, in checklist order. */
export function missingCriteria(criteria: GenderMarkerCriteriaValues): GenderCriterion[] {
  return missingOf({ criteria: byCriterion(criteria) });
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
  const criteria = byCriterion(marker.criteria);
  const maxScore = allowedMaxScore({ ...marker, criteria });
  return {
    allowedMaxScore: maxScore,
    missing: missingOf({ criteria }),
    needsPrincipalObjective: !marker.principalObjective,
    needsJustification: !isSentence(marker.justification),
    scoreAllowed: marker.score <= maxScore,
  };
}

/** The longest gender marker justification the domain accepts. */
export const GENDER_MARKER_JUSTIFICATION_MAX = 2000;

/** A gender marker as a form holds it (the score narrowed to 0, 1 or 2, the justification as typed). */
export type GenderMarkerFormValues = {
  score: GenderMarkerScore;
  criteria: GenderMarkerCriteriaValues;
  principalObjective: boolean;
  justification: string;
};
