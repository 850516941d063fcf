/**
 * POST /v1/einvoice/verify (issue 7, api.md §4) on the real app: a generated invoice's SignedQRCode
 * and SignedInvoice verify with gstgate's key; tampered or foreign JWS are answered `valid: false`
 * with a reason; PNG and JPEG images of the printed QR (made with `qrcode`, as the PDF prints it:
 * error correction M, scale 4) verify the same; images without a QR, unreadable or too large ones
 * get their VERIFY_* codes; a configured NIC certificate (GSTGATE_NIC_VERIFY_CERT) verifies what
 * its key signed.
 */
import assert from 'node:assert/strict';
import { createHash, createPrivateKey, generateKeyPairSync, type KeyObject, sign, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { createKeyAndCertificate } from '../src/core/crypto/signer.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, docNo, expectProblem, govDate, invoice } from './support.ts';

const URL_VERIFY = '/v1/einvoice/verify';

interface Generated {
  Irn: string;
  SignedQRCode: string;
  SignedInvoice: string;
}

/** A JWS compact signed RS256 with `key`: NIC's shape when `payload` is `{ data: "<json>", iss }`. */
function signJws(key: KeyObject, header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));

/** The same JWS with its payload re-encoded after `edit` changed the payload's JSON text. */
function withPayload(jws: string, edit: (json: string) => string): string {
  const [h, p, s] = jws.split('.');
  const json = Buffer.from(p, 'base64url').toString('utf8');
  const changed = edit(json);
  assert.notEqual(changed, json);
  return `${h}.${Buffer.from(changed).toString('base64url')}.${s}`;
}

/** Solid colours and a gradient: no QR code anywhere. */
function gradientPng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      png.data[i] = (x * 255) / width;
      png.data[i + 1] = (y * 255) / height;
      png.data[i + 2] = 128;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** A PNG whose header claims width × height (nothing decodable after it). */
