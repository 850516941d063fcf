/**
 * Crypto primitives of NIC's wire protocol (e-Invoice IRP v1.03/v1.04 and e-Way Bill v1.03).
 * References (../shared/reference): nic-einvoice.md §2.4 (payloads), §3.2–3.3 (auth);
 * nic-ewaybill-gst.md A1.2 (EWB auth), A1.4 (POST envelope), A1.5 (GET envelope: REK + HMAC).
 *
 * - RSA: RSA/ECB/PKCS1Padding (v1.5) with NIC's public key (§3.2 step 3). Node 20's OpenSSL refuses
 *   `privateDecrypt` with RSA_PKCS1_PADDING (CVE-2023-46809), so the server side decrypts with
 *   RSA_NO_PADDING and removes the v1.5 type-2 padding here, in constant time (CONVENTIONS "Known traps").
 * - AES: AES-256-ECB with PKCS#7 padding; SEK and AppKey are 32 random bytes (§3.2, A1.2).
 * - Every decryption failure is one `NicCryptoError` with one message: no padding/format oracle.
 */
import {
  constants,
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPublicKey,
  type KeyObject,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
} from 'node:crypto';

/** One generic error for every crypto failure; deliberately carries no detail about why. */
export class NicCryptoError extends Error {
  constructor() {
    super('Decryption failed');
    this.name = 'NicCryptoError';
  }
}

const AES_KEY_BYTES = 32; // AES-256 (§2.4, §3.2 step 1)
const AES_BLOCK = 16;
const PKCS1_MIN_PS = 8; // RFC 8017 §7.2.1: PS is at least 8 nonzero octets
const PKCS1_OVERHEAD = 3 + PKCS1_MIN_PS; // 0x00 0x02 PS 0x00

const B64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict standard base64 (whitespace such as MIME line breaks is tolerated); NicCryptoError otherwise. */
function fromB64(s: string): Buffer {
  if (typeof s !== 'string') throw new NicCryptoError();
  const t = s.replace(/\s+/g, '');
  if (!B64_RE.test(t)) throw new NicCryptoError();
  return Buffer.from(t, 'base64');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJsonText(bytes: Buffer): { ok: true; value: unknown } | { ok: false; text: string } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new NicCryptoError();
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, text };
  }
}

/**
 * JSON bytes, or bytes that are base64 of JSON bytes (clients differ: §2.4, A1.2, A1.4 "decrypt, then if
 * plaintext is not JSON, try Base64-decoding it once more"). NicCryptoError if neither.
 */
function parseJsonOrB64Json(bytes: Buffer): unknown {
  const first = parseJsonText(bytes);
  if (first.ok) return first.value;
  const inner = parseJsonText(fromB64(first.text.trim()));
  if (inner.ok) return inner.value;
  throw new NicCryptoError();
}

function toPublicKey(key: KeyObject | string): KeyObject {
  const k = typeof key === 'string' ? createPublicKey(key) : key;
  if (k.asymmetricKeyType !== 'rsa') throw new TypeError('nic-crypto: an RSA key is required');
  return k;
}

function modulusBytes(key: KeyObject): number {
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (key.asymmetricKeyType !== 'rsa' || !bits) throw new TypeError('nic-crypto: an RSA key is required');
  return Math.ceil(bits / 8);
}

// ---------------------------------------------------------------------------------------------- RSA

/** base64( RSA/ECB/PKCS1Padding(publicKey, data) ) — the client side (§3.2 step 3). 2048- and 4096-bit keys. */
export function rsaEncrypt(publicKey: KeyObject | string, data: Buffer): string {
  const key = toPublicKey(publicKey);
  const max = modulusBytes(key) - PKCS1_OVERHEAD; // 245 bytes for RSA-2048 (§3.2 note)
  if (data.length > max) throw new RangeError(`nic-crypto: RSA plaintext of ${data.length} bytes exceeds ${max}`);
  return publicEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, data).toString('base64');
}

// Branch-free helpers on small non-negative integers (bytes and indexes < 2^30); results are 0 or 1.
const isZero = (x: number): number => ((x - 1) >>> 31) & 1; // x in [0, 2^30)
const isEqual = (a: number, b: number): number => isZero(a ^ b);
const select = (bit: number, a: number, b: number): number => {
  const mask = -bit; // 0 or -1
  return (a & mask) | (b & ~mask);
};

/**
 * Remove PKCS#1 v1.5 type-2 padding: EM = 0x00 || 0x02 || PS (≥ 8 nonzero bytes) || 0x00 || M.
 * Walks the whole block with no data-dependent branch or early return, then fails with one error.
 */
function pkcs1v15Unpad(em: Buffer): Buffer {
  let good = isZero(em[0]!) & isEqual(em[1]!, 2);
  let looking = 1; // still searching for the 0x00 separator
  let sep = 0;
  for (let i = 2; i < em.length; i++) {
    const zero = isZero(em[i]!);
    sep = select(looking & zero, i, sep);
    looking &= zero ^ 1;
  }
  good &= looking ^ 1; // a separator exists
  good &= ((PKCS1_MIN_PS + 1 - sep) >>> 31) & 1; // sep ≥ 2 + 8, i.e. PS has at least 8 bytes
  if (good !== 1) throw new NicCryptoError();
  return Buffer.from(em.subarray(sep + 1));
}

