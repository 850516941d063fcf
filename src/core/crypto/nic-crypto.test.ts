import assert from 'node:assert/strict';
import { constants, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, publicEncrypt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  aesDecrypt,
  aesEncrypt,
  decodeAppKey,
  decryptAuthPayload,
  decryptJson,
  encryptAuthPayload,
  encryptJson,
  hmacSha256,
  NicCryptoError,
  randomAesKey,
  rsaDecrypt,
  rsaEncrypt,
} from './nic-crypto.ts';

const FIXTURES = new URL('../../../test/fixtures/nic/', import.meta.url);
const fixtureKey = (name: string): KeyObject => createPrivateKey(readFileSync(new URL(name, FIXTURES), 'utf8'));
const vectors = JSON.parse(readFileSync(new URL('rsa-vectors.json', FIXTURES), 'utf8'));
const KEY_2048 = fixtureKey('TEST-ONLY-rsa2048.key.pem');
const KEY_2048_OTHER = fixtureKey('TEST-ONLY-rsa2048-other.key.pem');
const KEY_4096 = fixtureKey('TEST-ONLY-rsa4096.key.pem');

/** Every failure is the same class with the same message: no oracle about why. */
function assertCryptoError(fn: () => unknown): void {
  assert.throws(fn, (e: unknown) => e instanceof NicCryptoError && e.message === 'Decryption failed' && e.name === 'NicCryptoError');
}

const hex = (s: string) => Buffer.from(s, 'hex');
const b64 = (b: Buffer) => b.toString('base64');
const flipByte = (ctB64: string, index: number): string => {
  const b = Buffer.from(ctB64, 'base64');
  b[index < 0 ? b.length + index : index]! ^= 0x01;
  return b64(b);
};

// Fixed AES key 00 01 .. 1f; its base64 is the AppKey used below.
const KEY_00_1F = Buffer.from(Array.from({ length: 32 }, (_, i) => i));
const APPKEY_B64 = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';
const SEK_A0_BF = Buffer.from(Array.from({ length: 32 }, (_, i) => 0xa0 + i));

describe('nic-crypto: AES-256-ECB/PKCS7', () => {
  it('matches NIST SP 800-38A F.1.5 (ECB-AES256.Encrypt), plus one PKCS#7 block', () => {
    const key = hex('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4');
    const pt = hex(
      '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710',
    );
    const nist =
      'f3eed1bdb5d2a03c064b5a7e3db181f8591ccb10d410ed26dc5ba74a31362870b6ed21b99ca6f4f9f153e7b1beafed1d23304b7a39f9f3ff067d8d8f9e24ecc7';
    const ct = Buffer.from(aesEncrypt(key, pt), 'base64');
    assert.equal(ct.length, 80, '64 bytes + one full padding block');
    assert.equal(ct.subarray(0, 64).toString('hex'), nist);
    assert.deepEqual(aesDecrypt(key, b64(ct)), pt);
  });

  it('padded round trip with a fixed key/plaintext (answer from `openssl enc -aes-256-ecb`)', () => {
    const text = '{"Irn":"abc","AckNo":1}';
    const expected = 'AGhiKHAXs6tkmrcBgwr4R1j1DOdrCggTmWYrr0gXagc=';
    assert.equal(aesEncrypt(KEY_00_1F, text), expected);
    assert.equal(aesEncrypt(KEY_00_1F, Buffer.from(text)), expected);
    assert.equal(aesDecrypt(KEY_00_1F, expected).toString('utf8'), text);
  });

  it('SEK wrap/unwrap with a fixed AppKey (§3.2: 48 bytes → 64 base64 chars, like the NIC sample)', () => {
    const appKey = decodeAppKey(APPKEY_B64);
    assert.deepEqual(appKey, KEY_00_1F);
    const sekB64 = aesEncrypt(appKey, SEK_A0_BF);
    assert.equal(sekB64, '3J8B/Xa4fA0PS+iFCwvs4GANB6O5ssTkCCFT1tFweqafO3UEkm+L024xGOkDpM1K'); // from the OpenSSL CLI
    assert.equal(sekB64.length, 64);
    assert.deepEqual(aesDecrypt(appKey, sekB64), SEK_A0_BF);
  });

  it('tampered ciphertext: last block → NicCryptoError; earlier block (ECB has no integrity) → caught by decryptJson', () => {
    const ct = encryptJson(KEY_00_1F, { Irn: 'abc', AckNo: 1, ItemList: [{ SlNo: '1', HsnCd: '1001' }] });
    assertCryptoError(() => aesDecrypt(KEY_00_1F, flipByte(ct, -1)));
    assertCryptoError(() => decryptJson(KEY_00_1F, flipByte(ct, -1)));
    assert.doesNotThrow(() => aesDecrypt(KEY_00_1F, flipByte(ct, 0)), 'ECB decrypts a garbled first block');
    assertCryptoError(() => decryptJson(KEY_00_1F, flipByte(ct, 0)));
  });

  it('wrong key, bad key length, bad length, bad base64 → NicCryptoError', () => {
    const ct = 'AGhiKHAXs6tkmrcBgwr4R1j1DOdrCggTmWYrr0gXagc=';
    assertCryptoError(() => aesDecrypt(SEK_A0_BF, ct));
    assertCryptoError(() => aesDecrypt(Buffer.alloc(16), ct));
    assertCryptoError(() => aesDecrypt(KEY_00_1F, ''));
    assertCryptoError(() => aesDecrypt(KEY_00_1F, b64(Buffer.alloc(15))));
    assertCryptoError(() => aesDecrypt(KEY_00_1F, ct.slice(0, -4)));
    assertCryptoError(() => aesDecrypt(KEY_00_1F, 'not base64!'));
    assert.throws(() => aesEncrypt(Buffer.alloc(31), 'x'), RangeError);
  });

  it('randomAesKey gives 32 fresh bytes', () => {
    const a = randomAesKey();
    assert.equal(a.length, 32);
    assert.notDeepEqual(a, randomAesKey());
  });
});

