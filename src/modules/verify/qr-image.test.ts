import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { GstError } from '../../core/errors.ts';
import { decodeImage, downscale, findQr, imageBytes, imageSize, readQrCode } from './qr-image.ts';

/** ~1,000 characters, as NIC's SignedQRCode. */
const TEXT = `eyJhbGciOiJSUzI1NiJ9.${'x'.repeat(940)}.c2ln`;

/**
 * A "photo": a 2600×2000 grey, noisy page (over the 4-megapixel first pass, so it is read scaled down)
 * with the QR pasted at scale 6 and darkened unevenly, as under a lamp.
 */
async function photo(): Promise<Buffer> {
  const qr = PNG.sync.read(await QRCode.toBuffer(TEXT, { errorCorrectionLevel: 'M', scale: 6 }));
  const width = 2600;
  const height = 2000;
  const out = new PNG({ width, height });
  let seed = 7;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed % 41) - 20;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const qx = x - 900;
      const qy = y - 500;
      const inQr = qx >= 0 && qy >= 0 && qx < qr.width && qy < qr.height;
      const base = inQr ? qr.data[(qy * qr.width + qx) * 4] : 200;
      const shade = 1 - (0.35 * x) / width;
      const v = Math.max(0, Math.min(255, base * shade + noise()));
      out.data[i] = v;
      out.data[i + 1] = v;
      out.data[i + 2] = v;
      out.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(out);
}

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof GstError) return e.code;
    throw e;
  }
  return 'no error';
};

describe('qr-image', () => {
  it('imageBytes takes base64, URL-safe base64 and data: URLs', () => {
    const bytes = Buffer.from([0x89, 0x50, 0xfb, 0xff, 0x10]);
    assert.deepEqual(imageBytes(bytes.toString('base64')), bytes);
    assert.deepEqual(imageBytes(bytes.toString('base64url')), bytes);
    assert.deepEqual(imageBytes(`data:image/png;base64,${bytes.toString('base64')}`), bytes);
    assert.deepEqual(imageBytes(`${bytes.toString('base64').slice(0, 4)}\n${bytes.toString('base64').slice(4)}`), bytes);
    assert.equal(
      codeOf(() => imageBytes('data:image/png,abc')),
      'VERIFY_IMAGE_UNREADABLE',
    );
    assert.equal(
      codeOf(() => imageBytes('')),
      'VERIFY_IMAGE_UNREADABLE',
    );
  });

  it('imageSize reads PNG and JPEG dimensions from the header', async () => {
    const png = await QRCode.toBuffer('hello', { scale: 3 });
    const { width, height } = PNG.sync.read(png);
    assert.deepEqual(imageSize(png, 'PNG'), { width, height });
    const jpg = jpeg.encode({ data: Buffer.alloc(37 * 23 * 4, 255), width: 37, height: 23 }, 80).data;
    assert.deepEqual(imageSize(jpg, 'JPEG'), { width: 37, height: 23 });
  });

  it('refuses an image above the pixel limit before decoding it', async () => {
    const png = await QRCode.toBuffer(TEXT, { scale: 4 });
    assert.equal(
      codeOf(() => decodeImage(png, 1000)),
      'VERIFY_IMAGE_TOO_LARGE',
    );
  });

  it('downscale averages boxes', () => {
    const data = new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255]);
    const out = downscale({ width: 2, height: 2, data }, 2);
    assert.equal(out.width, 1);
    assert.deepEqual([...out.data], [128, 128, 128, 255]); // 127.5, rounded by Uint8ClampedArray
  });

  it('reads a QR code of NIC size in a large, noisy, unevenly lit photo', async () => {
    const found = readQrCode(await photo(), 25e6);
    assert.equal(found.text, TEXT);
    assert.deepEqual([found.format, found.width, found.height], ['PNG', 2600, 2000]);
  });

  it('finds nothing in a blank image', () => {
    assert.equal(findQr({ width: 100, height: 100, data: new Uint8ClampedArray(100 * 100 * 4).fill(255) }), undefined);
  });
});
