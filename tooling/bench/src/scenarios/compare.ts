/** JSON without `__typename` (the baseline does not write it) and with volatile fields masked, keys sorted. */
export function normalise(value: unknown, volatile: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => normalise(item, volatile));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (key === '__typename') continue;
      out[key] = volatile.includes(key) ? '<volatile>' : normalise((value as Record<string, unknown>)[key], volatile);
    }
    return out;
  }
  return value;
}

/** The first path at which two answers differ, or null when they are the same. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let index = 0; index < a.length; index += 1) {
      const found = firstDifference(a[index], b[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
