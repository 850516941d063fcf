/**
 * Shared OpenAPI pieces: the problem+json shape, the security scheme names, and one set of problem
 * examples (components.examples), built from the error catalogue so their messages are the
 * catalogue's. docs-openapi.ts attaches them to the routes' responses. Pure: imported by schemas.
 */
import { z } from 'zod';
import { catalogue, GstError, type Problem, problem } from '../errors.ts';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('First error code: NIC code where NIC has one, else a documented platform code'),
    errors: z.array(z.object({ code: z.string(), message: z.string(), field: z.string().optional() })),
    info: z.array(z.unknown()).optional(),
    requestId: z.string(),
  })
  .describe('application/problem+json (api.md §2)');

export const bearerSecurity = [{ bearerAuth: [] }];
export const adminSecurity = [{ adminKey: [] }];

// ---------------------------------------------------------------------------------------------
// Problem examples: what the error handler (problem.ts) sends for these catalogue errors.

const EXAMPLE_REQUEST_ID = '5f0c3a52-8d1e-4c4b-9a53-2f1f0b7e9d11';
const EXAMPLE_IRN = '20de6afc641538ff3f809b42e7bf1509b0c0ad6ae78996b09bb39502aedb621d';

interface ProblemExampleSpec {
  summary: string;
  problems: Problem[];
  info?: unknown[];
}

/** Same fields and order as problemBody() in problem.ts. */
function problemExample(spec: ProblemExampleSpec) {
  const err = new GstError(spec.problems, { info: spec.info });
  const first = err.errors[0];
  // problemBody's titles: the catalogue's, else by status.
  const titles: Record<number, string> = {
    400: 'Validation failed',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not found',
    409: 'Conflict',
  };
  return {
    summary: spec.summary,
    value: {
      type: `/docs/errors#${first.code}`,
      title: catalogue[first.code]?.title ?? titles[err.status] ?? 'Upstream or internal error',
      status: err.status,
      code: first.code,
      errors: err.errors,
      ...(spec.info ? { info: spec.info } : {}),
      requestId: EXAMPLE_REQUEST_ID,
    },
  };
}

/** components.examples: referenced as #/components/examples/<name>. */
export const problemExamples = {
  ValidationFailed: problemExample({
    summary: 'Schema validation: every failing field at once',
    problems: [
      problem('VALIDATION_FAILED', ['Too small: expected string to have exactly 64 characters'], 'Irn'),
      problem('VALIDATION_FAILED', ['Invalid option: expected one of "1"|"2"|"3"|"4"'], 'CnlRsn'),
      problem('VALIDATION_FAILED', ['Invalid input: expected string, received undefined'], 'CnlRem'),
    ],
  }),
  InvoiceRules: problemExample({
    summary: 'INV-01 rules (nic-einvoice.md §7): NIC codes, all at once',
    problems: [
      problem('5002', ['The field Gstin must be a string with a length of 15.'], 'SellerDtls.Gstin'),
      problem('2176', ['1'], 'ItemList[0].HsnCd'),
      problem('2172', ['84821011', '1'], 'ItemList[0].IgstAmt'),
    ],
  }),
  InvalidJson: problemExample({ summary: 'The body is not JSON', problems: [problem('INVALID_JSON')] }),
  Unauthorized: problemExample({ summary: 'Missing, invalid or expired bearer token', problems: [problem('UNAUTHORIZED')] }),
  InvalidCredentials: problemExample({ summary: 'Wrong GSTIN, user name or password', problems: [problem('INVALID_CREDENTIALS')] }),
  AdminKeyRequired: problemExample({ summary: 'Missing or wrong X-Admin-Key', problems: [problem('ADMIN_KEY_REQUIRED')] }),
  InvoiceOfOtherGstin: problemExample({
    summary: 'IRN of another GSTIN (2143)',
    problems: [problem('2143')],
  }),
  NotAssigned: problemExample({
    summary: 'E-way bill action by a party not entitled to it (NIC 636)',
    problems: [problem('636')],
  }),
  IrnNotFound: problemExample({ summary: 'Unknown IRN, or one of another GSTIN (2148)', problems: [problem('2148')] }),
  NotFound: problemExample({
    summary: 'Unknown resource',
    problems: [problem('NOT_FOUND', ['Webhook endpoint 00000000-0000-0000-0000-000000000000 not found'])],
  }),
  DuplicateIrn: problemExample({
    summary: 'Duplicate document (2150), the first registration in InfoDtls DUPIRN',
    problems: [problem('2150')],
    info: [{ InfCd: 'DUPIRN', Desc: { AckNo: 132610000000001, AckDt: '2026-04-01 11:16:26', Irn: EXAMPLE_IRN } }],
  }),
  DuplicateEwayBill: problemExample({ summary: 'An e-way bill already exists for this document (604)', problems: [problem('604')] }),
  Conflict: problemExample({ summary: 'Already exists', problems: [problem('CONFLICT', ['Taxpayer 29AAACW4202F1ZM already exists'])] }),
  IdempotencyInProgress: problemExample({
    summary: 'The first request with this Idempotency-Key is still running',
    problems: [problem('IDEMPOTENCY_IN_PROGRESS', [2])],
  }),
  IdempotencyKeyReused: problemExample({
    summary: 'The Idempotency-Key was used for a different request',
    problems: [problem('IDEMPOTENCY_KEY_REUSED')],
  }),
  PayloadTooLarge: problemExample({ summary: 'Body over GSTGATE_BODY_LIMIT_BYTES', problems: [problem('PAYLOAD_TOO_LARGE', [1048576])] }),
  UnsupportedMediaType: problemExample({ summary: 'Content-Type is not application/json', problems: [problem('UNSUPPORTED_MEDIA_TYPE')] }),
  RateLimited: problemExample({ summary: 'Too many requests: wait Retry-After seconds', problems: [problem('RATE_LIMITED', [17])] }),
  UpstreamError: problemExample({
    summary: 'The government system answered something unreadable',
    problems: [problem('UPSTREAM_ERROR', ['HTTP 500 from the IRP'])],
  }),
  UpstreamUnavailable: problemExample({
    summary: 'The government system is down (retry later; generate queues a job instead)',
    problems: [problem('UPSTREAM_UNAVAILABLE', ['connection refused'])],
  }),
  UpstreamTimeout: problemExample({
    summary: 'No answer in GSTGATE_NIC_TIMEOUT_MS (the call may have succeeded: retry with the same Idempotency-Key)',
    problems: [problem('UPSTREAM_TIMEOUT')],
  }),
};

export type ProblemExampleName = keyof typeof problemExamples;
