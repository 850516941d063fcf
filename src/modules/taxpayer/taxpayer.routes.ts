import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { gstinVerifyExamples } from '../../core/http/docs-examples.ts';
import { bearerSecurity, ProblemSchema } from '../../core/http/openapi.ts';
import { type CacheOutcome, cacheHeaders } from './taxpayer.cache.ts';
import {
  FyQuery,
  GstinParams,
  PanParams,
  PanResponse,
  PreferenceResponse,
  ReturnsResponse,
  SearchResponse,
  StatusResponse,
  VerifyBody,
  VerifyResponse,
} from './taxpayer.schemas.ts';
import type { TaxpayerService } from './taxpayer.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema };
const tags = ['GST taxpayer'];

const GSTIN_RULES =
  'A malformed GSTIN is 400 with the rule that failed: INVALID_GSTIN_LENGTH, INVALID_GSTIN_FORMAT (none of the regular, government, ' +
  'NRTP, OIDAR, UIN, TDS, TCS patterns), INVALID_GSTIN_STATE_CODE, INVALID_GSTIN_CHECKSUM (its message names the expected check character, ' +
  'also after a format failure of 15 letters and digits); every failed rule is listed, the first is `code`; lower case is upper-cased first. ' +
  'An unregistered GSTIN is 404 NOT_FOUND. In the sandbox, NIC-style test identities held by the registry are served although their check character fails.';
const CACHED =
  'Answers are cached for GSTGATE_TAXPAYER_CACHE_SECONDS (default 0 with the sandbox provider, 3600 with nic): ' +
  'headers `Cache-Control: private, max-age=<seconds left>`, `X-Cache: HIT|MISS`, `Age: <seconds since fetched>`. Failures are not cached.';

/** Sends a cached answer with its cache headers. */
function send<T>(reply: FastifyReply, outcome: CacheOutcome<T>): T {
  reply.headers(cacheHeaders(outcome));
  return outcome.value;
}

export function taxpayerRoutes(service: TaxpayerService, requireToken: (req: never) => Promise<void>): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireToken as never);

    app.get(
      '/v1/gstin/:gstin',
      {
        schema: {
          tags,
          summary: 'Search taxpayer by GSTIN (common portal action=TP)',
          description:
            'The GST common portal search shape field for field: legal and trade name, status, registration and cancellation dates (dd/MM/yyyy, ' +
            '`cxdt` "" when none), constitution, taxpayer type, principal and additional places of business (`stcd` is the state name) with ' +
            `their nature, state and centre jurisdictions, e-invoice status. ${GSTIN_RULES} ${CACHED}`,
          security: bearerSecurity,
          params: GstinParams,
          response: { 200: SearchResponse, ...problems },
        },
      },
      async (request, reply) => send(reply, await service.search(request.params.gstin)),
    );

    app.get(
      '/v1/gstin/:gstin/status',
      {
        schema: {
          tags,
          summary: 'Registration status of a GSTIN',
          description: `Portal status, e-invoice status, whether e-way bill generation is blocked, and when the record last changed. ${GSTIN_RULES} ${CACHED}`,
          security: bearerSecurity,
          params: GstinParams,
          response: { 200: StatusResponse, ...problems },
        },
      },
      async (request, reply) =>
        send(reply, await service.status(request.params.gstin, request.auth ? { gstin: request.auth.gstin } : undefined)),
    );

    app.get(
      '/v1/gstin/:gstin/returns',
      {
        schema: {
          tags,
          summary: 'Returns filed in a financial year (common portal action=RETTRACK)',
          description:
            'GSTR-1, GSTR-3B (CMP-08 and GSTR-4 for composition dealers), GSTR-9 … filed in the financial year `fy` (by date of filing, ' +
            'as the portal filters), sorted by return period. `dof` is dd-MM-yyyy. With no filings the list is empty (200); ' +
            'the GSTN wire API answers error RET13510 "No Record found for the provided Inputs" instead. ' +
            `An invalid fy is 400 VALIDATION_FAILED. ${GSTIN_RULES} ${CACHED}`,
          security: bearerSecurity,
          params: GstinParams,
          querystring: FyQuery,
          response: { 200: ReturnsResponse, ...problems },
        },
      },
      async (request, reply) => send(reply, await service.returns(request.params.gstin, request.query.fy)),
    );

    app.get(
      '/v1/gstin/:gstin/preference',
      {
        schema: {
          tags,
          summary: 'Filing preference, monthly or quarterly (common portal action=GETPREF)',
          description: `One element per quarter of the financial year: M monthly, Q quarterly (QRMP). ${GSTIN_RULES} ${CACHED}`,
          security: bearerSecurity,
          params: GstinParams,
          querystring: FyQuery,
          response: { 200: PreferenceResponse, ...problems },
        },
      },
      async (request, reply) => send(reply, await service.preference(request.params.gstin, request.query.fy)),
    );

    app.get(
      '/v1/pan/:pan/gstins',
      {
        schema: {
          tags,
          summary: 'Every GST registration of a PAN',
          description:
            'All registrations of the PAN across states, with their status, in GSTIN order. A malformed PAN is 400 INVALID_PAN; ' +
            `a PAN with no registration 404 NOT_FOUND. The government offers no public API for this (the portal's web search only); ${CACHED}`,
          security: bearerSecurity,
          params: PanParams,
          response: { 200: PanResponse, ...problems },
        },
      },
      async (request, reply) => send(reply, await service.gstinsOfPan(request.params.pan)),
    );

    app.post(
      '/v1/gstin/verify',
      {
        schema: {
          tags,
          summary: 'Verify one GSTIN or up to 100',
          description:
            '`{ "gstin" }` answers one result, `{ "gstins": [..] }` (1–100; more is 400) `{ results: [..] }` in input order. A bad GSTIN in the body ' +
            'is never a 400: each result reports `valid` (well-formed with a correct check character), `checksumValid`, `exists` (registered), ' +
            'status and legal name when registered, and the failed rules in `errors` (INVALID_GSTIN_LENGTH, INVALID_GSTIN_FORMAT, ' +
            'INVALID_GSTIN_STATE_CODE, INVALID_GSTIN_CHECKSUM, NOT_FOUND). NIC-style sandbox test identities are valid:false, exists:true.',
          security: bearerSecurity,
          body: VerifyBody.meta(gstinVerifyExamples),
          response: { 200: VerifyResponse, ...problems },
        },
      },
      async (request) => {
        const { gstin, gstins } = request.body;
        if (gstins) return { results: await service.verify(gstins) };
        const [result] = await service.verify([gstin ?? '']);
        return result;
      },
    );
  };
}
