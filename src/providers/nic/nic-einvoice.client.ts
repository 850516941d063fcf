/**
 * The IRP over NIC's wire protocol (reference nic-einvoice.md §2–4): auth v1.04 with the
 * RSA-encrypted credentials and a fresh AppKey, the SEK unwrapped with it; then every call with the
 * headers of §2.2 and `{Data: AES(SEK, JSON)}` bodies, answers in the §2.3 envelope.
 * Token + SEK are cached per GSTIN until shortly before TokenExpiry (§3.1); on 1005 the client
 * authenticates again once and retries (as india-compliance and Odoo do, §3.1).
 */
import type { KeyObject } from 'node:crypto';
import type { Clock } from '../../core/clock.ts';
import { aesDecrypt, decryptJson, encryptAuthPayload, encryptJson, NicCryptoError, randomAesKey } from '../../core/crypto/nic-crypto.ts';
import type { NicCredentials, NicCredentialsService } from '../../modules/nic-credentials/nic-credentials.service.ts';
import type { InfoDtl } from '../types.ts';
import { EINVOICE_INVALID_TOKEN, memberOf, parseJsonish, readEinvoiceEnvelope } from './nic.envelopes.ts';
import { type NicHttpOptions, requestJson, upstreamError } from './nic.http.ts';
import { NicSessionCache, type NicSessionState } from './nic.session-cache.ts';

export const EINVOICE_AUTH_PATH = '/eivital/v1.04/auth';

/** NIC production tokens live 360 minutes (§3.1); DigiGST assumes 355. Never trust a longer lifetime. */
const MAX_LIFETIME_MS = 360 * 60_000;
const ASSUMED_LIFETIME_MS = 355 * 60_000;
/** Refresh this long before TokenExpiry: inside NIC's last 10 minutes, where ForceRefreshAccessToken is honoured (§3.1). */
const REFRESH_MARGIN_MS = 5 * 60_000;

/** `yyyy-MM-dd HH:mm:ss` IST (§3.2 TokenExpiry) → epoch ms; NaN when malformed. */
export function parseTokenExpiry(s: unknown): number {
  const m = typeof s === 'string' ? /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(s.trim()) : null;
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, se] = m.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, se) - 330 * 60_000; // IST = UTC+05:30, NIC sends no zone (reference conventions)
}

/**
 * When to authenticate again. The IRP's clock may not be ours (a sandbox clock moved by tests, or
 * skew): an expiry in the past or over 360 minutes away is not believed; a wrong guess costs one
 * 1005 and one re-auth.
 */
export function refreshAtFor(now: number, expiry: number): number {
  const lifetime = expiry - now;
  const believed = Number.isFinite(lifetime) && lifetime > 0 ? Math.min(lifetime, MAX_LIFETIME_MS) : ASSUMED_LIFETIME_MS;
  return now + Math.max(0, believed - REFRESH_MARGIN_MS);
}

export interface NicEinvoiceClientOptions extends NicHttpOptions {
  baseUrl: string;
  publicKey: KeyObject;
  clock: Clock;
}

export class NicEinvoiceClient {
  readonly sessions: NicSessionCache;

  constructor(
    private readonly opts: NicEinvoiceClientOptions,
    private readonly credentials: NicCredentialsService,
  ) {
    this.sessions = new NicSessionCache(opts.clock);
  }

  private url(path: string): string {
    return this.opts.baseUrl.replace(/\/+$/, '') + path;
  }

