/**
 * The IRP's own wire protocol under /nic/einvoice (issue 5; reference nic-einvoice.md §2–4, §8–9),
 * calling the sandbox IRP (services.provider.einvoice) directly, so the IRP's own rules hold as at
 * NIC (2-day get window 2283, DUPIRN, 2278 …), not the gateway's (which keeps copies).
 *
 *   POST /eivital/v1.04/auth                    §3.2  headers client_id, client_secret, Gstin
 *   POST /eivital/v1.03/auth                    §3.3  Password and AppKey RSA-encrypted one by one
 *   POST /eicore/v1.03/Invoice                  §4.1  INV-01, InfoDtls DUPIRN / EWBPPD / EWBERR
 *   POST /eicore/v1.03/Invoice/Cancel           §4.2
 *   GET  /eicore/v1.03/Invoice/irn/{irn}        §4.3  (2283 after the window)
 *   GET  /eicore/v1.03/Invoice/irnbydocdetails  §4.4  ?doctype=&docnum=&docdate=
 *   POST /eiewb/v1.03/ewaybill                  §4.5
 *   GET  /eiewb/v1.03/ewaybill/irn/{irn}        §4.6
 *   GET  /eivital/v{1.03,1.04}/Master/gstin/{gstin}, …/syncgstin/{gstin}   §4.8, §4.9
 *
 * Codes on the wire (reference §9.1; choices marked *):
 *   1011 / 1012  client_id / client_secret header missing;  1010 unknown client or wrong secret
 *   1004  Gstin header missing (v1.04 auth and every call after auth)
 *   1006  user_name header (after auth) or UserName (auth) missing
 *   1008  Password missing in the auth payload*;  1019 wrong password;  1017 unknown user
 *   1015  the user exists with that password but for another GSTIN (auth), or the Gstin header is
 *         not the token's GSTIN (after auth, §2.2)
 *   1014  inactive user
 *   1005  AuthToken missing, unknown, expired (government clock), or issued to another client_id
 *         or user_name than the headers' (§9.1 "wrong GSTIN/user/token header")
 *   1007  auth payload decrypted but not the credentials object*
 *   1013 / 1016  v1.03: Password / AppKey cannot be RSA-decrypted; 1016 also when the AppKey is not
 *         base64 of 32 bytes (v1.04)
 *   1020  "Decryption failed"*: v1.04 auth Data that cannot be RSA-decrypted, and payload Data that
 *         cannot be AES-decrypted with the session's SEK or is not JSON (tampered ciphertext). The
 *         reference reports 1020 for undecryptable auth Data (§2.1, UNCONFIRMED); we use it for
 *         payloads too, NIC publishing no code for them.
 *   5003  "Data cannot be null or empty"* (§2.1): no Data in a POST body, or a body that is not JSON
 *   5002  request too large, or a field of the cancel / e-way bill request that fails its schema
 *   5001  internal error (HTTP 500); every other failure is Status 0 on HTTP 200 (§2.1: clients
 *         read the body, NIC's HTTP status for failures is unconfirmed)
 *   1018  "Client Id is not mapped to this user" is never raised: any registered client may act
 *         for any API user of the sandbox.
 * Not implemented: the `sup_gstin` and `irp` headers (ignored), rejected IRNs (§4.10), EWB cancel on
 * /ewaybillapi (§4.7; use /nic/ewaybill).
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { decodeAppKey, decryptAuthPayload, decryptJson, encryptJson, NicCryptoError, rsaDecrypt } from '../core/crypto/nic-crypto.ts';
import { GstError, problem } from '../core/errors.ts';
import { formatIstDateTime } from '../domain/dates.ts';
import { parseInvoice } from '../domain/invoice/parse.ts';
import { EwbByIrnBody } from '../modules/einvoice/einvoice.schemas.ts';
import type { EwbByIrnRequest, ProviderSession } from '../providers/types.ts';
import type { NicDeps } from './nic.plugin.ts';
import { type NicSession, NicSessions } from './nic.sessions.ts';
import { dataOf, einvoiceSuccess, headerOf, memberOf, nicFail } from './nic.wire.ts';

const hidden = { schema: { hide: true } } as const;

/** Credentials after decryption, whichever auth version carried them. */
interface Credentials {
  username: string;
  password: string;
  appKey: Buffer;
  forceRefresh: boolean;
}

