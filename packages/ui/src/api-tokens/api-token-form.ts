import type { ApiTokenRow } from './api-tokens.documents.ts';

/** The lifetimes offered in the form, in days; the API accepts 1 to 365. */
export const API_TOKEN_EXPIRY_CHOICES = [7, 30, 90, 365] as const;
export const DEFAULT_API_TOKEN_EXPIRY_DAYS = 90;
export const API_TOKEN_NAME_MAX = 100;

export type ApiTokenStatus = 'active' | 'revoked' | 'expired';

/** What the list says about a token: revoked wins over expired. */
export function apiTokenStatus(token: Pick<ApiTokenRow, 'revokedAt' | 'expiresAt'>, now: Date = new Date()): ApiTokenStatus {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active';
}

/** The form's own checks, with the same limits as the API (which checks again); keys are input fields. */
export function apiTokenFormProblems(name: string): Partial<Record<'name', 'required' | 'tooLong'>> {
  const trimmed = name.trim();
  if (!trimmed) return { name: 'required' };
  if (trimmed.length > API_TOKEN_NAME_MAX) return { name: 'tooLong' };
  return {};
}

/**
 * The scope list to send: null (all the grants held now) when every grant
 * is chosen or none is; otherwise the chosen ones.
 */
export function scopeSelection(chosen: readonly string[], all: readonly string[]): string[] | null {
  if (chosen.length === 0 || all.every((id) => chosen.includes(id))) return null;
  return [...chosen];
}
