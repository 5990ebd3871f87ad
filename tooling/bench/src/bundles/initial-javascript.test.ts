import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { distPath, measureDist, parseIndexHtml, staticImports } from './initial-javascript.ts';

/** index.html as Vite 7 writes it for an app served under /national/, with what must be left out around it. */
const builtIndexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="/national/favicon.svg" />
    <title>Synergia · National synergy</title>
    <script type="module" crossorigin src="/national/assets/index-C9RmWtEI.js"></script>
    <link rel="modulepreload" crossorigin href="/national/assets/vendor-react-B1x.js">
    <link rel='modulepreload' href='/national/assets/i18n-Q2.js'>
    <link rel="stylesheet" crossorigin href="/national/assets/index-DUIXfyfZ.css">
    <!-- <script type="module" src="/national/assets/commented-out.js"></script> -->
    <script src="/national/legacy.js"></script>
    <script type="module">console.log('inline')</script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('parseIndexHtml', () => {
  it('should list module scripts and modulepreload links in document order when index.html is a Vite build', () => {
    // Act
    const parsed = parseIndexHtml(builtIndexHtml);

    // Assert
    expect(parsed).toEqual({
      entries: ['/national/assets/index-C9RmWtEI.js'],
      modulePreloads: ['/national/assets/vendor-react-B1x.js', '/national/assets/i18n-Q2.js'],
    });
  });

  it('should leave out stylesheets, icons, classic and inline scripts and commented-out tags', () => {
    // Act
    const { entries, modulePreloads } = parseIndexHtml(builtIndexHtml);

    // Assert
    expect([...entries, ...modulePreloads].some((url) => /\.css$|\.svg$|legacy|commented-out/.test(url))).toBe(false);
  });

  it('should find nothing when index.html is the unbuilt source (no dist script)', () => {
    // Act
    const parsed = parseIndexHtml('<html><body><div id="root"></div></body></html>');

    // Assert
    expect(parsed).toEqual({ entries: [], modulePreloads: [] });
  });
});

describe('staticImports', () => {
  it('should return named and side-effect imports but not dynamic import() of lazy routes', () => {
    // Arrange
    const code = 'import{j as I,u as wn}from"./index-C9RmWtEI.js";import"./polyfill.js";const p=()=>import("./SynergyDashboardPage-Bpzbd4_L.js");';

    // Act
    const imports = staticImports(code);

    // Assert
    expect(imports).toEqual(['./index-C9RmWtEI.js', './polyfill.js']);
  });
});

describe('measureDist', () => {
  let dist: string;
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  const write = (file: string, content: string) => {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), content);
  };

  it('should count the entry, its modulepreloads and their static imports as initial, and every other chunk as lazy', () => {
    // Arrange
    dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    write('index.html', builtIndexHtml.replace(/<link rel='modulepreload'[^>]*>/, ''));
    const entry = `import{a}from"./shared-1.js";const r=()=>import("./Page-2.js");${'x'.repeat(2_000)}`;
    write('assets/index-C9RmWtEI.js', entry);
    write('assets/vendor-react-B1x.js', 'export const react=1;');
    write('assets/shared-1.js', 'export const a=1;');
    write('assets/Page-2.js', `export default ${JSON.stringify('y'.repeat(5_000))};`);

    // Act
    const bundle = measureDist('national', dist, false);

    // Assert
    expect(bundle.initial.map((chunk) => [chunk.file, chunk.role])).toEqual([
      ['assets/index-C9RmWtEI.js', 'entry'],
      ['assets/shared-1.js', 'static import'],
      ['assets/vendor-react-B1x.js', 'modulepreload'],
    ]);
    expect(bundle.initial[0]!.gzipBytes).toBe(gzipSync(entry).length);
    expect(bundle.initialGzipBytes).toBe(bundle.initial.reduce((sum, chunk) => sum + chunk.gzipBytes, 0));
    expect(bundle.withinTarget).toBe(true);
    expect(bundle.largestLazy.map((chunk) => chunk.file)).toEqual(['assets/Page-2.js']);
    expect(bundle.lazyCount).toBe(1);
  });

  it('should map a URL under the app base to its file in dist, and fail on one that is not there', () => {
    // Arrange
    dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    write('assets/index-C9RmWtEI.js', '');

    // Act / Assert
    expect(distPath('/national/assets/index-C9RmWtEI.js?v=1', dist)).toBe('assets/index-C9RmWtEI.js');
    expect(distPath('assets/index-C9RmWtEI.js', dist)).toBe('assets/index-C9RmWtEI.js');
    expect(() => distPath('/national/assets/missing.js', dist)).toThrow(/not in/);
  });
});
