/**
 * Idempotency-Key (api.md §2, issue 6) on every bearer-authenticated POST under /v1: a repeat with
 * the same key, method, path and body gets the first response again, byte for byte, with
 * `Idempotent-Replayed: true`; another request under the same key gets 422 IDEMPOTENCY_KEY_REUSED.
 *
 * - Scope: the token's GSTIN + the key. Requests without the header are untouched (no DB work);
 *   POSTs without a bearer token (/v1/authenticate, the X-Admin-Key routes, /nic) are not covered.
 * - Request hash: SHA-256 over `METHOD\nurl\n` and the raw body bytes, taken while Fastify reads the
 *   body (preParsing), so nothing is re-serialised.
 * - Claim: one INSERT … ON CONFLICT, so of two instances racing for one key exactly one runs the
 *   request; the other waits (polling, up to GSTGATE_IDEMPOTENCY_WAIT_MS) and replays, or answers
 *   409 IDEMPOTENCY_IN_PROGRESS with Retry-After.
 * - What is kept: any final status below 500 (2xx, 202 job acceptance, 4xx rule failures, 409s).
 *   A 5xx (500, 502, 503, 504) gives the key back, so the client can retry with the same key.
 * - Keys live 24 hours; an expired row counts as absent. A `pending` claim older than the abandon
 *   bound (its instance died mid-request) is taken over. Expired rows are purged every 10 minutes.
 * - The replay keeps the first response's X-Request-Id (the body of a problem names it too); the
 *   replaying request is logged under its own id with `replayOf`.
 * Needs bearer auth at onRequest (every route module does so), so `request.auth` is set here.
 */

import { createHash, type Hash } from 'node:crypto';
import { Transform } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../core/clock.ts';
import { fail, GstError, problem } from '../../core/errors.ts';
import { type Every, every } from '../../core/interval.ts';
import type { IdempotencyRepository } from './idempotency.repository.ts';

/** Keys are kept 24 hours (issue 6). */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
const PURGE_EVERY_MS = 10 * 60 * 1000;
const PURGE_BATCH = 1000;
/** 1–255 printable ASCII characters (api.md §2; the common limit of Stripe-style keys). */
const KEY_FORMAT = /^[\x20-\x7e]{1,255}$/;
/** Response headers that belong to the stored response (content and identity, not transport). */
const KEPT_HEADERS = ['content-type', 'location', 'x-request-id', 'x-gstgate-recovered'] as const;

export interface IdempotencyOptions {
  repo: IdempotencyRepository;
  clock: Clock;
  /** How long a repeat waits for an in-flight first request (GSTGATE_IDEMPOTENCY_WAIT_MS). */
  waitMs: number;
  /** A `pending` claim older than this is taken over: its instance is gone. */
  abandonAfterMs: number;
}

interface IdempotencyState {
  key: string;
  gstin: string;
  hash: Hash;
  /** Set once this request owns the key: the claim's identity. */
  claimedAt?: Date;
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: IdempotencyState | null;
  }
  interface FastifyContextConfig {
    /** false: the route's answer is not kept (it holds a secret); Idempotency-Key is ignored. */
    idempotency?: boolean;
  }
}

/** SHA-256 of method, URL and raw body, as the plugin computes it (hex). */
export function requestHash(method: string, url: string, body: string | Buffer): string {
  return startHash(method, url).update(body).digest('hex');
}

function startHash(method: string, url: string): Hash {
  return createHash('sha256').update(`${method}\n${url}\n`);
}

