/**
 * Webhook signatures, Stripe's scheme: `X-Gstgate-Signature: t=<unix seconds>,v1=<hex>` where
 * v1 = HMAC-SHA256(secret, "<t>.<raw body>"). The timestamp is signed with the body, so a captured
 * request cannot be replayed outside the receiver's tolerance window. Receivers verify with the raw
 * bytes they received (not a re-serialised object) and the endpoint's `whsec_…` secret.
 * Pure: no I/O, so the SDK can reuse it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Gstgate-Signature';
/** Default tolerance of verifyWebhookSignature: 5 minutes, as Stripe's libraries. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

function hmacHex(secret: string, timestamp: number, rawBody: string | Uint8Array): string {
  const mac = createHmac('sha256', secret);
  mac.update(`${timestamp}.`);
  mac.update(rawBody);
  return mac.digest('hex');
}

/** The header value for a body sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, rawBody: string | Uint8Array, timestamp: number): string {
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, rawBody)}`;
}

/**
 * Receiver side: true when `header` carries a v1 signature of `rawBody` under `secret` whose
 * timestamp is within `toleranceSec` of `nowSec` (either side: clocks drift). Several v1 entries are
 * accepted (any may match). Constant-time comparison.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined | null,
  rawBody: string | Uint8Array,
  toleranceSec: number = DEFAULT_TOLERANCE_SECONDS,
  nowSec: number = Math.floor(Date.now() / 1000),
): boolean {
  if (typeof header !== 'string' || header.length > 2000) return false;
  let timestamp: number | undefined;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) candidates.push(value);
  }
  if (timestamp === undefined || candidates.length === 0) return false;
  if (Math.abs(nowSec - timestamp) > toleranceSec) return false;
  const expected = Buffer.from(hmacHex(secret, timestamp, rawBody), 'hex');
  return candidates.some((c) => timingSafeEqual(Buffer.from(c, 'hex'), expected));
}
