/**
 * The typed methods, one group per area of the API (api.md): each sends one request through Core
 * (auth, retries) and returns the 2xx body typed from schema.d.ts, or throws GstgateError. Binary
 * answers (PDFs, bulk files) come back as Uint8Array.
 */
import type { Core } from './core.ts';
import type { QueryParams, RequestBody, ResponseBody } from './types.ts';

/** Options of a POST: an Idempotency-Key makes a resend safe (the server replays the first answer for 24 h). */
export interface CallOptions {
  idempotencyKey?: string;
  signal?: AbortSignal;
}

const callInit = (opts?: CallOptions): { headers?: Record<string, string>; signal?: AbortSignal } => ({
  ...(opts?.idempotencyKey ? { headers: { 'Idempotency-Key': opts.idempotencyKey } } : {}),
  ...(opts?.signal ? { signal: opts.signal } : {}),
});

const bytes = (buffer: ArrayBuffer) => new Uint8Array(buffer);

export class EinvoiceApi {
  constructor(private readonly core: Core) {}

  /** Registers an INV-01 invoice: 200 the signed document, or 202 a job when `async` (or queued while the IRP is down). */
  async generate(
    invoice: RequestBody<'/v1/einvoice/generate', 'post'>,
    opts?: CallOptions & { async?: boolean },
  ): Promise<ResponseBody<'/v1/einvoice/generate', 'post', 200> | ResponseBody<'/v1/einvoice/generate', 'post', 202>> {
    const query = opts?.async ? { async: 'true' as const } : undefined;
    return this.core.unwrap(await this.core.raw.POST('/v1/einvoice/generate', { body: invoice, params: { query }, ...callInit(opts) }));
  }

  async get(irn: string): Promise<ResponseBody<'/v1/einvoice/irn/{irn}', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/einvoice/irn/{irn}', { params: { path: { irn } } }));
  }

  /** The document by type (INV, CRN, DBN), number and date (dd/mm/yyyy). */
  async getByDocument(query: QueryParams<'/v1/einvoice/document', 'get'>): Promise<ResponseBody<'/v1/einvoice/document', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/einvoice/document', { params: { query } }));
  }

  /** The caller's documents, newest first (cursor `before`). */
  async list(query?: QueryParams<'/v1/einvoice/documents', 'get'>): Promise<ResponseBody<'/v1/einvoice/documents', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/einvoice/documents', { params: { query } }));
  }

  /** Cancels an IRN within 24 hours (CnlRsn 1 duplicate, 2 data entry mistake, 3 order cancelled, 4 other). */
  async cancel(body: RequestBody<'/v1/einvoice/cancel', 'post'>, opts?: CallOptions): Promise<ResponseBody<'/v1/einvoice/cancel', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/einvoice/cancel', { body, ...callInit(opts) }));
  }

  /** Generates the e-way bill of a registered IRN. */
  async generateEwaybill(
    body: RequestBody<'/v1/einvoice/ewaybill', 'post'>,
    opts?: CallOptions,
  ): Promise<ResponseBody<'/v1/einvoice/ewaybill', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/einvoice/ewaybill', { body, ...callInit(opts) }));
  }

  async getEwaybill(irn: string): Promise<ResponseBody<'/v1/einvoice/irn/{irn}/ewaybill', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/einvoice/irn/{irn}/ewaybill', { params: { path: { irn } } }));
  }

  /** The printable e-invoice (A4 PDF with the signed QR code). */
  async pdf(irn: string): Promise<Uint8Array> {
    return bytes(
      this.core.unwrap(await this.core.raw.GET('/v1/einvoice/irn/{irn}/pdf', { params: { path: { irn } }, parseAs: 'arrayBuffer' })),
    );
  }

  async gstinDetails(gstin: string): Promise<ResponseBody<'/v1/einvoice/gstin/{gstin}', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/einvoice/gstin/{gstin}', { params: { path: { gstin } } }));
  }

  async syncGstin(gstin: string): Promise<ResponseBody<'/v1/einvoice/gstin/{gstin}/sync', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/einvoice/gstin/{gstin}/sync', { params: { path: { gstin } } }));
  }

  /** Verifies a SignedQRCode / SignedInvoice JWS, or a QR image (PNG/JPEG, base64 or data: URL). */
  async verify(body: RequestBody<'/v1/einvoice/verify', 'post'>): Promise<ResponseBody<'/v1/einvoice/verify', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/einvoice/verify', { body }));
  }
}

