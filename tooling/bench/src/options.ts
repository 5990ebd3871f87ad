import type { DatabaseDialect } from '@synergia/domain';
import { isScaleName, type ScaleName } from './scales.ts';

export type BenchOptions = {
  quick: boolean;
  scales: ScaleName[];
  dialects: DatabaseDialect[];
  concurrencies: number[];
  /** Measured seconds per (scenario, server, concurrency). */
  seconds: number;
  warmupSeconds: number;
  /** Seconds after the deadline that requests in flight may still finish; later ones are aborted and reported as unfinished. */
  graceSeconds: number;
  seed: number;
  /** Only these scenario keys (all when empty). */
  only: string[];
  /** results/<name>.json and .md */
  outputName: string;
  /** PostGraphile as a second baseline on PostgreSQL (`--no-peer` skips it). */
  peer: boolean;
  /** The web apps' initial JavaScript (`--no-bundles` skips it). */
  bundles: boolean;
};

const usage = `npm run bench -- [--quick] [--scale=small[,medium,large]] [--dialects=sqlite,postgresql]
                 [--concurrency=1,16,64] [--seconds=5] [--warmup=2] [--grace=30] [--seed=1] [--only=partner-list,...] [--out=latest]
                 [--no-peer] [--no-bundles]`;

/** Parses `--name=value` (and `--no-name`) flags; the quick run is the small scale, 0.4 s per measurement, concurrency 1 and 16. */
export function parseOptions(argv: string[]): BenchOptions {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = arg.match(/^--(no-)?([a-z-]+)(?:=(.*))?$/);
    if (!match) throw new Error(`unknown argument ${arg}\n${usage}`);
    flags.set(match[2]!, match[1] ? 'false' : (match[3] ?? 'true'));
  }
  const known = ['quick', 'scale', 'dialects', 'concurrency', 'seconds', 'warmup', 'grace', 'seed', 'only', 'out', 'peer', 'bundles', 'help'];
  for (const name of flags.keys()) if (!known.includes(name)) throw new Error(`unknown flag --${name}\n${usage}`);
  if (flags.has('help')) {
    console.log(usage);
    process.exit(0);
  }
  const list = (name: string, fallback: string) => (flags.get(name) ?? fallback).split(',').map((item) => item.trim()).filter(Boolean);
  const quick = flags.get('quick') === 'true';
  const scales = list('scale', 'small');
  for (const scale of scales) if (!isScaleName(scale)) throw new Error(`unknown scale ${scale} (small, medium, large)`);
  const dialects = list('dialects', 'sqlite,postgresql');
  for (const dialect of dialects) if (dialect !== 'sqlite' && dialect !== 'postgresql') throw new Error(`unknown dialect ${dialect}`);
  return {
    quick,
    scales: scales as ScaleName[],
    dialects: dialects as DatabaseDialect[],
    // The quick run (CI's correctness check, figures indicative only) stops at 16: at 64 most of its
    // time went into draining 64 queued requests after each 0.4 s figure (60 of 136 s on a busy machine).
    concurrencies: list('concurrency', quick ? '1,16' : '1,16,64').map(Number),
    seconds: Number(flags.get('seconds') ?? (quick ? 0.4 : 5)),
    warmupSeconds: Number(flags.get('warmup') ?? (quick ? 0.25 : 2)),
    graceSeconds: Number(flags.get('grace') ?? (quick ? 2 : 30)),
    seed: Number(flags.get('seed') ?? 1),
    only: list('only', ''),
    outputName: flags.get('out') ?? (quick ? 'quick' : 'latest'),
    peer: flags.get('peer') !== 'false',
    bundles: flags.get('bundles') !== 'false',
  };
}
