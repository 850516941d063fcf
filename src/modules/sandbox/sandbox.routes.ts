import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clockExamples } from '../../core/http/docs-examples.ts';
import { adminSecurity, ProblemSchema } from '../../core/http/openapi.ts';
import {
  AddFilingsBody,
  AddFilingsResponse,
  ClientView,
  ClockBody,
  ClockView,
  CreateTaxpayerBody,
  CreateUserBody,
  TaxpayerView,
  UserView,
} from './sandbox.schemas.ts';
import { type SandboxService, taxpayerView } from './sandbox.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };
const tags = ['Sandbox control'];

export function sandboxRoutes(service: SandboxService, requireAdmin: (req: never) => Promise<void>): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAdmin as never);

    app.post(
      '/v1/sandbox/taxpayers',
      {
        schema: {
          tags,
          summary: 'Add a taxpayer to the sandbox GST registry',
          description: 'Without `gstin`, a new realistic GSTIN with a valid check digit is made for `stateCode`.',
          security: adminSecurity,
          body: CreateTaxpayerBody,
          response: { 201: TaxpayerView, ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(taxpayerView(await service.createTaxpayer(request.body))),
    );

    app.post(
      '/v1/sandbox/taxpayers/:gstin/filings',
      {
        schema: {
          tags,
          summary: 'Add return filings for a taxpayer',
          description:
            'They appear in GET /v1/gstin/{gstin}/returns (RETTRACK) for the financial year of their filing date, next to the synthetic ' +
            'history of a taxpayer created with syntheticFilings (an explicit filing replaces the synthetic one of the same return and period). ' +
            'Without `arn` one is generated in the official format. Invalid fields are 400 VALIDATION_FAILED (all at once), ' +
            'a GSTIN not in the registry 404, the same return, period and ARN twice 409.',
          security: adminSecurity,
          params: z.object({ gstin: z.string() }),
          body: AddFilingsBody,
          response: { 201: AddFilingsResponse, ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await service.addFilings(request.params.gstin, request.body.filings)),
    );

    app.post(
      '/v1/sandbox/users',
      {
        schema: {
          tags,
          summary: 'Create an API user acting for a GSTIN',
          description:
            'The user signs in with POST /v1/authenticate and acts for that GSTIN only. The GSTIN must be in the sandbox registry (404 NOT_FOUND: add it with POST /v1/sandbox/taxpayers).',
          security: adminSecurity,
          body: CreateUserBody,
          response: { 201: UserView, ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createUser(request.body.gstin, request.body.username, request.body.password)),
    );

    app.post(
      '/v1/sandbox/clients',
      {
        schema: {
          tags,
          summary: 'Create a NIC wire-protocol client (client_id / client_secret)',
          description: 'The secret is shown once; only its hash is stored.',
          security: adminSecurity,
          response: { 201: ClientView, ...problems },
        },
      },
      async (_request, reply) => reply.status(201).send(await service.createClient()),
    );

    app.get(
      '/v1/sandbox/clock',
      {
        schema: {
          tags,
          summary: 'Read the government clock',
          description:
            'The instant the sandbox government systems use (document dates, 24-hour windows, e-way bill validity) and its offset from real time.',
          security: adminSecurity,
          response: { 200: ClockView, ...problems },
        },
      },
      async () => service.clockView(),
    );

    app.post(
      '/v1/sandbox/clock',
      {
        schema: {
          tags,
          summary: 'Set or advance the government clock',
          description: 'Governs document dates, windows and validity on the government side; not token expiry.',
          security: adminSecurity,
          body: ClockBody.meta(clockExamples),
          response: { 200: ClockView, ...problems },
        },
      },
      async (request) => service.setClock(request.body),
    );

    app.delete(
      '/v1/sandbox/clock',
      {
        schema: {
          tags,
          summary: 'Return to real time',
          description: 'Offset back to 0: the government clock follows real time again.',
          security: adminSecurity,
          response: { 200: ClockView, ...problems },
        },
      },
      async () => service.resetClock(),
    );
  };
}