export class MultiVehicleApi {
  constructor(private readonly core: Core) {}

  async initiate(
    body: RequestBody<'/v1/ewaybill/multi-vehicle/initiate', 'post'>,
    opts?: CallOptions,
  ): Promise<ResponseBody<'/v1/ewaybill/multi-vehicle/initiate', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/ewaybill/multi-vehicle/initiate', { body, ...callInit(opts) }));
  }

  async add(
    body: RequestBody<'/v1/ewaybill/multi-vehicle/add', 'post'>,
    opts?: CallOptions,
  ): Promise<ResponseBody<'/v1/ewaybill/multi-vehicle/add', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/ewaybill/multi-vehicle/add', { body, ...callInit(opts) }));
  }

  async change(
    body: RequestBody<'/v1/ewaybill/multi-vehicle/change', 'post'>,
    opts?: CallOptions,
  ): Promise<ResponseBody<'/v1/ewaybill/multi-vehicle/change', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/ewaybill/multi-vehicle/change', { body, ...callInit(opts) }));
  }
}

export class EwaybillApi {
  readonly multiVehicle: MultiVehicleApi;

  constructor(private readonly core: Core) {
    this.multiVehicle = new MultiVehicleApi(core);
  }

  async generate(
    body: RequestBody<'/v1/ewaybill/generate', 'post'>,
    opts?: CallOptions,
  ): Promise<ResponseBody<'/v1/ewaybill/generate', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/ewaybill/generate', { body, ...callInit(opts) }));
  }

  /** Part-B: a new vehicle or transport document. */
  async updatePartB(
    body: RequestBody<'/v1/ewaybill/update-partb', 'post'>,
    opts?: CallOptions,
  ): Promise<ResponseBody<'/v1/ewaybill/update-partb', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/ewaybill/update-partb', { body, ...callInit(opts) }));
  }

  async updateTransporter(
    body: RequestBody<'/v1/ewaybill/update-transporter', 'post'>,
    opts?: CallOptions,
  ): Promise<ResponseBody<'/v1/ewaybill/update-transporter', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/ewaybill/update-transporter', { body, ...callInit(opts) }));
  }

  /** Extends validity, from 8 hours before to 8 hours after it ends. */
  async extend(body: RequestBody<'/v1/ewaybill/extend', 'post'>, opts?: CallOptions): Promise<ResponseBody<'/v1/ewaybill/extend', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/ewaybill/extend', { body, ...callInit(opts) }));
  }

  /** Cancels within 24 hours of generation. */
  async cancel(body: RequestBody<'/v1/ewaybill/cancel', 'post'>, opts?: CallOptions): Promise<ResponseBody<'/v1/ewaybill/cancel', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/ewaybill/cancel', { body, ...callInit(opts) }));
  }

  /** The other party rejects the e-way bill (within 72 hours). */
  async reject(body: RequestBody<'/v1/ewaybill/reject', 'post'>, opts?: CallOptions): Promise<ResponseBody<'/v1/ewaybill/reject', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/ewaybill/reject', { body, ...callInit(opts) }));
  }

  /** A consolidated e-way bill (trip sheet) for several e-way bills in one vehicle. */
  async consolidate(
    body: RequestBody<'/v1/ewaybill/consolidate', 'post'>,
    opts?: CallOptions,
  ): Promise<ResponseBody<'/v1/ewaybill/consolidate', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/ewaybill/consolidate', { body, ...callInit(opts) }));
  }

  async regenerateConsolidated(
    cEwbNo: number | string,
    body: RequestBody<'/v1/ewaybill/consolidated/{cEwbNo}/regenerate', 'post'>,
    opts?: CallOptions,
  ): Promise<ResponseBody<'/v1/ewaybill/consolidated/{cEwbNo}/regenerate', 'post'>> {
    return this.core.unwrap(
      await this.core.raw.POST('/v1/ewaybill/consolidated/{cEwbNo}/regenerate', {
        params: { path: { cEwbNo: String(cEwbNo) } },
        body,
        ...callInit(opts),
      }),
    );
  }

  async getConsolidated(cEwbNo: number | string): Promise<ResponseBody<'/v1/ewaybill/consolidated/{cEwbNo}', 'get'>> {
    return this.core.unwrap(
      await this.core.raw.GET('/v1/ewaybill/consolidated/{cEwbNo}', { params: { path: { cEwbNo: String(cEwbNo) } } }),
    );
  }

  async get(ewbNo: number | string): Promise<ResponseBody<'/v1/ewaybill/{ewbNo}', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/ewaybill/{ewbNo}', { params: { path: { ewbNo: String(ewbNo) } } }));
  }

  /** The e-way bill of a document: `{ type: 'INV', number }`. */
  async getByDocument(query: QueryParams<'/v1/ewaybill/document', 'get'>): Promise<ResponseBody<'/v1/ewaybill/document', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/ewaybill/document', { params: { query } }));
  }

  /** E-way bills of a day (dd/mm/yyyy), as generator or as another party (`role`). */
  async list(query: QueryParams<'/v1/ewaybill', 'get'>): Promise<ResponseBody<'/v1/ewaybill', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/ewaybill', { params: { query } }));
  }

  async pdf(ewbNo: number | string): Promise<Uint8Array> {
    return bytes(
      this.core.unwrap(
        await this.core.raw.GET('/v1/ewaybill/{ewbNo}/pdf', { params: { path: { ewbNo: String(ewbNo) } }, parseAs: 'arrayBuffer' }),
      ),
    );
  }

  /** Road distance between two PIN codes, as the portal computes it. */
  async distance(from: number | string, to: number | string): Promise<ResponseBody<'/v1/distance', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/distance', { params: { query: { from: String(from), to: String(to) } } }));
  }
}

