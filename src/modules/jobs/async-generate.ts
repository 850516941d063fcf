/**
 * What POST /v1/einvoice/generate needs from the retry queue (issue 6): the `async` switch, the
 * decision to queue a synchronous call the IRP could not answer (GSTGATE_QUEUE_WHEN_DOWN), and the
 * 202 answer.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fail, GstError } from '../../core/errors.ts';
import type { JobAccepted, JobsService } from './jobs.service.ts';

export interface AsyncGenerate {
  jobs: JobsService;
  /** A synchronous generate failed so: queue it instead of answering the failure. */
  shouldQueue(err: unknown): boolean;
}

/**
 * 503 UPSTREAM_UNAVAILABLE (and NIC's 2146/2147), 504 UPSTREAM_TIMEOUT that recovery could not settle.
 * Narrower than RETRYABLE_STATUSES (einvoice-generate.job.ts, 502/503/504) on purpose: only an IRP
 * that is down or silent turns a synchronous call into a 202 job; a 502 means the IRP did answer,
 * though garbled, and the caller gets that answer now. Once queued, a job retries a 502 as well.
 */
const QUEUED_WHEN = new Set([503, 504]);

export function asyncGenerate(jobs: JobsService, opts: { queueWhenDown: boolean }): AsyncGenerate {
  return {
    jobs,
    shouldQueue: (err) => opts.queueWhenDown && err instanceof GstError && QUEUED_WHEN.has(err.status),
  };
}

const asyncRequests = new WeakSet<FastifyRequest>();

/**
 * preValidation: removes a top-level `async` member (any letter case, as INV-01's own members bind)
 * from the body, so the INV-01 validation sees the invoice alone, and remembers it.
 */
export async function takeAsyncMember(request: FastifyRequest): Promise<void> {
  const body = request.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return;
  const members = body as Record<string, unknown>;
  for (const key of Object.keys(members)) {
    if (key.toLowerCase() !== 'async') continue;
    const value = members[key];
    delete members[key];
    if (value === true || value === 'true') asyncRequests.add(request);
    else if (value !== false && value !== 'false' && value !== null) fail('VALIDATION_FAILED', ['async must be true or false'], 'async');
  }
}

export function isAsyncRequest(request: FastifyRequest): boolean {
  const query = request.query as { async?: string } | undefined;
  return asyncRequests.has(request) || query?.async === 'true' || query?.async === '1';
}

/** 202 with the job's URL in Location (RFC 9110 §15.3.3). */
export function accepted(reply: FastifyReply, job: JobAccepted): FastifyReply {
  return reply.code(202).header('Location', job.statusUrl).send(job);
}
