import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../core/db.ts';
import type { Provider } from '../../providers/types.ts';

const Status = z.enum(['up', 'down']);
export const HealthView = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  uptimeSeconds: z.number(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), status: Status }),
  provider: z.object({ name: z.enum(['sandbox', 'nic']), status: Status, detail: z.string().optional() }),
});

export function healthRoutes(database: Database, provider: Provider, version: string): FastifyPluginAsyncZod {
  const started = Date.now();
  return async (app) => {
    app.get(
      '/v1/health',
      {
        schema: {
          tags: ['Health'],
          summary: 'Platform, database and provider health (no auth)',
          description:
            'No token and no rate limit, for load balancers and monitors. 200 status ok when the database answers and the provider ' +
            '(the sandbox, or the NIC systems with GSTGATE_PROVIDER=nic) is up; 503 status degraded, naming the part that is down.',
          response: { 200: HealthView, 503: HealthView },
        },
      },
      async (_request, reply) => {
        const db = await database.ping().then(
          () => 'up' as const,
          () => 'down' as const,
        );
        const prov = await provider.health().catch((err: Error) => ({ name: provider.name, status: 'down' as const, detail: err.message }));
        const ok = db === 'up' && prov.status === 'up';
        return reply.status(ok ? 200 : 503).send({
          status: ok ? 'ok' : 'degraded',
          version,
          uptimeSeconds: Math.round((Date.now() - started) / 1000),
          database: { kind: database.kind, status: db },
          provider: prov,
        });
      },
    );
  };
}
