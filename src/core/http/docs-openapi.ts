/**
 * The generated OpenAPI document's shared parts (swagger `transformObject`): the government API
 * each route calls (the reference's names and sections), the responses every route can give
 * without declaring them (429, 413/415, 409/422 of Idempotency-Key, 502/503/504), and the shared
 * problem examples of openapi.ts on every problem response. Documentation only: the routes'
 * validation and serialization are untouched.
 */
import { z } from 'zod';
import { type ProblemExampleName, ProblemSchema, problemExamples } from './openapi.ts';
import { isRateLimitExempt } from './rate-limit.ts';

const RESPONSE_DESCRIPTIONS: Record<string, string> = {
  '400': 'Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2)',
  '401': 'Missing, invalid or expired credentials',
  '403': 'The resource belongs to another GSTIN, or the caller may not act on it',
  '404': 'Unknown resource (or one of another GSTIN)',
  '409': 'Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running',
  '413': 'Request body too large',
  '415': 'Unsupported media type',
  '422': 'Idempotency-Key reused with a different request',
  '429': 'Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds',
  '502': 'The government system answered unexpectedly',
  '503': 'The government system is unavailable',
  '504': 'The government system did not answer in time',
};

// ---------------------------------------------------------------------------------------------
// The government API behind each route, in the reference's own names (work/shared/reference).

const EI = 'nic-einvoice.md';
const EWB = 'nic-ewaybill-gst.md';

/**
 * Operations that call a government system: the NIC API and rules they follow. Prefixed to the
 * route's description, and these operations are documented with 502/503/504.
 */
