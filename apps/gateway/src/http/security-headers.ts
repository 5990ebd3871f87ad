import type { FastifyInstance } from 'fastify';

/** Conservative headers for every response; the apps load nothing from other origins. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    return payload;
  });
}
