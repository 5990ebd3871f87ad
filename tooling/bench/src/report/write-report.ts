import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchOptions } from '../options.ts';
import type { BenchResult, Measurement, ScaleRun } from '../run.ts';
import { dataFolder } from '../dataset/load.ts';
import { scales } from '../scales.ts';

export const resultsFolder = join(dataFolder, '..', 'results');

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const times = (value: number | undefined) => (value === undefined ? '' : ` (${fixed(value, 2)}×)`);

function commit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** `loadAverage`: the machine's 1, 5 and 15 minute load averages when the report was written (other work on the machine shows here). */
export type Environment = { command: string; node: string; cpu: string; cores: number; memoryGB: number; commit: string | null; finishedAt: string; loadAverage: number[] };

export function environment(): Environment {
  return {
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    commit: commit(),
    finishedAt: new Date().toISOString(),
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

function runTable(run: ScaleRun): string[] {
  const lines = [
    `| Scenario | SQL / request (gateway · baseline) | Answer | Concurrency | p50 ms | p95 ms | p99 ms | req/s | CPU ms / request | Gateway RSS peak MB |`,
    `| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ];
  for (const scenario of run.scenarios) {
    scenario.levels.forEach((level, index) => {
      const g = level.gateway;
      const r = level.ratio ?? undefined;
      lines.push(
        [
          index === 0 ? `${scenario.key} (\`${scenario.operationName}\`)` : '',
          index === 0 ? `${scenario.statements.gatewaySeen.length > 1 ? scenario.statements.gatewaySeen.join(' or ') : scenario.statements.gateway} · ${scenario.statements.baseline ?? '–'}` : '',
          index === 0 ? `${scenario.answer} (${(scenario.responseBytes / 1024).toFixed(1)} KB)` : '',
          String(level.concurrency),
          fixed(g.p50) + times(r?.p50),
          fixed(g.p95) + times(r?.p95),
          fixed(g.p99) + times(r?.p99),
          fixed(g.rps, 0) + times(r?.rps) + (g.unfinished || g.errors ? ` ⚠ ${g.errors} failed, ${g.unfinished} unfinished` : ''),
          fixed(g.cpuMsPerRequest, 2) + times(level.baseline ? g.cpuMsPerRequest / level.baseline.cpuMsPerRequest : undefined),
          fixed(g.memory.rssPeakMB, 0),
        ]
          .join(' | ')
          .replace(/^/, '| ')
          .concat(' |'),
      );
    });
  }
  return lines;
}

function baselineTable(run: ScaleRun): string[] {
  const lines = [`| Scenario | Concurrency | baseline p50 ms | p95 ms | p99 ms | req/s | CPU ms / request |`, `| --- | ---: | ---: | ---: | ---: | ---: | ---: |`];
  for (const scenario of run.scenarios) {
    for (const level of scenario.levels) {
      if (!level.baseline) continue;
      const b = level.baseline;
      lines.push(`| ${scenario.key} | ${level.concurrency} | ${fixed(b.p50)} | ${fixed(b.p95)} | ${fixed(b.p99)} | ${fixed(b.rps, 0)} | ${fixed(b.cpuMsPerRequest, 2)} |`);
    }
  }
  return lines;
}

