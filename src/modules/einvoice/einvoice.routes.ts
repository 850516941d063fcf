import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import { GstError } from '../../core/errors.ts';
import {
  einvoiceCancelExamples,
  einvoiceCancelResponseExamples,
  ewbByIrnExamples,
  generateExamples,
  irnDocumentExamples,
} from '../../core/http/docs-examples.ts';
import { bearerSecurity, ProblemSchema } from '../../core/http/openapi.ts';
import { type Inv01, Inv01Schema } from '../../domain/invoice/inv01.schema.ts';
import { parseInvoice } from '../../domain/invoice/parse.ts';
import { ROUTE_ACTIVITY } from '../audit/route-activity.ts';
import { authOf } from '../auth/auth.plugin.ts';
import { type AsyncGenerate, accepted, isAsyncRequest, takeAsyncMember } from '../jobs/async-generate.ts';
import { GenerateQuery, JobAcceptedSchema } from '../jobs/jobs.schemas.ts';
import { PdfResponse } from '../print/print.schemas.ts';
import type { PrintService } from '../print/print.service.ts';
import { isRecovered } from './einvoice.recovery.ts';
import {
  CancelBody,
  CancelResponse,
  DocumentQuery,
  DocumentsQuery,
  DocumentsResponse,
  EwbByIrnBody,
  EwbByIrnResponse,
  EwbOfIrnResponse,
  GstinMasterSchema,
  GstinParams,
  IrnDocumentSchema,
  IrnParams,
} from './einvoice.schemas.ts';
import { assertMayFile, type EinvoiceService } from './einvoice.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

/**
 * INV-01 bodies are checked by parseInvoice, which binds keys case-insensitively and answers every
 * failure with its NIC code at once (reference §5, §7); the zod schema still documents the body.
 */
function inv01Validator() {
  return (data: unknown) => {
    const parsed = parseInvoice(data);
    return parsed.ok ? { value: parsed.invoice } : { error: new GstError(parsed.problems) };
  };
}

/** The body is INV-01 (parseInvoice); `?async=` is an ordinary zod querystring. */
const generateValidatorCompiler: typeof zodValidatorCompiler = (route) =>
  route.httpPart === 'body' ? (inv01Validator() as ReturnType<typeof zodValidatorCompiler>) : zodValidatorCompiler(route);