describe('nic-crypto: AppKey', () => {
  it('accepts base64 of exactly 32 bytes and refuses anything else', () => {
    assert.equal(decodeAppKey(APPKEY_B64).length, 32);
    assertCryptoError(() => decodeAppKey(b64(Buffer.alloc(31))));
    assertCryptoError(() => decodeAppKey(b64(Buffer.alloc(33))));
    assertCryptoError(() => decodeAppKey('abcdefghijklmnopqrstuvwxyz012345')); // 32 chars = 24 bytes
    assertCryptoError(() => decodeAppKey('%%%%'));
    assertCryptoError(() => decodeAppKey(''));
  });
});

describe('nic-crypto: RSA PKCS#1 v1.5 (RSA_NO_PADDING + constant-time unpad)', () => {
  it('fixed vectors made by the OpenSSL CLI decrypt to the known plaintext (2048 and 4096 bits)', () => {
    assert.equal(rsaDecrypt(KEY_2048, vectors.rsa2048.ciphertextB64).toString('utf8'), vectors.rsa2048.plaintext);
    assert.equal(rsaDecrypt(KEY_4096, vectors.rsa4096.ciphertextB64).toString('utf8'), vectors.rsa4096.plaintext);
  });

  it('round trip with a freshly generated 2048-bit key (PEM and KeyObject public keys)', () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const msg = Buffer.from('credentials ✓');
    const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    assert.deepEqual(rsaDecrypt(privateKey, rsaEncrypt(publicKey, msg)), msg);
    assert.deepEqual(rsaDecrypt(privateKey, rsaEncrypt(pem, msg)), msg);
    assert.equal(Buffer.from(rsaEncrypt(publicKey, msg), 'base64').length, 256);
  });

  it('round trip with the 4096-bit key; plaintext limits are k − 11 bytes', () => {
    const pub = createPublicKey(KEY_4096);
    const max = Buffer.alloc(512 - 11, 0x41);
    assert.deepEqual(rsaDecrypt(KEY_4096, rsaEncrypt(pub, max)), max);
    assert.throws(() => rsaEncrypt(pub, Buffer.alloc(512 - 10)), RangeError);
    assert.throws(() => rsaEncrypt(createPublicKey(KEY_2048), Buffer.alloc(246)), RangeError);
    assert.equal(rsaDecrypt(KEY_2048, rsaEncrypt(createPublicKey(KEY_2048), Buffer.alloc(0))).length, 0);
  });

  it('agrees with OpenSSL: ciphertexts from crypto.publicEncrypt(RSA_PKCS1_PADDING) decrypt', () => {
    const pub = createPublicKey(KEY_2048);
    for (let len = 0; len <= 245; len += 35) {
      const msg = Buffer.alloc(len, len % 251);
      const ct = publicEncrypt({ key: pub, padding: constants.RSA_PKCS1_PADDING }, msg);
      assert.deepEqual(rsaDecrypt(KEY_2048, b64(ct)), msg, `length ${len}`);
    }
    // Messages with 0x00 bytes: only the FIRST zero after PS is the separator.
    for (const msg of [Buffer.from([0, 0, 1, 0]), Buffer.alloc(245), Buffer.from('a\u0000b\u0000')]) {
      const ct = publicEncrypt({ key: pub, padding: constants.RSA_PKCS1_PADDING }, msg);
      assert.deepEqual(rsaDecrypt(KEY_2048, b64(ct)), msg);
    }
  });

  it('tampered ciphertext, wrong key, bad length, c ≥ n, bad base64 → NicCryptoError', () => {
    const ct = vectors.rsa2048.ciphertextB64;
    for (const i of [0, 1, 100, 255]) assertCryptoError(() => rsaDecrypt(KEY_2048, flipByte(ct, i)));
    assertCryptoError(() => rsaDecrypt(KEY_2048_OTHER, ct));
    assertCryptoError(() => rsaDecrypt(KEY_4096, ct));
    assertCryptoError(() => rsaDecrypt(KEY_2048, b64(Buffer.from(ct, 'base64').subarray(1))));
    assertCryptoError(() => rsaDecrypt(KEY_2048, b64(Buffer.alloc(256, 0xff))));
    assertCryptoError(() => rsaDecrypt(KEY_2048, '***'));
    assertCryptoError(() => rsaDecrypt(KEY_2048, ''));
  });

  it('unpadding: each malformed EM block fails with the same error; boundary cases pass', () => {
    const pub = createPublicKey(KEY_2048);
    const k = 256;
    /** Encrypt a hand-built EM block raw, so that rsaDecrypt sees exactly this padding. */
    const raw = (em: Buffer) => b64(publicEncrypt({ key: pub, padding: constants.RSA_NO_PADDING }, em));
    const em = (head: number[], psLen: number, sep: boolean, msg: Buffer) => {
      const b = Buffer.concat([Buffer.from(head), Buffer.alloc(psLen, 0x5a), Buffer.from(sep ? [0] : []), msg]);
      assert.equal(b.length, k);
      return b;
    };
    const m = (n: number) => Buffer.alloc(n, 0x33);
    // Valid: PS of exactly 8 bytes, and an empty message (separator is the last byte).
    assert.deepEqual(rsaDecrypt(KEY_2048, raw(em([0, 2], 8, true, m(k - 11)))), m(k - 11));
    assert.deepEqual(rsaDecrypt(KEY_2048, raw(em([0, 2], k - 3, true, m(0)))), m(0));
    const zeros = Buffer.from([0, 7, 0, 0, 9, 0]);
    assert.deepEqual(rsaDecrypt(KEY_2048, raw(em([0, 2], k - 3 - zeros.length, true, zeros))), zeros);
    // Invalid: PS of 7, empty PS, wrong block type 1 and 0, nonzero first byte, no separator at all.
    assertCryptoError(() => rsaDecrypt(KEY_2048, raw(em([0, 2], 7, true, m(k - 10)))));
    assertCryptoError(() => rsaDecrypt(KEY_2048, raw(em([0, 2], 0, true, m(k - 3)))));
    assertCryptoError(() => rsaDecrypt(KEY_2048, raw(em([0, 1], 8, true, m(k - 11)))));
    assertCryptoError(() => rsaDecrypt(KEY_2048, raw(em([0, 0], 8, true, m(k - 11)))));
    assertCryptoError(() => rsaDecrypt(KEY_2048, raw(em([1, 2], 8, true, m(k - 11)))));
    assertCryptoError(() => rsaDecrypt(KEY_2048, raw(em([0, 2], k - 2, false, m(0)))));
  });

  it('refuses a public key where a private one is needed', () => {
    assert.throws(() => rsaDecrypt(createPublicKey(KEY_2048), vectors.rsa2048.ciphertextB64), TypeError);
  });
});