  /** §3.2: POST /eivital/v1.04/auth → token, SEK (unwrapped with our AppKey) and expiry. */
  private async authenticate(creds: NicCredentials, refresh: boolean): Promise<NicSessionState> {
    const appKey = randomAesKey();
    const data = encryptAuthPayload(this.opts.publicKey, {
      UserName: creds.username,
      Password: creds.password,
      AppKey: appKey.toString('base64'),
      ForceRefreshAccessToken: refresh,
    });
    const res = await requestJson(this.opts, this.url(EINVOICE_AUTH_PATH), {
      method: 'POST',
      headers: { client_id: creds.clientId, client_secret: creds.clientSecret, Gstin: creds.gstin },
      body: { Data: data },
    });
    const env = readEinvoiceEnvelope(res.body, { authPhase: true, where: 'IRP auth' });
    if (!env.ok) throw env.error;
    // Data in clear (§3.2); tolerate it as a JSON string.
    const answer = typeof env.data === 'string' ? parseJsonish(env.data) : env.data;
    const token = memberOf(answer, 'AuthToken');
    const sekWrapped = memberOf(answer, 'Sek');
    if (typeof token !== 'string' || token === '' || typeof sekWrapped !== 'string')
      throw upstreamError('IRP auth answer without AuthToken/Sek');
    let sek: Buffer;
    try {
      sek = aesDecrypt(appKey, sekWrapped); // Sek = AES-256-ECB(AppKey, SEK) (§3.2)
    } catch (e) {
      if (e instanceof NicCryptoError) throw upstreamError('IRP auth answer: the Sek does not decrypt with our AppKey');
      throw e;
    }
    if (sek.length !== 32) throw upstreamError('IRP auth answer: the SEK is not 32 bytes');
    const now = this.opts.clock.now().getTime();
    return { token, sek, version: creds.version, refreshAt: refreshAtFor(now, parseTokenExpiry(memberOf(answer, 'TokenExpiry'))) };
  }

  private async send(creds: NicCredentials, s: NicSessionState, method: 'GET' | 'POST', path: string, payload?: unknown) {
    const res = await requestJson(this.opts, this.url(path), {
      method,
      headers: {
        client_id: creds.clientId,
        client_secret: creds.clientSecret,
        Gstin: creds.gstin,
        user_name: creds.username,
        AuthToken: s.token,
      },
      body: payload === undefined ? undefined : { Data: encryptJson(s.sek, payload) },
    });
    if (res.status === 404 && !isEnvelopeWithCatalogueCode(res.body))
      throw upstreamError(`HTTP 404 for ${path} (check GSTGATE_NIC_EINVOICE_URL)`);
    return readEinvoiceEnvelope(res.body, { where: path });
  }

  /**
   * One call for the GSTIN: decrypted `Data` and `InfoDtls`; NIC failures thrown as GstError with
   * every code. No credentials → NIC_CREDENTIALS_MISSING.
   */
  async call<T = unknown>(gstin: string, method: 'GET' | 'POST', path: string, payload?: unknown): Promise<{ data: T; info?: InfoDtl[] }> {
    const creds = await this.credentials.require(gstin);
    const open = ({ refresh }: { refresh: boolean }) => this.authenticate(creds, refresh);
    let s = await this.sessions.get(creds, open);
    let env = await this.send(creds, s, method, path, payload);
    if (!env.ok && env.codes.some((c) => EINVOICE_INVALID_TOKEN.has(c))) {
      // §3.1: the token expired or was replaced → authenticate again, once.
      this.sessions.drop(creds.gstin, s.token);
      s = await this.sessions.get(creds, open, { fresh: true });
      env = await this.send(creds, s, method, path, payload);
    }
    if (!env.ok) throw env.error;
    return { data: decryptData(env.data, s.sek, path) as T, info: env.info };
  }
}

/** §2.4: `Data` is base64(AES(SEK, JSON)); tolerate a plain JSON object (or null) too. */
function decryptData(data: unknown, sek: Buffer, path: string): unknown {
  if (typeof data !== 'string') return data;
  try {
    return decryptJson(sek, data);
  } catch (e) {
    if (e instanceof NicCryptoError) throw upstreamError(`the Data of ${path} does not decrypt with the session key`);
    throw e;
  }
}

function isEnvelopeWithCatalogueCode(body: unknown): boolean {
  const details = memberOf(body, 'ErrorDetails');
  return Array.isArray(details) && details.some((d) => /^\d{4}$/.test(String(memberOf(d, 'ErrorCode') ?? '')));
}