/** The Indian financial year (April–March) of an instant, as YYYY-YY. */
export function financialYear(ms: number): string {
  // The day in IST (UTC+5:30) decides, as the GST portal does.
  const ist = new Date(ms + 5.5 * 3600 * 1000);
  const start = ist.getUTCMonth() >= 3 ? ist.getUTCFullYear() : ist.getUTCFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

export class GstinApi {
  constructor(private readonly core: Core) {}

  /** Registration details of a GSTIN (legal name, address, status, filing frequency…). */
  async search(gstin: string): Promise<ResponseBody<'/v1/gstin/{gstin}', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/gstin/{gstin}', { params: { path: { gstin } } }));
  }

  async status(gstin: string): Promise<ResponseBody<'/v1/gstin/{gstin}/status', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/gstin/{gstin}/status', { params: { path: { gstin } } }));
  }

  /** Returns filed in a financial year (YYYY-YY). */
  async returns(gstin: string, fy: string): Promise<ResponseBody<'/v1/gstin/{gstin}/returns', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/gstin/{gstin}/returns', { params: { path: { gstin }, query: { fy } } }));
  }

  /** Monthly or quarterly filing preference; `fy` defaults to the current financial year. */
  async preference(gstin: string, fy?: string): Promise<ResponseBody<'/v1/gstin/{gstin}/preference', 'get'>> {
    const query = { fy: fy ?? financialYear(this.core.now()) };
    return this.core.unwrap(await this.core.raw.GET('/v1/gstin/{gstin}/preference', { params: { path: { gstin }, query } }));
  }

  /** Existence and status of one GSTIN, or of up to 100 (an array gives `{ results }`). */
  async verify(gstins: string | string[]): Promise<ResponseBody<'/v1/gstin/verify', 'post'>> {
    const body = Array.isArray(gstins) ? { gstins } : { gstin: gstins };
    return this.core.unwrap(await this.core.raw.POST('/v1/gstin/verify', { body }));
  }

  /** The GSTINs registered under a PAN. */
  async panGstins(pan: string): Promise<ResponseBody<'/v1/pan/{pan}/gstins', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/pan/{pan}/gstins', { params: { path: { pan } } }));
  }
}

export class JobsApi {
  constructor(private readonly core: Core) {}

  /** A queued generation: state, attempts, and the document once registered. */
  async get(id: string): Promise<ResponseBody<'/v1/jobs/{id}', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/jobs/{id}', { params: { path: { id } } }));
  }

  async list(query?: QueryParams<'/v1/jobs', 'get'>): Promise<ResponseBody<'/v1/jobs', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/jobs', { params: { query } }));
  }
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The upload's Content-Type, from the file name's extension (the server reads the format from it).
 * Another extension is sent as a Blob's own type or application/octet-stream, and the server
 * answers 415 BULK_UNSUPPORTED_FORMAT: one place decides what is accepted.
 */
