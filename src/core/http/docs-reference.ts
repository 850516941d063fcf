/**
 * The API reference at /docs (Scalar), built on its first request. @scalar/fastify-api-reference
 * embeds Scalar's 4 MB browser bundle and an OpenAPI parser: ~50 MB of RSS held from start by a
 * server that may never serve /docs (issue 9, RSS ≤ 400 MB). Scalar's own plugin, unchanged, runs in
 * a small inner Fastify instance, loaded on the first /docs request; the app's /docs routes forward
 * to it. It reads the app's OpenAPI document, as it did when registered on the app.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const PREFIX = '/docs';
/** Scalar's routes under its prefix: the redirect to '/docs/', the page, the document, its script. */
const PATHS = ['', '/', '/openapi.json', '/openapi.yaml', '/js/scalar.js'];
/** Set by Node for the forwarded response; copying them would contradict the outer one. */
const HOP_HEADERS = new Set(['content-length', 'connection', 'date', 'keep-alive', 'transfer-encoding']);

async function buildReference(app: FastifyInstance, title: string): Promise<FastifyInstance> {
  const { default: scalar } = await import('@scalar/fastify-api-reference');
  const docs = Fastify({ logger: false });
  // Scalar takes the document from @fastify/swagger when that plugin is registered: here, the app's.
  await docs.register(
    fp(
      async (instance) => {
        instance.decorate('swagger', app.swagger.bind(app));
      },
      { name: '@fastify/swagger' },
    ),
  );
  await docs.register(scalar, { routePrefix: PREFIX, configuration: { title } });
  await docs.ready();
  return docs;
}

/** Registers /docs, /docs/, /docs/openapi.json, /docs/openapi.yaml and /docs/js/scalar.js (hidden from the document). */
export function registerApiReference(app: FastifyInstance, title: string): void {
  let reference: Promise<FastifyInstance> | undefined;
  const load = (): Promise<FastifyInstance> => {
    reference ??= buildReference(app, title).catch((err) => {
      reference = undefined; // the next request tries again
      throw err;
    });
    return reference;
  };
  for (const path of PATHS) {
    app.get(`${PREFIX}${path}`, { schema: { hide: true } }, async (request, reply) => {
      const res = await (await load()).inject({ method: 'GET', url: request.url, headers: request.headers });
      for (const [name, value] of Object.entries(res.headers)) {
        if (value !== undefined && !HOP_HEADERS.has(name)) reply.header(name, value);
      }
      // An empty body (the redirect) is sent as none, so no Content-Type is added to it.
      return reply.code(res.statusCode).send(res.rawPayload.length > 0 ? res.rawPayload : undefined);
    });
  }
  app.addHook('onClose', async () => {
    if (reference) await (await reference.catch(() => undefined))?.close();
  });
}
