/**
 * QR / signed-document verification (issue 7): the offline verifier NIC offers
 * (reference nic-einvoice.md §6.3, einvoice1.gst.gov.in/Others/VSignedInvoice), as an API.
 * A SignedQRCode or SignedInvoice is a JWS compact, RS256, header {alg, kid, typ, x5t}, payload
 * {"data": "<json text>", "iss": …}. `valid` says its signature verifies with one of the keys of
 * verify.keys.ts; a signature that does not is an answer (valid: false and a reason), not an error.
 * Input that is no JWS at all, or an image without a readable QR code, is a 400 with a VERIFY_* code.
 */
import { verify as rsaVerify } from 'node:crypto';
import { fail } from '../../core/errors.ts';
import type { ImageFormat, QrFound } from './qr-image.ts';
import { QrWorker } from './qr-worker.ts';
import type { VerificationKey } from './verify.keys.ts';

/** reference §6.3: the SignedQRCode `data` fields. */
export const QR_FIELDS = [
  'SellerGstin',
  'BuyerGstin',
  'DocNo',
  'DocTyp',
  'DocDt',
  'TotInvVal',
  'ItemCnt',
  'MainHsnCode',
  'Irn',
  'IrnDt',
] as const;

export type DocumentKind = 'SignedQRCode' | 'SignedInvoice' | 'unknown';

export interface VerifyOutcome {
  valid: boolean;
  /** Why `valid` is false. */
  reason?: string;
  kind: DocumentKind;
  alg: string;
  /** The JWS header's `kid` (the key that verified it when the header has none). */
  kid: string | null;
  issuer: string | null;
  /** The key that verified the signature. */
  key: { source: VerificationKey['source']; kid: string | null; subject: string | null } | null;
  /** The payload's `data` claim, parsed from its JSON text (null without one). */
  data: unknown;
  qr?: { found: true; format: ImageFormat; width: number; height: number; version: number };
}

export interface VerifyOptions {
  /** Images above this many pixels are refused before decoding (VERIFY_IMAGE_TOO_LARGE). */
  maxPixels: number;
  /** Decode images in a worker thread (qr-worker.ts; the app does) rather than on the calling thread. */
  worker?: boolean;
}

const B64URL = /^[A-Za-z0-9_-]*$/;

export class VerifyService {
  private readonly qrWorker: QrWorker | undefined;

  constructor(
    private readonly keys: readonly VerificationKey[],
    private readonly options: VerifyOptions,
  ) {
    this.qrWorker = options.worker ? new QrWorker() : undefined;
  }

  /** Stops the image worker, if one was started. */
  close(): Promise<void> {
    return this.qrWorker?.close() ?? Promise.resolve();
  }

  /** Verifies a SignedQRCode / SignedInvoice string. */
  verifyJws(text: string): VerifyOutcome {
    return this.verifyCompact(text, { what: 'The jws', field: 'jws' });
  }

  /** Reads the QR code of a base64 PNG / JPEG (or data: URL) and verifies the JWS it holds. */
  async verifyImage(image: string): Promise<VerifyOutcome> {
    // jsqr, pngjs and jpeg-js load on the first image, not at start (issue 9, RSS).
    const { imageBytes, readQrCode } = await import('./qr-image.ts');
    const bytes = imageBytes(image);
    const qr: QrFound = this.qrWorker ? await this.qrWorker.read(bytes, this.options.maxPixels) : readQrCode(bytes, this.options.maxPixels);
    const outcome = this.verifyCompact(qr.text, { what: "The QR code's text", field: 'image' });
    return { ...outcome, qr: { found: true, format: qr.format, width: qr.width, height: qr.height, version: qr.version } };
  }

  private verifyCompact(input: string, ctx: { what: string; field: string }): VerifyOutcome {
    const notJws = (why: string): never => fail('VERIFY_NOT_A_JWS', [ctx.what, why], ctx.field);
    const parts = input.trim().split('.');
    if (parts.length !== 3) notJws(`expected 3 base64url parts separated by dots, found ${parts.length}`);
    const [headerB64, payloadB64, signatureB64] = parts;
    if (!parts.every((p) => B64URL.test(p))) notJws('a part holds characters outside base64url');
    if (headerB64 === '' || signatureB64 === '') notJws('the header or the signature is empty');
    const header = jsonObject(headerB64);
    if (!header || typeof header.alg !== 'string') notJws('the header is not a JSON object with "alg"');
    const { alg, kid: headerKid } = header as { alg: string; kid?: unknown };
    const kid = typeof headerKid === 'string' ? headerKid : null;

    const payload = jsonObject(payloadB64);
    const data = payload ? dataClaim(payload.data) : null;
    const described = {
      kind: kindOf(data),
      alg,
      issuer: typeof payload?.iss === 'string' ? payload.iss : null,
      data,
    };
    if (alg !== 'RS256') {
      return { valid: false, reason: `unsupported algorithm ${alg}: NIC signs with RS256`, kid, key: null, ...described };
    }

    // The key the header names first, then every other key (NIC may re-issue a certificate whose
    // thumbprint the header names differently from the configured file's).
    const named = kid === null ? [] : this.keys.filter((k) => k.kid !== null && k.kid.toUpperCase() === kid.toUpperCase());
    const candidates = [...named, ...this.keys.filter((k) => !named.includes(k))];
    const signingInput = Buffer.from(`${headerB64}.${payloadB64}`);
    const signature = Buffer.from(signatureB64, 'base64url');
    for (const key of candidates) {
      if (verifies(signingInput, signature, key)) {
        return { valid: true, kid: kid ?? key.kid, key: { source: key.source, kid: key.kid, subject: key.subject }, ...described };
      }
    }
    const reason =
      named.length > 0
        ? 'signature does not match'
        : kid !== null
          ? `unknown key id ${kid}: no gstgate key or configured NIC certificate has it, and none verifies the signature`
          : 'no key id in the header, and no gstgate key or configured NIC certificate verifies the signature';
    return { valid: false, reason, kid, key: null, ...described };
  }
}

function verifies(signingInput: Buffer, signature: Buffer, key: VerificationKey): boolean {
  try {
    return rsaVerify('sha256', signingInput, key.publicKey, signature);
  } catch {
    return false;
  }
}

/** A base64url part holding a JSON object, else undefined. */
function jsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** NIC's `data` claim is JSON text; parsed when it is, kept as given otherwise. */
function dataClaim(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** SignedQRCode: every QR field (§6.3). SignedInvoice: an INV-01 as the IRP stores it (Irn, DocDtls, SellerDtls, ItemList). */
export function kindOf(data: unknown): DocumentKind {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'unknown';
  const has = (k: string) => Object.hasOwn(data, k);
  if (QR_FIELDS.every(has)) return 'SignedQRCode';
  if (['Irn', 'DocDtls', 'SellerDtls', 'ItemList'].every(has)) return 'SignedInvoice';
  return 'unknown';
}
