import { z } from 'zod';
import { ProblemSchema } from '../../core/http/openapi.ts';
import { IrnDocumentSchema } from '../einvoice/einvoice.schemas.ts';

export const JOB_STATES = ['queued', 'running', 'retrying', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JobAcceptedSchema = z
  .object({
    jobId: z.string().describe('Poll GET /v1/jobs/{jobId}'),
    status: z.literal('queued'),
    statusUrl: z.string().describe('/v1/jobs/{jobId}; also in the Location header'),
    reason: z
      .enum(['async', 'upstream-unavailable'])
      .describe(
        'async: asked for with "async": true or ?async=true; upstream-unavailable: the IRP failed with 503/504 and the request was queued',
      ),
    message: z.string(),
  })
  .describe('202 Accepted: the invoice is in the durable queue and will be registered with retries while the IRP fails');

export const JobViewSchema = z
  .object({
    id: z.string(),
    type: z.literal('einvoice.generate'),
    state: z
      .enum(JOB_STATES)
      .describe(
        'queued (waiting for its first attempt), running, retrying (the IRP failed with 502/503/504; another attempt follows at nextAttemptAt), ' +
          'completed (result), failed (error: a business rejection, never retried, or the IRP still failing after the last attempt)',
      ),
    attempts: z.number().int().describe('Attempts made so far'),
    createdAt: z.string().describe('ISO-8601'),
    updatedAt: z.string().describe('ISO-8601: the last change of state'),
    completedAt: z.string().optional().describe('ISO-8601, once completed or failed'),
    nextAttemptAt: z.string().optional().describe('ISO-8601, while queued or retrying'),
    result: IrnDocumentSchema.optional().describe('The generate response, as the synchronous call answers it (info included)'),
    error: ProblemSchema.optional().describe('failed: why; retrying: the last attempt failed with it'),
  })
  .describe('An asynchronous e-invoice generation');

export const JobParams = z.object({ id: z.string().describe('The job id (a UUID)') });

export const JobListQuery = z.object({
  state: z.enum(JOB_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const JobListSchema = z.object({ jobs: z.array(JobViewSchema).describe("The caller GSTIN's jobs, newest first") });

/** `?async=true` on POST /v1/einvoice/generate (the body member `"async": true` does the same). */
export const GenerateQuery = z.object({
  async: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .describe('true: answer 202 with a job id at once and register the invoice in the background'),
});
