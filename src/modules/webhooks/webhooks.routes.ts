/**
 * Webhook endpoints of the caller's GSTIN (issue 6; bearer token, the tenant is the token's GSTIN:
 * another GSTIN's endpoint is 404, as an unknown one).
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { webhookCreateExamples } from '../../core/http/docs-examples.ts';
import { bearerSecurity, ProblemSchema } from '../../core/http/openapi.ts';
import { WEBHOOK_EVENTS } from '../audit/activity.ts';
import { actorOf } from '../audit/route-activity.ts';
import { authOf } from '../auth/auth.plugin.ts';
import * as s from './webhooks.schemas.ts';
import type { WebhookActor, WebhooksService } from './webhooks.service.ts';

const tags = ['Webhooks'];
const problems = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema };

const who = (request: FastifyRequest): WebhookActor => {
  const auth = authOf(request);
  return { gstin: auth.gstin, actor: actorOf(auth), requestId: request.id };
};

export function webhooksRoutes(service: WebhooksService, requireToken: (req: never) => Promise<void>): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireToken as never);

    app.post(
      '/v1/webhooks',
      {
        // The answer holds the signing secret: never kept in the idempotency store (README "Idempotency-Key").
        config: { idempotency: false },
        schema: {
          tags,
          summary: 'Create a webhook endpoint',
          description:
            `Events: ${WEBHOOK_EVENTS.join(', ')} (unknown: WEBHOOK_EVENT_UNKNOWN; a bad URL: WEBHOOK_URL_INVALID; ` +
            'more than 20 endpoints per GSTIN: WEBHOOK_ENDPOINT_LIMIT). Each delivery is a POST of ' +
            '`{ id, type, createdAt, gstin, data }` signed with `X-Gstgate-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. ' +
            'The `secret` is in this answer only (and after rotate-secret).',
          security: bearerSecurity,
          body: s.CreateEndpointBody.meta(webhookCreateExamples),
          response: { 201: s.EndpointWithSecretSchema, ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await service.create(who(request), request.body)),
    );

    app.get(
      '/v1/webhooks',
      {
        schema: {
          tags,
          summary: 'List webhook endpoints',
          description: "The caller GSTIN's endpoints, without their signing secrets (shown only on create and rotate-secret).",
          security: bearerSecurity,
          response: { 200: s.EndpointListSchema, ...problems },
        },
      },
      async (request) => ({ endpoints: await service.list(authOf(request).gstin) }),
    );

    app.get(
      '/v1/webhooks/:id',
      {
        schema: {
          tags,
          summary: 'Get a webhook endpoint',
          description: "One endpoint of the caller's GSTIN, without its secret; another GSTIN's endpoint is 404 NOT_FOUND.",
          security: bearerSecurity,
          params: s.EndpointParams,
          response: { 200: s.EndpointSchema, ...problems },
        },
      },
      async (request) => service.get(authOf(request).gstin, request.params.id),
    );

    app.patch(
      '/v1/webhooks/:id',
      {
        schema: {
          tags,
          summary: 'Change a webhook endpoint (url, events, active, description)',
          description:
            "Only the members sent change; active false sends nothing (pending retries end as failed) until set true again. Another GSTIN's endpoint is 404 NOT_FOUND.",
          security: bearerSecurity,
          params: s.EndpointParams,
          body: s.PatchEndpointBody,
          response: { 200: s.EndpointSchema, ...problems },
        },
      },
      async (request) => service.update(who(request), request.params.id, request.body),
    );

    app.delete(
      '/v1/webhooks/:id',
      {
        schema: {
          tags,
          summary: 'Delete a webhook endpoint and its delivery log',
          description: "204 with no body; another GSTIN's endpoint is 404 NOT_FOUND.",
          security: bearerSecurity,
          params: s.EndpointParams,
          response: { 204: z.null().describe('Deleted'), ...problems },
        },
      },
      async (request, reply) => {
        await service.remove(who(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/v1/webhooks/:id/rotate-secret',
      {
        // The answer holds the signing secret: never kept in the idempotency store (README "Idempotency-Key").
        config: { idempotency: false },
        schema: {
          tags,
          summary: 'Replace the signing secret',
          description:
            'The new secret is in this answer only; the old one stops at once (deliveries still pending are signed with the new one).',
          security: bearerSecurity,
          params: s.EndpointParams,
          response: { 200: s.EndpointWithSecretSchema, ...problems },
        },
      },
      async (request) => service.rotateSecret(who(request), request.params.id),
    );

    app.get(
      '/v1/webhooks/:id/deliveries',
      {
        schema: {
          tags,
          summary: 'The delivery log of an endpoint',
          description: 'Each event sent to the endpoint: its state, attempts, last HTTP status and error. Newest first.',
          security: bearerSecurity,
          params: s.EndpointParams,
          querystring: s.DeliveriesQuery,
          response: { 200: s.DeliveriesSchema, ...problems },
        },
      },
      async (request) => service.deliveries(authOf(request).gstin, request.params.id, request.query.limit, request.query.before),
    );

    app.post(
      '/v1/webhooks/:id/test',
      {
        schema: {
          tags,
          summary: 'Send a test event (webhook.test)',
          description:
            'Queues a signed `webhook.test` event to this endpoint only (even when disabled): check the URL and the signature verification. ' +
            'It is delivered and retried like any event.',
          security: bearerSecurity,
          params: s.EndpointParams,
          response: { 202: s.TestPingSchema, ...problems },
        },
      },
      async (request, reply) => reply.status(202).send(await service.test(who(request), request.params.id)),
    );
  };
}
