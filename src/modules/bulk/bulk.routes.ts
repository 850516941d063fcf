/**
 * Bulk upload routes (issue 7, README "Bulk upload"). The upload is the raw file as the body
 * (curl --data-binary @invoices.csv) with its own size limit (GSTGATE_BULK_MAX_BYTES); this plugin's
 * routes take any media type as bytes, and the handler accepts CSV, XLSX and JSON (else 415).
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, ProblemSchema } from '../../core/http/openapi.ts';
import { authOf } from '../auth/auth.plugin.ts';
import { BULK_HEADER } from './bulk.columns.ts';
import { formatOf, MEDIA_TYPES, writeCsv, writeXlsx } from './bulk.files.ts';
import type { RowSummary } from './bulk.repository.ts';
import {
  BatchParams,
  BatchViewSchema,
  FileFormatQuery,
  RowsQuery,
  RowsResponse,
  UploadAcceptedSchema,
  UploadQuery,
} from './bulk.schemas.ts';
import type { BulkService, RowError } from './bulk.service.ts';
import { templateExamples, toCells } from './bulk.template.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema };

export const RESULT_HEADER = [
  'RowNo',
  'LastRowNo',
  'DocTyp',
  'DocNo',
  'DocDt',
  'Status',
  'Irn',
  'AckNo',
  'AckDt',
  'ErrorCodes',
  'ErrorMessages',
];

function rowView(r: RowSummary) {
  return {
    rowNo: r.rowNo,
    lastRowNo: r.lastRowNo,
    docType: r.docType,
    docNo: r.docNo,
    docDate: r.docDate,
    status: r.status as 'pending',
    irn: r.irn,
    ackNo: r.ackNo,
    ackDt: r.ackDt,
    errors: (r.errors as RowError[] | null) ?? [],
  };
}

function resultCells(r: RowSummary): unknown[] {
  const errors = (r.errors as RowError[] | null) ?? [];
  const messages = errors.map((e) => `${e.code}${e.column || e.field ? ` [${e.column ?? e.field}]` : ''}: ${e.message}`);
  return [
    r.rowNo,
    r.lastRowNo,
    r.docType,
    r.docNo,
    r.docDate,
    r.status,
    r.irn,
    r.ackNo,
    r.ackDt,
    errors.map((e) => e.code).join('; '),
    messages.join(' | '),
  ];
}

async function sendFile(reply: FastifyReply, format: 'csv' | 'xlsx', name: string, header: readonly string[], rows: unknown[][]) {
  reply.header('content-disposition', `attachment; filename="${name}.${format}"`);
  if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(writeCsv(header, rows));
  return reply.type(MEDIA_TYPES.xlsx).send(await writeXlsx(name.slice(0, 31), header, rows));
}

export interface BulkRoutesOptions {
  /** GSTGATE_BULK_MAX_BYTES. */
  maxBytes: number;
  /** dd/mm/yyyy of the government clock's IST day (the template's document date). */
  today: () => string;
}

export function bulkRoutes(
  service: BulkService,
  requireToken: (req: never) => Promise<void>,
  opts: BulkRoutesOptions,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireToken as never);
    // In this plugin only: every body is bytes; the upload handler decides by Content-Type.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: opts.maxBytes }, (_req, body, done) => done(null, body));

    app.post(
      '/v1/einvoice/bulk',
      {
        bodyLimit: opts.maxBytes,
        schema: {
          tags: ['e-Invoice'],
          summary: 'Bulk upload of invoices (CSV, XLSX or JSON)',
          description:
            'The file is the request body: `Content-Type: text/csv` or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` ' +
            'with the columns of docs/bulk-columns.md (one row per item, grouped into invoices by DocTyp, DocNo, DocDt; template at ' +
            'GET /v1/einvoice/bulk/template), or `application/json` with an array of INV-01 invoices. Answered 202 with a batch id: a job ' +
            'validates every invoice first (the NIC codes of POST /v1/einvoice/generate), then registers the valid ones. Other media types ' +
            '415 BULK_UNSUPPORTED_FORMAT; more than GSTGATE_BULK_MAX_ROWS rows 413 BULK_TOO_MANY_ROWS; more than GSTGATE_BULK_MAX_BYTES ' +
            '413 PAYLOAD_TOO_LARGE; an unreadable file or header 400 BULK_FILE_INVALID.',
          security: bearerSecurity,
          querystring: UploadQuery,
          response: { 202: UploadAcceptedSchema, ...problems },
        },
      },
      async (request, reply) => {
        const format = formatOf(request.headers['content-type']);
        const view = await service.upload(authOf(request), { body: request.body, format, fileName: request.query.filename });
        const statusUrl = `/v1/einvoice/bulk/${view.batchId}`;
        reply.status(202).header('location', statusUrl);
        return { batchId: view.batchId, status: 'validating' as const, rows: view.total, fileRows: view.fileRows, statusUrl };
      },
    );

    app.get(
      '/v1/einvoice/bulk/template',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'Bulk upload template (CSV or XLSX)',
          description: 'The header of docs/bulk-columns.md and two example invoices of the demo GSTIN, dated today (government clock).',
          security: bearerSecurity,
          querystring: FileFormatQuery,
        },
      },
      async (request, reply) =>
        sendFile(reply, request.query.format, 'gstgate-bulk-template', BULK_HEADER, toCells(templateExamples(opts.today()))),
    );

    app.get(
      '/v1/einvoice/bulk/:batchId',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'Bulk batch progress',
          description: 'validating → generating → completed, with counts per outcome. Another GSTIN’s batch is 404.',
          security: bearerSecurity,
          params: BatchParams,
          response: { 200: BatchViewSchema, ...problems },
        },
      },
      async (request) => (await service.get(authOf(request), request.params.batchId)) as never,
    );

    app.get(
      '/v1/einvoice/bulk/:batchId/rows',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'Per-invoice results of a bulk batch',
          description:
            'One row per invoice in file order: status pending, valid, invalid, generating, generated (Irn, AckNo, AckDt), failed ' +
            '(errors with NIC codes) or duplicate (2150; Irn, AckNo, AckDt of the registered document).',
          security: bearerSecurity,
          params: BatchParams,
          querystring: RowsQuery,
          response: { 200: RowsResponse, ...problems },
        },
      },
      async (request) => {
        const { limit, offset, status } = request.query;
        const rows = await service.rows(authOf(request), request.params.batchId, { status, limit, offset });
        return { rows: rows.map(rowView), limit, offset };
      },
    );

    app.get(
      '/v1/einvoice/bulk/:batchId/results',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'Download the results of a bulk batch (CSV or XLSX)',
          description: `Columns: ${RESULT_HEADER.join(', ')}.`,
          security: bearerSecurity,
          params: BatchParams,
          querystring: FileFormatQuery,
        },
      },
      async (request, reply) => {
        const rows = await service.allRows(authOf(request), request.params.batchId);
        return sendFile(reply, request.query.format, `bulk-${request.params.batchId}`, RESULT_HEADER, rows.map(resultCells));
      },
    );
  };
}
