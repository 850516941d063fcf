/**
 * GET /v1/audit (issue 6): who did what to which document, when, with the request id — the caller's
 * GSTIN only, newest first, in pages (`next` → `before`).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, ProblemSchema } from '../../core/http/openapi.ts';
import { authOf } from '../auth/auth.plugin.ts';
import type { ActivityService } from './activity.service.ts';

const instant = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}([T ].*)?$/.test(v) && !Number.isNaN(Date.parse(v)), 'ISO-8601 date or date-time')
  .transform((v) => new Date(v));

export const AuditQuery = z.object({
  docId: z.string().max(100).optional().describe('IRN, e-way bill number, consolidated number, job id or webhook endpoint id'),
  action: z.string().max(100).optional().describe('e.g. einvoice.generate, ewaybill.extend, ewaybill.expiring'),
  from: instant.optional().describe('ISO-8601; entries at or after it'),
  to: instant.optional().describe('ISO-8601; entries at or before it'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().positive().optional().describe('The `next` of the previous page'),
});

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string().describe('ISO-8601, when the gateway recorded it (real time)'),
  actor: z.string().describe('API user name, or `system` (jobs, the expiry scan)'),
  action: z
    .string()
    .describe(
      'einvoice.generate, einvoice.cancel, ewaybill.generate-by-irn, ewaybill.generate, ewaybill.update-partb, ewaybill.update-transporter, ' +
        'ewaybill.extend, ewaybill.cancel, ewaybill.reject, ewaybill.consolidate, ewaybill.regenerate-tripsheet, ' +
        'ewaybill.multi-vehicle-initiate|add|change, ewaybill.expiring, ewaybill.expired, job.*, webhook.*',
    ),
  docType: z.string().nullable().describe('einvoice, ewaybill, consolidated-ewaybill, job, webhook'),
  docId: z.string().nullable(),
  requestId: z.string().nullable().describe('X-Request-Id of the request that did it'),
  outcome: z.enum(['success', 'failure']),
  detail: z.unknown().describe('Small facts: the error code of a failure, recovered, the new validity …'),
});

export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema).describe('Newest first'),
  next: z.string().optional().describe('Pass as `before` for the next page'),
});

export function auditRoutes(service: ActivityService, requireToken: (req: never) => Promise<void>): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireToken as never);

    app.get(
      '/v1/audit',
      {
        schema: {
          tags: ['Audit'],
          summary: "The caller GSTIN's audit log",
          description:
            'Every document action through the API (successes with the document id, failures with the error code), the events of the ' +
            'e-way bill expiry scan and of background jobs (actor `system`), and changes to webhook endpoints.',
          security: bearerSecurity,
          querystring: AuditQuery,
          response: { 200: AuditPageSchema, 400: ProblemSchema, 401: ProblemSchema },
        },
      },
      async (request) => service.list(authOf(request).gstin, request.query),
    );
  };
}
