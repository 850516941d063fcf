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
  return {
    ...data,
    GSTGATE_TAXPAYER_CACHE_SECONDS: data.GSTGATE_TAXPAYER_CACHE_SECONDS ?? (data.GSTGATE_PROVIDER === 'nic' ? 3600 : 0),
  };
}
