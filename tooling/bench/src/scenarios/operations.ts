import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

export type App = 'national' | 'continental';

/** The first operation a document defines (its fragments come first in the manifests). */
export const operationNameOf = (document: string): string | null => document.match(/\b(?:query|mutation|subscription)\s+(\w+)/)?.[1] ?? null;

/**
 * The exact text an app sends for an operation, from its persisted-operations
 * manifest (what codegen writes and the gateway serves), with its hash.
 */
export function persistedOperation(app: App, operationName: string): { hash: string; query: string } {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'apps', app, 'src', 'gql', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
  const found = Object.entries(manifest).find(([, document]) => operationNameOf(document) === operationName);
  if (!found) throw new Error(`${operationName} is not in apps/${app}/src/gql/persisted-documents.json: the app no longer sends it; update tooling/bench/src/scenarios/scenarios.ts`);
  return { hash: found[0], query: found[1] };
}
