import { fieldErrors, type UserErrorLike } from '@synergia/ui';

/**
 * A change's errors split for a small form on the joint action's page: the
 * messages of the fields it shows (paths after "input", with the nested
 * `milestone.` of addJointActionMilestone dropped), and the rest for the page
 * (a stale version, a refusal) to show with its reload offer.
 */
export function subFormErrors(errors: readonly UserErrorLike[], fields: readonly string[]): { fields: Record<string, string>; general: UserErrorLike[] } {
  const normalised = errors.map((e) => {
    if (!e.path) return e;
    const rest = e.path[0] === 'input' ? e.path.slice(1) : e.path;
    const inner = rest[0] === 'milestone' ? rest.slice(1) : rest;
    // evidenceLinks.2 → evidenceLinks: the list is one field.
    return { ...e, path: ['input', inner[0] ?? ''], field: inner[0] ?? e.field ?? null };
  });
  return fieldErrors(normalised, fields);
}
