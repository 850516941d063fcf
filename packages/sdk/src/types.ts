/**
 * Type helpers over the generated `paths` (schema.d.ts): the JSON request body, query and response
 * body of an operation, and names for the shapes integrators use most.
 */
import type { paths } from './schema.d.ts';

export type { components, paths } from './schema.d.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type ApiPath = keyof paths;

/** The operation object of `method path`. */
export type Operation<P extends ApiPath, M extends HttpMethod> = NonNullable<paths[P][M]>;

type JsonContent<T> = T extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON request body of an operation. */
export type RequestBody<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonContent<NonNullable<B>> : never;

/** The query parameters of an operation. */
export type QueryParams<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The JSON response body of an operation for one status (200 by default). */
export type ResponseBody<P extends ApiPath, M extends HttpMethod, S extends number = 200> =
  Operation<P, M> extends { responses: infer R } ? (S extends keyof R ? JsonContent<R[S]> : never) : never;

// ---- e-Invoice
/** An INV-01 v1.1 invoice as POST /v1/einvoice/generate takes it (`async` beside the members is optional). */
export type Inv01 = RequestBody<'/v1/einvoice/generate', 'post'>;
/** A registered e-invoice: AckNo, AckDt, Irn, SignedInvoice, SignedQRCode, Status, EWB details… */
export type EinvoiceDocument = ResponseBody<'/v1/einvoice/generate', 'post', 200>;
/** 202: the invoice is queued (asked for, or the IRP was down); poll gg.jobs.get(jobId). */
export type EinvoiceQueued = ResponseBody<'/v1/einvoice/generate', 'post', 202>;
export type EinvoiceDetails = ResponseBody<'/v1/einvoice/irn/{irn}', 'get'>;
export type EinvoiceList = ResponseBody<'/v1/einvoice/documents', 'get'>;
export type EinvoiceListQuery = QueryParams<'/v1/einvoice/documents', 'get'>;
export type DocumentQuery = QueryParams<'/v1/einvoice/document', 'get'>;
export type CancelIrnRequest = RequestBody<'/v1/einvoice/cancel', 'post'>;
export type CancelIrnResponse = ResponseBody<'/v1/einvoice/cancel', 'post'>;
export type EwbByIrnRequest = RequestBody<'/v1/einvoice/ewaybill', 'post'>;
export type EwbByIrnResponse = ResponseBody<'/v1/einvoice/ewaybill', 'post'>;
export type QrVerifyRequest = RequestBody<'/v1/einvoice/verify', 'post'>;
export type QrVerifyResponse = ResponseBody<'/v1/einvoice/verify', 'post'>;

// ---- e-Way Bill
export type EwbGenerateRequest = RequestBody<'/v1/ewaybill/generate', 'post'>;
export type EwbGenerateResponse = ResponseBody<'/v1/ewaybill/generate', 'post'>;
export type EwayBill = ResponseBody<'/v1/ewaybill/{ewbNo}', 'get'>;

// ---- Taxpayers, jobs, bulk, webhooks
export type GstinDetails = ResponseBody<'/v1/gstin/{gstin}', 'get'>;
export type GstinVerifyResponse = ResponseBody<'/v1/gstin/verify', 'post'>;
export type Job = ResponseBody<'/v1/jobs/{id}', 'get'>;
export type BulkBatch = ResponseBody<'/v1/einvoice/bulk/{batchId}', 'get'>;
export type BulkUploadAccepted = ResponseBody<'/v1/einvoice/bulk', 'post', 202>;
export type Webhook = ResponseBody<'/v1/webhooks/{id}', 'get'>;
export type WebhookCreated = ResponseBody<'/v1/webhooks', 'post', 201>;

/** POST /v1/authenticate's answer. */
export type IssuedToken = ResponseBody<'/v1/authenticate', 'post'>;