export function bulkContentType(filename: string, data: Uint8Array | Blob | string): string {
  const ext = filename.toLowerCase().split('.').pop();
  if (ext === 'csv') return 'text/csv';
  if (ext === 'xlsx') return XLSX_TYPE;
  if (ext === 'json') return 'application/json';
  if (typeof Blob !== 'undefined' && data instanceof Blob && data.type) return data.type;
  return 'application/octet-stream';
}

export class BulkApi {
  constructor(private readonly core: Core) {}

  /**
   * Uploads a CSV, XLSX or JSON file of invoices (the raw file is the body; its type comes from the
   * name's extension). Answered at once with a batch to poll with get(batchId).
   */
  async upload(
    data: Uint8Array | Blob | string,
    filename: string,
    opts?: CallOptions,
  ): Promise<ResponseBody<'/v1/einvoice/bulk', 'post', 202>> {
    const contentType = bulkContentType(filename, data);
    const init = callInit(opts);
    const result = await this.core.raw.POST('/v1/einvoice/bulk', {
      params: { query: { filename } },
      // The route's body is not JSON: send the bytes as they are.
      body: data as never,
      bodySerializer: (body: unknown) => body,
      ...init,
      headers: { ...init.headers, 'Content-Type': contentType },
    });
    return this.core.unwrap(result);
  }

  async get(batchId: string): Promise<ResponseBody<'/v1/einvoice/bulk/{batchId}', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/einvoice/bulk/{batchId}', { params: { path: { batchId } } }));
  }

  async rows(
    batchId: string,
    query?: QueryParams<'/v1/einvoice/bulk/{batchId}/rows', 'get'>,
  ): Promise<ResponseBody<'/v1/einvoice/bulk/{batchId}/rows', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/einvoice/bulk/{batchId}/rows', { params: { path: { batchId }, query } }));
  }

  /** One result row per invoice (IRN/AckNo or the error codes), as CSV (default) or XLSX bytes. */
  async results(batchId: string, format: 'csv' | 'xlsx' = 'csv'): Promise<Uint8Array> {
    return bytes(
      this.core.unwrap(
        await this.core.raw.GET('/v1/einvoice/bulk/{batchId}/results', {
          params: { path: { batchId }, query: { format } },
          parseAs: 'arrayBuffer',
        }),
      ),
    );
  }

  /** The upload template with two example invoices, as CSV (default) or XLSX bytes. */
  async template(format: 'csv' | 'xlsx' = 'csv'): Promise<Uint8Array> {
    return bytes(
      this.core.unwrap(await this.core.raw.GET('/v1/einvoice/bulk/template', { params: { query: { format } }, parseAs: 'arrayBuffer' })),
    );
  }
}

export class WebhooksApi {
  constructor(private readonly core: Core) {}

  /** Registers an endpoint; the answer holds the signing secret, shown only here (and on rotateSecret). */
  async create(body: RequestBody<'/v1/webhooks', 'post'>): Promise<ResponseBody<'/v1/webhooks', 'post', 201>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/webhooks', { body }));
  }

  async list(): Promise<ResponseBody<'/v1/webhooks', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/webhooks'));
  }

  async get(id: string): Promise<ResponseBody<'/v1/webhooks/{id}', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/webhooks/{id}', { params: { path: { id } } }));
  }

  async update(id: string, body: RequestBody<'/v1/webhooks/{id}', 'patch'>): Promise<ResponseBody<'/v1/webhooks/{id}', 'patch'>> {
    return this.core.unwrap(await this.core.raw.PATCH('/v1/webhooks/{id}', { params: { path: { id } }, body }));
  }

  async delete(id: string): Promise<void> {
    this.core.unwrap(await this.core.raw.DELETE('/v1/webhooks/{id}', { params: { path: { id } } }));
  }

  async rotateSecret(id: string): Promise<ResponseBody<'/v1/webhooks/{id}/rotate-secret', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/webhooks/{id}/rotate-secret', { params: { path: { id } } }));
  }

  async deliveries(
    id: string,
    query?: QueryParams<'/v1/webhooks/{id}/deliveries', 'get'>,
  ): Promise<ResponseBody<'/v1/webhooks/{id}/deliveries', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id }, query } }));
  }

  /** Sends a test event to the endpoint (answered 202; see deliveries()). */
  async test(id: string, opts?: CallOptions): Promise<ResponseBody<'/v1/webhooks/{id}/test', 'post', 202>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/webhooks/{id}/test', { params: { path: { id } }, ...callInit(opts) }));
  }
}

