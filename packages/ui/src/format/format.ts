// Locale-aware formatting of the values the API returns (ISO dates, counts, shares).

/** A calendar date (YYYY-MM-DD) or an instant (ISO 8601) as a readable date. */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  // Calendar dates have no time zone: read them as UTC noon so no zone shifts the day.
  const calendarDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = calendarDate ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
  if (calendarDate) options.timeZone = 'UTC';
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A month (YYYY-MM) as a short month and year, e.g. "Jun 2025"; `long` spells the month out. */
export function formatMonth(value: string | null | undefined, locale: string, style: 'short' | 'long' = 'short'): string {
  if (!value) return '';
  if (!/^\d{4}-\d{2}$/.test(value)) return value;
  const date = new Date(`${value}-15T12:00:00Z`);
  return new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An instant as date and time in the user's zone. */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A whole number with the locale's grouping; empty for null. */
export function formatNumber(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(locale).format(value);
}

/** A share from 0 to 1 as a percentage (no decimals); empty for null. */
export function formatPercent(share: number | null | undefined, locale: string): string {
  if (share === null || share === undefined) return '';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Today as YYYY-MM-DD in the user's zone. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * The locale to format dates and numbers with: the browser's own regional
 * variant when it speaks the UI language (en-GB writes 23 Nov 2026), else the
 * UI language itself.
 */
export function regionalLocale(language: string, browserLanguages: readonly string[] = defaultBrowserLanguages()): string {
  const base = language.toLowerCase().split('-')[0] ?? language;
  return browserLanguages.find((tag) => tag.toLowerCase().split('-')[0] === base && tag.includes('-')) ?? language;
}

function defaultBrowserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages ?? [navigator.language];
}

/** An organisation as lists and selects name it: "Name (ACRONYM)", or just the name. */
export function nameWithAcronym(organisation: { name: string; acronym?: string | null }): string {
  return organisation.acronym ? `${organisation.name} (${organisation.acronym})` : organisation.name;
}
