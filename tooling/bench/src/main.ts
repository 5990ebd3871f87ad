// npm run bench -- [--quick] [--scale=…]: see tooling/bench/README.md.
import { parseOptions } from './options.ts';
import { runBench } from './run.ts';
import { writeReport } from './report/write-report.ts';

const options = (() => {
  try {
    return parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
})();
const started = performance.now();
const result = await runBench(options, (partial) => writeReport(options, partial, (performance.now() - started) / 1000, true));
const files = writeReport(options, result, (performance.now() - started) / 1000);
console.log(`\nWrote ${files.join(', ')} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (result.warnings.length) console.warn(`\nWarnings:\n${result.warnings.map((warning) => `  - ${warning}`).join('\n')}`);
if (result.failures.length) {
  console.error(`\nCorrectness failures (${result.failures.length}):\n${result.failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('No correctness failures: every answer matched its baseline and SQL statements per request did not change with the data size.');
