/**
 * The gateway side of the GST taxpayer APIs (api.md §6): GSTIN/PAN rules first (400 with the rule
 * that failed, reference B5), then the provider (sandbox portal or the government's public API)
 * through the response cache. Callers get the value and how it was served (for the cache headers).
 */
import { GstError, problem } from '../../core/errors.ts';
import { isGstinFormat, isValidPan, parseGstin } from '../../domain/gstin.ts';
import { type Filing, isValidFy } from '../../domain/taxpayer/returns.ts';
import type { PanRegistration, ProviderSession, TaxpayerProvider, TaxpayerSearchResult, TaxpayerStatus } from '../../providers/types.ts';
import { verifyGstin } from '../../validate/index.ts';
import type { CacheOutcome, TtlCache } from './taxpayer.cache.ts';

/** Largest batch of POST /v1/gstin/verify. */
export const VERIFY_MAX = 100;

/** One GSTIN's verification (api.md §6). */
export interface GstinVerification {
  /** The input, trimmed and upper-cased. */
  gstin: string;
  /** Well-formed (length, pattern family, state code) with a correct check character; says nothing of registration. */
  valid: boolean;
  /** The check character is correct (false too when the format is so wrong it cannot be computed). */
  checksumValid: boolean;
  /** In the GST registry (sandbox: the shared registry, including NIC-style test identities). */
  exists: boolean;
  /** Registry status (B1 `sts`) when it exists. */
  sts: string | null;
  lgnm: string | null;
  /** First two characters when the format is recognised (or from the registry). */
  stateCode: string | null;
  /** The PAN inside the GSTIN (regular and TCS registrations); null for TDS (TAN), UIN, NRTP, OIDAR, government IDs. */
  pan: string | null;
  /** Rule codes that failed: INVALID_GSTIN_LENGTH / _FORMAT / _STATE_CODE / _CHECKSUM, and NOT_FOUND when not registered. */
  errors: string[];
}

export interface TaxpayerServiceOptions {
  /**
   * Serve GSTINs that fail the format or check character when the registry holds them (NIC-style
   * test identities, reference B5.3): the sandbox's registry and NIC's own sandboxes both hold some.
   */
  acceptTestIdentities: boolean;
}

export class TaxpayerService {
  constructor(
    private readonly provider: TaxpayerProvider,
    private readonly cache: TtlCache,
    private readonly options: TaxpayerServiceOptions,
  ) {}

  /** B5: upper-cases and checks a GSTIN of a path; 400 with every rule that failed. */
  private async gstinOf<T>(input: string, route: string, load: (gstin: string) => Promise<T>): Promise<CacheOutcome<T>> {
    const info = parseGstin(input);
    const fetch = () => this.cache.get(`${route}:${info.gstin}`, () => load(info.gstin));
    if (info.problems.length === 0) return fetch();
    const invalid = new GstError(info.problems.map((p) => ({ ...p, field: 'gstin' })));
    if (!this.options.acceptTestIdentities || !isGstinFormat(info.gstin)) throw invalid;
    try {
      return await fetch();
    } catch (err) {
      // Not a registered test identity (unknown, or refused by the government system): the
      // structural failure is the answer.
      if (err instanceof GstError && err.status >= 400 && err.status < 500) throw invalid;
      throw err;
    }
  }

  search(gstin: string): Promise<CacheOutcome<TaxpayerSearchResult>> {
    return this.gstinOf(gstin, 'search', (g) => this.provider.search(g));
  }

  status(gstin: string, session?: ProviderSession): Promise<CacheOutcome<TaxpayerStatus>> {
    return this.gstinOf(gstin, 'status', (g) => this.provider.status(g, session));
  }

  returns(gstin: string, fy: string): Promise<CacheOutcome<{ EFiledlist: Filing[] }>> {
    assertFy(fy);
    return this.gstinOf(gstin, `returns:${fy}`, (g) => this.provider.returns(g, fy));
  }

  preference(gstin: string, fy: string): Promise<CacheOutcome<{ response: Array<{ quarter: string; preference: string }> }>> {
    assertFy(fy);
    return this.gstinOf(gstin, `preference:${fy}`, (g) => this.provider.preference(g, fy));
  }

  gstinsOfPan(input: string): Promise<CacheOutcome<PanRegistration[]>> {
    const pan = input.trim().toUpperCase();
    if (!isValidPan(pan)) throw new GstError([problem('INVALID_PAN', [pan], 'pan')]);
    return this.cache.get(`pan:${pan}`, () => this.provider.gstinsOfPan(pan));
  }

  /** api.md §6 verify: never fails for a bad GSTIN, it reports the rules in `errors`. */
  async verify(inputs: string[]): Promise<GstinVerification[]> {
    return Promise.all(inputs.map((input) => this.verifyOne(input)));
  }

  /** The offline library's verifyGstin (the same rules and codes an ERP checks without us), then the registry. */
  private async verifyOne(input: string): Promise<GstinVerification> {
    const offline = verifyGstin(input);
    const gstin = offline.gstin;
    const errors = offline.errors.map((p) => p.code);
    let found: TaxpayerSearchResult | undefined;
    // Anything of GSTIN shape may be in the registry (test identities fail the stricter rules).
    if (isGstinFormat(gstin)) {
      try {
        found = (await this.cache.get(`search:${gstin}`, () => this.provider.search(gstin))).value;
      } catch (err) {
        // Unknown (404); or, for a GSTIN that already fails a rule, refused by the government system.
        const refused = err instanceof GstError && (err.status === 404 || (errors.length > 0 && err.status >= 400 && err.status < 500));
        if (!refused) throw err;
      }
    }
    if (!found) errors.push('NOT_FOUND');
    return {
      gstin,
      valid: offline.valid,
      checksumValid: offline.checksumValid,
      exists: found !== undefined,
      sts: found?.sts ?? null,
      lgnm: found?.lgnm ?? null,
      // A registered test identity has no recognised format, yet the registry vouches for its state and PAN.
      stateCode: offline.stateCode ?? (found ? gstin.slice(0, 2) : null),
      pan: offline.pan ?? (found && isValidPan(gstin.slice(2, 12)) ? gstin.slice(2, 12) : null),
      errors,
    };
  }
}

/** RETTRACK / GETPREF `fy` is `YYYY-YY` (reference B2), e.g. 2024-25. */
function assertFy(fy: string): void {
  if (!isValidFy(fy))
    throw new GstError([problem('VALIDATION_FAILED', [`fy must be a financial year YYYY-YY, e.g. 2024-25: ${fy}`], 'fy')]);
}
