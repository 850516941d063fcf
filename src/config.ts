/**
 * The environment, parsed once at start (loadConfig) and passed down. Nothing else reads process.env.
 * Variables and defaults: api.md §1.
 */
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  GSTGATE_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  /**
   * PostgreSQL schema for gstgate's tables (default `public`; created if missing). Several instances
   * that share one database share one schema.
   */
  GSTGATE_DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/)
    .optional(),
  REDIS_URL: z.string().optional(),
  /** Prefix of every Redis key gstgate writes (rate-limit counters), so one Redis can serve several deployments. */
  GSTGATE_REDIS_PREFIX: z.string().default('gstgate:'),
  GSTGATE_PROVIDER: z.enum(['sandbox', 'nic']).default('sandbox'),
  GSTGATE_ADMIN_KEY: z.string().min(16).optional(),
  GSTGATE_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(21600),
  GSTGATE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /**
   * How long a request waits for another in-flight request with the same Idempotency-Key (possibly
   * on another instance) before answering 409 IDEMPOTENCY_IN_PROGRESS.
   */
  GSTGATE_IDEMPOTENCY_WAIT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  GSTGATE_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  GSTGATE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GSTGATE_SEED: bool.default(true),
  /** Days after generation during which the IRP's GET-by-IRN answers (reference §4.3, 2283). */
  GSTGATE_IRP_GET_WINDOW_DAYS: z.coerce.number().int().positive().default(2),
  /** Upper-case DocDtls.No before hashing from this date (GSTN advisory 4 Apr 2025, reference §6.1). */
  GSTGATE_DOCNO_UPPERCASE_FROM: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .default('2025-06-01'),
  /** JWT `iss` of signed invoices: NIC's sandbox says "NIC Sandbox" (reference §6.3). */
  GSTGATE_SIGNED_ISSUER: z.string().default('NIC Sandbox'),
  /** Optional CSV of the full HSN/SAC master (a column named hsn/code); without it HSN codes are checked by structure and chapter. */
  GSTGATE_HSN_MASTER_CSV: z.string().optional(),
  /**
   * Lifetime of cached taxpayer lookups (search, status, returns, preference, PAN). Default 0 with
   * the sandbox provider (its registry is local and the admin API changes it), 3600 with nic.
   */
  GSTGATE_TAXPAYER_CACHE_SECONDS: z.coerce.number().int().min(0).max(604_800).optional(),
  /**
   * Lifetime of tokens issued by the sandbox's NIC wire protocol (/nic), in minutes of the government
   * clock: 360 as NIC production (reference nic-einvoice.md §3.1; NIC's own sandbox uses 60).
   */
  GSTGATE_NIC_TOKEN_MINUTES: z.coerce.number().int().positive().max(10_080).default(360),
  // ---- GSTGATE_PROVIDER=nic (issue 5): NIC's wire protocol to configurable government base URLs.
  /** e-Invoice base under which /eivital/…, /eicore/…, /eiewb/… live (reference nic-einvoice.md §1), e.g. https://einv-apisandbox.nic.in. */
  GSTGATE_NIC_EINVOICE_URL: z.string().url().optional(),
  /** e-Way bill base under which /auth, /ewayapi, /Master live (reference A1.1), e.g. https://…/ewaybillapi/v1.03. */
  GSTGATE_NIC_EWAYBILL_URL: z.string().url().optional(),
  /** Common-portal public API base under which /commonapi/… lives (reference B0). */
  GSTGATE_NIC_COMMONAPI_URL: z.string().url().optional(),
  /**
   * Client credentials sent as `client-id` / `client-secret` to the common-portal API (reference B0:
   * its authentication is GSP-specific; the sandbox's /nic/commonapi takes a sandbox NIC client).
   * Optional: without them no client headers are sent.
   */
  GSTGATE_NIC_COMMONAPI_CLIENT_ID: z.string().optional(),
  GSTGATE_NIC_COMMONAPI_CLIENT_SECRET: z.string().optional(),
  /** NIC's RSA public key (auth payloads, reference §3.2): PEM text, or the path of the PEM file NIC distributes. */
  GSTGATE_NIC_PUBLIC_KEY: z.string().optional(),
  /**
   * Per-request timeout towards NIC (504 UPSTREAM_TIMEOUT after it). The sandbox honours it too: a
   * `slow` fault longer than this times out after it (issue 6).
   */
  GSTGATE_NIC_TIMEOUT_MS: z.coerce.number().int().positive().max(600_000).default(30_000),
  /**
   * base64 of 32 bytes: the AES-256-GCM key that encrypts stored NIC credentials (required with nic)
   * and webhook secrets at rest; without it webhook secrets use a key kept in the data dir (core/secrets-key.ts).
   */
  GSTGATE_SECRETS_KEY: z
    .string()
    .refine(
      (v) => /^[A-Za-z0-9+/]{43}=$/.test(v) && Buffer.from(v, 'base64').length === 32,
      'must be base64 of 32 bytes (openssl rand -base64 32)',
    )
    .optional(),
  // ---- Webhooks and the e-way bill expiry scan (issue 6).
  /** How often each instance looks for due webhook deliveries; 0 stops delivery on this instance. */
  GSTGATE_WEBHOOK_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(1000),
  /** One delivery attempt: no 2xx within this is a failed attempt. */
  GSTGATE_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().max(120_000).default(10_000),
  /** Retry backoff: base × 2^(attempt−1), with jitter, capped at GSTGATE_WEBHOOK_RETRY_MAX_MS. */
  GSTGATE_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().positive().default(30_000),
  GSTGATE_WEBHOOK_RETRY_MAX_MS: z.coerce.number().int().positive().default(3_600_000),
  /** Attempts before a delivery is `failed`. */
  GSTGATE_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Webhook URLs may point at private addresses (loopback, RFC 1918, link-local, unique-local, CGNAT…,
   * core/http/egress.ts). Default true with the sandbox provider (a local tool: its receivers run on
   * 127.0.0.1), false with nic: production must not be a proxy into its own network (SSRF).
   */
  GSTGATE_WEBHOOK_ALLOW_PRIVATE: bool.optional(),
  /** Period of the scan that sends ewaybill.expiring / ewaybill.expired; 0 stops it on this instance. */
  GSTGATE_EWB_SCAN_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** ewaybill.expiring is sent this long before the end of validity (government clock). */
  GSTGATE_EWB_EXPIRY_LEAD_HOURS: z.coerce.number().positive().max(720).default(8),
  /**
   * Duplicate-IRN recovery (issue 6): on 2150 without the gateway's own copy, how long generate waits
   * for a concurrent identical request to save its copy (then a genuine duplicate) before recovering.
   */
  GSTGATE_RECOVERY_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  // ---- The retry queue (issue 6): asynchronous generation on pg-boss.
  /** A synchronous generate that meets 503/504 from the IRP is queued and answered 202 (false: the 503/504 is answered). */
  GSTGATE_QUEUE_WHEN_DOWN: bool.default(true),
  /** Attempts of a queued generation, the first included, while the IRP fails with 502/503/504. */
  GSTGATE_JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  /** Base retry delay: with backoff the nth retry waits base × 2^(n−1) to twice that (pg-boss jitter). */
  GSTGATE_JOB_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  GSTGATE_JOB_RETRY_BACKOFF: bool.default(true),
  /** How often each instance looks for due jobs (pg-boss allows ≥ 0.5 s); a job queued here starts at once. */
  GSTGATE_JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /** Parallel attempts per instance; 0: this instance queues jobs but runs none. */
  GSTGATE_JOB_CONCURRENCY: z.coerce.number().int().min(0).max(64).default(4),
  /** An attempt running longer fails and is retried; a killed instance's running jobs come back after it. */
  GSTGATE_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3600).default(300),
  /** Finished jobs stay readable (GET /v1/jobs/{id}) this many days. */
  GSTGATE_JOB_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  /** Graceful shutdown: running jobs get this long to finish, then are released to another instance. */
  GSTGATE_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  // ---- QR / signed-document verification (issue 7): POST /v1/einvoice/verify.
  /**
   * NIC's e-invoice signing certificate(s), whose keys also verify (besides gstgate's own key): a
   * comma-separated list of file paths (PEM, one or more certificates each, or DER), or PEM text.
   */
  GSTGATE_NIC_VERIFY_CERT: z.string().optional(),
  /** Body limit of POST /v1/einvoice/verify (a base64 image is 4/3 of the file); other routes keep GSTGATE_BODY_LIMIT_BYTES. */
  GSTGATE_VERIFY_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 1024 * 1024),
  /** Largest image decoded by POST /v1/einvoice/verify, in megapixels (width × height / 10^6); more: 413 VERIFY_IMAGE_TOO_LARGE. */
  GSTGATE_VERIFY_MAX_MEGAPIXELS: z.coerce.number().positive().max(100).default(25),
  // ---- Bulk upload (issue 7).
  /** Largest bulk upload (CSV, XLSX or JSON file) in bytes; other routes keep GSTGATE_BODY_LIMIT_BYTES. */
  GSTGATE_BULK_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** Data rows per upload (CSV/XLSX lines after the header, JSON array elements); more: 413 BULK_TOO_MANY_ROWS. */
  GSTGATE_BULK_MAX_ROWS: z.coerce.number().int().positive().max(1_000_000).default(10_000),
  /** Invoices of one batch registered in parallel (each is one generate against the IRP). */
  GSTGATE_BULK_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  NODE_ENV: z.string().default('production'),
});

