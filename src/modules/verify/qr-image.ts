/**
 * Reading the QR code of a PNG or JPEG (a printed e-invoice, a scan, a phone photo): pngjs / jpeg-js
 * decode to RGBA, jsqr finds and decodes the code. NIC's SignedQRCode is ~1,000 characters (QR
 * version ~25, 117 modules), so jsqr needs a few pixels per module: images are first read at
 * ≤ 4 megapixels (fast, and enough for a QR that fills a fair part of the picture), then smaller
 * (noisy photos), then at full resolution (a small QR in a large photo). Each attempt also tries the
 * inverted image (light modules on dark). Pure: no Fastify; failures are catalogue errors.
 */
import jpeg from 'jpeg-js';
import jsqrModule from 'jsqr';
import { PNG } from 'pngjs';
import { fail } from '../../core/errors.ts';

// jsqr is CommonJS with `exports.default`: under Node's ESM the default import is the exports object.
const jsQR = jsqrModule.default;

export type ImageFormat = 'PNG' | 'JPEG';

export interface Rgba {
  width: number;
  height: number;
  /** width × height × 4 bytes, alpha flattened onto white. */
  data: Uint8ClampedArray;
}

export interface QrFound {
  text: string;
  format: ImageFormat;
  width: number;
  height: number;
  /** QR version (1–40): 25 or so for NIC's SignedQRCode. */
  version: number;
}

/** The first attempt reads the image scaled down to at most this many pixels. */
const FIRST_PASS_PIXELS = 4_000_000;
/** Smaller attempts stop before the image's short side gets below this. */
const MIN_SIDE = 200;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The bytes of `image`: base64 (standard or URL-safe, whitespace ignored) or a `data:` URL with
 * `;base64`. Anything else is VERIFY_IMAGE_UNREADABLE.
 */
export function imageBytes(image: string): Buffer {
  let text = image.trim();
  const dataUrl = /^data:([^,]*),/i.exec(text);
  if (dataUrl) {
    if (!/;base64$/i.test(dataUrl[1])) fail('VERIFY_IMAGE_UNREADABLE', ['a data: URL must be base64 (data:image/png;base64,…)'], 'image');
    text = text.slice(dataUrl[0].length);
  }
  text = text.replace(/\s+/g, '');
  if (text.length === 0 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) fail('VERIFY_IMAGE_UNREADABLE', ['not base64'], 'image');
  return Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64');
}

/** PNG or JPEG by their magic bytes; anything else is VERIFY_IMAGE_UNREADABLE. */
export function imageFormat(bytes: Buffer): ImageFormat {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'PNG';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'JPEG';
  fail('VERIFY_IMAGE_UNREADABLE', ['not a PNG or JPEG file'], 'image');
}

/**
 * Width and height from the file header, before anything is decoded (so a small file that claims
 * an enormous image is refused cheaply): PNG's IHDR, JPEG's first SOFn marker.
 */
export function imageSize(bytes: Buffer, format: ImageFormat): { width: number; height: number } | undefined {
  if (format === 'PNG') {
    if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1];
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // markers without a length
      continue;
    }
    const length = bytes.readUInt16BE(i + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > bytes.length) return undefined;
      return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    }
    if (marker === 0xda || length < 2) return undefined; // image data before any frame header
    i += 2 + length;
  }
  return undefined;
}

