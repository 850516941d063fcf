import type { FastifySchemaCompiler } from 'fastify';
import type { FastifyRouteSchemaDef } from 'fastify/types/schema.js';
import { type FastifyPluginAsyncZod, validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { GstError, type Problem } from '../../core/errors.ts';
import {
  ewbCancelExamples,
  ewbExtendExamples,
  ewbGenerateExamples,
  ewbGenerateResponseExamples,
  ewbPartBExamples,
  ewbRejectExamples,
  ewbTransporterExamples,
} from '../../core/http/docs-examples.ts';
import { bearerSecurity, ProblemSchema } from '../../core/http/openapi.ts';
import {
  parseCancel,
  parseConsolidate,
  parseExtend,
  parseGenerate,
  parseMultiVehicleAdd,
  parseMultiVehicleChange,
  parseMultiVehicleInitiate,
  parsePartB,
  parseRegenerateTripSheet,
  parseReject,
  parseTransporterUpdate,
} from '../../domain/ewaybill/parse.ts';
import { ROUTE_ACTIVITY, type RouteActivity } from '../audit/route-activity.ts';
import { authOf } from '../auth/auth.plugin.ts';
import type { AuthContext } from '../auth/auth.service.ts';
import { PdfResponse } from '../print/print.schemas.ts';
import type { PrintService } from '../print/print.service.ts';
import * as s from './ewaybill.schemas.ts';
import type { EwaybillService } from './ewaybill.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };
const TAG = ['e-Way Bill'];

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Bodies go through the NIC parsers, which bind NIC's field names leniently and answer every failure
 * with its 3-digit code at once (reference A3, A9); params and queries keep the zod validator. A body
 * that fails to parse is invalid input, 400 (api.md §2), even when its code, such as 301 for a
 * malformed or missing ewbNo, answers 404 for a well-formed number that names no e-way bill.
 */
function nicBody<T>(parse: (data: unknown) => Parsed<T>): FastifySchemaCompiler<unknown> {
  return (route) => {
    if (route.httpPart !== 'body') return validatorCompiler(route as FastifyRouteSchemaDef<z.ZodType>);
    return (data: unknown) => {
      const parsed = parse(data);
      return parsed.ok ? { value: parsed.value } : { error: new GstError(parsed.problems, { status: 400 }) };
    };
  };
}

interface Action<T> {
  path: string;
  summary: string;
  description: string;
  body: z.ZodType;
  response: z.ZodType;
  parse: (data: unknown) => Parsed<T>;
  run: (auth: AuthContext, req: T) => Promise<unknown>;
  /** Audit log / webhook event of the action (issue 6). */
  activity: RouteActivity;
}

export function ewaybillRoutes(
  service: EwaybillService,
  requireToken: (req: never) => Promise<void>,
  /** Printable documents (issue 7): GET /v1/ewaybill/{ewbNo}/pdf. */
  print?: PrintService,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireToken as never);

    const post = <T>(a: Action<T>) =>
      app.post(
        a.path,
        {
          schema: {
            tags: TAG,
            summary: a.summary,
            description: a.description,
            security: bearerSecurity,
            body: a.body,
            response: { 200: a.response, ...problems },
          },
          validatorCompiler: nicBody(a.parse),
          config: { activity: a.activity },
        },
        async (request) => a.run(authOf(request), request.body as T),
      );

    post({
      path: '/v1/ewaybill/generate',
      summary: 'Generate an e-way bill (GENEWAYBILL)',
      description:
        'Part-A with, optionally, Part-B (vehicle or transport document). Without Part-B it is a Part-A slip: transporterId is required (619) and validity starts at the first Part-B. ' +
        'transDistance 0 lets the portal compute the PIN-to-PIN distance (reported in alert; 721 when unknown); more than 10% above it is 702. ' +
        'One e-way bill per consignor, document type and number: a second gets 604 (409).',
      body: s.GenerateBody.meta(ewbGenerateExamples),
      response: s.GenerateResponse.meta(ewbGenerateResponseExamples),
      parse: parseGenerate,
      run: service.generate,
      activity: ROUTE_ACTIVITY.ewaybillGenerate,
    });
    post({
      path: '/v1/ewaybill/update-partb',
      summary: 'Update Part-B / vehicle (VEHEWB)',
      description:
        'By the current transporter, or the generator while no transporter has entered Part-B (635, 636). The first Part-B starts the validity; ' +
        'later ones do not change it. Not after expiry (311), on a cancelled bill (312), a discarded Part-A slip (343) or during multi-vehicle movement (412).',
      body: s.PartBBody.meta(ewbPartBExamples),
      response: s.PartBResponse,
      parse: parsePartB,
      run: service.updatePartB,
      activity: ROUTE_ACTIVITY.ewaybillPartB,
    });
    post({
      path: '/v1/ewaybill/update-transporter',
      summary: 'Assign or change the transporter (UPDATETRANSPORTER)',
      description:
        'By the generator or the current transporter (339); not after expiry (281) or once the transporter entered Part-B (338).',
      body: s.TransporterBody.meta(ewbTransporterExamples),
      response: s.TransporterResponse,
      parse: parseTransporterUpdate,
      run: service.updateTransporter,
      activity: ROUTE_ACTIVITY.ewaybillTransporter,
    });
    post({
      path: '/v1/ewaybill/extend',
      summary: 'Extend validity (EXTENDVALIDITY)',
      description:
        'From 8 hours before to 8 hours after the end of validity (382), by the current transporter or, with none, the generator. ' +
        'New validity counts the remaining distance from today, at most 360 days from the e-way bill date (821).',
      body: s.ExtendBody.meta(ewbExtendExamples),
      response: s.ExtendResponse,
      parse: parseExtend,
      run: service.extend,
      activity: ROUTE_ACTIVITY.ewaybillExtend,
    });
    post({
      path: '/v1/ewaybill/cancel',
      summary: 'Cancel an e-way bill (CANEWB)',
      description: 'By its generator (312), within 24 hours of generation (315).',
      body: s.CancelBody.meta(ewbCancelExamples),
      response: s.CancelResponse,
      parse: parseCancel,
      run: service.cancel,
      activity: ROUTE_ACTIVITY.ewaybillCancel,
    });
    post({
      path: '/v1/ewaybill/reject',
      summary: 'Reject an e-way bill generated by the other party (REJEWB)',
      description: 'By the other party of the supply (341, 342), within 72 hours of generation (346).',
      body: s.RejectBody.meta(ewbRejectExamples),
      response: s.RejectResponse,
      parse: parseReject,
      run: service.reject,
      activity: ROUTE_ACTIVITY.ewaybillReject,
    });
    post({
      path: '/v1/ewaybill/consolidate',
      summary: 'Generate a consolidated e-way bill / trip sheet (GENCEWB)',
      description:
        'Several e-way bills in one vehicle: the caller must be the generator or the transporter of each (650), each active and valid (818).',
      body: s.ConsolidateBody,
      response: s.ConsolidateResponse,
      parse: parseConsolidate,
      run: service.consolidate,
      activity: ROUTE_ACTIVITY.ewaybillConsolidate,
    });
    post({
      path: '/v1/ewaybill/multi-vehicle/initiate',
      summary: 'Initiate multi-vehicle movement (MULTIVEHMOVINT)',
      description: 'Splits a consignment over several vehicles: the unit must be one of the items (399), the quantities must add up (400).',
      body: s.MultiInitiateBody,
      response: s.MultiInitiateResponse,
      parse: parseMultiVehicleInitiate,
      run: service.initiateMultiVehicle,
      activity: ROUTE_ACTIVITY.ewaybillMultiInitiate,
    });
    post({
      path: '/v1/ewaybill/multi-vehicle/add',
      summary: 'Add a vehicle to a multi-vehicle group (MULTIVEHADD)',
      description: 'The group must exist (411); the vehicles’ quantities may not exceed the group’s total (400).',
      body: s.MultiAddBody,
      response: s.MultiAddResponse,
      parse: parseMultiVehicleAdd,
      run: service.addMultiVehicle,
      activity: ROUTE_ACTIVITY.ewaybillMultiAdd,
    });
    post({
      path: '/v1/ewaybill/multi-vehicle/change',
      summary: 'Change a vehicle of a multi-vehicle group (MULTIVEHUPD)',
      description: 'The old vehicle or transport document must be active in the group (405).',
      body: s.MultiChangeBody,
      response: s.MultiChangeResponse,
      parse: parseMultiVehicleChange,
      run: service.changeMultiVehicle,
      activity: ROUTE_ACTIVITY.ewaybillMultiChange,
    });

    app.post(
      '/v1/ewaybill/consolidated/:cEwbNo/regenerate',
      {
        schema: {
          tags: TAG,
          summary: 'Regenerate a trip sheet with a new vehicle (REGENTRIPSHEET)',
          description:
            'Issues a new consolidated number holding the members still active and valid (391); the old one is cancelled (392 afterwards).',
          security: bearerSecurity,
          params: s.TripSheetParams,
          body: s.RegenerateBody,
          response: { 200: s.RegenerateResponse, ...problems },
        },
        // The trip sheet number comes from the path, so the body is parsed in the handler.
        validatorCompiler: nicBody((data) => ({ ok: true, value: data })),
        config: { activity: ROUTE_ACTIVITY.ewaybillRegenerate },
      },
      async (request) => {
        const parsed = parseRegenerateTripSheet(request.body, Number(request.params.cEwbNo));
        if (!parsed.ok) throw new GstError(parsed.problems);
        return service.regenerateTripSheet(authOf(request), parsed.value);
      },
    );

    app.get(
      '/v1/ewaybill/consolidated/:cEwbNo',
      {
        schema: {
          tags: TAG,
          summary: 'Get a consolidated e-way bill (GetTripSheet)',
          security: bearerSecurity,
          params: s.TripSheetParams,
          response: { 200: s.TripSheetSchema, ...problems },
        },
      },
      async (request) => service.tripSheet(authOf(request), request.params.cEwbNo),
    );

    app.get(
      '/v1/ewaybill/document',
      {
        schema: {
          tags: TAG,
          summary: 'The active e-way bill of one of your documents (GetEwayBillGeneratedByConsigner)',
          description: 'How to recover the e-way bill after a 604 on a retried generate.',
          security: bearerSecurity,
          querystring: s.DocumentQuery,
          response: { 200: s.GenerateResponse, ...problems },
        },
      },
      async (request) => service.byDocument(authOf(request), request.query.type.toUpperCase(), request.query.number),
    );

    app.get(
      '/v1/ewaybill/:ewbNo',
      {
        schema: {
          tags: TAG,
          summary: 'Get an e-way bill (GetEwayBill)',
          description: 'With its vehicle history (VehiclListDetails, newest first). For its consignor, consignee or transporter (357).',
          security: bearerSecurity,
          params: s.EwbParams,
          response: { 200: s.EwayBillSchema, ...problems },
        },
      },
      async (request) => service.get(authOf(request), request.params.ewbNo),
    );

    if (print) {
      app.get(
        '/v1/ewaybill/:ewbNo/pdf',
        {
          schema: {
            tags: TAG,
            summary: 'Printable e-way bill (PDF)',
            description:
              'The e-way bill as an A4 PDF, as the portal prints it: the number as a Code128 barcode and a QR code ' +
              '(ewbNo/generator GSTIN/date), Part-A (parties, document, goods, value, reason for transportation), the transporter, ' +
              'the Part-B vehicle history and the validity; CANCELLED stamped once cancelled. Same access as GET /v1/ewaybill/{ewbNo} (395, 301, 357).',
            security: bearerSecurity,
            params: s.EwbParams,
            response: { 200: PdfResponse, ...problems },
          },
        },
        async (request, reply) => {
          const { pdf, filename } = await print.ewaybillPdf(authOf(request), request.params.ewbNo);
          return reply.type('application/pdf').header('Content-Disposition', `inline; filename="${filename}"`).send(pdf);
        },
      );
    }

    app.get(
      '/v1/ewaybill',
      {
        schema: {
          tags: TAG,
          summary: 'E-way bills of a day (GetEwayBillsByDate, …ForTransporter, …ofOtherParty)',
          security: bearerSecurity,
          querystring: s.ListQuery,
          response: { 200: s.ListResponse, ...problems },
        },
      },
      async (request) => service.list(authOf(request), request.query.date, request.query.role),
    );

    app.get(
      '/v1/distance',
      {
        schema: {
          tags: TAG,
          summary: 'PIN-to-PIN distance as the sandbox portal computes it',
          description:
            'Great-circle distance between the PIN codes’ coordinates × 1.25 road factor, rounded to km; 721 when either PIN has no coordinates.',
          security: bearerSecurity,
          querystring: s.DistanceQuery,
          response: { 200: s.DistanceResponse, ...problems },
        },
      },
      async (request) => service.distance(request.query.from, request.query.to),
    );
  };
}