export const GOVERNMENT_APIS: Record<string, string> = {
  'POST /v1/einvoice/generate': `NIC IRP Generate IRN (v1.03 POST /eicore/v1.03/Invoice, ${EI} §4.1); INV-01 v1.1 schema §5; validations §7.1–7.3 of ${EI}; a duplicate answers 2150 with InfoDtls DUPIRN (§2.5); EwbDtls rules §7.4.`,
  'GET /v1/einvoice/irn/{irn}': `NIC IRP Get e-Invoice by IRN (GET /eicore/v1.03/Invoice/irn/{irn}, ${EI} §4.3); retrieval rules §7.5.`,
  'GET /v1/einvoice/document': `NIC IRP Get IRN by document details (GET /eicore/v1.03/Invoice/irnbydocdetails?doctype&docnum&docdate, ${EI} §4.4).`,
  'POST /v1/einvoice/cancel': `NIC IRP Cancel IRN (POST /eicore/v1.03/Invoice/Cancel, ${EI} §4.2); cancellation rules §7.5 (2270, 2143, 2230).`,
  'POST /v1/einvoice/ewaybill': `NIC IRP Generate e-Way Bill by IRN (POST /eiewb/v1.03/ewaybill, ${EI} §4.5); rules §7.4; codes §9.3.`,
  'GET /v1/einvoice/irn/{irn}/ewaybill': `NIC IRP Get e-Way Bill details by IRN (GET /eiewb/v1.03/ewaybill/irn/{irn}, ${EI} §4.6).`,
  'GET /v1/einvoice/irn/{irn}/pdf': `Printed from NIC IRP Get e-Invoice by IRN (${EI} §4.3): the SignedInvoice and SignedQRCode of §6.3.`,
  'GET /v1/einvoice/gstin/{gstin}': `NIC IRP Get GSTIN details (GET /eivital/v1.03/Master/gstin/{gstin}, ${EI} §4.8).`,
  'POST /v1/einvoice/gstin/{gstin}/sync': `NIC IRP Sync GSTIN from Common Portal (GET /eivital/v1.03/Master/syncgstin/{gstin}, ${EI} §4.9).`,
  'POST /v1/ewaybill/generate': `NIC e-way bill API v1.03 action GENEWAYBILL (POST /ewayapi/, ${EWB} §A3); combinations §A3.3 (203, 205, 611), rules §A3.4, validity §A6.1, distance §A7, vehicle numbers §A8.`,
  'POST /v1/ewaybill/update-partb': `NIC e-way bill action VEHEWB (${EWB} §A4.1); vehicle numbers §A8; validity §A6.1.`,
  'POST /v1/ewaybill/update-transporter': `NIC e-way bill action UPDATETRANSPORTER (${EWB} §A4.2).`,
  'POST /v1/ewaybill/extend': `NIC e-way bill action EXTENDVALIDITY (${EWB} §A4.5); time windows §A6.2.`,
  'POST /v1/ewaybill/cancel': `NIC e-way bill action CANEWB (${EWB} §A4.3).`,
  'POST /v1/ewaybill/reject': `NIC e-way bill action REJEWB (${EWB} §A4.4).`,
  'POST /v1/ewaybill/consolidate': `NIC e-way bill action GENCEWB (${EWB} §A4.6).`,
  'POST /v1/ewaybill/multi-vehicle/initiate': `NIC e-way bill action MULTIVEHMOVINT (${EWB} §A4.7).`,
  'POST /v1/ewaybill/multi-vehicle/add': `NIC e-way bill action MULTIVEHADD (${EWB} §A4.7).`,
  'POST /v1/ewaybill/multi-vehicle/change': `NIC e-way bill action MULTIVEHUPD (${EWB} §A4.7).`,
  'POST /v1/ewaybill/consolidated/{cEwbNo}/regenerate': `NIC e-way bill action REGENTRIPSHEET (${EWB} §A4.6).`,
  'GET /v1/ewaybill/consolidated/{cEwbNo}': `NIC e-way bill GET /ewayapi/GetTripSheet (${EWB} §A2.2, response §A5.3).`,
  'GET /v1/ewaybill/document': `NIC e-way bill GET /ewayapi/GetEwayBillGeneratedByConsigner (${EWB} §A2.2).`,
  'GET /v1/ewaybill/{ewbNo}': `NIC e-way bill GET /ewayapi/GetEwayBill (${EWB} §A2.2, response §A5.1).`,
  'GET /v1/ewaybill/{ewbNo}/pdf': `Printed from NIC e-way bill GetEwayBill (${EWB} §A5.1).`,
  'GET /v1/ewaybill': `NIC e-way bill GET /ewayapi/GetEwayBillsByDate, GetEwayBillsForTransporter, GetEwayBillsofOtherParty (${EWB} §A2.2, list shape §A5.2).`,
  'GET /v1/distance': `The sandbox's PIN-to-PIN distance (${EWB} §A7 distance rules; the IRP's EWBPPD, ${EI} §2.5).`,
  'GET /v1/gstin/{gstin}': `GST common portal public API Search Taxpayer, action=TP (GET /commonapi/v1.1/search, ${EWB} §B1).`,
  'GET /v1/gstin/{gstin}/status': `GST common portal Search Taxpayer, action=TP (${EWB} §B1), with the e-way bill block status (GetGSTINDetails blkStatus, §A2.2).`,
  'GET /v1/gstin/{gstin}/returns': `GST common portal Track Return, action=RETTRACK (GET /commonapi/v1.0/returns, ${EWB} §B2).`,
  'GET /v1/gstin/{gstin}/preference': `GST common portal filing preference, action=GETPREF (GET /commonapi/v1.0/returns, ${EWB} §B3).`,
  'GET /v1/pan/{pan}/gstins': `Search by PAN (${EWB} §B4: no confirmed GSP action; the sandbox answers from its registry, the action name TPPAN is UNCONFIRMED).`,
  'POST /v1/gstin/verify': `GSTIN structure and check character (${EWB} §B5.1–B5.4), then Search Taxpayer action=TP (§B1).`,
};

// ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;
interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  requestBody?: Json;
  responses?: Record<string, Json>;
  security?: unknown[];
}

const ref = (name: ProblemExampleName) => ({ $ref: `#/components/examples/${name}` });
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

