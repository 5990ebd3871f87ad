/** One field an audit entry changed, with its values as short text. */
export type FieldChange = { field: string; before: string | null; after: string | null };

const MAX_VALUE_LENGTH = 80;

function parseObject(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function show(value: unknown): string | null {
  if (value === undefined) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/**
 * The fields an audit entry touched, from its `before` and `after` JSON
 * objects (either may be null: on create and on delete), in the order first seen.
 */
export function changedFields(before: string | null | undefined, after: string | null | undefined): FieldChange[] {
  const b = parseObject(before);
  const a = parseObject(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({ field, before: show(b[field]), after: show(a[field]) }));
}
