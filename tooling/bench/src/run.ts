import type { DatabaseDialect } from '@synergia/domain';
import { generateDataset } from './dataset/generate.ts';
import { createTarget, loadDataset, type LoadReport, type Target } from './dataset/load.ts';
import { openSession } from './dataset/session.ts';
import { runLoad, type LatencySummary } from './load/load-generator.ts';
import type { BenchOptions } from './options.ts';
import { scales, type ScaleName } from './scales.ts';
import { firstDifference, normalise } from './scenarios/compare.ts';
import { requestBody, scenarios, type Scenario } from './scenarios/scenarios.ts';
import { startServer, type RunningServer } from './servers/spawn.ts';

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export type Memory = { rssBeforeMB: number; rssPeakMB: number; rssAfterMB: number; heapPeakMB: number };
export type Measurement = LatencySummary & { memory: Memory };
export type Ratio = { p50: number; p95: number; p99: number; rps: number };
export type Level = { concurrency: number; gateway: Measurement; baseline: Measurement | null; ratio: Ratio | null };
export type ScenarioResult = {
  key: string;
  title: string;
  operationName: string;
  kind: Scenario['kind'];
  statements: { gateway: number; baseline: number | null; gatewaySeen: number[] };
  answer: 'same' | 'different' | 'no baseline';
  /** Size of the gateway's JSON answer: shows the compared answers are not empty. */
  responseBytes: number;
  difference: string | null;
  levels: Level[];
};
export type ScaleRun = { dialect: DatabaseDialect; scale: ScaleName; load: LoadReport; scenarios: ScenarioResult[] };
/** `counts`: the smallest count seen per scale; `seen`: every count seen. Equal when some count was seen at every scale. */
export type StatementCheck = { dialect: DatabaseDialect; scenario: string; counts: Partial<Record<ScaleName, number>>; seen: Partial<Record<ScaleName, number[]>>; equal: boolean };
export type BenchResult = { runs: ScaleRun[]; statementChecks: StatementCheck[]; failures: string[]; warnings: string[] };

type Answer = { status: number; body: { data?: unknown; errors?: { message: string }[] } };

async function post(server: RunningServer, body: string, token: string): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the server has started no statement for `quietMs` (at most
 * 3 minutes): requests the load generator aborted still run
 * to their end on the server, and must not be counted in the next request's
 * statements or slow the next figure.
 */
async function waitIdle(server: RunningServer, quietMs = 300): Promise<void> {
  const until = performance.now() + 180_000;
  let last = await server.stats();
  while (performance.now() < until) {
    await sleep(quietMs);
    const now = await server.stats();
    // Only statement starts: `running` (started − answered) did not always come back to 0 on SQLite.
    if (now.statements === last.statements) return;
    last = now;
  }
}

/**
 * Statements the server runs for one request, after a warm-up request, asked
 * `repeats` times. The count can vary with timing (a DataLoader batch that
 * does or does not catch a sibling field): every value seen is kept, and the
 * smallest is the one compared between data sizes.
 */
async function statementsFor(server: RunningServer, body: string, token: string, quietMs: number, repeats = 5): Promise<{ count: number; seen: number[]; answer: Answer }> {
  await waitIdle(server, quietMs);
  await post(server, body, token);
  await server.stats(true);
  const answer = await post(server, body, token);
  const seen = [(await server.stats(true)).statements];
  for (let index = 1; index < repeats; index += 1) {
    await post(server, body, token);
    seen.push((await server.stats(true)).statements);
  }
  return { count: Math.min(...seen), seen: [...new Set(seen)].sort((a, b) => a - b), answer };
}

async function measure(server: RunningServer, body: string, token: string, concurrency: number, options: BenchOptions, warm: boolean): Promise<Measurement> {
  const before = await server.stats();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () =>
    void server.stats().then((stats) => {
      peakRss = Math.max(peakRss, stats.rss);
      peakHeap = Math.max(peakHeap, stats.heapUsed);
    });
  const latency = await runLoad({
    url: `${server.url}/graphql`,
    body,
    headers: { authorization: `Bearer ${token}` },
    concurrency,
    seconds: options.seconds,
    // One warm-up per scenario and server (before its first level): later levels run warm.
    warmupSeconds: warm ? 0 : options.warmupSeconds,
    graceSeconds: options.graceSeconds,
    onTick: sample,
  });
  // Longer than one statement can take at this scale, or a server still busy would look idle.
  await waitIdle(server, options.quick ? 150 : 1_000);
  const after = await server.stats(true);
  peakRss = Math.max(peakRss, after.rss);
  peakHeap = Math.max(peakHeap, after.heapUsed);
  return { ...latency, memory: { rssBeforeMB: mb(before.rss), rssPeakMB: mb(peakRss), rssAfterMB: mb(after.rss), heapPeakMB: mb(peakHeap) } };
}

