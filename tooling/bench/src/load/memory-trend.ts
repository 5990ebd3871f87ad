/** One reading of a server's memory, `t` seconds into a measured load. */
export type MemorySample = { t: number; rssMB: number; heapMB: number };

export type MinuteFigures = { minute: number; rssMeanMB: number; rssMaxMB: number; heapMeanMB: number; heapMaxMB: number };

/**
 * How a server's memory moved during one long measured load (a soak): the
 * samples, figures per minute, and least-squares slopes after the first
 * `settleSeconds` (caches and pools filling up are not a leak). The heap after
 * a forced full GC before and after the load is the plainest leak signal.
 */
export type MemoryTrend = {
  samples: MemorySample[];
  perMinute: MinuteFigures[];
  settleSeconds: number;
  rssSlopeMBPerMinute: number;
  heapSlopeMBPerMinute: number;
  heapAfterGcBeforeMB: number | null;
  heapAfterGcAfterMB: number | null;
  rssAfterGcAfterMB: number | null;
};

/** Loads measured for at least this long get a trend (shorter ones only before / peak / after). */
export const trendFromSeconds = 60;

/** The first minute, or the first fifth of a shorter load, is left out of the slopes. */
export const settleSecondsFor = (seconds: number) => Math.min(60, seconds / 5);

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Least-squares slope of y against x (per unit of x); NaN with fewer than two distinct x. */
export function slope(points: { x: number; y: number }[]): number {
  if (points.length < 2) return Number.NaN;
  const mx = mean(points.map((point) => point.x));
  const my = mean(points.map((point) => point.y));
  let numerator = 0;
  let denominator = 0;
  for (const { x, y } of points) {
    numerator += (x - mx) * (y - my);
    denominator += (x - mx) ** 2;
  }
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

/** Mean and maximum RSS and heap for each started minute of the samples. */
export function perMinute(samples: MemorySample[]): MinuteFigures[] {
  const minutes = new Map<number, MemorySample[]>();
  for (const sample of samples) {
    const minute = Math.floor(sample.t / 60);
    minutes.set(minute, [...(minutes.get(minute) ?? []), sample]);
  }
  return [...minutes.entries()]
    .sort(([a], [b]) => a - b)
    .map(([minute, group]) => ({
      minute: minute + 1,
      rssMeanMB: round(mean(group.map((sample) => sample.rssMB))),
      rssMaxMB: round(Math.max(...group.map((sample) => sample.rssMB))),
      heapMeanMB: round(mean(group.map((sample) => sample.heapMB))),
      heapMaxMB: round(Math.max(...group.map((sample) => sample.heapMB))),
    }));
}

export function memoryTrend(
  sampled: MemorySample[],
  seconds: number,
  afterGc: { heapBeforeMB: number | null; heapAfterMB: number | null; rssAfterMB: number | null },
): MemoryTrend {
  // Samples taken while the last requests drain after the deadline are not part of the load's time.
  const samples = sampled.filter((sample) => sample.t <= seconds);
  const settleSeconds = settleSecondsFor(seconds);
  const settled = samples.filter((sample) => sample.t >= settleSeconds);
  const perMinuteSlope = (pick: (sample: MemorySample) => number) => round(slope(settled.map((sample) => ({ x: sample.t / 60, y: pick(sample) }))), 2);
  return {
    samples,
    perMinute: perMinute(samples),
    settleSeconds,
    rssSlopeMBPerMinute: perMinuteSlope((sample) => sample.rssMB),
    heapSlopeMBPerMinute: perMinuteSlope((sample) => sample.heapMB),
    heapAfterGcBeforeMB: afterGc.heapBeforeMB,
    heapAfterGcAfterMB: afterGc.heapAfterMB,
    rssAfterGcAfterMB: afterGc.rssAfterMB,
  };
}
