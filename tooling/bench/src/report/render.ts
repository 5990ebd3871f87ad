// Writes results/<name>.md again from results/<name>.json (after a change to the report's layout):
//   npx tsx tooling/bench/src/report/render.ts quick
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdown, resultsFolder } from './write-report.ts';

const name = process.argv[2] ?? 'latest';
const saved = JSON.parse(readFileSync(join(resultsFolder, `${name}.json`), 'utf8'));
writeFileSync(join(resultsFolder, `${name}.md`), (saved.partial ? '> Partial: the run was still going when this was written.\n\n' : '') + markdown(saved.options, saved, saved.environment, saved.seconds) + '\n');
console.log(`wrote results/${name}.md`);
