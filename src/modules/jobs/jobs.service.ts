/**
 * Asynchronous e-invoice generation (issue 6): accepts an invoice into the durable queue (core/jobs,
 * pg-boss) and tells a job's state to the GSTIN that queued it. The attempt itself is
 * einvoice-generate.job.ts.
 */
import { fail, GstError } from '../../core/errors.ts';
import { type ProblemBody, problemBody } from '../../core/http/problem.ts';
import { isUuid } from '../../core/ids.ts';
import type { JobQueue, StoredJob } from '../../core/jobs.ts';
import type { Inv01 } from '../../domain/invoice/inv01.schema.ts';
import type { AuthContext } from '../auth/auth.service.ts';
import type { EinvoiceResponse } from '../einvoice/einvoice.service.ts';
import { EINVOICE_GENERATE, type GenerateJobData } from './einvoice-generate.job.ts';
import type { JobState } from './jobs.schemas.ts';

export interface JobAccepted {
  jobId: string;
  status: 'queued';
  statusUrl: string;
  reason: GenerateJobData['reason'];
  message: string;
}

export interface JobView {
  id: string;
  type: typeof EINVOICE_GENERATE;
  state: JobState;
  attempts: number;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
  nextAttemptAt?: string;
  result?: EinvoiceResponse;
  error?: ProblemBody;
}

/** Our states over pg-boss's: a handled rejection completes the pg-boss job with an `error` output. */
const STATE_SQL: Record<JobState, string> = {
  queued: `state = 'created'`,
  running: `state = 'active'`,
  retrying: `state = 'retry'`,
  completed: `state = 'completed' AND output->'error' IS NULL`,
  failed: `state IN ('failed', 'cancelled') OR (state = 'completed' AND output->'error' IS NOT NULL)`,
};

const MESSAGES: Record<GenerateJobData['reason'], string> = {
  async: 'Queued: the invoice will be registered with the IRP in the background; poll statusUrl.',
  'upstream-unavailable':
    'Queued because the IRP is unavailable: the invoice will be registered when it answers again, with retries and backoff; poll statusUrl.',
};

export class JobsService {
  constructor(private readonly queue: JobQueue) {}

  async enqueueGenerate(auth: AuthContext, invoice: Inv01, requestId: string, reason: GenerateJobData['reason']): Promise<JobAccepted> {
    const data: GenerateJobData = {
      auth: { gstin: auth.gstin, userId: auth.userId, ...(auth.username ? { username: auth.username } : {}) },
      requestId,
      reason,
      invoice,
    };
    const jobId = await this.queue.send(EINVOICE_GENERATE, data);
    return { jobId, status: 'queued', statusUrl: `/v1/jobs/${jobId}`, reason, message: MESSAGES[reason] };
  }

  /** The caller's job; another GSTIN's job is answered as unknown. */
  async get(auth: AuthContext, id: string): Promise<JobView> {
    const job = isUuid(id) ? await this.queue.get<GenerateJobData>(EINVOICE_GENERATE, id.toLowerCase()) : null;
    if (!job || job.data?.auth?.gstin !== auth.gstin) fail('NOT_FOUND', [`Job ${id} not found`], 'id');
    return viewOf(job);
  }

  async list(auth: AuthContext, query: { state?: JobState; limit: number }): Promise<JobView[]> {
    const jobs = await this.queue.list<GenerateJobData>(EINVOICE_GENERATE, ['auth', 'gstin'], auth.gstin, {
      limit: query.limit,
      where: query.state ? STATE_SQL[query.state] : undefined,
    });
    return jobs.map(viewOf);
  }
}

function stateOf(job: StoredJob): JobState {
  switch (job.state) {
    case 'created':
      return 'queued';
    case 'active':
      return 'running';
    case 'retry':
      return 'retrying';
    case 'completed':
      return job.output && 'error' in job.output ? 'failed' : 'completed';
    default:
      return 'failed';
  }
}

export function viewOf(job: StoredJob<GenerateJobData>): JobView {
  const state = stateOf(job);
  const output = job.output ?? {};
  const settledAt = typeof output.at === 'string' ? output.at : undefined;
  // pg-boss counts retries: an attempt that started adds one.
  const attempts = job.startedOn ? job.retryCount + 1 : 0;
  let updatedAt = job.createdOn.toISOString();
  if (state === 'running' && job.startedOn) updatedAt = job.startedOn.toISOString();
  else if (settledAt) updatedAt = settledAt;
  else if (job.completedOn) updatedAt = job.completedOn.toISOString();
  else if (job.startedOn) updatedAt = job.startedOn.toISOString();
  const view: JobView = {
    id: job.id,
    type: EINVOICE_GENERATE,
    state,
    attempts,
    createdAt: job.createdOn.toISOString(),
    updatedAt,
  };
  if ((state === 'completed' || state === 'failed') && job.completedOn) view.completedAt = job.completedOn.toISOString();
  if (state === 'queued' || state === 'retrying') view.nextAttemptAt = job.startAfter.toISOString();
  if (state === 'completed' && output.result) view.result = output.result as EinvoiceResponse;
  if ((state === 'failed' || state === 'retrying') && output.error) view.error = output.error as ProblemBody;
  // pg-boss's own failures (an instance stopped mid-attempt past the grace time, an attempt that ran
  // out of time) leave no problem of ours: a final one is shown as INTERNAL.
  if (state === 'failed' && !output.error) {
    view.error = problemBody(GstError.of('INTERNAL'), job.data?.requestId ?? job.id);
  }
  return view;
}
