/** Worker-thread entry of qr-worker.ts: reads the QR code of each image it is sent. */
import { parentPort } from 'node:worker_threads';
import { GstError } from '../../core/errors.ts';
import { readQrCode } from './qr-image.ts';
import type { WorkerReply } from './qr-worker.ts';

const port = parentPort;
if (!port) throw new Error('qr-image.worker.ts runs as a worker thread');

port.on('message', (msg: { id: number; bytes: Uint8Array; maxPixels: number }) => {
  let reply: WorkerReply;
  try {
    const bytes = Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength);
    reply = { id: msg.id, ok: true, found: readQrCode(bytes, msg.maxPixels) };
  } catch (err) {
    reply =
      err instanceof GstError
        ? { id: msg.id, ok: false, errors: err.errors, status: err.status }
        : { id: msg.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
