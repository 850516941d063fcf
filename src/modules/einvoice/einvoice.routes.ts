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
            'and returns the signed invoice and QR code. A document already registered gives 2150 with its first AckNo, AckDt and IRN in `info` (DUPIRN).',
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
          description: 'Within 24 hours of generation (2270), by the supplier (2143), not while an e-way bill is active (2230).',
          security: bearerSecurity,
          body: CancelBody,
          response: { 200: CancelResponse, ...problems },
        },
      },
      async (request) => service.cancel(authOf(request), request.body),
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
