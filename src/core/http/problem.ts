/**
 * One error handler: every failure leaves as application/problem+json (api.md §2) with the
 * catalogue code; 5xx details are logged, never sent (fastify/demo src/app.ts).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { catalogue, GstError, type Problem, problem } from '../errors.ts';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  errors: Problem[];
  info?: unknown[];
  requestId: string;
}

export function problemBody(err: GstError, requestId: string): ProblemBody {
  const first = err.errors[0];
  return {
    type: `/docs/errors#${first.code}`,
    title: catalogue[first.code]?.title ?? titleFor(err.status),
    status: err.status,
    code: first.code,
    errors: err.errors,
    ...(err.info && err.info.length > 0 ? { info: err.info } : {}),
    requestId,
  };
}

function titleFor(status: number): string {
  if (status === 401) return 'Unauthorized';
  if (status === 403) return 'Forbidden';
  if (status === 404) return 'Not found';
  if (status === 409) return 'Conflict';
  if (status >= 500) return 'Upstream or internal error';
  return 'Validation failed';
}

interface ZodLikeIssue {
  path?: PropertyKey[];
  instancePath?: string;
  message?: string;
}

function fieldOf(issue: ZodLikeIssue, context?: string): string | undefined {
  if (issue.path && issue.path.length > 0) {
    return issue.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
  }
  // The body as a whole ('/') names no field.
  if (issue.instancePath && issue.instancePath !== '/') return issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  return context;
}

/** Maps anything thrown in a request to a GstError. */
export function toGstError(err: unknown, bodyLimit?: number): GstError {
  if (err instanceof GstError) return err;
  const e = err as Omit<FastifyError, 'validation'> & { validation?: ZodLikeIssue[]; validationContext?: string };
  if (Array.isArray(e.validation)) {
    const problems = e.validation.map((issue) =>
      problem('VALIDATION_FAILED', [issue.message ?? 'Invalid value'], fieldOf(issue, e.validationContext)),
    );
    return new GstError(problems.length ? problems : [problem('VALIDATION_FAILED', [e.message])]);
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return GstError.of('PAYLOAD_TOO_LARGE', [String(bodyLimit ?? '')]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return GstError.of('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return GstError.of('INVALID_JSON');
  }
  if (err instanceof SyntaxError && e.statusCode === 400) return GstError.of('INVALID_JSON');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new GstError([problem('VALIDATION_FAILED', [e.message])], { status: e.statusCode });
  }
  return GstError.of('INTERNAL');
}

export function sendProblem(reply: FastifyReply, err: GstError): FastifyReply {
  if (err.headers) reply.headers(err.headers);
  return reply
    .status(err.status)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(problemBody(err, String(reply.request.id))));
}

export function registerProblemHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const gst = toGstError(err, request.routeOptions.bodyLimit ?? bodyLimit);
    if (gst.status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ code: gst.code, status: gst.status }, 'request rejected');
    return sendProblem(reply, gst);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, GstError.of('ROUTE_NOT_FOUND', [request.method, request.url.split('?')[0]])),
  );
}
