/**
 * Sandbox fault injection routes (api.md §7, issue 6), X-Admin-Key, sandbox provider only (app.ts
 * registers them next to the other sandbox control routes).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { faultExamples } from '../../core/http/docs-examples.ts';
import { adminSecurity, ProblemSchema } from '../../core/http/openapi.ts';
import { CreateFaultBody, FaultList, FaultQuery, FaultsCleared, FaultView } from './sandbox-faults.schemas.ts';
import type { SandboxFaults } from './sandbox-faults.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema };
const tags = ['Sandbox control'];

export function sandboxFaultRoutes(faults: SandboxFaults, requireAdmin: (req: never) => Promise<void>): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAdmin as never);

    app.post(
      '/v1/sandbox/faults',
      {
        schema: {
          tags,
          summary: "Inject a fault into one GSTIN's next government-side calls",
          description:
            'Applies to the next `count` calls the sandbox government systems (IRP, e-way bill system, GST portal) receive for the GSTIN, ' +
            'through the REST API and the /nic wire protocol alike, on every gstgate instance sharing the database (another instance ' +
            'notices within 200 ms). down: 503 UPSTREAM_UNAVAILABLE; slow: the answer comes after delayMs, or 504 UPSTREAM_TIMEOUT after ' +
            'GSTGATE_NIC_TIMEOUT_MS when delayMs is longer; commit-then-timeout: the call is carried out (a document is registered) and ' +
            'the caller gets 504 UPSTREAM_TIMEOUT, which e-invoice generation then recovers from (RECOVERED in `info`). ' +
            'Several faults of a GSTIN apply oldest first.',
          security: adminSecurity,
          body: CreateFaultBody.meta(faultExamples),
          response: { 201: FaultView, ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await faults.add(request.body)),
    );

    app.get(
      '/v1/sandbox/faults',
      {
        schema: {
          tags,
          summary: 'List the active faults',
          description: 'Faults not used up yet, per GSTIN, with the calls they still apply to.',
          security: adminSecurity,
          querystring: FaultQuery,
          response: { 200: FaultList, ...problems },
        },
      },
      async (request) => ({ faults: await faults.list(request.query.gstin) }),
    );

    app.delete(
      '/v1/sandbox/faults',
      {
        schema: {
          tags,
          summary: "Clear the faults (all, or one GSTIN's)",
          description: 'Without ?gstin every fault is removed; with it only that GSTIN’s. The next government calls behave normally.',
          security: adminSecurity,
          querystring: FaultQuery,
          response: { 200: FaultsCleared, ...problems },
        },
      },
      async (request) => faults.clear(request.query.gstin),
    );
  };
}
