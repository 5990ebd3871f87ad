// The pure part of the export buttons: where to ask, what to call the file,
// and which message a refusal gets. Kept out of the component so it is
// tested without a browser.

export type ExportResource = 'activities' | 'joint-actions' | 'capacity-assessments' | 'missions' | 'follow-ups';
export type ExportFormat = 'csv' | 'xlsx';
export type ExportOrder = { field: string; direction: 'ASC' | 'DESC' };

/**
 * The export route next to a GraphQL endpoint: `/graphql` → `/export/activities.csv?filter=…`.
 * `filter` and `orderBy` travel as JSON, exactly as the GraphQL query takes them.
 */
export function exportUrl(
  graphqlUrl: string,
  resource: ExportResource,
  format: ExportFormat,
  filter: Record<string, unknown>,
  orderBy?: ExportOrder | null,
): string {
  const base = graphqlUrl.replace(/\/graphql\/?$/, '');
  const params = new URLSearchParams();
  const given = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== null && value !== ''));
  if (Object.keys(given).length) params.set('filter', JSON.stringify(given));
  if (orderBy) params.set('orderBy', JSON.stringify(orderBy));
  const query = params.toString();
  return `${base}/export/${resource}.${format}${query ? `?${query}` : ''}`;
}

/** The file name a response asks for (`attachment; filename="…"`), or the fallback. */
export function fileNameFrom(contentDisposition: string | null, fallback: string): string {
  const match = contentDisposition?.match(/filename\*=UTF-8''([^;]+)|filename="([^"]+)"|filename=([^;\s]+)/i);
  const raw = match?.[1] ? decodeURIComponent(match[1]) : (match?.[2] ?? match?.[3]);
  // Never a path: only the last segment, and only when something is left.
  const name = raw?.split(/[\\/]/).pop()?.trim();
  return name ? name : fallback;
}

/** A refused export as an i18n key and its values; the server's own text is for developers. */
export type ExportProblem = { key: string; values?: Record<string, number> };

/** The message for a refused export from its status and JSON body (`{ code, rowCount?, limit? }`). */
export function exportProblem(status: number, body: unknown): ExportProblem {
  const answer = (typeof body === 'object' && body !== null ? body : {}) as { code?: unknown; rowCount?: unknown; limit?: unknown };
  if (status === 401) return { key: 'export.errors.unauthenticated' };
  if (answer.code === 'EXPORT_TOO_LARGE' && typeof answer.rowCount === 'number' && typeof answer.limit === 'number') {
    return { key: 'export.errors.tooLarge', values: { rows: answer.rowCount, limit: answer.limit } };
  }
  if (status === 400) return { key: 'export.errors.badFilter' };
  return { key: 'export.errors.failed' };
}
