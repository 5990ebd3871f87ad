import { formatDate } from '../format/format.ts';

/** "3 Mar 2025", or a range as the locale writes it: "3–5 Mar 2025", "28 Feb – 2 Mar 2025". */
export function formatDateRange(startDate: string, endDate: string, locale: string): string {
  if (!endDate || endDate === startDate) return formatDate(startDate, locale);
  const start = new Date(`${startDate}T12:00:00Z`);
  const end = new Date(`${endDate}T12:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startDate} – ${endDate}`;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return typeof format.formatRange === 'function' ? format.formatRange(start, end) : `${format.format(start)} – ${format.format(end)}`;
}