describe('nic-crypto: auth payloads (e-invoice v1.04 §3.2, EWB v1.03 A1.2)', () => {
  it('decrypts the fixed v1.04 vector made with `base64 | openssl pkeyutl`', () => {
    assert.deepEqual(decryptAuthPayload(KEY_2048, vectors.authV104.dataB64), vectors.authV104.payload);
  });

  it('round trips the e-invoice v1.04 shape, inner form = base64 of the JSON', () => {
    const payload = { UserName: 'api_user', Password: 'Demo@12345', AppKey: b64(randomAesKey()), ForceRefreshAccessToken: false };
    const data = encryptAuthPayload(createPublicKey(KEY_2048), payload);
    assert.deepEqual(decryptAuthPayload(KEY_2048, data), payload);
    const inner = rsaDecrypt(KEY_2048, data).toString('ascii');
    assert.equal(Buffer.from(inner, 'base64').toString('utf8'), JSON.stringify(payload));
    assert.deepEqual(decodeAppKey((decryptAuthPayload(KEY_2048, data) as typeof payload).AppKey).length, 32);
  });

  it('round trips the EWB shape with a PEM public key (4096-bit too)', () => {
    const payload = { action: 'ACCESSTOKEN', username: 'nictexxst', password: 'abcdef', app_key: APPKEY_B64 };
    for (const key of [KEY_2048, KEY_4096]) {
      const pem = createPublicKey(key).export({ type: 'spki', format: 'pem' }) as string;
      assert.deepEqual(decryptAuthPayload(key, encryptAuthPayload(pem, payload)), payload);
    }
  });

  it('accepts raw JSON inside the RSA block (clients differ); not JSON → NicCryptoError', () => {
    const pub = createPublicKey(KEY_2048);
    const payload = { UserName: 'u', Password: 'p', AppKey: APPKEY_B64, ForceRefreshAccessToken: true };
    assert.deepEqual(decryptAuthPayload(KEY_2048, rsaEncrypt(pub, Buffer.from(JSON.stringify(payload)))), payload);
    assertCryptoError(() => decryptAuthPayload(KEY_2048, rsaEncrypt(pub, Buffer.from('UserName=u&Password=p'))));
    assertCryptoError(() => decryptAuthPayload(KEY_2048, rsaEncrypt(pub, Buffer.from(b64(Buffer.from('not json'))))));
    assertCryptoError(() => decryptAuthPayload(KEY_2048, rsaEncrypt(pub, Buffer.from([0xff, 0xfe, 0x7b]))));
    assertCryptoError(() => decryptAuthPayload(KEY_2048_OTHER, vectors.authV104.dataB64));
  });
});