export class AuditApi {
  constructor(private readonly core: Core) {}

  async list(query?: QueryParams<'/v1/audit', 'get'>): Promise<ResponseBody<'/v1/audit', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/audit', { params: { query } }));
  }
}

/** The sandbox's government clock: every validity window (24 h cancel, e-way bill expiry) runs on it. */
export class SandboxClockApi {
  constructor(private readonly core: Core) {}

  async get(): Promise<ResponseBody<'/v1/sandbox/clock', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/sandbox/clock'));
  }

  /** `{ now: ISO-8601 }` jumps there (the clock keeps running); `{ advanceSeconds }` moves it. */
  async set(body: RequestBody<'/v1/sandbox/clock', 'post'>): Promise<ResponseBody<'/v1/sandbox/clock', 'post'>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/sandbox/clock', { body }));
  }

  /** Back to real time. */
  async reset(): Promise<ResponseBody<'/v1/sandbox/clock', 'delete'>> {
    return this.core.unwrap(await this.core.raw.DELETE('/v1/sandbox/clock'));
  }
}

/** Injected failures of the government side for a GSTIN: down (503), slow, commit-then-timeout (504). */
export class SandboxFaultsApi {
  constructor(private readonly core: Core) {}

  async add(body: RequestBody<'/v1/sandbox/faults', 'post'>): Promise<ResponseBody<'/v1/sandbox/faults', 'post', 201>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/sandbox/faults', { body }));
  }

  async list(gstin?: string): Promise<ResponseBody<'/v1/sandbox/faults', 'get'>> {
    return this.core.unwrap(await this.core.raw.GET('/v1/sandbox/faults', { params: { query: gstin ? { gstin } : undefined } }));
  }

  /** Removes every fault, or one GSTIN's. */
  async clear(gstin?: string): Promise<ResponseBody<'/v1/sandbox/faults', 'delete'>> {
    return this.core.unwrap(await this.core.raw.DELETE('/v1/sandbox/faults', { params: { query: gstin ? { gstin } : undefined } }));
  }
}

export class SandboxTaxpayersApi {
  constructor(private readonly core: Core) {}

  async create(body: RequestBody<'/v1/sandbox/taxpayers', 'post'>): Promise<ResponseBody<'/v1/sandbox/taxpayers', 'post', 201>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/sandbox/taxpayers', { body }));
  }

  async filings(
    gstin: string,
    body: RequestBody<'/v1/sandbox/taxpayers/{gstin}/filings', 'post'>,
  ): Promise<ResponseBody<'/v1/sandbox/taxpayers/{gstin}/filings', 'post', 201>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/sandbox/taxpayers/{gstin}/filings', { params: { path: { gstin } }, body }));
  }
}

export class SandboxUsersApi {
  constructor(private readonly core: Core) {}

  /** An API user for a registry GSTIN (then log in as it with its own Gstgate). */
  async create(body: RequestBody<'/v1/sandbox/users', 'post'>): Promise<ResponseBody<'/v1/sandbox/users', 'post', 201>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/sandbox/users', { body }));
  }
}

export class SandboxClientsApi {
  constructor(private readonly core: Core) {}

  /** A NIC API client (id and secret) for the emulated /nic wire protocol. */
  async create(): Promise<ResponseBody<'/v1/sandbox/clients', 'post', 201>> {
    return this.core.unwrap(await this.core.raw.POST('/v1/sandbox/clients'));
  }
}

/** The sandbox control API (X-Admin-Key: the adminKey option). */
export class SandboxApi {
  readonly clock: SandboxClockApi;
  readonly faults: SandboxFaultsApi;
  readonly taxpayers: SandboxTaxpayersApi;
  readonly users: SandboxUsersApi;
  readonly clients: SandboxClientsApi;

  constructor(core: Core) {
    this.clock = new SandboxClockApi(core);
    this.faults = new SandboxFaultsApi(core);
    this.taxpayers = new SandboxTaxpayersApi(core);
    this.users = new SandboxUsersApi(core);
    this.clients = new SandboxClientsApi(core);
  }
}
