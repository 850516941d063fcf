/**
 * Per-GSTIN webhook endpoints (issue 6): what a tenant subscribes to, its signing secret (sealed at
 * rest, shown once), its delivery log and a test ping. Changes are written to the audit log.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock.ts';
import type { SecretBox } from '../../core/crypto/at-rest.ts';
import { fail, failIfAny, type Problem, problem } from '../../core/errors.ts';
import { isPrivateTarget } from '../../core/http/egress.ts';
import { isUuid, newEventId } from '../../core/ids.ts';
import { type Activity, WEBHOOK_EVENTS } from '../audit/activity.ts';
import type { WebhookEnvelope } from '../audit/audit.repository.ts';
import type { WebhookDispatcher } from './webhooks.dispatcher.ts';
import type { WebhooksRepository } from './webhooks.repository.ts';
import type { WebhookDeliveryRow, WebhookEndpointRow } from './webhooks.tables.ts';

/** Endpoints per GSTIN: enough for every system of one business, few enough that one event cannot fan out without bound. */
export const MAX_ENDPOINTS_PER_GSTIN = 20;
/** The event of POST /v1/webhooks/{id}/test: sent to that endpoint only, whatever it subscribes to. */
export const TEST_EVENT = 'webhook.test';

/** Who acts: the token's GSTIN and user, and the request (for the audit log). */
export interface WebhookActor {
  gstin: string;
  actor: string;
  requestId?: string;
}

export interface EndpointInput {
  url: string;
  events: string[];
  description?: string | null;
}

export interface EndpointPatch {
  url?: string;
  events?: string[];
  active?: boolean;
  description?: string | null;
}

export interface EndpointView {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  createdAt: string;
}

export interface DeliveryView {
  id: number;
  event: string;
  eventId: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

/** The associated data binding a sealed secret to its row (core/crypto/at-rest.ts). */
export const secretAad = (endpointId: string) => `webhook_endpoints:${endpointId}:secret`;

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

function view(row: WebhookEndpointRow): EndpointView {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}

function deliveryView(row: WebhookDeliveryRow): DeliveryView {
  return {
    id: row.id,
    event: row.event,
    eventId: row.eventId,
    state: row.state as DeliveryView['state'],
    attempts: row.attempts,
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    nextAttemptAt: row.state === 'pending' ? row.nextAttemptAt.toISOString() : null,
    deliveredAt: row.deliveredAt ? row.deliveredAt.toISOString() : null,
  };
}

/** The URL and events checks, all failures at once (api.md §2). */
function checkInput(input: { url?: string; events?: string[] }, allowPrivate: boolean): { url?: string; events?: string[] } {
  const problems: Problem[] = [];
  let url: string | undefined;
  if (input.url !== undefined) {
    const parsed = URL.canParse(input.url) ? new URL(input.url) : undefined;
    const shown = input.url.slice(0, 200);
    // Credentials in the URL would be stored and shown in clear: a receiver authenticates the
    // gateway by the signature instead.
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.username || parsed.password) {
      problems.push(
        problem('WEBHOOK_URL_INVALID', [shown, 'it must be an absolute http:// or https:// URL without user:password@'], 'url'),
      );
    } else if (!allowPrivate && isPrivateTarget(parsed)) {
      // Server-side request forgery: the gateway would post into its own network, and the delivery
      // log's statuses would map it. Host names are checked again when resolved, at delivery.
      problems.push(
        problem(
          'WEBHOOK_URL_INVALID',
          [shown, 'its host is localhost or a private, loopback, link-local or reserved address (GSTGATE_WEBHOOK_ALLOW_PRIVATE is false)'],
          'url',
        ),
      );
    } else url = parsed.href;
  }
  let events: string[] | undefined;
  if (input.events !== undefined) {
    input.events.forEach((name, i) => {
      if (!(WEBHOOK_EVENTS as readonly string[]).includes(name)) {
        problems.push(problem('WEBHOOK_EVENT_UNKNOWN', [name.slice(0, 100), WEBHOOK_EVENTS.join(', ')], `events[${i}]`));
      }
    });
    events = [...new Set(input.events)];
  }
  failIfAny(problems);
  return { url, events };
}

export class WebhooksService {
  constructor(
    private readonly repo: WebhooksRepository,
    private readonly box: SecretBox,
    private readonly activity: Activity,
    private readonly clock: Clock,
    readonly dispatcher: WebhookDispatcher,
  ) {}