/** Which shared examples illustrate a status on this operation. */
function examplesFor(status: string, key: string, op: Operation): ProblemExampleName[] {
  const tag = op.tags?.[0];
  const admin = JSON.stringify(op.security ?? []).includes('adminKey');
  switch (status) {
    case '400':
      if (key === 'POST /v1/einvoice/generate') return ['InvoiceRules', 'ValidationFailed', 'InvalidJson'];
      return op.requestBody ? ['ValidationFailed', 'InvalidJson'] : ['ValidationFailed'];
    case '401':
      return admin ? ['AdminKeyRequired'] : key === 'POST /v1/authenticate' ? ['InvalidCredentials'] : ['Unauthorized'];
    case '403':
      return tag === 'e-Invoice' ? ['InvoiceOfOtherGstin'] : tag === 'e-Way Bill' ? ['NotAssigned'] : [];
    case '404':
      return tag === 'e-Invoice' ? ['IrnNotFound', 'NotFound'] : ['NotFound'];
    case '409': {
      const names: ProblemExampleName[] = [];
      if (key === 'POST /v1/einvoice/generate') names.push('DuplicateIrn');
      if (key === 'POST /v1/ewaybill/generate') names.push('DuplicateEwayBill');
      if (admin && key.startsWith('POST ')) names.push('Conflict');
      if (idempotent(key, op)) names.push('IdempotencyInProgress');
      return names;
    }
    case '422':
      return ['IdempotencyKeyReused'];
    case '413':
      return ['PayloadTooLarge'];
    case '415':
      return ['UnsupportedMediaType'];
    case '429':
      return ['RateLimited'];
    case '502':
      return ['UpstreamError'];
    case '503':
      return ['UpstreamUnavailable'];
    case '504':
      return ['UpstreamTimeout'];
    default:
      return [];
  }
}

/** Routes with `config: { idempotency: false }` (their answer holds a secret, so it is not kept). */
const WITHOUT_IDEMPOTENCY = new Set(['POST /v1/webhooks', 'POST /v1/webhooks/{id}/rotate-secret']);

/** Idempotency-Key applies to every bearer-authenticated POST under /v1 (idempotency.plugin.ts). */
const idempotent = (key: string, op: Operation) =>
  key.startsWith('POST /v1/') && !WITHOUT_IDEMPOTENCY.has(key) && JSON.stringify(op.security ?? []).includes('bearerAuth');

const isProblemStatus = (status: string) => /^(4|5)\d\d$/.test(status);

/** A problem+json body (not, say, the health view of a 503). */
function isProblemMedia(media: Json): boolean {
  const schema = media.schema as { $ref?: string; properties?: Record<string, unknown> } | undefined;
  return schema?.$ref === PROBLEM_REF.$ref || (!!schema?.properties?.errors && !!schema.properties.requestId);
}

/**
 * swagger `transformObject`: names the government API in each description, adds the responses
 * every route can give, and attaches the shared problem examples to every problem response.
 */
export function documentOperations(doc: Json): Json {
  doc.components ??= {};
  const components = doc.components as Json;
  components.examples = { ...((components.examples as Json) ?? {}), ...problemExamples };
  components.schemas = {
    ...((components.schemas as Json) ?? {}),
    Problem: z.toJSONSchema(ProblemSchema, { target: 'draft-2020-12' }),
  };
  delete (components.schemas as Record<string, Json>).Problem.$schema;
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${path}`;
      const government = GOVERNMENT_APIS[key];
      if (government) op.description = op.description ? `${government}\n\n${op.description}` : government;
      op.responses ??= {};
      const responses = op.responses;
      const extra: string[] = [];
      if (!isRateLimitExempt(path)) extra.push('429');
      if (op.requestBody) extra.push('413', '415');
      if (idempotent(key, op)) extra.push('409', '422');
      if (government && !government.startsWith('Printed')) extra.push('502', '503', '504');
      for (const status of extra) {
        responses[status] ??= { description: RESPONSE_DESCRIPTIONS[status], content: { 'application/json': { schema: PROBLEM_REF } } };
      }
      if (responses['429'] && !(responses['429'] as Json).headers) {
        (responses['429'] as Json).headers = {
          'Retry-After': { description: 'Seconds until the limit resets', schema: { type: 'integer' } },
        };
      }
      for (const [status, response] of Object.entries(responses)) {
        if (!isProblemStatus(status)) continue;
        if (RESPONSE_DESCRIPTIONS[status] && (!response.description || response.description === 'application/problem+json (api.md §2)')) {
          response.description = RESPONSE_DESCRIPTIONS[status];
        }
        const names = examplesFor(status, key, op);
        const content = response.content as Record<string, Json> | undefined;
        if (names.length === 0 || !content) continue;
        for (const media of Object.values(content)) {
          if (media.examples || media.example || !isProblemMedia(media)) continue;
          media.examples = Object.fromEntries(names.map((n) => [n, ref(n)]));
        }
      }
    }
  }
  return doc;
}
