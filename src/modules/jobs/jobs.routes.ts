import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, ProblemSchema } from '../../core/http/openapi.ts';
import { authOf } from '../auth/auth.plugin.ts';
import { JobListQuery, JobListSchema, JobParams, JobViewSchema } from './jobs.schemas.ts';
import type { JobsService } from './jobs.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema };

export function jobsRoutes(service: JobsService, requireToken: (req: never) => Promise<void>): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireToken as never);

    app.get(
      '/v1/jobs/:id',
      {
        schema: {
          tags: ['Jobs'],
          summary: 'State of an asynchronous generation',
          description:
            'A job queued by POST /v1/einvoice/generate (202). completed: `result` is the generate response; failed: `error` is the ' +
            'problem the synchronous call would have answered. Another GSTIN’s job is 404, as an unknown one.',
          security: bearerSecurity,
          params: JobParams,
          response: { 200: JobViewSchema, ...problems },
        },
      },
      async (request) => service.get(authOf(request), request.params.id),
    );

    app.get(
      '/v1/jobs',
      {
        schema: {
          tags: ['Jobs'],
          summary: "The caller GSTIN's jobs",
          description: 'Newest first, optionally of one state; finished jobs are kept GSTGATE_JOB_RETENTION_DAYS.',
          security: bearerSecurity,
          querystring: JobListQuery,
          response: { 200: JobListSchema, ...problems },
        },
      },
      async (request) => ({ jobs: await service.list(authOf(request), request.query) }),
    );
  };
}