/**
 * Server side of RSA/ECB/PKCS1Padding: RSA_NO_PADDING (Node 20 refuses PKCS1 for private decryption)
 * plus constant-time v1.5 unpadding. Any failure → NicCryptoError.
 */
export function rsaDecrypt(privateKey: KeyObject, ciphertextB64: string): Buffer {
  if (privateKey.type !== 'private') throw new TypeError('nic-crypto: an RSA private key is required');
  const k = modulusBytes(privateKey);
  const ct = fromB64(ciphertextB64);
  if (ct.length !== k) throw new NicCryptoError();
  let raw: Buffer;
  try {
    raw = privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, ct); // fails if c ≥ n
  } catch {
    throw new NicCryptoError();
  }
  // OpenSSL returns the block left-padded to k bytes; normalise defensively.
  const em = raw.length === k ? raw : Buffer.concat([Buffer.alloc(Math.max(0, k - raw.length)), raw]);
  if (em.length !== k) throw new NicCryptoError();
  return pkcs1v15Unpad(em);
}

// ---------------------------------------------------------------------------------------------- AES

/** base64( AES-256-ECB-PKCS7(key, plain) ) — strings are encoded as UTF-8 (§2.4). */
export function aesEncrypt(key: Buffer, plain: Buffer | string): string {
  if (key.length !== AES_KEY_BYTES) throw new RangeError('nic-crypto: AES-256 needs a 32-byte key');
  const cipher = createCipheriv('aes-256-ecb', key, null);
  cipher.setAutoPadding(true); // PKCS#7
  const data = typeof plain === 'string' ? Buffer.from(plain, 'utf8') : plain;
  return Buffer.concat([cipher.update(data), cipher.final()]).toString('base64');
}

/**
 * Reverse of aesEncrypt. NicCryptoError on a bad key length, bad base64, a length that is not a positive
 * multiple of 16, or bad PKCS#7 padding. ECB has no integrity: tampering outside the last block is only
 * caught by the caller's parsing (decryptJson).
 */
export function aesDecrypt(key: Buffer, ciphertextB64: string): Buffer {
  if (!Buffer.isBuffer(key) || key.length !== AES_KEY_BYTES) throw new NicCryptoError();
  const ct = fromB64(ciphertextB64);
  if (ct.length === 0 || ct.length % AES_BLOCK !== 0) throw new NicCryptoError();
  try {
    const decipher = createDecipheriv('aes-256-ecb', key, null);
    decipher.setAutoPadding(true);
    return Buffer.concat([decipher.update(ct), decipher.final()]);
  } catch {
    throw new NicCryptoError();
  }
}

/** 32 random bytes: an AppKey (client), a SEK (server, §3.2) or a REK (EWB GET, A1.5). */
export function randomAesKey(): Buffer {
  return randomBytes(AES_KEY_BYTES);
}

/** base64( HMAC-SHA256(key, data) ) — EWB GET envelope: key = REK, data = Base64(response JSON) (A1.5). */
export function hmacSha256(key: Buffer, data: Buffer | string): string {
  return createHmac('sha256', key).update(data).digest('base64');
}

// ---------------------------------------------------------------------------------------------- Auth

/** e-invoice v1.04 / EWB v1.03 auth payload as clients build it: JSON → base64 → RSA (reference). */
export function encryptAuthPayload(publicKey: KeyObject | string, payload: object): string {
  // §3.2 steps 2–3 and A1.2: Data = base64( RSA-PKCS1( ascii( base64( utf8(JSON) ) ) ) )
  const b64 = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64');
  return rsaEncrypt(publicKey, Buffer.from(b64, 'ascii'));
}

/** Reverses encryptAuthPayload; accepts base64-of-JSON or raw JSON inside the RSA block. NicCryptoError if not JSON. */
export function decryptAuthPayload(privateKey: KeyObject, dataB64: string): unknown {
  return parseJsonOrB64Json(rsaDecrypt(privateKey, dataB64));
}

/** The AppKey as sent: base64 of 32 bytes; returns the key or throws NicCryptoError. */
export function decodeAppKey(appKeyB64: string): Buffer {
  // §3.2 step 1 / A1.2: AppKey = base64(32 random bytes), 44 characters.
  const key = fromB64(appKeyB64);
  if (key.length !== AES_KEY_BYTES) throw new NicCryptoError();
  return key;
}

// ---------------------------------------------------------------------------------------------- Payloads

/** Payload helpers: NIC data = base64(AES(SEK, JSON bytes)); accept a decrypted text that is itself base64 of the JSON too (reference A1.4). */
export function encryptJson(sek: Buffer, value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('nic-crypto: value is not JSON-serialisable');
  return aesEncrypt(sek, json); // §2.4: the raw JSON bytes are encrypted
}

/** Decrypts `Data`/`data` and parses the JSON (raw, or base64 of it per A1.4/A1.5). NicCryptoError otherwise. */
export function decryptJson(sek: Buffer, dataB64: string): unknown {
  return parseJsonOrB64Json(aesDecrypt(sek, dataB64));
}
