import { z } from 'zod';
import { WEBHOOK_EVENTS } from '../audit/activity.ts';

// Event names are checked by the service, so an unknown one answers WEBHOOK_EVENT_UNKNOWN listing the events.
const events = z
  .array(z.string().max(100))
  .min(1)
  .max(20)
  .describe(`Events to receive: ${WEBHOOK_EVENTS.join(', ')}`);
const url = z.string().max(2000).describe('Absolute http:// or https:// URL that receives POSTs (no user:password@)');
const description = z.string().max(500).nullish();

export const CreateEndpointBody = z.object({ url, events, description }).strict().describe('A webhook endpoint of the caller GSTIN');

export const PatchEndpointBody = z
  .object({
    url: url.optional(),
    events: events.optional(),
    active: z.boolean().optional().describe('false: nothing is sent (pending retries end as failed) until set true again'),
    description,
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'Give at least one of url, events, active, description');

export const EndpointSchema = z.object({
  id: z.string().describe('UUID'),
  url: z.string(),
  events: z.array(z.string()),
  description: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string().describe('ISO-8601'),
});

export const EndpointWithSecretSchema = EndpointSchema.extend({
  secret: z.string().describe('whsec_…: the HMAC-SHA256 key of X-Gstgate-Signature. Shown only now; keep it.'),
});

export const EndpointListSchema = z.object({ endpoints: z.array(EndpointSchema) });

export const EndpointParams = z.object({ id: z.string().describe('Endpoint id') });

export const DeliveriesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().positive().optional().describe('The `next` of the previous page'),
});

export const DeliverySchema = z.object({
  id: z.number().int().describe('Delivery id, sent as X-Gstgate-Delivery'),
  event: z.string(),
  eventId: z.string().describe('The envelope `id`: the same for every endpoint the event went to; de-duplicate on it'),
  state: z.enum(['pending', 'delivered', 'failed']).describe('failed: attempts exhausted, or the endpoint was disabled'),
  attempts: z.number().int(),
  lastStatus: z.number().int().nullable().describe('HTTP status of the last attempt; null when there was no answer'),
  lastError: z.string().nullable().describe('Why the most recent failed attempt failed (kept after a later success)'),
  createdAt: z.string(),
  nextAttemptAt: z.string().nullable().describe('While pending: when the next attempt is due'),
  deliveredAt: z.string().nullable(),
});

export const DeliveriesSchema = z.object({
  deliveries: z.array(DeliverySchema).describe('Newest first'),
  next: z.string().optional().describe('Pass as `before` for the next page'),
});

export const TestPingSchema = z.object({
  eventId: z.string(),
  deliveryId: z.number().int().describe('Follow it in GET /v1/webhooks/{id}/deliveries'),
});