function textOf(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function isTrue(v: unknown): boolean {
  return v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');
}

/** Runs `fn`, turning any crypto failure into `code`. */
function decrypting<T>(code: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof NicCryptoError) nicFail(code);
    throw err;
  }
}

/** Copies `obj` with keys renamed to `canonical`'s spelling where they match case-insensitively. */
function canonicalKeys(obj: unknown, canonical: readonly string[]): Record<string, unknown> | undefined {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  const byLower = new Map(canonical.map((k) => [k.toLowerCase(), k]));
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [byLower.get(k.toLowerCase()) ?? k, v]));
}

const EWB_KEYS = [
  'Irn',
  'Distance',
  'TransMode',
  'TransId',
  'TransName',
  'TransDocDt',
  'TransDocNo',
  'VehNo',
  'VehType',
  'ExpShipDtls',
  'DispDtls',
];
const ADDRESS_KEYS = ['Nm', 'Addr1', 'Addr2', 'Loc', 'Pin', 'Stcd'];

function schemaFailure(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): GstError {
  return new GstError(issues.map((i) => problem('5002', [`${i.path.map(String).join('.') || 'body'}: ${i.message}`], i.path.join('.'))));
}

export function einvoiceNicRoutes(deps: NicDeps): FastifyPluginAsync {
  const irp = deps.services.provider.einvoice;
  const { sessions, keys } = deps;

  /** client_id / client_secret of every call (1011, 1012, 1010). */
  async function client(request: FastifyRequest): Promise<string> {
    const clientId = headerOf(request, 'client_id', 'client-id', 'clientid');
    const secret = headerOf(request, 'client_secret', 'client-secret', 'clientsecret');
    if (!clientId) nicFail('1011');
    if (!secret) nicFail('1012');
    if (!(await sessions.verifyClient(clientId, secret))) nicFail('1010');
    return clientId;
  }

  /** Checks the user and opens (or finds again) the session; the auth answer of §3.2. */
  async function authenticate(clientId: string, gstin: string, creds: Credentials) {
    if (!creds.username) nicFail('1006');
    if (!creds.password) nicFail('1008');
    const check = await sessions.verifyUser(gstin, creds.username, creds.password);
    if (check === 'no-user') nicFail('1017');
    if (check === 'bad-password') nicFail('1019');
    if (check === 'wrong-gstin') nicFail('1015');
    if (check === 'inactive') nicFail('1014');
    const session = await sessions.open(
      'einvoice',
      { clientId, username: creds.username, gstin: gstin.toUpperCase() },
      { forceRefresh: creds.forceRefresh },
    );
    return einvoiceSuccess({
      ClientId: clientId,
      UserName: session.username,
      AuthToken: session.authToken,
      Sek: NicSessions.wrapSek(session, creds.appKey),
      TokenExpiry: formatIstDateTime(session.expiresAt),
    });
  }

  /** Headers of every call after auth (§2.2) → the session. */
  async function sessionOf(request: FastifyRequest): Promise<NicSession> {
    const clientId = await client(request);
    const gstin = headerOf(request, 'Gstin');
    const username = headerOf(request, 'user_name', 'user-name', 'username');
    const token = headerOf(request, 'AuthToken', 'auth-token', 'auth_token');
    if (!gstin) nicFail('1004');
    if (!username) nicFail('1006');
    if (!token) nicFail('1005');
    const session = await sessions.find('einvoice', token);
    if (!session || session.clientId !== clientId || session.username !== username) nicFail('1005');
    if (session.gstin !== gstin.toUpperCase()) nicFail('1015');
    return session;
  }

  /** The decrypted JSON of a POST body's Data (5003 when absent, 1020 when it does not decrypt). */
  function payloadOf(session: NicSession, body: unknown): unknown {
    const data = dataOf(body);
    if (typeof data !== 'string' || data.trim() === '') nicFail('5003');
    return decrypting('1020', () => decryptJson(session.sek, data));
  }

  const provider = (s: NicSession): ProviderSession => ({ gstin: s.gstin });
  const answer = (s: NicSession, value: unknown, info?: unknown[]) => einvoiceSuccess(encryptJson(s.sek, value), info);

  return async (app) => {
    // §3.2 v1.04: Data = RSA(base64(JSON {UserName, Password, AppKey, ForceRefreshAccessToken})).
    app.post('/eivital/v1.04/auth', hidden, async (request) => {
      const clientId = await client(request);
      const gstin = headerOf(request, 'Gstin');
      if (!gstin) nicFail('1004');
      const data = dataOf(request.body);
      if (typeof data !== 'string' || data.trim() === '') nicFail('5003');
      const plain = decrypting('1020', () => decryptAuthPayload(keys.privateKey, data));
      if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) nicFail('1007');
      const appKeyText = textOf(memberOf(plain, 'AppKey'));
      const creds = {
        username: textOf(memberOf(plain, 'UserName')).trim(),
        password: textOf(memberOf(plain, 'Password')),
        forceRefresh: isTrue(memberOf(plain, 'ForceRefreshAccessToken')),
      };
      if (!creds.username) nicFail('1006');
      if (!creds.password) nicFail('1008');
      const appKey = decrypting('1016', () => decodeAppKey(appKeyText));
      return authenticate(clientId, gstin, { ...creds, appKey });
    });

    // §3.3 v1.03: Data (or data) = {UserName, Password: RSA(password), AppKey: RSA(32-byte key), ForceRefreshAccessToken};
    // no Gstin header (taken when sent; otherwise the GSTIN of the only API user with that name).
    app.post('/eivital/v1.03/auth', hidden, async (request) => {
      const clientId = await client(request);
      const data = dataOf(request.body);
      if (data === null || typeof data !== 'object' || Array.isArray(data)) nicFail('5003');
      const username = textOf(memberOf(data, 'UserName')).trim();
      if (!username) nicFail('1006');
      const passwordCipher = textOf(memberOf(data, 'Password'));
      if (!passwordCipher) nicFail('1008');
      const password = decrypting('1013', () => rsaDecrypt(keys.privateKey, passwordCipher)).toString('utf8');
      const appKeyBytes = decrypting('1016', () => rsaDecrypt(keys.privateKey, textOf(memberOf(data, 'AppKey'))));
      // "any 32 character random unique id": the 32 bytes themselves, or base64 of them.
      const appKey = appKeyBytes.length === 32 ? appKeyBytes : decrypting('1016', () => decodeAppKey(appKeyBytes.toString('latin1')));
      let gstin = headerOf(request, 'Gstin');
      if (!gstin) {
        const gstins = await sessions.gstinsOfUser(username);
        if (gstins.length === 0) nicFail('1017');
        if (gstins.length > 1) nicFail('1004'); // the name is used under several GSTINs: say which
        gstin = gstins[0];
      }
      return authenticate(clientId, gstin, { username, password, appKey, forceRefresh: isTrue(memberOf(data, 'ForceRefreshAccessToken')) });
    });

    // §4.1 Generate IRN: every validation failure at once; 2150 with DUPIRN in InfoDtls.
    app.post('/eicore/v1.03/Invoice', hidden, async (request) => {
      const session = await sessionOf(request);
      const parsed = parseInvoice(payloadOf(session, request.body));
      if (!parsed.ok) throw new GstError(parsed.problems);
      const { document, info } = await irp.generateIrn(provider(session), parsed.invoice);
      return answer(session, document, info);
    });

    // §4.2 Cancel IRN.
    app.post('/eicore/v1.03/Invoice/Cancel', hidden, async (request) => {
      const session = await sessionOf(request);
      const req = payloadOf(session, request.body);
      const cnlRsn = textOf(memberOf(req, 'CnlRsn')).trim();
      const cnlRem = textOf(memberOf(req, 'CnlRem'));
      const problems = [];
      if (!['1', '2', '3', '4'].includes(cnlRsn))
        problems.push(problem('5002', ['CnlRsn: the cancel reason must be 1, 2, 3 or 4'], 'CnlRsn'));
      if (cnlRem.trim() === '' || cnlRem.length > 100) problems.push(problem('5002', ['CnlRem: 1 to 100 characters'], 'CnlRem'));
      if (problems.length > 0) throw new GstError(problems);
      const result = await irp.cancelIrn(provider(session), { Irn: textOf(memberOf(req, 'Irn')).trim(), CnlRsn: cnlRsn, CnlRem: cnlRem });
      return answer(session, result);
    });

    // §4.3 Get by IRN (the IRP's window: 2283).
    app.get<{ Params: { irn: string } }>('/eicore/v1.03/Invoice/irn/:irn', hidden, async (request) => {
      const session = await sessionOf(request);
      return answer(session, await irp.getByIrn(provider(session), request.params.irn));
    });

    // §4.4 Get by document details.
    app.get('/eicore/v1.03/Invoice/irnbydocdetails', hidden, async (request) => {
      const session = await sessionOf(request);
      const query = request.query as Record<string, unknown>;
      const docType = textOf(memberOf(query, 'doctype')).trim().toUpperCase();
      const docNo = textOf(memberOf(query, 'docnum')).trim();
      const docDate = textOf(memberOf(query, 'docdate')).trim();
      if (!docType || !docNo || !docDate) nicFail('2142');
      if (!['INV', 'CRN', 'DBN'].includes(docType)) nicFail('2161');
      return answer(session, await irp.getByDocument(provider(session), { docType, docNo, docDate }));
    });

    // §4.5 Generate e-way bill by IRN.
    app.post('/eiewb/v1.03/ewaybill', hidden, async (request) => {
      const session = await sessionOf(request);
      const raw = canonicalKeys(payloadOf(session, request.body), EWB_KEYS);
      if (!raw) nicFail('5003');
      for (const k of ['ExpShipDtls', 'DispDtls']) if (raw[k]) raw[k] = canonicalKeys(raw[k], ADDRESS_KEYS) ?? raw[k];
      const parsed = EwbByIrnBody.safeParse(raw);
      if (!parsed.success) throw schemaFailure(parsed.error.issues);
      const { info, ...result } = await irp.generateEwbByIrn(provider(session), parsed.data as EwbByIrnRequest);
      // §4.5: Remarks carries the computed distance when Distance was 0 (also EWBPPD in InfoDtls).
      const ppd = info?.find((i) => i.InfCd === 'EWBPPD');
      return answer(session, { ...result, Remarks: typeof ppd?.Desc === 'string' ? ppd.Desc : null }, info);
    });

    // §4.6 Get e-way bill by IRN.
    app.get<{ Params: { irn: string } }>('/eiewb/v1.03/ewaybill/irn/:irn', hidden, async (request) => {
      const session = await sessionOf(request);
      return answer(session, await irp.getEwbByIrn(provider(session), request.params.irn));
    });

    // §4.8 / §4.9 GSTIN master, v1.03 and v1.04.
    for (const version of ['v1.03', 'v1.04']) {
      app.get<{ Params: { gstin: string } }>(`/eivital/${version}/Master/gstin/:gstin`, hidden, async (request) => {
        const session = await sessionOf(request);
        return answer(session, await irp.getGstinDetails(provider(session), request.params.gstin.trim().toUpperCase()));
      });
      app.get<{ Params: { gstin: string } }>(`/eivital/${version}/Master/syncgstin/:gstin`, hidden, async (request) => {
        const session = await sessionOf(request);
        return answer(session, await irp.syncGstinDetails(provider(session), request.params.gstin.trim().toUpperCase()));
      });
    }
  };
}
