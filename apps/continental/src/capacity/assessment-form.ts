// The "Record assessment" form's pure parts: the input it sends, and the
// server's errors put back beside the domain they are about.
import { fieldErrors, type UserErrorLike } from '@synergia/ui';
import type { CapacityDomain, RecordCapacityAssessmentInput } from '../gql/graphql.ts';
import { CAPACITY_DOMAINS } from './capacity-domains.ts';

/** What a domain's row holds: no score means the domain was not assessed. */
export type DomainEntry = { score: number | null; evidence: string };

export type AssessmentDraft = {
  partnerId: string;
  assessedOn: string;
  assessor: string;
  missionId: string;
  notes: string;
  domains: Record<CapacityDomain, DomainEntry>;
};

export function emptyDraft(partnerId = ''): AssessmentDraft {
  return {
    partnerId,
    assessedOn: '',
    assessor: '',
    missionId: '',
    notes: '',
    domains: Object.fromEntries(CAPACITY_DOMAINS.map((d) => [d, { score: null, evidence: '' }])) as Record<CapacityDomain, DomainEntry>,
  };
}

/**
 * The mutation's input and the domain behind each index of `scores` (the
 * server names a bad score by its index: `scores.2.score`). Scores are sent
 * as typed, out of range too: the domain's rule decides and says why.
 */
export function assessmentInput(draft: AssessmentDraft): { input: RecordCapacityAssessmentInput; scoredDomains: CapacityDomain[] } {
  const scoredDomains = CAPACITY_DOMAINS.filter((d) => draft.domains[d].score !== null);
  const text = (value: string) => (value.trim() ? value.trim() : null);
  return {
    scoredDomains,
    input: {
      partnerId: draft.partnerId,
      assessedOn: draft.assessedOn,
      assessor: draft.assessor.trim(),
      missionId: draft.missionId || null,
      notes: text(draft.notes),
      scores: scoredDomains.map((domain) => ({ domain, score: draft.domains[domain].score ?? 0, evidence: text(draft.domains[domain].evidence) })),
    },
  };
}

/** The form's own checks before sending: the required fields, and at least one domain scored. */
export function draftProblems(draft: AssessmentDraft, messages: { required: string; noScore: string }): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.partnerId) problems['partnerId'] = messages.required;
  if (!draft.assessedOn) problems['assessedOn'] = messages.required;
  if (!draft.assessor.trim()) problems['assessor'] = messages.required;
  if (CAPACITY_DOMAINS.every((d) => draft.domains[d].score === null)) problems['scores'] = messages.noScore;
  return problems;
}

/** The keys of a domain's two fields in the form's error map. */
export const domainField = (domain: CapacityDomain, part: 'score' | 'evidence') => `domains.${domain}.${part}`;

/**
 * Field errors keyed as the API gives them (`scores.2.score`, `scores.2`,
 * `assessor`) re-keyed for the form: a score's error goes beside the domain
 * sent at that index, its evidence's beside the evidence; the rest stays.
 */
export function formFieldErrors(fields: Record<string, string>, scoredDomains: readonly CapacityDomain[]): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const match = /^scores\.(\d+)(?:\.(\w+))?$/.exec(key);
    const domain = match ? scoredDomains[Number(match[1])] : undefined;
    if (match && domain) {
      const target = domainField(domain, match[2] === 'evidence' ? 'evidence' : 'score');
      mapped[target] ??= message;
    } else {
      mapped[key] ??= message;
    }
  }
  return mapped;
}

/** Every key the form can show an error at, for fieldErrors: anything else goes to the alert above the form. */
function knownFields(scoredDomains: readonly CapacityDomain[]): string[] {
  const scoreKeys = scoredDomains.flatMap((_, index) => [`scores.${index}`, `scores.${index}.score`, `scores.${index}.domain`, `scores.${index}.evidence`]);
  return ['partnerId', 'assessedOn', 'assessor', 'missionId', 'notes', 'scores', ...scoreKeys];
}

/**
 * A payload's errors split as the form shows them: a message per field of
 * the form (a score's beside its domain), and the rest for the alert above.
 */
export function fieldErrorsFor(errors: readonly UserErrorLike[], scoredDomains: readonly CapacityDomain[]): { fields: Record<string, string>; general: UserErrorLike[] } {
  const { fields, general } = fieldErrors(errors, knownFields(scoredDomains));
  return { fields: formFieldErrors(fields, scoredDomains), general };
}