function pngHeaderOnly(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

/** A PNG image to JPEG (jpeg-js, quality 75). */
function toJpeg(png: Buffer): Buffer {
  const img = PNG.sync.read(png);
  return jpeg.encode({ data: img.data, width: img.width, height: img.height }, 75).data;
}

describe('POST /v1/einvoice/verify', () => {
  let t: TestApp;
  let dir: string;
  let doc: Generated;
  let jwksKid: string;
  let nicKey: KeyObject;
  let nicKid: string;
  let qrPng: Buffer;

  const verify = (payload: Record<string, unknown>, token: string | null = t.demoToken) =>
    call(t.app, { method: 'POST', url: URL_VERIFY, headers: token ? bearer(token) : {}, payload });

  before(async () => {
    // NIC's signing certificate, as an operator would configure it: a PEM file.
    dir = mkdtempSync(join(tmpdir(), 'gstgate-verify-'));
    const nic = await createKeyAndCertificate('NIC e-Invoice test signer');
    nicKey = createPrivateKey(nic.keyPem);
    nicKid = createHash('sha1').update(new X509Certificate(nic.certPem).raw).digest('hex').toUpperCase();
    writeFileSync(join(dir, 'nic-einvoice.pem'), nic.certPem);
    t = await buildTestApp({ GSTGATE_NIC_VERIFY_CERT: join(dir, 'nic-einvoice.pem') });

    const generated = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: bearer(t.demoToken),
      payload: invoice('b2b-intra', { docNo: docNo('VFY'), docDate: govDate(t.clock) }),
    });
    assert.equal(generated.statusCode, 200, generated.body);
    doc = generated.json();
    jwksKid = (await call(t.app, { method: 'GET', url: '/.well-known/jwks.json' })).json().keys[0].kid;
    qrPng = await QRCode.toBuffer(doc.SignedQRCode, { errorCorrectionLevel: 'M', scale: 4 });
  });
  after(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('a JWS string', () => {
    it('a SignedQRCode verifies with the JWKS key; data is the QR payload', async () => {
      const res = await verify({ jws: doc.SignedQRCode });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.equal(body.valid, true);
      assert.equal(body.reason, undefined);
      assert.equal(body.kind, 'SignedQRCode');
      assert.equal(body.alg, 'RS256');
      assert.equal(body.kid, jwksKid);
      assert.equal(body.issuer, 'NIC Sandbox');
      assert.deepEqual(body.key, { source: 'gstgate', kid: jwksKid, subject: 'CN=gstgate sandbox IRP' });
      assert.equal(body.data.Irn, doc.Irn);
      assert.deepEqual(body.data, JSON.parse(payloadOf(doc.SignedQRCode).data));
      assert.equal(body.qr, undefined);
    });

    it('a SignedInvoice verifies; data is the registered invoice', async () => {
      const body = (await verify({ jws: doc.SignedInvoice })).json();
      assert.equal(body.valid, true);
      assert.equal(body.kind, 'SignedInvoice');
      assert.equal(body.kid, jwksKid);
      assert.equal(body.data.Irn, doc.Irn);
      assert.equal(body.data.DocDtls.No, JSON.parse(payloadOf(doc.SignedInvoice).data).DocDtls.No);
      assert.match(body.data.DocDtls.No, /^VFY\//);
    });

    it('surrounding white space (a QR text with a newline, a pasted string) is ignored', async () => {
      assert.equal((await verify({ jws: `  ${doc.SignedQRCode}\n` })).json().valid, true);
    });

    it('a tampered payload is valid: false, "signature does not match", with what it claims', async () => {
      const forged = withPayload(doc.SignedQRCode, (json) => json.replace(/TotInvVal\\":([0-9.]+)/, 'TotInvVal\\":1'));
      const res = await verify({ jws: forged });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.equal(body.valid, false);
      assert.equal(body.reason, 'signature does not match');
      assert.equal(body.kid, jwksKid);
      assert.equal(body.key, null);
      assert.equal(body.kind, 'SignedQRCode');
      assert.equal(body.data.TotInvVal, 1);
      assert.equal(body.data.Irn, doc.Irn);
    });

    it('a tampered signature is valid: false', async () => {
      const [h, p, s] = doc.SignedInvoice.split('.');
      const flipped = `${h}.${p}.${s[0] === 'A' ? 'B' : 'A'}${s.slice(1)}`;
      const body = (await verify({ jws: flipped })).json();
      assert.equal(body.valid, false);
      assert.equal(body.reason, 'signature does not match');
      assert.equal(body.kind, 'SignedInvoice');
    });

    it('a JWS signed by another RSA key: unknown key id, or a mismatch when it claims our kid', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const payload = payloadOf(doc.SignedQRCode);
      const own = (await verify({ jws: signJws(privateKey, { alg: 'RS256', kid: 'ABCDEF0123', typ: 'JWT' }, payload) })).json();
      assert.equal(own.valid, false);
      assert.match(own.reason, /^unknown key id ABCDEF0123/);
      assert.equal(own.kid, 'ABCDEF0123');
      assert.equal(own.data.Irn, doc.Irn);

      const impostor = (await verify({ jws: signJws(privateKey, { alg: 'RS256', kid: jwksKid, typ: 'JWT' }, payload) })).json();
      assert.equal(impostor.valid, false);
      assert.equal(impostor.reason, 'signature does not match');

      const noKid = (await verify({ jws: signJws(privateKey, { alg: 'RS256' }, payload) })).json();
      assert.equal(noKid.valid, false);
      assert.match(noKid.reason, /^no key id in the header/);
      assert.equal(noKid.kid, null);
    });

    it('an algorithm other than RS256 is valid: false (no alg=none or HMAC with a public key)', async () => {
      const [, p] = doc.SignedQRCode.split('.');
      const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.c2ln`;
      const body = (await verify({ jws: none })).json();
      assert.equal(body.valid, false);
      assert.match(body.reason, /^unsupported algorithm none/);
      assert.equal(body.alg, 'none');
    });

    it('a string that is not a JWS is 400 VERIFY_NOT_A_JWS', async () => {
      for (const jws of [
        'hello',
        'a.b',
        'a.b.c.d.e',
        `${doc.SignedQRCode}!`,
        'bm90.anNvbg.c2ln',
        `.${doc.SignedQRCode.split('.')[1]}.c2ln`,
      ]) {
        const problem = expectProblem(await verify({ jws }), 400, 'VERIFY_NOT_A_JWS');
        assert.equal(problem.errors[0].field, 'jws');
        assert.match(problem.errors[0].message, /^The jws is not a JWS/);
      }
    });

    it('neither or both of jws and image is 400 VALIDATION_FAILED', async () => {
      expectProblem(await verify({}), 400, 'VALIDATION_FAILED');
      expectProblem(await verify({ jws: doc.SignedQRCode, image: qrPng.toString('base64') }), 400, 'VALIDATION_FAILED');
      expectProblem(await verify({ jws: '' }), 400, 'VALIDATION_FAILED');
    });

    it('needs a bearer token: 401 without one', async () => {
      expectProblem(await verify({ jws: doc.SignedQRCode }, null), 401, 'UNAUTHORIZED');
      expectProblem(await verify({ jws: doc.SignedQRCode }, 'not-a-token'), 401, 'UNAUTHORIZED');
    });

    it("any GSTIN may verify another GSTIN's document (the buyer checks the seller's QR)", async () => {
      const buyer = await t.tenant('29AAACW4202F1ZM', 'buyer');
      const body = (await verify({ jws: doc.SignedQRCode }, buyer)).json();
      assert.equal(body.valid, true);
    });
  });

  describe('a configured NIC certificate (GSTGATE_NIC_VERIFY_CERT)', () => {
    it("verifies what NIC's key signed, with NIC's kid and issuer", async () => {
      const data = JSON.stringify({ ...JSON.parse(payloadOf(doc.SignedQRCode).data), IrnDt: '2024-05-01 10:00:00' });
      const x5t = Buffer.from(nicKid, 'hex').toString('base64url');
      const jws = signJws(nicKey, { alg: 'RS256', kid: nicKid, typ: 'JWT', x5t }, { data, iss: 'NIC' });
      const body = (await verify({ jws })).json();
      assert.equal(body.valid, true, JSON.stringify(body));
      assert.equal(body.kid, nicKid);
      assert.equal(body.issuer, 'NIC');
      assert.equal(body.kind, 'SignedQRCode');
      assert.deepEqual(body.key, { source: 'nic-certificate', kid: nicKid, subject: 'CN=NIC e-Invoice test signer' });
      assert.equal(body.data.IrnDt, '2024-05-01 10:00:00');
    });

    it('is tried also when the header names another kid, or none', async () => {
      const payload = { data: payloadOf(doc.SignedQRCode).data, iss: 'NIC' };
      for (const header of [{ alg: 'RS256', kid: '0000000000000000000000000000000000000000' }, { alg: 'RS256' }]) {
        const body = (await verify({ jws: signJws(nicKey, header, payload) })).json();
        assert.equal(body.valid, true, JSON.stringify(header));
        assert.equal(body.key.source, 'nic-certificate');
      }
    });

    it('a tampered NIC document is valid: false', async () => {
      const jws = signJws(nicKey, { alg: 'RS256', kid: nicKid }, { data: payloadOf(doc.SignedQRCode).data, iss: 'NIC' });
      const body = (await verify({ jws: withPayload(jws, (j) => j.replace('"iss":"NIC"', '"iss":"NIX"')) })).json();
      assert.equal(body.valid, false);
      assert.equal(body.reason, 'signature does not match');
      assert.equal(body.issuer, 'NIX');
    });
  });

  describe('an image of the QR code', () => {
    it('a PNG of our QR (qrcode, error correction M, scale 4) verifies with the same data', async () => {
      const res = await verify({ image: qrPng.toString('base64') });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.equal(body.valid, true);
      assert.equal(body.kind, 'SignedQRCode');
      assert.equal(body.kid, jwksKid);
      assert.equal(body.data.Irn, doc.Irn);
      assert.deepEqual(body.data, (await verify({ jws: doc.SignedQRCode })).json().data);
      assert.equal(body.qr.found, true);
      assert.equal(body.qr.format, 'PNG');
      assert.ok(body.qr.version >= 20, `QR version ${body.qr.version}`);
    });

    it('a data: URL of it verifies', async () => {
      const body = (await verify({ image: `data:image/png;base64,${qrPng.toString('base64')}` })).json();
      assert.equal(body.valid, true);
      assert.equal(body.data.Irn, doc.Irn);
    });

    it('a JPEG of it verifies', async () => {
      const body = (await verify({ image: toJpeg(qrPng).toString('base64') })).json();
      assert.equal(body.valid, true);
      assert.equal(body.qr.format, 'JPEG');
      assert.equal(body.data.Irn, doc.Irn);
    });

    it('an inverted QR (light modules on a dark ground) with a transparent margin verifies', async () => {
      const inverted = await QRCode.toBuffer(doc.SignedQRCode, {
        errorCorrectionLevel: 'M',
        scale: 4,
        color: { dark: '#ffffffff', light: '#000000ff' },
      });
      const body = (await verify({ image: inverted.toString('base64') })).json();
      assert.equal(body.valid, true);
      const transparent = await QRCode.toBuffer(doc.SignedQRCode, { errorCorrectionLevel: 'M', scale: 4, color: { light: '#00000000' } });
      assert.equal((await verify({ image: transparent.toString('base64') })).json().valid, true);
    });

    it('a tampered QR is read and answered valid: false', async () => {
      const forged = withPayload(doc.SignedQRCode, (json) => json.replace(doc.Irn, `f${doc.Irn.slice(1)}`));
      const png = await QRCode.toBuffer(forged, { errorCorrectionLevel: 'M', scale: 4 });
      const body = (await verify({ image: png.toString('base64') })).json();
      assert.equal(body.valid, false);
      assert.equal(body.reason, 'signature does not match');
      assert.equal(body.qr.found, true);
    });

    it('an unrelated image is 400 VERIFY_NO_QR_FOUND', async () => {
      const problem = expectProblem(await verify({ image: gradientPng(320, 240).toString('base64') }), 400, 'VERIFY_NO_QR_FOUND');
      assert.equal(problem.errors[0].field, 'image');
      assert.match(problem.errors[0].message, /PNG image \(320×240 pixels\)/);
      expectProblem(await verify({ image: toJpeg(gradientPng(64, 64)).toString('base64') }), 400, 'VERIFY_NO_QR_FOUND');
    });

    it('a QR code holding something other than a JWS is 400 VERIFY_NOT_A_JWS', async () => {
      const png = await QRCode.toBuffer('https://einvoice1.gst.gov.in/', { errorCorrectionLevel: 'M', scale: 4 });
      const problem = expectProblem(await verify({ image: png.toString('base64') }), 400, 'VERIFY_NOT_A_JWS');
      assert.equal(problem.errors[0].field, 'image');
      assert.match(problem.errors[0].message, /^The QR code's text is not a JWS/);
    });

    it('garbage, non-base64, truncated or non-image data is 400 VERIFY_IMAGE_UNREADABLE', async () => {
      for (const image of [
        Buffer.from('not an image at all').toString('base64'),
        '%%% not base64 %%%',
        'data:image/png,rawbytes',
        qrPng.subarray(0, 200).toString('base64'),
        Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]).toString('base64'),
      ]) {
        const problem = expectProblem(await verify({ image }), 400, 'VERIFY_IMAGE_UNREADABLE');
        assert.equal(problem.errors[0].field, 'image');
      }
    });

    it('an image above the pixel limit is 413 VERIFY_IMAGE_TOO_LARGE before it is decoded', async () => {
      const problem = expectProblem(await verify({ image: pngHeaderOnly(6000, 5000).toString('base64') }), 413, 'VERIFY_IMAGE_TOO_LARGE');
      assert.match(problem.errors[0].message, /6000×5000 pixels \(30 megapixels\); at most 25 megapixels/);
    });

    it('the route takes bodies above the default limit up to GSTGATE_VERIFY_BODY_LIMIT_BYTES (8 MiB)', async () => {
      // 6 MiB of base64: above GSTGATE_BODY_LIMIT_BYTES (5 MiB), so it is this route's limit that lets it in.
      const big = 'A'.repeat(6 * 1024 * 1024);
      expectProblem(await verify({ image: big }), 400, 'VERIFY_IMAGE_UNREADABLE');
      const problem = expectProblem(await verify({ image: 'A'.repeat(9 * 1024 * 1024) }), 413, 'PAYLOAD_TOO_LARGE');
      assert.match(problem.errors[0].message, /8388608 bytes/);
    });
  });
});
