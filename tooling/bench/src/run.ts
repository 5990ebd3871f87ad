import type { DatabaseDialect } from '@synergia/domain';
import { measureInitialJavaScript, type BundleReport } from './bundles/initial-javascript.ts';
import { generateDataset } from './dataset/generate.ts';
import { createTarget, loadDataset, type LoadReport, type Target } from './dataset/load.ts';
import { openSession } from './dataset/session.ts';
import { runLoad, type LatencySummary } from './load/load-generator.ts';
import { memoryTrend, trendFromSeconds, type MemorySample, type MemoryTrend } from './load/memory-trend.ts';
import type { BenchOptions } from './options.ts';
import { scales, type ScaleName } from './scales.ts';
import { firstDifference, normalise } from './scenarios/compare.ts';
import { operationNameOf } from './scenarios/operations.ts';
import { peerQueries, peerRequestBody } from './scenarios/peer-queries.ts';
import { requestBody, scenarios, type Scenario } from './scenarios/scenarios.ts';
import { startServer, type RunningServer, type ServerKind } from './servers/spawn.ts';

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** `trend`: only for loads of at least `trendFromSeconds` (a soak). */
export type Memory = { rssBeforeMB: number; rssPeakMB: number; rssAfterMB: number; heapPeakMB: number; trend?: MemoryTrend };
/** `cpuMsPerRequest`: the server's CPU time (user + system) over the measured phase, per answered request. */
export type Measurement = LatencySummary & { memory: Memory; cpuMsPerRequest: number };
export type Ratio = { p50: number; p95: number; p99: number; rps: number };
/** `peer`: PostGraphile on the same data (PostgreSQL, list scenarios); `peerRatio`: gateway ÷ PostGraphile. */
export type Level = { concurrency: number; gateway: Measurement; baseline: Measurement | null; ratio: Ratio | null; peer?: Measurement | null; peerRatio?: Ratio | null };
/** PostGraphile's answer to the scenario's equivalent query: `same` when it shares the gateway's ids and counts. */
export type PeerCheck = { operationName: string; statements: number; answer: 'same' | 'different' | 'error'; difference: string | null; responseBytes: number };
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
  peer?: PeerCheck | null;
};
export type ScaleRun = { dialect: DatabaseDialect; scale: ScaleName; load: LoadReport; scenarios: ScenarioResult[] };
/** `counts`: the smallest count seen per scale; `seen`: every count seen. Equal when some count was seen at every scale. */
export type StatementCheck = { dialect: DatabaseDialect; scenario: string; counts: Partial<Record<ScaleName, number>>; seen: Partial<Record<ScaleName, number[]>>; equal: boolean };
/** `bundles`: the web apps' initial JavaScript (absent with `--no-bundles`). */
export type BenchResult = { runs: ScaleRun[]; statementChecks: StatementCheck[]; failures: string[]; warnings: string[]; bundles?: BundleReport };

type Answer = { status: number; body: { data?: unknown; errors?: { message: string }[] } };

/** The bearer header, or none (PostGraphile refuses a token it was not configured to verify). */
const authorization = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