const ratio = (gateway: LatencySummary, baseline: LatencySummary): Ratio => ({
  // NaN (no answer within the bound) is written as null in the JSON and "–" in the table.
  p50: gateway.p50 / baseline.p50,
  p95: gateway.p95 / baseline.p95,
  p99: gateway.p99 / baseline.p99,
  rps: gateway.rps / baseline.rps,
});

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/**
 * Runs every selected scenario on every dialect and scale, plus the `tiny`
 * companion scale for statement counts only. Correctness failures (an answer
 * differing from the baseline, statements per request that differ between
 * sizes or between two identical requests) are collected, never timings.
 */
export async function runBench(options: BenchOptions, onProgress?: (partial: BenchResult) => void): Promise<BenchResult> {
  const selected = scenarios.filter((scenario) => options.only.length === 0 || options.only.includes(scenario.key));
  const runs: ScaleRun[] = [];
  const statementChecks: StatementCheck[] = [];
  const failures: string[] = [];
  const warnings: string[] = [];
  type Prepared = {
    scaleName: ScaleName;
    measured: boolean;
    dataset: ReturnType<typeof generateDataset>;
    target: Target;
    load?: LoadReport;
    token?: string;
    servers: RunningServer[];
    dropped?: boolean;
  };
  const preparedBy = new Map<DatabaseDialect, Prepared[]>(options.dialects.map((dialect) => [dialect, []]));
  const sizes: ScaleName[] = ['tiny', ...options.scales.filter((name) => name !== 'tiny')];
  /** Stops what is still running and drops what is still stored: after a failure, the other databases' too. */
  const cleanUp = async (entries: Prepared[]) => {
    for (const entry of entries) for (const server of entry.servers.splice(0)) await server.stop();
    for (const entry of entries) if (!entry.dropped) await entry.target.drop();
    for (const entry of entries) entry.dropped = true;
  };
  try {
    // Every size of every database is loaded first and all servers start together (their
    // start-up is mostly waiting on module loading, and idle servers cost no CPU), then the
    // sizes are measured one after the other.
    for (const dialect of options.dialects) {
      for (const scaleName of sizes) {
        const scale = scales[scaleName];
        const entry: Prepared = { scaleName, measured: options.scales.includes(scaleName), dataset: generateDataset(scale, options.seed), target: await createTarget(dialect, scaleName), servers: [] };
        preparedBy.get(dialect)!.push(entry);
        log(`${dialect} ${scaleName}: loading ${scale.activities.toLocaleString('en')} activities`);
        entry.load = await loadDataset(entry.target, entry.dataset);
        log(`${dialect} ${scaleName}: loaded in ${entry.load.seconds.toFixed(1)} s`);
        entry.token = await openSession(entry.target, entry.dataset.adminUserId);
      }
    }
    await Promise.all(
      options.dialects.flatMap((dialect) =>
        preparedBy.get(dialect)!.map(async (entry) => {
          const [gateway, baseline] = await Promise.all([
            startServer('gateway', { dialect, ...entry.target.options }),
            entry.measured ? startServer('baseline', { dialect, ...entry.target.options }) : null,
          ]);
          entry.servers.push(gateway, ...(baseline ? [baseline] : []));
        }),
      ),
    );
  } catch (error) {
    await cleanUp([...preparedBy.values()].flat());
    throw error;
  }
  try {
    for (const dialect of options.dialects) {
      const counts = new Map<string, Partial<Record<ScaleName, number>>>();
      const seenCounts = new Map<string, Partial<Record<ScaleName, number[]>>>();
      const prepared = preparedBy.get(dialect)!;
      try {
        for (const entry of prepared) {
          const { scaleName, measured, dataset, target, load, servers } = entry;
          const token = entry.token!;
          const gateway = servers.find((server) => server.kind === 'gateway')!;
          const baseline = servers.find((server) => server.kind === 'baseline') ?? null;
          try {
            const results: ScenarioResult[] = [];
            for (const scenario of selected) {
              const body = requestBody(scenario, dataset);
              const where = `${dialect} ${scaleName} ${scenario.key}`;
              const gatewayCount = await statementsFor(gateway, body, token, options.quick ? 150 : 1_000);
              if (gatewayCount.answer.status !== 200 || gatewayCount.answer.body.errors) {
                failures.push(`${where}: the gateway answered ${gatewayCount.answer.status} ${JSON.stringify(gatewayCount.answer.body.errors ?? '')}`);
              }
              if (gatewayCount.seen.length > 1) warnings.push(`${where}: identical requests ran ${gatewayCount.seen.join(' or ')} SQL statements (timing-dependent batching)`);
              counts.set(scenario.key, { ...counts.get(scenario.key), [scaleName]: gatewayCount.count });
              seenCounts.set(scenario.key, { ...seenCounts.get(scenario.key), [scaleName]: gatewayCount.seen });
              if (!measured || !baseline) continue;
              const baselineCount = await statementsFor(baseline, body, token, options.quick ? 150 : 1_000);
              let answer: ScenarioResult['answer'] = 'no baseline';
              let difference: string | null = null;
              if (baselineCount.answer.status === 200) {
                difference = firstDifference(normalise(gatewayCount.answer.body.data, scenario.volatile), normalise(baselineCount.answer.body.data, scenario.volatile));
                answer = difference ? 'different' : 'same';
                if (difference) failures.push(`${where}: the gateway's answer differs from the baseline's at ${difference}`);
              }
              const levels: Level[] = [];
              for (const [index, concurrency] of options.concurrencies.entries()) {
                const onGateway = await measure(gateway, body, token, concurrency, options, index > 0);
                const onBaseline = answer === 'no baseline' ? null : await measure(baseline, body, token, concurrency, options, index > 0);
                levels.push({ concurrency, gateway: onGateway, baseline: onBaseline, ratio: onBaseline ? ratio(onGateway, onBaseline) : null });
                log(
                  `${where} c=${concurrency}: gateway p50 ${onGateway.p50.toFixed(1)} ms ${onGateway.rps.toFixed(0)} req/s` +
                    (onBaseline ? `; baseline p50 ${onBaseline.p50.toFixed(1)} ms ${onBaseline.rps.toFixed(0)} req/s` : ''),
                );
                if (onGateway.errors || onGateway.unfinished) log(`${where} c=${concurrency}: ${onGateway.errors} gateway requests failed, ${onGateway.unfinished} unfinished`);
              }
              results.push({
                key: scenario.key,
                title: scenario.title,
                operationName: scenario.operationName,
                kind: scenario.kind,
                statements: { gateway: gatewayCount.count, baseline: answer === 'no baseline' ? null : baselineCount.count, gatewaySeen: gatewayCount.seen },
                answer,
                responseBytes: JSON.stringify(gatewayCount.answer.body).length,
                difference,
                levels,
              });
            }
            runs.push({ dialect, scale: scaleName, load: load!, scenarios: measured ? results : [] });
            // Written after each scale, so a long run that is stopped still leaves its figures so far.
            onProgress?.({ runs, statementChecks, failures, warnings });
          } finally {
            // Done with this size: its servers and database go before the next size is measured.
            for (const server of servers.splice(0)) await server.stop();
            await target.drop();
            entry.dropped = true;
          }
        }
      } finally {
        // After a failure: whatever is still running or stored goes too.
        await cleanUp(prepared);
      }
      for (const scenario of selected) {
        const byScale = counts.get(scenario.key) ?? {};
        const seen = seenCounts.get(scenario.key) ?? {};
        // Timing can add a statement now and then (see statementsFor): the sizes agree when one count was seen at all of them.
        const lists = Object.values(seen);
        const equal = lists.length === 0 || lists[0]!.some((count) => lists.every((list) => list.includes(count)));
        statementChecks.push({ dialect, scenario: scenario.key, counts: byScale, seen, equal });
        if (!equal) failures.push(`${dialect} ${scenario.key}: SQL statements per request differ between data sizes ${JSON.stringify(seen)}`);
      }
    }
  } finally {
    await cleanUp([...preparedBy.values()].flat());
  }
  return { runs, statementChecks, failures, warnings };
}
