/**
 * The e-way bill system over NIC's wire protocol (reference nic-ewaybill-gst.md A1): auth with
 * `action: ACCESSTOKEN` RSA-encrypted, SEK wrapped with our app_key (A1.2); POST /ewayapi
 * `{action, data: AES(SEK, JSON)}` (A1.4); GET APIs answering `{data: AES(REK, …), rek: AES(SEK, REK),
 * hmac}` (A1.5). Tokens live 360 minutes (A1.2) and are cached per GSTIN; on 238 (or 105/106) the
 * client authenticates again once and retries (A1.2, Odoo).
 */
import type { KeyObject } from 'node:crypto';
import { timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/clock.ts';
import {
  aesDecrypt,
  decryptJson,
  encryptAuthPayload,
  encryptJson,
  hmacSha256,
  NicCryptoError,
  randomAesKey,
} from '../../core/crypto/nic-crypto.ts';
import type { NicCredentials, NicCredentialsService } from '../../modules/nic-credentials/nic-credentials.service.ts';
import { EWB_INVALID_TOKEN, memberOf, readEwbEnvelope } from './nic.envelopes.ts';
import { type NicHttpOptions, requestJson, upstreamError } from './nic.http.ts';
import { NicSessionCache, type NicSessionState } from './nic.session-cache.ts';

/** A1.2: "valid 360 minutes"; refresh 5 minutes before. */
const TOKEN_LIFETIME_MS = 360 * 60_000;
const REFRESH_MARGIN_MS = 5 * 60_000;

export interface NicEwaybillClientOptions extends NicHttpOptions {
  baseUrl: string;
  publicKey: KeyObject;
  clock: Clock;
}

function cryptoGuard<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof NicCryptoError) throw upstreamError(what);
    throw e;
  }
}

export class NicEwaybillClient {
  readonly sessions: NicSessionCache;

  constructor(
    private readonly opts: NicEwaybillClientOptions,
    private readonly credentials: NicCredentialsService,
  ) {
    this.sessions = new NicSessionCache(opts.clock);
  }

  private url(path: string): string {
    return this.opts.baseUrl.replace(/\/+$/, '') + path;
  }

  private headers(creds: NicCredentials): Record<string, string> {
    // A1.2 / A1.3: lower-case, hyphenated names (unlike the IRP's client_id).
    return { 'client-id': creds.clientId, 'client-secret': creds.clientSecret, gstin: creds.gstin };
  }

  /** A1.2: POST /auth → {status:"1", authtoken, sek}. */
  private async authenticate(creds: NicCredentials): Promise<NicSessionState> {
    const appKey = randomAesKey();
    const data = encryptAuthPayload(this.opts.publicKey, {
      action: 'ACCESSTOKEN',
      username: creds.ewbUsername,
      password: creds.password,
      app_key: appKey.toString('base64'),
    });
    const res = await requestJson(this.opts, this.url('/auth'), { method: 'POST', headers: this.headers(creds), body: { Data: data } });
    if (res.status === 404 && memberOf(res.body, 'status') === undefined)
      throw upstreamError('HTTP 404 for /auth (check GSTGATE_NIC_EWAYBILL_URL)');
    const env = readEwbEnvelope(res.body, { authPhase: true, where: 'e-way bill auth' });
    if (!env.ok) throw env.error;
    const token = memberOf(env.data, 'authtoken');
    const sekWrapped = memberOf(env.data, 'sek');
    if (typeof token !== 'string' || token === '' || typeof sekWrapped !== 'string')
      throw upstreamError('e-way bill auth answer without authtoken/sek');
    const sek = cryptoGuard('e-way bill auth answer: the sek does not decrypt with our app_key', () => aesDecrypt(appKey, sekWrapped));
    if (sek.length !== 32) throw upstreamError('e-way bill auth answer: the SEK is not 32 bytes');
    return { token, sek, version: creds.version, refreshAt: this.opts.clock.now().getTime() + TOKEN_LIFETIME_MS - REFRESH_MARGIN_MS };
  }

  private async withSession<T>(
    gstin: string,
    send: (creds: NicCredentials, s: NicSessionState) => Promise<ReturnType<typeof readEwbEnvelope>>,
    read: (data: Record<string, unknown>, s: NicSessionState) => T,
  ): Promise<T> {
    const creds = await this.credentials.require(gstin);
    const open = () => this.authenticate(creds);
    let s = await this.sessions.get(creds, open);
    let env = await send(creds, s);
    if (!env.ok && env.codes.some((c) => EWB_INVALID_TOKEN.has(c))) {
      this.sessions.drop(creds.gstin, s.token);
      s = await this.sessions.get(creds, open, { fresh: true });
      env = await send(creds, s);
    }
    if (!env.ok) throw env.error;
    return read(env.data, s);
  }