export function registerIdempotency(app: FastifyInstance, opts: IdempotencyOptions): void {
  const { repo, clock } = opts;
  app.decorateRequest('idempotency', null);

  // The hash of the raw body, fed chunk by chunk as the body parser reads it.
  app.addHook('preParsing', async (request, _reply, payload) => {
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || header === undefined || !request.auth) return payload;
    // Routes whose answer holds a secret (a webhook signing secret) are never stored: the header is ignored there.
    if (request.routeOptions.config.idempotency === false) return payload;
    const key = Array.isArray(header) ? header.join(', ') : header;
    if (!KEY_FORMAT.test(key)) fail('IDEMPOTENCY_KEY_INVALID', [], 'Idempotency-Key');
    const hash = startHash(request.method, request.url);
    request.idempotency = { key, gstin: request.auth.gstin, hash };
    const tee = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        (this as Transform & { receivedEncodedLength: number }).receivedEncodedLength += chunk.length;
        done(null, chunk);
      },
    }) as Transform & { receivedEncodedLength: number };
    // Fastify compares this with Content-Length and the body limit (Hooks.md, preParsing).
    tee.receivedEncodedLength = 0;
    // pipe, not pipeline: a parser that stops reading early must not destroy the request socket.
    payload.on('error', (err) => tee.destroy(err));
    payload.pipe(tee);
    return tee;
  });

  app.addHook('preHandler', async (request, reply) => {
    const state = request.idempotency;
    if (!state) return;
    const hash = state.hash.digest('hex');
    const claim = { gstin: state.gstin, key: state.key, method: request.method, path: request.url, requestHash: hash };
    const deadline = Date.now() + opts.waitMs;
    const inProgress = () => {
      // The repeat itself waits again up to waitMs, so a short Retry-After is enough.
      const retryAfter = 1;
      return new GstError([problem('IDEMPOTENCY_IN_PROGRESS', [retryAfter], 'Idempotency-Key')], {
        headers: { 'Retry-After': String(retryAfter) },
      });
    };
    let delay = 20;
    for (;;) {
      if (Date.now() > deadline + 1000) throw inProgress(); // a guard: the loop below always ends sooner
      const now = clock.now();
      const claimedAt = await repo.claim(
        claim,
        now,
        new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
        new Date(now.getTime() - opts.abandonAfterMs),
      );
      if (claimedAt) {
        state.claimedAt = claimedAt;
        return;
      }
      const row = await repo.find(state.gstin, state.key);
      // Gone (the first request failed with a 5xx and gave the key back) or expired: claim again.
      if (!row || row.expiresAt.getTime() <= clock.now().getTime()) continue;
      if (row.requestHash !== hash) fail('IDEMPOTENCY_KEY_REUSED', [], 'Idempotency-Key');
      if (row.state === 'done' && row.statusCode !== null && row.responseBody !== null) {
        return replay(request, reply, row.statusCode, row.responseHeaders ?? {}, row.responseBody);
      }
      // In flight, here or on another instance: wait for its answer.
      if (Date.now() >= deadline) throw inProgress();
      await sleep(Math.min(delay, Math.max(1, deadline - Date.now())));
      delay = Math.min(delay * 2, 250);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const state = request.idempotency;
    if (!state?.claimedAt) return payload;
    const claimedAt = state.claimedAt;
    state.claimedAt = undefined;
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : undefined;
    try {
      // A 5xx is not an answer to keep: the key is given back for a retry (README "Idempotency-Key").
      if (reply.statusCode >= 500 || body === undefined) {
        await repo.release(state.gstin, state.key, claimedAt);
      } else {
        const headers: Record<string, string> = {};
        for (const name of KEPT_HEADERS) {
          const value = name === 'x-request-id' ? request.id : reply.getHeader(name);
          if (value !== undefined) headers[name] = String(value);
        }
        await repo.complete(state.gstin, state.key, claimedAt, { statusCode: reply.statusCode, headers, body });
      }
    } catch (err) {
      // The response still goes out; the pending claim is taken over after the abandon bound.
      request.log.warn({ err, idempotencyKey: state.key }, 'could not store the idempotent response');
    }
    return payload;
  });

  let purging: Every | undefined;
  app.addHook('onReady', async () => {
    purging = every(
      PURGE_EVERY_MS,
      () => purgeExpired(repo, clock),
      (err) => app.log.warn({ err }, 'purging expired idempotency keys failed'),
    );
  });
  app.addHook('onClose', async () => {
    await purging?.stop();
  });
}

function replay(
  request: FastifyRequest,
  reply: FastifyReply,
  statusCode: number,
  headers: Record<string, string>,
  body: string,
): FastifyReply {
  request.log.info({ replayOf: headers['x-request-id'], statusCode }, 'idempotent replay');
  reply.code(statusCode);
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  reply.header('Idempotent-Replayed', 'true');
  return reply.send(body);
}

/** Deletes expired keys in batches, so one run never holds the table long. */
async function purgeExpired(repo: IdempotencyRepository, clock: Clock): Promise<void> {
  let deleted = PURGE_BATCH;
  while (deleted === PURGE_BATCH) deleted = await repo.purgeExpired(clock.now(), PURGE_BATCH);
}
