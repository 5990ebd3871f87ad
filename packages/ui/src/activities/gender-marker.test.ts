import { describe, expect, it } from 'vitest';
import { NO_CRITERIA, explainGenderMarker, isSentence, missingCriteria, type GenderMarkerValues } from './gender-marker.ts';

const allCriteria = {
  genderAnalysis: true,
  analysisShapedDesign: true,
  genderObjectiveAndIndicator: true,
  sexDisaggregatedData: true,
  genderMonitoringCommitment: true,
};

function buildMarker(overrides: Partial<GenderMarkerValues> = {}): GenderMarkerValues {
  return { score: 0, criteria: { ...NO_CRITERIA }, principalObjective: false, justification: null, ...overrides };
}

describe('missingCriteria', () => {
  it('should list the unmet criteria in checklist order', () => {
    expect(missingCriteria({ ...allCriteria, genderAnalysis: false, sexDisaggregatedData: false })).toEqual([
      'GENDER_ANALYSIS',
      'SEX_DISAGGREGATED_DATA',
    ]);
    expect(missingCriteria(allCriteria)).toEqual([]);
  });
});

describe('explainGenderMarker', () => {
  it('should allow only 0 and name every criterion when the checklist is empty', () => {
    const explanation = explainGenderMarker(buildMarker({ score: 1 }));
    expect(explanation.allowedMaxScore).toBe(0);
    expect(explanation.missing).toHaveLength(5);
    expect(explanation.scoreAllowed).toBe(false);
  });

  it('should allow score 0 whatever the checklist when 0 is chosen', () => {
    expect(explainGenderMarker(buildMarker()).scoreAllowed).toBe(true);
  });

  it('should allow 1 but not 2 when all criteria are met without the principal objective', () => {
    const explanation = explainGenderMarker(buildMarker({ score: 2, criteria: allCriteria }));
    expect(explanation).toMatchObject({ allowedMaxScore: 1, missing: [], needsPrincipalObjective: true, needsJustification: true, scoreAllowed: false });
  });

  it('should still cap at 1 when the justification is too short for score 2', () => {
    const explanation = explainGenderMarker(buildMarker({ score: 2, criteria: allCriteria, principalObjective: true, justification: 'Gender.' }));
    expect(explanation.allowedMaxScore).toBe(1);
    expect(explanation.needsPrincipalObjective).toBe(false);
    expect(explanation.needsJustification).toBe(true);
  });

  it('should allow 2 when all criteria, the principal objective and a sentence are given', () => {
    const explanation = explainGenderMarker(
      buildMarker({ score: 2, criteria: allCriteria, principalObjective: true, justification: 'The training exists to close the gender gap in coverage.' }),
    );
    expect(explanation).toMatchObject({ allowedMaxScore: 2, scoreAllowed: true });
  });
});

describe('isSentence', () => {
  it('should need 20 characters and 4 words as the domain does', () => {
    expect(isSentence('Women lead this work.')).toBe(true);
    expect(isSentence('Womenleadthisworkforsure')).toBe(false);
    expect(isSentence('  ')).toBe(false);
    expect(isSentence(null)).toBe(false);
  });
});
