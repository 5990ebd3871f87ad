import { describe, expect, it } from 'vitest';
import { assessmentInput, draftProblems, emptyDraft, fieldErrorsFor } from './assessment-form.ts';

const messages = { required: 'Required', noScore: 'Score one' };

describe('the assessment form', () => {
  it('should send only the domains given a score, in the API order, with trimmed text', () => {
    const draft = emptyDraft('partner-1');
    draft.assessedOn = '2026-01-15';
    draft.assessor = '  Secretariat ';
    draft.domains.COMMUNICATION = { score: 3, evidence: ' A plan ' };
    draft.domains.GOVERNANCE = { score: 5, evidence: '' };
    const { input, scoredDomains } = assessmentInput(draft);
    expect(scoredDomains).toEqual(['GOVERNANCE', 'COMMUNICATION']);
    expect(input).toEqual({
      partnerId: 'partner-1',
      assessedOn: '2026-01-15',
      assessor: 'Secretariat',
      missionId: null,
      notes: null,
      // Out of range is sent as typed: the API refuses it at the field.
      scores: [
        { domain: 'GOVERNANCE', score: 5, evidence: null },
        { domain: 'COMMUNICATION', score: 3, evidence: 'A plan' },
      ],
    });
  });

  it('should ask for the required fields and at least one score before sending', () => {
    expect(draftProblems(emptyDraft(), messages)).toEqual({ partnerId: 'Required', assessedOn: 'Required', assessor: 'Required', scores: 'Score one' });
  });

  it("should put the API's error on a score beside the domain sent at that index", () => {
    const scoredDomains = ['GOVERNANCE', 'HUMAN_RESOURCES', 'COMMUNICATION'] as const;
    const errors = [
      { __typename: 'ValidationError', message: 'Must be 1 to 4', path: ['input', 'scores', '2', 'score'], field: 'scores.2.score' },
      { __typename: 'ValidationError', message: 'Too long', path: ['input', 'scores', '0', 'evidence'], field: 'scores.0.evidence' },
      { __typename: 'ValidationError', message: 'In the future', path: ['input', 'assessedOn'], field: 'assessedOn' },
      { __typename: 'ForbiddenError', message: 'Not allowed', path: null },
    ];
    const { fields, general } = fieldErrorsFor(errors, scoredDomains);
    expect(fields).toEqual({
      'domains.COMMUNICATION.score': 'Must be 1 to 4',
      'domains.GOVERNANCE.evidence': 'Too long',
      assessedOn: 'In the future',
    });
    expect(general.map((e) => e.message)).toEqual(['Not allowed']);
  });
});
