/**
 * Admin routes of the nic provider (X-Admin-Key; registered only with GSTGATE_PROVIDER=nic):
 *   PUT /v1/nic/credentials/{gstin}  store or replace a GSTIN's NIC API credentials → 204
 *   GET /v1/nic/credentials          the GSTINs that have credentials, with their client id (no secrets)
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fail } from '../../core/errors.ts';
import { adminSecurity, ProblemSchema } from '../../core/http/openapi.ts';
import { isGstinFormat } from '../../domain/gstin.ts';
import type { NicCredentialsService } from './nic-credentials.service.ts';

const tags = ['NIC credentials'];
const problems = { 400: ProblemSchema, 401: ProblemSchema };

// NIC's limits are not published; these bounds keep the RSA auth block (≤ 245 bytes, reference §3.2) reachable.
const CredentialsBody = z
  .object({
    clientId: z.string().trim().min(1).max(100),
    clientSecret: z.string().min(1).max(100),
    username: z.string().trim().min(1).max(60).describe('API user of the e-invoice system (IRP)'),
    password: z.string().min(1).max(60),
    ewbUsername: z.string().trim().min(1).max(60).optional().describe('API user of the e-way bill system, when not the IRP one'),
  })
  .strict();

const CredentialsView = z.array(z.object({ gstin: z.string(), clientId: z.string(), updatedAt: z.string() }));

export function nicCredentialsRoutes(service: NicCredentialsService, requireAdmin: (req: never) => Promise<void>): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAdmin as never);

    app.put(
      '/v1/nic/credentials/:gstin',
      {
        schema: {
          tags,
          summary: "Store a GSTIN's NIC API credentials (provider nic)",
          description: 'Client secret and password are encrypted at rest (AES-256-GCM under GSTGATE_SECRETS_KEY) and never returned.',
          security: adminSecurity,
          params: z.object({ gstin: z.string() }),
          body: CredentialsBody,
          response: { 204: z.null().describe('Stored'), ...problems },
        },
      },
      async (request, reply) => {
        const gstin = request.params.gstin.trim().toUpperCase();
        if (!isGstinFormat(gstin)) fail('INVALID_GSTIN_FORMAT', [gstin], 'gstin');
        await service.put(gstin, request.body);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/v1/nic/credentials',
      {
        schema: {
          tags,
          summary: 'GSTINs with NIC credentials (provider nic)',
          security: adminSecurity,
          response: { 200: CredentialsView, ...problems },
        },
      },
      async () => (await service.list()).map(({ gstin, clientId, updatedAt }) => ({ gstin, clientId, updatedAt })),
    );
  };
}
