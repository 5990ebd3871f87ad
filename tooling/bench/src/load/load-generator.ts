import { setMaxListeners } from 'node:events';
import { Pool } from 'undici';

export type LatencySummary = {
  requests: number;
  errors: number;
  /** Requests still unanswered `graceSeconds` after the deadline, aborted and left out of the percentiles. */
  unfinished: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

/** The q-quantile of sorted values (nearest rank). */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

/**
 * A closed-loop load: `concurrency` clients on as many keep-alive connections,
 * each sending the next request as soon as the last answer is read, for
 * `seconds`. Every latency is kept, so the percentiles are exact.
 */
export async function runLoad(options: {
  url: string;
  body: string;
  headers: Record<string, string>;
  concurrency: number;
  seconds: number;
  warmupSeconds: number;
  /** How long after the deadline requests in flight may still finish (default 10 s). */
  graceSeconds?: number;
  onTick?: () => void;
  /** Called between the warm-up and the measured phase, when no request is in flight (to read the server's counters). */
  beforeMeasured?: () => Promise<void>;
}): Promise<LatencySummary> {
  const target = new URL(options.url);
  const pool = new Pool(target.origin, { connections: options.concurrency, pipelining: 1 });
  const headers = { 'content-type': 'application/json', ...options.headers };
  const one = async (signal: AbortSignal): Promise<'ok' | 'error' | 'aborted'> => {
    try {
      const response = await pool.request({ path: target.pathname, method: 'POST', headers, body: options.body, signal });
      await response.body.dump({ limit: Number.MAX_SAFE_INTEGER, signal });
      return response.statusCode === 200 ? 'ok' : 'error';
    } catch {
      return signal.aborted ? 'aborted' : 'error';
    }
  };
  const phase = async (seconds: number, record: boolean) => {
    const latencies: number[] = [];
    let errors = 0;
    let unfinished = 0;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const stop = new AbortController();
    // Every request in flight listens to the one signal.
    setMaxListeners(0, stop.signal);
    const hardStop = setTimeout(() => stop.abort(), (seconds + (options.graceSeconds ?? 10)) * 1000);
    const client = async () => {
      while (performance.now() < deadline && !stop.signal.aborted) {
        const sent = performance.now();
        const outcome = await one(stop.signal);
        if (outcome === 'aborted') {
          unfinished += 1;
          continue;
        }
        if (record) latencies.push(performance.now() - sent);
        if (outcome === 'error') errors += 1;
      }
    };
    const ticker = record && options.onTick ? setInterval(options.onTick, 250) : null;
    await Promise.all(Array.from({ length: options.concurrency }, client));
    clearTimeout(hardStop);
    if (ticker) clearInterval(ticker);
    return { latencies, errors, unfinished, elapsed: (performance.now() - started) / 1000 };
  };
  try {
    if (options.warmupSeconds > 0) await phase(options.warmupSeconds, false);
    await options.beforeMeasured?.();
    const { latencies, errors, unfinished, elapsed } = await phase(options.seconds, true);
    latencies.sort((a, b) => a - b);
    return {
      requests: latencies.length,
      errors,
      unfinished,
      seconds: elapsed,
      rps: latencies.length / elapsed,
      p50: quantile(latencies, 0.5),
      p95: quantile(latencies, 0.95),
      p99: quantile(latencies, 0.99),
      max: latencies.at(-1) ?? Number.NaN,
    };
  } finally {
    await pool.close();
  }
}