/** Decodes a PNG or JPEG to RGBA, refusing images above `maxPixels` before decoding them. */
export function decodeImage(bytes: Buffer, maxPixels: number): Rgba & { format: ImageFormat } {
  const format = imageFormat(bytes);
  const size = imageSize(bytes, format);
  if (!size || size.width === 0 || size.height === 0)
    fail('VERIFY_IMAGE_UNREADABLE', [`no ${format} image size in the file header`], 'image');
  const pixels = size.width * size.height;
  if (pixels > maxPixels) {
    fail('VERIFY_IMAGE_TOO_LARGE', [size.width, size.height, megapixels(pixels), megapixels(maxPixels)], 'image');
  }
  let raw: { width: number; height: number; data: Uint8Array };
  try {
    raw =
      format === 'PNG'
        ? PNG.sync.read(bytes)
        : jpeg.decode(bytes, {
            useTArray: true,
            formatAsRGBA: true,
            maxResolutionInMP: maxPixels / 1e6,
            // RGBA output plus jpeg-js's component buffers: a few bytes per pixel.
            maxMemoryUsageInMB: Math.ceil((pixels * 12) / 1e6) + 64,
          });
  } catch (err) {
    fail('VERIFY_IMAGE_UNREADABLE', [`${format} decoding failed: ${libraryMessage(err)}`], 'image');
  }
  if (raw.width !== size.width || raw.height !== size.height || raw.data.length < raw.width * raw.height * 4) {
    fail('VERIFY_IMAGE_UNREADABLE', [`${format} decoding failed: inconsistent image size`], 'image');
  }
  return { format, ...flattenOnWhite(raw) };
}

/**
 * Finds the QR code of a PNG or JPEG: VERIFY_IMAGE_UNREADABLE, VERIFY_IMAGE_TOO_LARGE or
 * VERIFY_NO_QR_FOUND when there is none to be read.
 */
export function readQrCode(bytes: Buffer, maxPixels: number): QrFound {
  const image = decodeImage(bytes, maxPixels);
  const found = findQr(image);
  if (!found) fail('VERIFY_NO_QR_FOUND', [image.format, image.width, image.height], 'image');
  return { text: found.data, version: found.version, format: image.format, width: image.width, height: image.height };
}

/** jsqr over the attempts described in the header; undefined when none finds a code. */
export function findQr(image: Rgba): { data: string; version: number } | undefined {
  const pixels = image.width * image.height;
  const firstFactor = Math.max(1, Math.ceil(Math.sqrt(pixels / FIRST_PASS_PIXELS)));
  const factors = [firstFactor];
  for (let f = firstFactor * 2; Math.min(image.width, image.height) / f >= MIN_SIDE; f *= 2) factors.push(f);
  if (firstFactor > 1) factors.push(1);
  for (const factor of factors) {
    const scaled = factor === 1 ? image : downscale(image, factor);
    const code = jsQR(scaled.data, scaled.width, scaled.height, { inversionAttempts: 'attemptBoth' });
    // jsqr may "find" a code in noise and decode nothing: that is no code.
    if (code && code.data.length > 0) return { data: code.data, version: code.version };
  }
  return undefined;
}

/** Box filter by an integer factor (each output pixel the mean of factor × factor input pixels). */
export function downscale(image: Rgba, factor: number): Rgba {
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const out = new Uint8ClampedArray(width * height * 4);
  const src = image.data;
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let dy = 0; dy < factor; dy++) {
        let p = ((y * factor + dy) * image.width + x * factor) * 4;
        for (let dx = 0; dx < factor; dx++, p += 4) {
          r += src[p];
          g += src[p + 1];
          b += src[p + 2];
        }
      }
      const o = (y * width + x) * 4;
      out[o] = r / area;
      out[o + 1] = g / area;
      out[o + 2] = b / area;
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}

/** Transparent pixels over white (jsqr ignores alpha: a transparent background would read as black). */
function flattenOnWhite(raw: { width: number; height: number; data: Uint8Array }): Rgba {
  const data = new Uint8ClampedArray(raw.data.buffer, raw.data.byteOffset, raw.width * raw.height * 4);
  for (let p = 0; p < data.length; p += 4) {
    const a = data[p + 3];
    if (a === 255) continue;
    const keep = a / 255;
    const white = 255 * (1 - keep);
    data[p] = data[p] * keep + white;
    data[p + 1] = data[p + 1] * keep + white;
    data[p + 2] = data[p + 2] * keep + white;
    data[p + 3] = 255;
  }
  return { width: raw.width, height: raw.height, data };
}

function megapixels(pixels: number): string {
  return String(Number((pixels / 1e6).toFixed(1)));
}

/** A decoder's own message, one line and short (never a stack). */
function libraryMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const line = text.split('\n')[0].trim();
  return (line.length > 160 ? `${line.slice(0, 157)}…` : line) || 'unknown error';
}