  async create(who: WebhookActor, input: EndpointInput): Promise<EndpointView & { secret: string }> {
    const checked = checkInput(input, this.dispatcher.allowPrivate);
    if ((await this.repo.countEndpoints(who.gstin)) >= MAX_ENDPOINTS_PER_GSTIN) fail('WEBHOOK_ENDPOINT_LIMIT', [MAX_ENDPOINTS_PER_GSTIN]);
    const id = randomUUID();
    const secret = newSecret();
    const row = await this.repo.insertEndpoint({
      id,
      gstin: who.gstin,
      url: checked.url as string,
      events: checked.events as string[],
      secretEnc: this.box.seal(secret, secretAad(id)),
      description: input.description ?? null,
    });
    await this.audit(who, 'webhook.create', id, { url: row.url, events: row.events });
    return { ...view(row), secret };
  }

  async list(gstin: string): Promise<EndpointView[]> {
    return (await this.repo.listEndpoints(gstin)).map(view);
  }

  async get(gstin: string, id: string): Promise<EndpointView> {
    return view(await this.own(gstin, id));
  }

  async update(who: WebhookActor, id: string, patch: EndpointPatch): Promise<EndpointView> {
    await this.own(who.gstin, id);
    const checked = checkInput(patch, this.dispatcher.allowPrivate);
    const set = {
      ...(checked.url !== undefined ? { url: checked.url } : {}),
      ...(checked.events !== undefined ? { events: checked.events } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
    };
    const row =
      Object.keys(set).length > 0 ? await this.repo.updateEndpoint(who.gstin, id, set) : await this.repo.findEndpoint(who.gstin, id);
    if (!row) return notFound(id);
    await this.audit(who, 'webhook.update', id, { changed: Object.keys(set) });
    return view(row);
  }

  async remove(who: WebhookActor, id: string): Promise<void> {
    if (!isUuid(id) || !(await this.repo.deleteEndpoint(who.gstin, id))) notFound(id);
    await this.audit(who, 'webhook.delete', id);
  }

  /** A new secret replaces the old at once: deliveries still pending are signed with the new one. */
  async rotateSecret(who: WebhookActor, id: string): Promise<EndpointView & { secret: string }> {
    await this.own(who.gstin, id);
    const secret = newSecret();
    const row = await this.repo.updateEndpoint(who.gstin, id, { secretEnc: this.box.seal(secret, secretAad(id)) });
    if (!row) return notFound(id);
    await this.audit(who, 'webhook.rotate-secret', id);
    return { ...view(row), secret };
  }

  async deliveries(gstin: string, id: string, limit: number, before?: number): Promise<{ deliveries: DeliveryView[]; next?: string }> {
    await this.own(gstin, id);
    const rows = await this.repo.listDeliveries(id, limit, before);
    const page = rows.slice(0, limit);
    return {
      deliveries: page.map(deliveryView),
      ...(rows.length > limit ? { next: String(page[page.length - 1].id) } : {}),
    };
  }

  /**
   * Queues a `webhook.test` event to this endpoint only, even when disabled or not subscribed to
   * anything it would otherwise get: it checks the URL and the receiver's signature verification.
   * Not an audit event type a tenant can subscribe to; the attempt shows in the delivery log.
   */
  async test(who: WebhookActor, id: string): Promise<{ eventId: string; deliveryId: number }> {
    const endpoint = await this.own(who.gstin, id);
    const envelope: WebhookEnvelope = {
      id: newEventId(),
      type: TEST_EVENT,
      createdAt: this.clock.now().toISOString(),
      gstin: who.gstin,
      data: { endpointId: id, message: 'Test event from gstgate: the signature verifies with this endpoint’s secret.' },
    };
    const delivery = await this.repo.queueDelivery(endpoint, envelope);
    await this.audit(who, 'webhook.test', id, { eventId: envelope.id });
    this.dispatcher.kick();
    return { eventId: envelope.id, deliveryId: delivery.id };
  }

  private async own(gstin: string, id: string): Promise<WebhookEndpointRow> {
    const row = isUuid(id) ? await this.repo.findEndpoint(gstin, id) : undefined;
    return row ?? notFound(id);
  }

  private audit(who: WebhookActor, action: string, id: string, detail?: Record<string, unknown>): Promise<void> {
    return this.activity.record({
      gstin: who.gstin,
      actor: who.actor,
      action,
      docType: 'webhook',
      docId: id,
      requestId: who.requestId,
      outcome: 'success',
      detail,
    });
  }
}

function notFound(id: string): never {
  fail('NOT_FOUND', [`Webhook endpoint ${id.slice(0, 100)} not found`]);
}