async function post(server: RunningServer, body: string, token: string | null): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization(token) },
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
async function statementsFor(server: RunningServer, body: string, token: string | null, quietMs: number, repeats = 5): Promise<{ count: number; seen: number[]; answer: Answer }> {
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

async function measure(server: RunningServer, body: string, token: string | null, concurrency: number, options: BenchOptions, warm: boolean): Promise<Measurement> {
  const withTrend = options.seconds >= trendFromSeconds;
  const heapBeforeMB = withTrend ? mb((await server.statsAfterGc()).heapUsed) : null;
  const before = await server.stats();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const samples: MemorySample[] = [];
  let loadStarted: number | null = null;
  const sample = () => {
    // The first tick comes a tick after the measured phase starts.
    loadStarted ??= performance.now() - 250;
    const t = (performance.now() - loadStarted) / 1000;
    void server.stats().then((stats) => {
      peakRss = Math.max(peakRss, stats.rss);
      peakHeap = Math.max(peakHeap, stats.heapUsed);
      // One sample a second is enough for a trend over minutes.
      if (withTrend && (samples.length === 0 || t - samples.at(-1)!.t >= 1)) samples.push({ t: Math.round(t * 10) / 10, rssMB: mb(stats.rss), heapMB: mb(stats.heapUsed) });
    });
  };
  let cpuAtStart = before.cpuMicros;
  const latency = await runLoad({
    url: `${server.url}/graphql`,
    body,
    headers: authorization(token),
    concurrency,
    seconds: options.seconds,
    // One warm-up per scenario and server (before its first level): later levels run warm.
    warmupSeconds: warm ? 0 : options.warmupSeconds,
    graceSeconds: options.graceSeconds,
    onTick: sample,
    beforeMeasured: async () => {
      cpuAtStart = (await server.stats()).cpuMicros;
    },
  });
  // Longer than one statement can take at this scale, or a server still busy would look idle.
  await waitIdle(server, options.quick ? 150 : 1_000);
  const after = await server.stats(true);
  peakRss = Math.max(peakRss, after.rss);
  peakHeap = Math.max(peakHeap, after.heapUsed);
  const memory: Memory = { rssBeforeMB: mb(before.rss), rssPeakMB: mb(peakRss), rssAfterMB: mb(after.rss), heapPeakMB: mb(peakHeap) };
  if (withTrend) {
    const afterGc = await server.statsAfterGc();
    memory.trend = memoryTrend(samples, options.seconds, { heapBeforeMB, heapAfterMB: mb(afterGc.heapUsed), rssAfterMB: mb(afterGc.rss) });
  }
  // Aborted requests' work is counted too: a saturated server's figure is then pessimistic, never flattering.
  const cpuMsPerRequest = (after.cpuMicros - cpuAtStart) / 1000 / Math.max(1, latency.requests);
  return { ...latency, memory, cpuMsPerRequest };
}

/** PostGraphile's answer to a scenario's equivalent query, with its statement count, checked against the gateway's answer. */
async function checkPeer(peer: RunningServer, key: string, body: string, gatewayData: unknown, quietMs: number): Promise<PeerCheck> {
  const query = peerQueries[key]!;
  const { count, answer } = await statementsFor(peer, body, null, quietMs);
  const failed = answer.status !== 200 || Boolean(answer.body.errors);
  const difference = failed ? `PostGraphile answered ${answer.status} ${JSON.stringify(answer.body.errors ?? '')}` : firstDifference(query.fromGateway(gatewayData), query.fromPeer(answer.body.data));
  return {
    operationName: operationNameOf(query.query) ?? 'PostGraphile',
    statements: count,
    answer: failed ? 'error' : difference ? 'different' : 'same',
    difference,
    responseBytes: JSON.stringify(answer.body).length,
  };
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
  // PostGraphile reads PostgreSQL only, and answers only the scenarios with an equivalent query.
  const withPeer = (dialect: DatabaseDialect) => options.peer && dialect === 'postgresql' && selected.some((scenario) => peerQueries[scenario.key]);
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
  // The apps build (when stale) while the databases load, and are done before anything is timed.
  const measuringBundles = options.bundles ? measureInitialJavaScript(log) : null;
  let bundles: BundleReport | undefined;
  /** Stops what is still running and drops what is still stored: after a failure, the other databases' too. */
  const cleanUp = async (entries: Prepared[]) => {
    for (const entry of entries) for (const server of entry.servers.splice(0)) await server.stop();
    for (const entry of entries) if (!entry.dropped) await entry.target.drop();
    for (const entry of entries) entry.dropped = true;
  };
  const started = performance.now();
  /** Starts a size's servers; every one that started is kept on the entry, so a failure elsewhere still stops it. */
  const startServers = async (dialect: DatabaseDialect, entry: Prepared) => {
    const kinds: ServerKind[] = ['gateway', ...(entry.measured ? (['baseline'] as const) : []), ...(entry.measured && withPeer(dialect) ? (['postgraphile'] as const) : [])];
    const outcomes = await Promise.allSettled(kinds.map((kind) => startServer(kind, { dialect, ...entry.target.options })));
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.status === 'fulfilled') entry.servers.push(outcome.value);
      // Not a correctness signal: the run goes on with the hand-written baseline only.
      else if (kinds[index] === 'postgraphile') warnings.push(`${dialect} ${entry.scaleName}: PostGraphile did not start (${(outcome.reason as Error).message})`);
    }
    const failed = outcomes.find((outcome, index) => outcome.status === 'rejected' && kinds[index] !== 'postgraphile');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  };
  const starting: Promise<void>[] = [];
  try {
    // A size's servers start as soon as it is loaded, while the next size loads (their start-up is
    // mostly module loading, and idle servers cost no CPU); the sizes are measured one after the
    // other once everything has started.
    for (const dialect of options.dialects) {
      for (const scaleName of sizes) {
        const scale = scales[scaleName];
        const entry: Prepared = {
          scaleName,
          measured: options.scales.includes(scaleName),
          dataset: generateDataset(scale, options.seed),
          // The process id keeps two runs in one checkout off each other's SQLite files.
          target: await createTarget(dialect, `${scaleName}-${process.pid}`),
          servers: [],
        };
        preparedBy.get(dialect)!.push(entry);
        log(`${dialect} ${scaleName}: loading ${scale.activities.toLocaleString('en')} activities`);
        entry.load = await loadDataset(entry.target, entry.dataset);
        log(`${dialect} ${scaleName}: loaded in ${entry.load.seconds.toFixed(1)} s`);
        entry.token = await openSession(entry.target, entry.dataset.adminUserId);
        starting.push(startServers(dialect, entry));
      }
    }
    const outcomes = await Promise.allSettled(starting);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    log(`loaded, and ${[...preparedBy.values()].flat().reduce((sum, entry) => sum + entry.servers.length, 0)} servers started, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    bundles = (await measuringBundles) ?? undefined;
    for (const app of bundles?.apps ?? []) log(`${app.app}: initial JavaScript ${(app.initialGzipBytes / 1000).toFixed(1)} KB gzipped (target < ${bundles!.targetKB} KB)`);
    warnings.push(...(bundles?.problems ?? []).map((problem) => `initial JavaScript not measured: ${problem}`));
  } catch (error) {
    // Servers still starting are waited for, so that they are stopped too.
    await Promise.allSettled(starting);
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
          const peer = servers.find((server) => server.kind === 'postgraphile') ?? null;
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
              const peerBody = peer ? peerRequestBody(scenario.key, dataset) : null;
              const peerCheck = peer && peerBody ? await checkPeer(peer, scenario.key, peerBody, gatewayCount.answer.body.data, options.quick ? 150 : 1_000) : null;
              if (peerCheck?.difference) failures.push(`${where}: ${peerCheck.answer === 'error' ? '' : "PostGraphile's ids and counts differ from the gateway's at "}${peerCheck.difference}`);
              const levels: Level[] = [];
              for (const [index, concurrency] of options.concurrencies.entries()) {
                // A request the load generator gave up on still runs in PostgreSQL (a 20-second scan of the
                // hand-written summary): cancelled after its figure, so it cannot slow the next one.
                const settled = async (measurement: Measurement, server: string) => {
                  let cancelled = 0;
                  // Requests queued for a pooled connection start as earlier ones are cancelled: again until two rounds find none.
                  for (let round = 0, quiet = 0; measurement.unfinished > 0 && target.cancelRunning && quiet < 2 && round < 100; round++) {
                    const now = await target.cancelRunning();
                    cancelled += now;
                    quiet = now ? 0 : quiet + 1;
                    await sleep(200);
                  }
                  if (cancelled) log(`${where} c=${concurrency}: cancelled ${cancelled} statement(s) the ${server}'s ${measurement.unfinished} unfinished request(s) left running`);
                  return measurement;
                };
                const onGateway = await settled(await measure(gateway, body, token, concurrency, options, index > 0), 'gateway');
                const onBaseline = answer === 'no baseline' ? null : await settled(await measure(baseline, body, token, concurrency, options, index > 0), 'baseline');
                const onPeer = peer && peerBody && peerCheck?.answer !== 'error' ? await settled(await measure(peer, peerBody, null, concurrency, options, index > 0), 'PostGraphile') : null;
                levels.push({
                  concurrency,
                  gateway: onGateway,
                  baseline: onBaseline,
                  ratio: onBaseline ? ratio(onGateway, onBaseline) : null,
                  ...(peerCheck ? { peer: onPeer, peerRatio: onPeer ? ratio(onGateway, onPeer) : null } : {}),
                });
                log(
                  `${where} c=${concurrency}: gateway p50 ${onGateway.p50.toFixed(1)} ms ${onGateway.rps.toFixed(0)} req/s ${onGateway.cpuMsPerRequest.toFixed(2)} CPU ms/req` +
                    (onBaseline ? `; baseline p50 ${onBaseline.p50.toFixed(1)} ms ${onBaseline.rps.toFixed(0)} req/s ${onBaseline.cpuMsPerRequest.toFixed(2)} CPU ms/req` : '') +
                    (onPeer ? `; PostGraphile p50 ${onPeer.p50.toFixed(1)} ms ${onPeer.rps.toFixed(0)} req/s ${onPeer.cpuMsPerRequest.toFixed(2)} CPU ms/req` : ''),
                );
                const trend = onGateway.memory.trend;
                if (trend) {
                  log(
                    `${where} c=${concurrency}: gateway RSS slope ${trend.rssSlopeMBPerMinute} MB/min, heap slope ${trend.heapSlopeMBPerMinute} MB/min after ${trend.settleSeconds} s; ` +
                      `heap after GC ${trend.heapAfterGcBeforeMB} → ${trend.heapAfterGcAfterMB} MB`,
                  );
                }
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
                ...(peerCheck ? { peer: peerCheck } : {}),
              });
            }
            runs.push({ dialect, scale: scaleName, load: load!, scenarios: measured ? results : [] });
            // Written after each scale, so a long run that is stopped still leaves its figures so far.
            onProgress?.({ runs, statementChecks, failures, warnings, bundles });
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
  return { runs, statementChecks, failures, warnings, bundles };
}