export function einvoiceRoutes(
  service: EinvoiceService,
  requireToken: (req: never) => Promise<void>,
  /** The retry queue (issue 6): `"async": true`, and 503/504 from the IRP answered 202 with a job. */
  asyncGenerate?: AsyncGenerate,
  /** Printable documents (issue 7): GET /v1/einvoice/irn/{irn}/pdf. */
  print?: PrintService,
): FastifyPluginAsyncZod {
  return async (app) => {
    // onRequest: an anonymous caller learns nothing about its body, only that it needs a token.
    app.addHook('onRequest', requireToken as never);

    app.post(
      '/v1/einvoice/generate',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'Generate IRN',
          description:
            'Registers an INV-01 v1.1 invoice with the IRP: validates it with NIC codes (all failures at once), computes the IRN, ' +
            'and returns the signed invoice and QR code. A document already registered gives 2150 with its first AckNo, AckDt and IRN in `info` (DUPIRN). ' +
            'With EwbDtls the e-way bill is generated too (EwbNo, EwbDt, EwbValidTill; EWBPPD in `info` when Distance was 0); ' +
            'if it fails the IRN is still registered and `info` has EWBERR with the e-way bill errors (4000–4040). ' +
            'Duplicate-IRN recovery: when the IRP times out (504) or answers 2150 for a document the gateway holds no copy of, the ' +
            "registered document is fetched and, if its buyer GSTIN and total value are the request's, returned as a success with " +
            'RECOVERED in `info` and the header X-Gstgate-Recovered: true; otherwise 409 with 2150 and RECOVERY_MISMATCH. ' +
            'Asynchronous: with `"async": true` in the body (beside the INV-01 members) or `?async=true`, the answer is 202 with a job id ' +
            'and a Location to poll (GET /v1/jobs/{id}); the invoice is registered in the background, retried with backoff while the IRP ' +
            'fails with 502/503/504. A synchronous call that meets 503/504 is queued the same way (202, reason upstream-unavailable) ' +
            'unless GSTGATE_QUEUE_WHEN_DOWN=false.',
          security: bearerSecurity,
          querystring: GenerateQuery,
          body: Inv01Schema.meta(generateExamples),
          response: { 200: IrnDocumentSchema.meta(irnDocumentExamples), 202: JobAcceptedSchema, ...problems },
        },
        // `"async"` is not an INV-01 member: taken out before the invoice is validated.
        preValidation: takeAsyncMember,
        validatorCompiler: generateValidatorCompiler as never,
        config: { activity: ROUTE_ACTIVITY.einvoiceGenerate },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const invoice = request.body as Inv01;
        if (asyncGenerate && isAsyncRequest(request)) {
          // The checks that need no government system answer now rather than in the job (2169, 2197).
          assertMayFile(auth, invoice);
          return accepted(reply, await asyncGenerate.jobs.enqueueGenerate(auth, invoice, request.id, 'async'));
        }
        let result: Awaited<ReturnType<EinvoiceService['generate']>>;
        try {
          result = await service.generate(auth, invoice);
        } catch (err) {
          if (!asyncGenerate?.shouldQueue(err)) throw err;
          request.log.warn({ code: (err as GstError).code }, 'the IRP is unavailable: generate queued');
          return accepted(reply, await asyncGenerate.jobs.enqueueGenerate(auth, invoice, request.id, 'upstream-unavailable'));
        }
        if (isRecovered(result)) reply.header('X-Gstgate-Recovered', 'true');
        return result;
      },
    );

    app.get(
      '/v1/einvoice/irn/:irn',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'Get e-invoice by IRN',
          description: "For the document's whole life (the IRP itself answers only for 2 days, 2283).",
          security: bearerSecurity,
          params: IrnParams,
          response: { 200: IrnDocumentSchema, ...problems },
        },
      },
      async (request) => service.getByIrn(authOf(request), request.params.irn),
    );

    app.get(
      '/v1/einvoice/documents',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'List own e-invoices',
          description:
            "The gateway's copies of the caller's e-invoices (as supplier or as filer), newest first, with filters on document date, " +
            'status, buyer, value and a search over document number, IRN and buyer GSTIN; paged with `limit` and `before`.',
          security: bearerSecurity,
          querystring: DocumentsQuery,
          response: { 200: DocumentsResponse, ...problems },
        },
      },
      async (request) => {
        const { before, ...q } = request.query;
        return service.listDocuments(authOf(request), { ...q, before: before ? new Date(before) : undefined });
      },
    );

    app.get(
      '/v1/einvoice/document',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'Get e-invoice by document type, number and date',
          security: bearerSecurity,
          querystring: DocumentQuery,
          response: { 200: IrnDocumentSchema, ...problems },
        },
      },
      async (request) => {
        const q = request.query;
        return service.getByDocument(authOf(request), q.type.toUpperCase(), q.number, q.date);
      },
    );

    app.post(
      '/v1/einvoice/cancel',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'Cancel IRN',
          description:
            'Within 24 hours of generation (2270), by the supplier (2143), not while its e-way bill is active (2230): cancel the e-way bill first.',
          security: bearerSecurity,
          body: CancelBody.meta(einvoiceCancelExamples),
          response: { 200: CancelResponse.meta(einvoiceCancelResponseExamples), ...problems },
        },
        config: { activity: ROUTE_ACTIVITY.einvoiceCancel },
      },
      async (request) => service.cancel(authOf(request), request.body),
    );

    app.post(
      '/v1/einvoice/ewaybill',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'Generate e-way bill by IRN',
          description:
            'Asks the IRP for an e-way bill of a registered, active IRN (4000; unknown 4003, another GSTIN 2148). ' +
            'Road needs VehNo and VehType (4011, 4022), rail and air TransDocNo and TransDocDt (4012, 4023), ship either (4040); ' +
            'TransId alone gives a Part-A slip (EwbValidTill null; neither: 4019/4027). Distance 0 lets the IRP compute it (EWBPPD in `info`; ' +
            'same PIN 4029, unknown pair 4030); more than 10% above it 4038. Also 4009, 4010, 4014–4018, 4020, 4021, 4024, 4028, 4031–4036, 4039; ' +
            'one live e-way bill per IRN (4002), per document (4026). All failures at once.',
          security: bearerSecurity,
          body: EwbByIrnBody.meta(ewbByIrnExamples),
          response: { 200: EwbByIrnResponse, ...problems },
        },
        config: { activity: ROUTE_ACTIVITY.ewaybillByIrn },
      },
      async (request) => service.generateEwayBill(authOf(request), request.body),
    );

    if (print) {
      app.get(
        '/v1/einvoice/irn/:irn/pdf',
        {
          schema: {
            tags: ['e-Invoice'],
            summary: 'Printable e-invoice (PDF)',
            description:
              'The e-invoice as an A4 PDF: IRN, Ack No and date, the signed QR code (SignedQRCode, large enough to scan), supplier and ' +
              'recipient, the items, a tax summary by GST rate, the totals in figures and in words (Indian numbering), the e-way bill ' +
              'when there is one, and a CANCELLED stamp once cancelled. Printed from the invoice the IRP signed (SignedInvoice). ' +
              "Same access as GET /v1/einvoice/irn/{irn}: 2145 malformed IRN, 2148 unknown or another GSTIN's.",
            security: bearerSecurity,
            params: IrnParams,
            response: { 200: PdfResponse, ...problems },
          },
        },
        async (request, reply) => {
          const { pdf, filename } = await print.einvoicePdf(authOf(request), request.params.irn);
          return reply.type('application/pdf').header('Content-Disposition', `inline; filename="${filename}"`).send(pdf);
        },
      );
    }

    app.get(
      '/v1/einvoice/irn/:irn/ewaybill',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'Get the e-way bill of an IRN',
          description:
            'The e-way bill generated with or by the IRN, as the e-way bill system has it now (Status CNL once cancelled there). ' +
            'None: 4005; another GSTIN: 2148.',
          security: bearerSecurity,
          params: IrnParams,
          response: { 200: EwbOfIrnResponse, ...problems },
        },
      },
      async (request) => service.getEwayBill(authOf(request), request.params.irn),
    );

    app.get(
      '/v1/einvoice/gstin/:gstin',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'GSTIN details from the IRP master',
          security: bearerSecurity,
          params: GstinParams,
          response: { 200: GstinMasterSchema, ...problems },
        },
      },
      async (request) => service.gstinDetails(authOf(request), request.params.gstin),
    );

    app.post(
      '/v1/einvoice/gstin/:gstin/sync',
      {
        schema: {
          tags: ['e-Invoice'],
          summary: 'Sync GSTIN details from the GST common portal',
          description: 'The fix NIC suggests for 3028/3029: refresh the IRP master, then retry.',
          security: bearerSecurity,
          params: GstinParams,
          response: { 200: GstinMasterSchema, ...problems },
        },
      },
      async (request) => service.syncGstin(authOf(request), request.params.gstin),
    );
  };
}
