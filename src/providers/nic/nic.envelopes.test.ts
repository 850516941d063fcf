import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { aesEncrypt, hmacSha256, randomAesKey } from '../../core/crypto/nic-crypto.ts';
import { GstError } from '../../core/errors.ts';
import { ewbErrorCodes, readCommonapiEnvelope, readEinvoiceEnvelope, readEwbEnvelope } from './nic.envelopes.ts';
import { requestJson } from './nic.http.ts';
import { parseTokenExpiry, refreshAtFor } from './nic-einvoice.client.ts';
import { readGetData } from './nic-ewaybill.client.ts';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');

function failure<T>(env: { ok: true; data: T } | { ok: false; error: GstError; codes: string[] }): GstError {
  assert.equal(env.ok, false);
  return (env as { error: GstError }).error;
}

describe('e-invoice envelope (reference nic-einvoice.md §2.3, §8)', () => {
  it('success: Status 1 or "1", Data and InfoDtls', () => {
    const env = readEinvoiceEnvelope(
      { Status: '1', Data: 'xyz', ErrorDetails: null, InfoDtls: [{ InfCd: 'EWBPPD', Desc: 'd' }] },
      { where: 't' },
    );
    assert.deepEqual(env, { ok: true, data: 'xyz', info: [{ InfCd: 'EWBPPD', Desc: 'd' }] });
  });

  it('every ErrorDetails entry becomes a problem with NIC text; InfoDtls (DUPIRN) becomes info; status from the first code', () => {
    const dup = { InfCd: 'DUPIRN', Desc: { AckNo: 1, AckDt: '2024-01-01 10:00:00', Irn: 'a'.repeat(64) } };
    const err = failure(
      readEinvoiceEnvelope(
        {
          Status: 0,
          Data: null,
          ErrorDetails: [
            { ErrorCode: '2150', ErrorMessage: 'Duplicate IRN' },
            { ErrorCode: 2172, ErrorMessage: 'For intra state transaction IGST amounts is not applicable for item - 1001 and Sl. No 1' },
          ],
          InfoDtls: [dup],
        },
        { where: 't' },
      ),
    );
    assert.equal(err.status, 409);
    assert.deepEqual(
      err.errors.map((e) => [e.code, e.message]),
      [
        ['2150', 'Duplicate IRN'],
        ['2172', 'For intra state transaction IGST amounts is not applicable for item - 1001 and Sl. No 1'],
      ],
    );
    assert.deepEqual(err.info, [dup]);
  });

  it('ErrorDetails as base64 JSON ("Base 64 encoded string" in NIC pages); unknown codes keep NIC text, 400', () => {
    const err = failure(
      readEinvoiceEnvelope(
        { Status: 0, ErrorDetails: b64([{ ErrorCode: '2302', ErrorMessage: 'Status of IRN is not active' }]) },
        { where: 't' },
      ),
    );
    assert.equal(err.code, '2302');
    assert.equal(err.status, 400);
    assert.equal(err.errors[0]?.message, 'Status of IRN is not active');
  });

  it('auth failures keep NIC codes but are 502: the gateway’s stored credentials were refused', () => {
    const err = failure(
      readEinvoiceEnvelope({ Status: 0, ErrorDetails: [{ ErrorCode: '1008', ErrorMessage: '' }] }, { where: 't', authPhase: true }),
    );
    assert.equal(err.status, 502);
    assert.equal(err.code, '1008');
    assert.equal(err.errors[0]?.message, 'Invalid login credentials'); // catalogue text when NIC sends none
  });

  it('no envelope, or a failure without details → UPSTREAM_ERROR 502', () => {
    assert.throws(
      () => readEinvoiceEnvelope({ hello: 1 }, { where: 't' }),
      (e: GstError) => e.code === 'UPSTREAM_ERROR' && e.status === 502,
    );
    assert.throws(
      () => readEinvoiceEnvelope({ Status: 0, ErrorDetails: [] }, { where: 't' }),
      (e: GstError) => e.code === 'UPSTREAM_ERROR',
    );
  });
});