/** PostGraphile's figures and the gateway's ratios to them, for the scenarios it answers. */
function peerTable(run: ScaleRun): string[] {
  const lines = [
    `| Scenario | PostGraphile query · SQL / request | Ids and counts | Concurrency | PostGraphile p50 ms | p95 ms | req/s | CPU ms / request | RSS peak MB | Gateway ÷ PostGraphile: p50 · req/s · CPU |`,
    `| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ];
  for (const scenario of run.scenarios.filter((item) => item.peer)) {
    const peer = scenario.peer!;
    scenario.levels.forEach((level, index) => {
      const p = level.peer;
      lines.push(
        `| ${index === 0 ? scenario.key : ''} | ${index === 0 ? `\`${peer.operationName}\` · ${peer.statements}` : ''} | ${index === 0 ? `${peer.answer} (${(peer.responseBytes / 1024).toFixed(1)} KB)` : ''} | ${level.concurrency} | ` +
          `${p ? fixed(p.p50) : '–'} | ${p ? fixed(p.p95) : '–'} | ${p ? fixed(p.rps, 0) + (p.unfinished || p.errors ? ` ⚠ ${p.errors} failed, ${p.unfinished} unfinished` : '') : '–'} | ${p ? fixed(p.cpuMsPerRequest, 2) : '–'} | ${p ? fixed(p.memory.rssPeakMB, 0) : '–'} | ` +
          `${level.peerRatio && p ? `${fixed(level.peerRatio.p50, 2)}× · ${fixed(level.peerRatio.rps, 2)}× · ${fixed(level.gateway.cpuMsPerRequest / p.cpuMsPerRequest, 2)}×` : '–'} |`,
      );
    });
  }
  return lines;
}

/** Scenarios × (database, scale): p50 at the lowest concurrency and req/s at the highest, as gateway ÷ one of the baselines. */
function summaryTable(result: BenchResult, concurrencies: number[], against: 'baseline' | 'peer' = 'baseline'): string[] {
  const runs = result.runs.filter((run) => run.scenarios.some((scenario) => (against === 'peer' ? scenario.peer : true)));
  if (!runs.length) return [];
  const low = Math.min(...concurrencies);
  const high = Math.max(...concurrencies);
  const keys = [...new Set(runs.flatMap((run) => run.scenarios.filter((scenario) => against === 'baseline' || scenario.peer).map((scenario) => scenario.key)))];
  const lines = [
    `Cells: p50 at concurrency ${low} · req/s at concurrency ${high}, each as gateway ÷ ${against === 'peer' ? 'PostGraphile' : 'baseline'} (p50: lower is better; req/s: higher is better).`,
    '',
    `| Scenario | ${runs.map((run) => `${run.dialect} ${run.scale}`).join(' | ')} |`,
    `| --- | ${runs.map(() => '---:').join(' | ')} |`,
  ];
  for (const key of keys) {
    const cells = runs.map((run) => {
      const scenario = run.scenarios.find((item) => item.key === key);
      const at = (concurrency: number) => {
        const level = scenario?.levels.find((item) => item.concurrency === concurrency);
        return (against === 'peer' ? level?.peerRatio : level?.ratio) ?? undefined;
      };
      const p50 = at(low)?.p50;
      const rps = at(high)?.rps;
      return p50 === undefined || rps === undefined ? '–' : `${fixed(p50, 2)}× · ${fixed(rps, 2)}×`;
    });
    lines.push(`| ${key} | ${cells.join(' | ')} |`);
  }
  return lines;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** Each web app's initial JavaScript against the target, its chunks, and the largest lazy chunks. */
function bundleSection(result: BenchResult): string[] {
  const bundles = result.bundles;
  if (!bundles) return [];
  const lines = [
    '## Initial JavaScript of the web apps',
    '',
    `What the browser loads before the first route renders: the module scripts of \`dist/index.html\`, its modulepreload links and their static imports, gzipped with node:zlib (default level); KB are 1,000 bytes, as Vite counts them. Target: under ${bundles.targetKB} KB per app.`,
    '',
    '| App | Initial JS gzipped KB | Within target | Initial chunks | Lazy chunks (gzipped KB in all) |',
    '| --- | ---: | --- | ---: | ---: |',
    ...bundles.apps.map(
      (app) =>
        `| ${app.app}${app.built ? ' (built for this run)' : ''} | ${kb(app.initialGzipBytes)} | ${app.withinTarget ? 'yes' : '**no**'} | ${app.initial.length} | ${app.lazyCount} (${kb(app.lazyGzipBytes)}) |`,
    ),
    ...bundles.problems.map((problem) => `- not measured: ${problem}`),
    '',
    '| App | Chunk | Loaded | KB | Gzipped KB |',
    '| --- | --- | --- | ---: | ---: |',
  ];
  for (const app of bundles.apps) {
    for (const chunk of app.initial) lines.push(`| ${app.app} | \`${chunk.file}\` | initially (${chunk.role}) | ${kb(chunk.bytes)} | ${kb(chunk.gzipBytes)} |`);
    for (const chunk of app.largestLazy) lines.push(`| ${app.app} | \`${chunk.file}\` | lazily | ${kb(chunk.bytes)} | ${kb(chunk.gzipBytes)} |`);
  }
  return [...lines, ''];
}

