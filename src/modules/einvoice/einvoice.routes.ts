import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GstError } from '../../core/errors.ts';
import { bearerSecurity, ProblemSchema } from '../../core/http/openapi.ts';
import { type Inv01, Inv01Schema } from '../../domain/invoice/inv01.schema.ts';
import { parseInvoice } from '../../domain/invoice/parse.ts';
import { authOf } from '../auth/auth.plugin.ts';
import {
  CancelBody,
  CancelResponse,
  DocumentQuery,
  EwbByIrnBody,
  EwbByIrnResponse,
  EwbOfIrnResponse,
  GstinMasterSchema,
  GstinParams,
  IrnDocumentSchema,
  IrnParams,
} from './einvoice.schemas.ts';
import type { EinvoiceService } from './einvoice.service.ts';

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

export function einvoiceRoutes(service: EinvoiceService, requireToken: (req: never) => Promise<void>): FastifyPluginAsyncZod {
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
            'if it fails the IRN is still registered and `info` has EWBERR with the e-way bill errors (4000–4040).',
          security: bearerSecurity,
          body: Inv01Schema,
          response: { 200: IrnDocumentSchema, ...problems },
        },
        validatorCompiler: inv01Validator,
      },
      async (request) => service.generate(authOf(request), request.body as Inv01),
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
          body: CancelBody,
          response: { 200: CancelResponse, ...problems },
        },
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
          body: EwbByIrnBody,
          response: { 200: EwbByIrnResponse, ...problems },
        },
      },
      async (request) => service.generateEwayBill(authOf(request), request.body),
    );

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
