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
  REDIS_URL: z.string().optional(),
  GSTGATE_PROVIDER: z.enum(['sandbox', 'nic']).default('sandbox'),
  GSTGATE_ADMIN_KEY: z.string().min(16).optional(),
  GSTGATE_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(21600),
  GSTGATE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
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
  /** Per-request timeout towards NIC (504 UPSTREAM_TIMEOUT after it). */
  GSTGATE_NIC_TIMEOUT_MS: z.coerce.number().int().positive().max(600_000).default(30_000),
  /** base64 of 32 bytes: the AES-256-GCM key that encrypts stored NIC credentials at rest (required with nic). */
  GSTGATE_SECRETS_KEY: z
    .string()
    .refine(
      (v) => /^[A-Za-z0-9+/]{43}=$/.test(v) && Buffer.from(v, 'base64').length === 32,
      'must be base64 of 32 bytes (openssl rand -base64 32)',
    )
    .optional(),
  NODE_ENV: z.string().default('production'),
});

export type Config = Omit<z.infer<typeof configSchema>, 'GSTGATE_TAXPAYER_CACHE_SECONDS'> & {
  GSTGATE_TAXPAYER_CACHE_SECONDS: number;
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
  };
}