describe('e-way bill envelope (reference A1.2, A1.4)', () => {
  it('error codes: base64 "604," with a trailing comma, a number, the decoded object, a list', () => {
    assert.deepEqual(ewbErrorCodes('eyJlcnJvckNvZGVzIjoiMzQzLCJ9').codes, ['343']); // the reference's own sample
    assert.deepEqual(ewbErrorCodes(b64({ errorCodes: '604,702,' })).codes, ['604', '702']);
    assert.deepEqual(ewbErrorCodes({ errorCodes: 240 }).codes, ['240']);
    assert.deepEqual(ewbErrorCodes(JSON.stringify({ errorCodes: '108' })).codes, ['108']);
  });

  it('one problem per code with the catalogue text; info (702 distance) decoded from base64', () => {
    const info = { fromPinCode: '450001', toPinCode: '450051', distance: 36 };
    const err = failure(readEwbEnvelope({ status: '0', error: b64({ errorCodes: '702,604,' }), info: b64(info) }, { where: 't' }));
    assert.deepEqual(
      err.errors.map((e) => e.code),
      ['702', '604'],
    );
    assert.equal(err.errors[0]?.message, 'The distance between the pincodes given is too high');
    assert.equal(err.status, 400);
    assert.deepEqual(err.info, [info]);
  });

  it('an empty info string is no info; session codes outside the catalogue get NIC’s A9 text', () => {
    const err = failure(readEwbEnvelope({ status: 0, error: b64({ errorCodes: '238' }), info: '' }, { where: 't' }));
    assert.equal(err.errors[0]?.message, 'Invalid auth token');
    assert.equal(err.info, undefined);
  });

  it('success returns the envelope for the caller to decrypt', () => {
    const env = readEwbEnvelope({ status: '1', data: 'abc' }, { where: 't' });
    assert.equal(env.ok, true);
  });
});

describe('common portal envelope (reference B0)', () => {
  it('data as an object, a JSON string or base64 JSON', () => {
    for (const data of [{ a: 1 }, JSON.stringify({ a: 1 }), b64({ a: 1 })]) {
      assert.deepEqual(readCommonapiEnvelope({ status_cd: '1', data }, 't'), { ok: true, data: { a: 1 } });
    }
  });

  it('error_cd / error_code with the portal message', () => {
    const err = failure(
      readCommonapiEnvelope({ status_cd: '0', error: { error_code: 'RET13510', message: 'No Record found for the provided Inputs' } }, 't'),
    );
    assert.equal(err.code, 'RET13510');
    assert.equal(err.errors[0]?.message, 'No Record found for the provided Inputs');
  });
});

describe('e-way bill GET data (reference A1.5)', () => {
  const sek = randomAesKey();
  const rek = randomAesKey();
  const value = { ewbNo: 301002999920, status: 'ACT' };
  const jsonB64 = Buffer.from(JSON.stringify(value)).toString('base64');

  it('REK under the SEK, data = AES(REK, base64(JSON)), hmac over base64(JSON)', () => {
    const env = { status: '1', data: aesEncrypt(rek, jsonB64), rek: aesEncrypt(sek, rek), hmac: hmacSha256(rek, jsonB64) };
    assert.deepEqual(readGetData(env, sek, '/x'), value);
  });

  it('tolerates raw JSON inside, and no rek (data under the SEK)', () => {
    const raw = JSON.stringify(value);
    assert.deepEqual(
      readGetData({ data: aesEncrypt(rek, raw), rek: aesEncrypt(sek, rek), hmac: hmacSha256(rek, jsonB64) }, sek, '/x'),
      value,
    );
    assert.deepEqual(readGetData({ data: aesEncrypt(sek, raw) }, sek, '/x'), value);
  });

  it('a wrong hmac or undecryptable data → UPSTREAM_ERROR', () => {
    const env = { data: aesEncrypt(rek, jsonB64), rek: aesEncrypt(sek, rek), hmac: hmacSha256(randomAesKey(), jsonB64) };
    assert.throws(
      () => readGetData(env, sek, '/x'),
      (e: GstError) => e.code === 'UPSTREAM_ERROR',
    );
    assert.throws(
      () => readGetData({ data: aesEncrypt(rek, jsonB64), rek: aesEncrypt(randomAesKey(), rek) }, sek, '/x'),
      (e: GstError) => e.code === 'UPSTREAM_ERROR',
    );
  });
});