/** Memory over time of every figure long enough to have a trend (a soak): per minute, slopes, heap after a forced GC. */
function memorySection(result: BenchResult): string[] {
  const lines: string[] = [];
  const servers = (level: ScaleRun['scenarios'][number]['levels'][number]): [string, Measurement | null | undefined][] => [
    ['gateway', level.gateway],
    ['baseline', level.baseline],
    ['PostGraphile', level.peer],
  ];
  for (const run of result.runs) {
    for (const scenario of run.scenarios) {
      for (const level of scenario.levels) {
        for (const [server, measurement] of servers(level)) {
          const trend = measurement?.memory.trend;
          if (!trend) continue;
          lines.push(
            `### ${server}: ${run.dialect} ${run.scale} ${scenario.key}, concurrency ${level.concurrency}, ${fixed(measurement!.seconds, 0)} s`,
            '',
            `RSS slope **${fixed(trend.rssSlopeMBPerMinute, 2)} MB/min**, heap slope **${fixed(trend.heapSlopeMBPerMinute, 2)} MB/min** (least squares over the samples after the first ${fixed(trend.settleSeconds, 0)} s). ` +
              `Heap after a forced full GC: ${trend.heapAfterGcBeforeMB ?? '–'} MB before the load, ${trend.heapAfterGcAfterMB ?? '–'} MB after it (RSS then ${trend.rssAfterGcAfterMB ?? '–'} MB). ` +
              `RSS before ${measurement!.memory.rssBeforeMB} MB, peak ${measurement!.memory.rssPeakMB} MB, after ${measurement!.memory.rssAfterMB} MB; ${measurement!.requests.toLocaleString('en')} requests, p50 ${fixed(measurement!.p50)} ms, ${fixed(measurement!.rps, 0)} req/s.`,
            '',
            '| Minute | RSS mean MB | RSS max MB | Heap mean MB | Heap max MB |',
            '| ---: | ---: | ---: | ---: | ---: |',
            ...trend.perMinute.map((minute) => `| ${minute.minute} | ${fixed(minute.rssMeanMB)} | ${fixed(minute.rssMaxMB)} | ${fixed(minute.heapMeanMB)} | ${fixed(minute.heapMaxMB)} |`),
            '',
          );
          // Every 10th sample (about every 10 s) keeps the chart readable.
          const points = trend.samples.filter((_, index) => index % 10 === 0);
          if (points.length > 1) {
            const top = Math.ceil(Math.max(...points.map((point) => point.rssMB)) * 1.1);
            lines.push(
              '```mermaid',
              'xychart-beta',
              `  title "${server} memory (MB), RSS and heap used, every ~10 s"`,
              `  x-axis [${points.map((point) => `"${Math.round(point.t)}s"`).join(', ')}]`,
              `  y-axis "MB" 0 --> ${top}`,
              `  line [${points.map((point) => point.rssMB.toFixed(0)).join(', ')}]`,
              `  line [${points.map((point) => point.heapMB.toFixed(0)).join(', ')}]`,
              '```',
              '',
            );
          }
        }
      }
    }
  }
  return lines.length ? ['## Memory over time', '', ...lines] : [];
}

/** One Mermaid xychart per dialect: the gateway's p50 at one concurrency against the scale, a line per scenario. */
function charts(result: BenchResult, concurrency: number): string[] {
  const out: string[] = [];
  const dialects = [...new Set(result.runs.map((run) => run.dialect))];
  for (const dialect of dialects) {
    const runs = result.runs.filter((run) => run.dialect === dialect && run.scenarios.length);
    if (!runs.length) continue;
    const keys = [...new Set(runs.flatMap((run) => run.scenarios.map((scenario) => scenario.key)))];
    const series = keys.map((key) =>
      runs.map((run) => run.scenarios.find((scenario) => scenario.key === key)?.levels.find((level) => level.concurrency === concurrency)?.gateway.p50 ?? 0),
    );
    const max = Math.max(1, ...series.flat().filter(Number.isFinite));
    out.push(
      `Gateway p50 latency (ms) at concurrency ${concurrency} against the scale, ${dialect}; lines in order: ${keys.join(', ')}.`,
      '',
      '```mermaid',
      'xychart-beta',
      `  title "${dialect}: gateway p50 (ms), concurrency ${concurrency}"`,
      `  x-axis [${runs.map((run) => `"${run.scale} (${scales[run.scale].activities.toLocaleString('en')})"`).join(', ')}]`,
      `  y-axis "p50 ms" 0 --> ${Math.ceil(max * 1.1)}`,
      ...series.map((values) => `  line [${values.map((value) => (Number.isFinite(value) ? value.toFixed(1) : '0')).join(', ')}]`),
      '```',
      '',
    );
  }
  return out;
}