describe('nic-crypto: payloads (e-invoice §2.4, EWB A1.4/A1.5)', () => {
  const doc = { Irn: 'a'.repeat(64), AckNo: 112010000000001, Note: 'ಕನ್ನಡ ✓', List: [1, null, true] };

  it('encryptJson encrypts the raw JSON bytes (§2.4) and decryptJson reverses it', () => {
    const data = encryptJson(SEK_A0_BF, doc);
    assert.equal(aesDecrypt(SEK_A0_BF, data).toString('utf8'), JSON.stringify(doc));
    assert.deepEqual(decryptJson(SEK_A0_BF, data), doc);
    assert.equal(encryptJson(KEY_00_1F, { Irn: 'abc', AckNo: 1 }), 'AGhiKHAXs6tkmrcBgwr4R1j1DOdrCggTmWYrr0gXagc=');
  });

  it('decryptJson also accepts AES(SEK, base64(JSON)) (A1.4 "decrypt, then Base64-decode once more")', () => {
    const data = aesEncrypt(SEK_A0_BF, Buffer.from(JSON.stringify(doc)).toString('base64'));
    assert.deepEqual(decryptJson(SEK_A0_BF, data), doc);
  });

  it('decryptJson: not JSON, invalid UTF-8 or wrong SEK → NicCryptoError', () => {
    assertCryptoError(() => decryptJson(SEK_A0_BF, aesEncrypt(SEK_A0_BF, 'plain text, not json')));
    assertCryptoError(() => decryptJson(SEK_A0_BF, aesEncrypt(SEK_A0_BF, Buffer.from('bm90IGpzb24=')))); // base64 of "not json"
    assertCryptoError(() => decryptJson(SEK_A0_BF, aesEncrypt(SEK_A0_BF, Buffer.from([0xc3, 0x28]))));
    assertCryptoError(() => decryptJson(KEY_00_1F, encryptJson(SEK_A0_BF, doc)));
  });

  it('HMAC-SHA256 matches RFC 4231 test case 2, in base64', () => {
    const expected = b64(hex('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'));
    assert.equal(hmacSha256(Buffer.from('Jefe'), 'what do ya want for nothing?'), expected);
    assert.equal(hmacSha256(Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')), expected);
  });

  it('EWB GET envelope (A1.5) can be built and opened with these primitives', () => {
    // Server side
    const sek = randomAesKey();
    const rekKey = randomAesKey();
    const inner = Buffer.from(JSON.stringify(doc)).toString('base64');
    const envelope = { status: '1', data: aesEncrypt(rekKey, inner), rek: aesEncrypt(sek, rekKey), hmac: hmacSha256(rekKey, inner) };
    // Client side
    const rek = aesDecrypt(sek, envelope.rek);
    assert.deepEqual(rek, rekKey);
    const text = aesDecrypt(rek, envelope.data).toString('utf8');
    assert.equal(hmacSha256(rek, text), envelope.hmac);
    assert.deepEqual(decryptJson(rek, envelope.data), doc);
    assert.notEqual(hmacSha256(rek, text + ' '), envelope.hmac);
  });
});