export type Config = Omit<z.infer<typeof configSchema>, 'GSTGATE_TAXPAYER_CACHE_SECONDS' | 'GSTGATE_WEBHOOK_ALLOW_PRIVATE'> & {
  GSTGATE_TAXPAYER_CACHE_SECONDS: number;
  GSTGATE_WEBHOOK_ALLOW_PRIVATE: boolean;
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const data = parsed.data;
  if (data.GSTGATE_PROVIDER === 'nic') {
    // Provider nic cannot start without where to go, NIC's key and the key for credentials at rest.
    const required = [
      'GSTGATE_NIC_EINVOICE_URL',
      'GSTGATE_NIC_EWAYBILL_URL',
      'GSTGATE_NIC_COMMONAPI_URL',
      'GSTGATE_NIC_PUBLIC_KEY',
      'GSTGATE_SECRETS_KEY',
    ] as const;
    const missing = required.filter((k) => data[k] === undefined);
    if (missing.length > 0) {
      throw new Error(`Invalid configuration:\n${missing.map((k) => `  ${k}: required with GSTGATE_PROVIDER=nic`).join('\n')}`);
    }
  }
  return {
    ...data,
    GSTGATE_TAXPAYER_CACHE_SECONDS: data.GSTGATE_TAXPAYER_CACHE_SECONDS ?? (data.GSTGATE_PROVIDER === 'nic' ? 3600 : 0),
    GSTGATE_WEBHOOK_ALLOW_PRIVATE: data.GSTGATE_WEBHOOK_ALLOW_PRIVATE ?? data.GSTGATE_PROVIDER === 'sandbox',
  };
}
