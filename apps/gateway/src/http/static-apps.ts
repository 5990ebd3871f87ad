import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const appsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The built web apps the gateway serves, each under its own path. */
export const webApps = [
  { prefix: '/national/', root: join(appsDir, 'national', 'dist') },
  { prefix: '/continental/', root: join(appsDir, 'continental', 'dist') },
  { prefix: '/graphiql/', root: join(appsDir, 'gateway', 'dist', 'graphiql') },
];

export const graphiqlIndex = join(appsDir, 'gateway', 'dist', 'graphiql', 'index.html');

/**
 * Serves each built app with long-lived caching for hashed assets, and its
 * index.html for any other path under its prefix (client-side routing).
 */
export async function registerWebApps(app: FastifyInstance): Promise<void> {
  for (const [index, webApp] of webApps.entries()) {
    if (!existsSync(webApp.root)) {
      app.log.warn({ root: webApp.root }, `${webApp.prefix} is not built; run \`npm run build\``);
      continue;
    }
    await app.register(fastifyStatic, {
      root: webApp.root,
      prefix: webApp.prefix,
      decorateReply: index === 0,
      wildcard: true,
      index: ['index.html'],
      setHeaders: (res, path) => {
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get(webApp.prefix.slice(0, -1), (_, reply) => reply.redirect(webApp.prefix, 301));
  }
  app.setNotFoundHandler((request, reply) => {
    const webApp = webApps.find((candidate) => request.url.startsWith(candidate.prefix));
    const indexFile = webApp && join(webApp.root, 'index.html');
    if (request.method === 'GET' && indexFile && existsSync(indexFile) && !request.url.includes('/assets/')) {
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(readFileSync(indexFile));
    }
    return reply.code(404).send({ error: 'Not Found', message: `Nothing at ${request.method} ${request.url.split('?')[0]}` });
  });
}
