/**
 * @gstgate/sdk: a typed client of the gstgate API (e-Invoice, e-Way Bill, GST taxpayer, sandbox).
 *
 *   const gg = new Gstgate({ baseUrl, credentials: { gstin, username, password } });
 *   const doc = await gg.einvoice.generate(invoice, { idempotencyKey });
 *
 * Types come from the committed openapi.json (schema.d.ts); the transport (auth, retries) is core.ts;
 * errors are GstgateError (errors.ts). `gg.raw` is the underlying openapi-fetch client.
 */
import type { Client } from 'openapi-fetch';
import { Core, type GstgateOptions } from './core.ts';
import { AuditApi, BulkApi, EinvoiceApi, EwaybillApi, GstinApi, JobsApi, SandboxApi, WebhooksApi } from './resources.ts';
import type { paths } from './schema.d.ts';
import type { IssuedToken, ResponseBody } from './types.ts';

export type { Credentials, GstgateOptions } from './core.ts';
export { SDK_VERSION } from './core.ts';
export { GstgateError, type GstgateErrorInit, type Problem, type ProblemError, parseRetryAfter } from './errors.ts';
export {
  AuditApi,
  BulkApi,
  bulkContentType,
  type CallOptions,
  EinvoiceApi,
  EwaybillApi,
  financialYear,
  GstinApi,
  JobsApi,
  MultiVehicleApi,
  SandboxApi,
  SandboxClientsApi,
  SandboxClockApi,
  SandboxFaultsApi,
  SandboxTaxpayersApi,
  SandboxUsersApi,
  WebhooksApi,
} from './resources.ts';
export type * from './types.ts';

export class Gstgate {
  private readonly core: Core;
  readonly einvoice: EinvoiceApi;
  readonly ewaybill: EwaybillApi;
  readonly gstin: GstinApi;
  readonly jobs: JobsApi;
  readonly bulk: BulkApi;
  readonly webhooks: WebhooksApi;
  readonly audit: AuditApi;
  readonly sandbox: SandboxApi;

  constructor(options: GstgateOptions) {
    this.core = new Core(options);
    this.einvoice = new EinvoiceApi(this.core);
    this.ewaybill = new EwaybillApi(this.core);
    this.gstin = new GstinApi(this.core);
    this.jobs = new JobsApi(this.core);
    this.bulk = new BulkApi(this.core);
    this.webhooks = new WebhooksApi(this.core);
    this.audit = new AuditApi(this.core);
    this.sandbox = new SandboxApi(this.core);
  }

  /** The openapi-fetch client (typed by path) with the same auth and retries, for anything else. */
  get raw(): Client<paths> {
    return this.core.raw;
  }

  /** The current bearer token, if any. */
  get token(): string | undefined {
    return this.core.token;
  }

  /** Logs in with the credentials now (normally implicit on the first call) and keeps the token. */
  authenticate(): Promise<IssuedToken> {
    return this.core.authenticate();
  }

  /** Platform, database and provider health. A degraded platform (503) still answers its body. */
  async health(): Promise<ResponseBody<'/v1/health', 'get'>> {
    const { data, error, response } = await this.core.raw.GET('/v1/health');
    // The degraded view has a string status ('degraded'); a problem+json's is a number.
    if (response.status === 503 && typeof (error as { status?: unknown } | undefined)?.status === 'string') {
      return error as ResponseBody<'/v1/health', 'get', 503>;
    }
    return this.core.unwrap({ data, error, response });
  }

  /** The public keys that verify SignedInvoice / SignedQRCode (JWKS). */
  async jwks(): Promise<{ keys: Record<string, unknown>[] }> {
    const result = await this.core.raw.GET('/.well-known/jwks.json');
    return this.core.unwrap(result) as unknown as { keys: Record<string, unknown>[] };
  }
}

export default Gstgate;
