import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../scenarios/operations.ts';

/** The target for each web app: initial JavaScript under 200 KB gzipped (KB as Vite counts them: 1,000 bytes). */
export const initialTargetKB = 200;
const webApps = ['national', 'continental'] as const;
/** Lazy chunks listed per app, largest first (information, not a target). */
const lazyListed = 5;

export type ParsedIndexHtml = { entries: string[]; modulePreloads: string[] };
/** How a chunk gets into the initial load: a script of index.html, a modulepreload link, or a static import of one of those. */
export type ChunkRole = 'entry' | 'modulepreload' | 'static import';
export type Chunk = { file: string; role?: ChunkRole; bytes: number; gzipBytes: number };
export type AppBundle = {
  app: string;
  /** Whether the benchmark built the app because dist/ was missing or older than its sources. */
  built: boolean;
  initial: Chunk[];
  initialGzipBytes: number;
  withinTarget: boolean;
  /** Every other JavaScript chunk (loaded when a route needs it). */
  lazyCount: number;
  lazyGzipBytes: number;
  largestLazy: Chunk[];
};
export type BundleReport = { targetKB: number; apps: AppBundle[]; problems: string[] };

const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((value) => value !== undefined) ?? null;

/**
 * The module scripts and modulepreload links of a built index.html, in
 * document order: what the browser fetches before the app renders its first
 * route. Classic scripts, inline scripts and other links are not JavaScript
 * the app loads as modules, and are left out.
 */
export function parseIndexHtml(html: string): ParsedIndexHtml {
  const entries: string[] = [];
  const modulePreloads: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of withoutComments.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && attribute(tag, 'type') === 'module') entries.push(src);
  }
  for (const [tag] of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    if (href && attribute(tag, 'rel')?.toLowerCase().split(/\s+/).includes('modulepreload')) modulePreloads.push(href);
  }
  return { entries, modulePreloads };
}

/** Relative static imports of a built chunk (`import{a}from"./x.js"`, `import"./y.js"`); dynamic `import(…)` is a lazy chunk. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)].map((match) => match[1]!);
}

/**
 * A URL of index.html as a path inside dist/: the app's base (`/national/` in
 * `/national/assets/x.js`) is whatever leading part names no file there.
 */
export function distPath(url: string, distFolder: string): string {
  const segments = url.replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0]!.split('/').filter(Boolean);
  for (let first = 0; first < segments.length; first += 1) {
    const candidate = segments.slice(first).join('/');
    if (existsSync(join(distFolder, candidate))) return candidate;
  }
  throw new Error(`${url} (from index.html) is not in ${distFolder}`);
}

/** Tests are not bundled: editing one does not make a build stale. */
const isTest = (name: string) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(name) || name === '__tests__';

/** The newest modification time of a file or, recursively, of a folder's files (0 when it does not exist). */
function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) if (!isTest(entry.name)) newest = Math.max(newest, newestModification(join(path, entry.name)));
  return newest;
}

/** The app's folder and those of the workspace packages it depends on, directly or not. */
function sourceFolders(appFolder: string): string[] {
  const folders = new Set<string>([appFolder]);
  const visit = (folder: string) => {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const name of Object.keys(manifest.dependencies ?? {}).filter((dependency) => dependency.startsWith('@synergia/'))) {
      const dependency = realpathSync(join(repoRoot, 'node_modules', name));
      if (!folders.has(dependency)) {
        folders.add(dependency);
        visit(dependency);
      }
    }
  };
  visit(appFolder);
  return [...folders];
}

/** What goes into a build, as turbo.json's build inputs: the app's sources and files, and the sources of the packages it uses. */
const buildInputs = ['src', 'index.html', 'vite.config.ts', 'package.json', 'public'];

async function buildIfStale(app: string): Promise<boolean> {
  const appFolder = join(repoRoot, 'apps', app);
  const index = join(appFolder, 'dist', 'index.html');
  const sources = Math.max(...sourceFolders(appFolder).flatMap((folder) => buildInputs.map((input) => newestModification(join(folder, input)))));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return false;
  await promisify(execFile)('npm', ['run', 'build', '-w', `@synergia/${app}`], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
  return true;
}

function chunk(distFolder: string, file: string, role?: ChunkRole): Chunk {
  const content = readFileSync(join(distFolder, file));
  return { file, ...(role ? { role } : {}), bytes: content.length, gzipBytes: gzipSync(content).length };
}

/** The initial JavaScript of one built app: index.html's module scripts and modulepreloads, and what they import statically. */
export function measureDist(app: string, distFolder: string, built: boolean): AppBundle {
  const { entries, modulePreloads } = parseIndexHtml(readFileSync(join(distFolder, 'index.html'), 'utf8'));
  const initial = new Map<string, Chunk>();
  const preloaded = new Set(modulePreloads.map((url) => distPath(url, distFolder)));
  const add = (file: string, role: ChunkRole) => {
    if (initial.has(file)) return;
    // A chunk index.html preloads is labelled so even when the entry also imports it.
    const found = chunk(distFolder, file, role === 'static import' && preloaded.has(file) ? 'modulepreload' : role);
    initial.set(file, found);
    for (const imported of staticImports(readFileSync(join(distFolder, file), 'utf8'))) add(posix.join(posix.dirname(file), imported), 'static import');
  };
  for (const url of entries) add(distPath(url, distFolder), 'entry');
  for (const file of preloaded) add(file, 'modulepreload');
  const lazy = readdirSync(join(distFolder, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => file.endsWith('.js') && !initial.has(file))
    .map((file) => chunk(distFolder, file))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const initialGzipBytes = [...initial.values()].reduce((sum, item) => sum + item.gzipBytes, 0);
  return {
    app,
    built,
    initial: [...initial.values()],
    initialGzipBytes,
    withinTarget: initialGzipBytes < initialTargetKB * 1000,
    lazyCount: lazy.length,
    lazyGzipBytes: lazy.reduce((sum, item) => sum + item.gzipBytes, 0),
    largestLazy: lazy.slice(0, lazyListed),
  };
}

/**
 * Measures each web app's initial JavaScript from its production build
 * (apps/<app>/dist, built with `npm run build` first when missing or older
 * than its sources or those of the workspace packages it uses), gzipped with
 * node:zlib at its default level. A build that fails is reported as a problem
 * of the report, not a correctness failure.
 */
export async function measureInitialJavaScript(log: (message: string) => void): Promise<BundleReport> {
  const apps: AppBundle[] = [];
  const problems: string[] = [];
  for (const app of webApps) {
    try {
      const built = await buildIfStale(app);
      if (built) log(`${app}: built dist/ (it was missing or older than the sources)`);
      apps.push(measureDist(app, join(repoRoot, 'apps', app, 'dist'), built));
    } catch (error) {
      problems.push(`${app}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { targetKB: initialTargetKB, apps, problems };
}
