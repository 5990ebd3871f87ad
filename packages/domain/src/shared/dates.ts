/** Today's date as ISO 8601 (YYYY-MM-DD) in UTC. */
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** Whether a string is a real calendar date in YYYY-MM-DD form. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
