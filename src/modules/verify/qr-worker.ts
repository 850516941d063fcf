/**
 * Image decoding and QR search off the event loop: decoding a 25-megapixel photo and running jsqr
 * over it takes seconds of CPU, which on the main thread would stall every other request. One
 * worker thread per app reads images one after another (requests queue in its message port); it is
 * started at the first image and stopped when the app closes. A crashed worker fails its pending
 * reads with INTERNAL and the next read starts a new one.
 *
 * The worker runs qr-image.worker.ts: under tsx (how gstgate runs) a worker thread does not inherit
 * the TypeScript loader, so the bootstrap registers tsx's ESM hooks before importing the entry.
 */
import { Worker } from 'node:worker_threads';
import { GstError, type Problem } from '../../core/errors.ts';
import type { QrFound } from './qr-image.ts';

export type WorkerReply =
  | { id: number; ok: true; found: QrFound }
  | { id: number; ok: false; errors?: Problem[]; status?: number; message?: string };

interface Pending {
  resolve: (found: QrFound) => void;
  reject: (err: unknown) => void;
}

const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './qr-image.worker.ts' : './qr-image.worker.js', import.meta.url).href;

const BOOTSTRAP = ENTRY.endsWith('.ts')
  ? `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(ENTRY)}); });`
  : `import(${JSON.stringify(ENTRY)});`;

export class QrWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** readQrCode(bytes, maxPixels) in the worker: resolves with the QR text, rejects with its GstError. */
  read(bytes: Buffer, maxPixels: number): Promise<QrFound> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<QrFound>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      // A copy the worker owns (the request's buffer may be a slice of a pooled one).
      const copy = new Uint8Array(bytes);
      worker.postMessage({ id, bytes: copy, maxPixels }, [copy.buffer]);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(BOOTSTRAP, { eval: true, execArgv: [] });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) waiting.resolve(reply.found);
      else if (reply.errors && reply.errors.length > 0) waiting.reject(new GstError(reply.errors, { status: reply.status }));
      else waiting.reject(new Error(`QR worker: ${reply.message ?? 'failed'}`));
    });
    const failAll = (err: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [id, waiting] of this.pending) {
        this.pending.delete(id);
        waiting.reject(err);
      }
    };
    worker.on('error', (err) => failAll(err));
    worker.on('exit', (code) => failAll(new Error(`QR worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }
}