export function markdown(options: BenchOptions, result: BenchResult, env: Environment, seconds: number): string {
  const lines: string[] = [
    `# Benchmark results (${options.outputName})`,
    '',
    `Written by \`${env.command}\`. Node ${env.node}, ${env.cores} × ${env.cpu}, ${env.memoryGB} GB, commit ${env.commit ?? 'unknown'}, finished ${env.finishedAt}, ${fixed(seconds, 0)} s; load average at the end ${env.loadAverage.join(' / ')} (1 / 5 / 15 min).`,
    `Each figure: ${options.seconds} s of closed-loop load (one ${options.warmupSeconds} s warm-up per scenario and server), load generator and servers on the same machine (127.0.0.1); requests still in flight ${options.graceSeconds} s after the deadline are aborted and counted as unfinished (left out of the percentiles).`,
    'Ratios in brackets are gateway ÷ hand-written SQL baseline (for latency lower is better, for req/s higher is better).',
    '',
    result.failures.length ? `**Correctness failures: ${result.failures.length}**` : '**Correctness: every answer matched its baseline; SQL statements per request were the same at every data size.**',
    ...result.failures.map((failure) => `- ${failure}`),
    ...(result.warnings.length ? ['', 'Warnings (reported, not failures):', ...result.warnings.map((warning) => `- ${warning}`)] : []),
    '',
    '## Gateway against the baseline',
    '',
    ...summaryTable(result, options.concurrencies),
    '',
    ...(result.runs.some((run) => run.scenarios.some((scenario) => scenario.peer))
      ? [
          '## Gateway against PostGraphile',
          '',
          'PostGraphile 4 (with the connection-filter plugin) on the same PostgreSQL data, answering the equivalent query of each list scenario; its answer is checked against the gateway\'s by total count, page ids in order and nested ids.',
          '',
          ...summaryTable(result, options.concurrencies, 'peer'),
          '',
        ]
      : []),
    ...bundleSection(result),
    ...memorySection(result),
    '## Load time of each scale',
    '',
    '| Database | Scale | Networks | Synergies | Partners | Activities | Load seconds |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...result.runs.map((run) => {
      const scale = scales[run.scale];
      return `| ${run.dialect} | ${run.scale} | ${scale.networks} | ${scale.synergies} | ${scale.partners.toLocaleString('en')} | ${scale.activities.toLocaleString('en')} | ${fixed(run.load.seconds)} |`;
    }),
    '',
    '## SQL statements per request, by data size',
    '',
    '| Database | Scenario | ' + [...new Set(result.statementChecks.flatMap((check) => Object.keys(check.counts)))].join(' | ') + ' | Equal |',
    '| --- | --- | ' + [...new Set(result.statementChecks.flatMap((check) => Object.keys(check.counts)))].map(() => '---:').join(' | ') + ' | --- |',
    ...result.statementChecks.map(
      (check) =>
        `| ${check.dialect} | ${check.scenario} | ${[...new Set(result.statementChecks.flatMap((c) => Object.keys(c.counts)))].map((scale) => check.seen[scale as keyof typeof check.seen]?.join(' or ') ?? '–').join(' | ')} | ${check.equal ? 'yes' : '**no**'} |`,
    ),
    '',
  ];
  for (const run of result.runs.filter((item) => item.scenarios.length)) {
    lines.push(`## ${run.dialect}, ${run.scale}`, '', ...runTable(run), '', '<details><summary>Baseline figures</summary>', '', ...baselineTable(run), '', '</details>', '');
    if (run.scenarios.some((scenario) => scenario.peer)) lines.push('<details><summary>PostGraphile figures</summary>', '', ...peerTable(run), '', '</details>', '');
  }
  // Concurrency 1: the cost of one request as the data grows, least disturbed by queueing.
  const chartConcurrency = options.concurrencies.includes(1) ? 1 : options.concurrencies[0]!;
  lines.push('## Latency against scale', '', ...charts(result, chartConcurrency));
  return lines.join('\n');
}

export function writeReport(options: BenchOptions, result: BenchResult, seconds: number, partial = false): string[] {
  mkdirSync(resultsFolder, { recursive: true });
  const env = environment();
  const json = join(resultsFolder, `${options.outputName}.json`);
  const md = join(resultsFolder, `${options.outputName}.md`);
  writeFileSync(json, JSON.stringify({ environment: env, options, partial, seconds: Math.round(seconds), ...result }, null, 2) + '\n');
  writeFileSync(md, (partial ? '> Partial: the run was still going when this was written.\n\n' : '') + markdown(options, result, env, seconds) + '\n');
  return [json, md];
}