describe('token expiry (reference §3.1, §3.2)', () => {
  it('TokenExpiry is IST wall time', () => {
    assert.equal(new Date(parseTokenExpiry('2019-11-30 14:18:00')).toISOString(), '2019-11-30T08:48:00.000Z');
    assert.ok(Number.isNaN(parseTokenExpiry('soon')));
  });

  it('refresh 5 minutes before expiry; an expiry in the past or beyond 360 minutes is not believed', () => {
    const now = Date.UTC(2025, 0, 1);
    assert.equal(refreshAtFor(now, now + 60 * 60_000), now + 55 * 60_000);
    assert.equal(refreshAtFor(now, now + 24 * 3600_000), now + 355 * 60_000);
    assert.equal(refreshAtFor(now, now - 1000), now + 350 * 60_000);
    assert.equal(refreshAtFor(now, Number.NaN), now + 350 * 60_000);
  });
});

describe('HTTP towards NIC: upstream failures (api.md §2)', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>');
      if (req.url === '/500')
        return res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ Status: 0, ErrorDetails: [{ ErrorCode: '5001', ErrorMessage: 'Application Error' }] }));
      if (req.url === '/503') return res.writeHead(503).end('busy');
      if (req.url === '/504') return res.writeHead(504, { 'content-type': 'application/json' }).end('{"Status":0}');
      if (req.url === '/ok') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"Status":1}');
      // /hang: never answers
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  // Answers that come are given time even on a loaded machine; only /hang waits for the short timeout.
  const opts = { timeoutMs: 10_000 };
  const short = { timeoutMs: 300 };
  const codeOf = async (p: Promise<unknown>) => {
    try {
      await p;
      return 'none';
    } catch (e) {
      return e instanceof GstError ? `${e.status} ${e.code}` : String(e);
    }
  };

  it('JSON answers come back with their status', async () => {
    assert.deepEqual(await requestJson(opts, `${base}/ok`, { method: 'GET', headers: {} }), { status: 200, body: { Status: 1 } });
  });

  it('not JSON, or HTTP 5xx → 502 UPSTREAM_ERROR', async () => {
    assert.equal(await codeOf(requestJson(opts, `${base}/html`, { method: 'GET', headers: {} })), '502 UPSTREAM_ERROR');
    assert.equal(await codeOf(requestJson(opts, `${base}/500`, { method: 'GET', headers: {} })), '502 UPSTREAM_ERROR');
  });

  it('HTTP 503 → 503 UPSTREAM_UNAVAILABLE; HTTP 504 (a gateway timed out: maybe carried out) → 504 UPSTREAM_TIMEOUT', async () => {
    assert.equal(await codeOf(requestJson(opts, `${base}/503`, { method: 'GET', headers: {} })), '503 UPSTREAM_UNAVAILABLE');
    assert.equal(await codeOf(requestJson(opts, `${base}/504`, { method: 'GET', headers: {} })), '504 UPSTREAM_TIMEOUT');
  });

  it('no answer in time → 504 UPSTREAM_TIMEOUT; nobody listening → 503 UPSTREAM_UNAVAILABLE', async () => {
    assert.equal(await codeOf(requestJson(short, `${base}/hang`, { method: 'GET', headers: {} })), '504 UPSTREAM_TIMEOUT');
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    assert.equal(await codeOf(requestJson(opts, `http://127.0.0.1:${port}/x`, { method: 'GET', headers: {} })), '503 UPSTREAM_UNAVAILABLE');
  });
});
