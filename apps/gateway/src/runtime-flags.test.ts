import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatewayNodeFlags } from './runtime-flags.ts';

// The gateway's V8 flags are given where its process starts; these places must not drift from the one list.
describe('the V8 flags the gateway starts with', () => {
  const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
  const scripts = (path: string) => (JSON.parse(read(path)) as { scripts: Record<string, string> }).scripts;

  it('should be given by every script and documented command that starts the gateway', () => {
    const starts = [
      scripts('../../../package.json')['start']!,
      scripts('../package.json')['start']!,
      scripts('../package.json')['dev']!,
      ...read('../../../docs/operations.md')
        .split('\n')
        .filter((line) => /(node|tsx)\b.*apps\/gateway\/src\/main\.ts/.test(line)),
    ];
    expect(starts.length).toBeGreaterThanOrEqual(7);
    for (const start of starts) for (const flag of gatewayNodeFlags) expect(start, start).toContain(flag);
  });
});