  /** A1.4: POST /ewayapi {action, data}; the answer's `data` decrypted (raw or base64 JSON inside). */
  async post<T = unknown>(gstin: string, action: string, payload: unknown): Promise<T> {
    return this.withSession(
      gstin,
      async (creds, s) => {
        const res = await requestJson(this.opts, this.url('/ewayapi'), {
          method: 'POST',
          headers: { ...this.headers(creds), authtoken: s.token },
          body: { action, data: encryptJson(s.sek, payload) },
        });
        if (res.status === 404 && memberOf(res.body, 'status') === undefined)
          throw upstreamError('HTTP 404 for /ewayapi (check GSTGATE_NIC_EWAYBILL_URL)');
        return readEwbEnvelope(res.body, { where: `/ewayapi ${action}` });
      },
      (data, s) => {
        const enc = memberOf(data, 'data');
        if (typeof enc !== 'string') return enc as T;
        return cryptoGuard(`the data of ${action} does not decrypt with the session key`, () => decryptJson(s.sek, enc)) as T;
      },
    );
  }

  /** A1.5: GET <path>?query; REK unwrapped with the SEK, data with the REK, HMAC checked. */
  async get<T = unknown>(gstin: string, path: string, query: Record<string, string | number>): Promise<T> {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();
    return this.withSession(
      gstin,
      async (creds, s) => {
        const res = await requestJson(this.opts, `${this.url(path)}?${qs}`, {
          method: 'GET',
          headers: { ...this.headers(creds), authtoken: s.token },
        });
        if (res.status === 404 && memberOf(res.body, 'status') === undefined)
          throw upstreamError(`HTTP 404 for ${path} (check GSTGATE_NIC_EWAYBILL_URL)`);
        return readEwbEnvelope(res.body, { where: path });
      },
      (data, s) => readGetData(data, s.sek, path) as T,
    );
  }
}

/**
 * A1.5 GET answer. Tolerant: without `rek` the data is taken as encrypted with the SEK (like POST);
 * the plaintext may be JSON or base64 of it; `hmac`, when present, must match HMAC-SHA256(REK,
 * base64(JSON)) (or of the JSON text itself, for servers that sign the plain text).
 */
export function readGetData(envelope: Record<string, unknown>, sek: Buffer, path: string): unknown {
  const enc = memberOf(envelope, 'data');
  if (typeof enc !== 'string') return enc;
  const rekWrapped = memberOf(envelope, 'rek');
  if (typeof rekWrapped !== 'string' || rekWrapped === '') {
    return cryptoGuard(`the data of ${path} does not decrypt with the session key`, () => decryptJson(sek, enc));
  }
  const bad = `the data of ${path} does not decrypt (rek/data)`;
  let rek = cryptoGuard(bad, () => aesDecrypt(sek, rekWrapped));
  // The REK as raw 32 bytes; tolerate its base64 text.
  if (rek.length !== 32) {
    const decoded = Buffer.from(rek.toString('latin1').trim(), 'base64');
    if (decoded.length !== 32) throw upstreamError(bad);
    rek = decoded;
  }
  const plain = cryptoGuard(bad, () => aesDecrypt(rek, enc));
  const text = plain.toString('utf8').trim();
  let jsonText: string;
  let b64: string;
  try {
    JSON.parse(text);
    jsonText = text;
    b64 = Buffer.from(text, 'utf8').toString('base64');
  } catch {
    b64 = text.replace(/\s+/g, '');
    jsonText = Buffer.from(b64, 'base64').toString('utf8');
  }
  const hmac = memberOf(envelope, 'hmac');
  if (typeof hmac === 'string' && hmac !== '') {
    const given = Buffer.from(hmac, 'base64');
    const ok = [b64, jsonText].some((d) => {
      const want = Buffer.from(hmacSha256(rek, d), 'base64');
      return want.length === given.length && timingSafeEqual(want, given);
    });
    if (!ok) throw upstreamError(`the hmac of ${path} does not match its data`);
  }
  try {
    return JSON.parse(jsonText);
  } catch {
    throw upstreamError(bad);
  }
}
