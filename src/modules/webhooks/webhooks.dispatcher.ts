/**
 * The webhook dispatcher: one loop per instance claims due deliveries (webhooks.repository.ts
 * claimDue: FOR UPDATE SKIP LOCKED plus a lease, so with several instances each delivery is sent by
 * one), POSTs the signed envelope, and records the attempt. 2xx is delivered; anything else, a
 * network error or no answer within the timeout is retried with exponential backoff and jitter
 * until the attempts run out (then `failed`). Bodies and secrets are never logged.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../core/clock.ts';
import { type SecretBox, SecretBoxError } from '../../core/crypto/at-rest.ts';
import { PrivateAddressError, postOnce, type Resolver } from '../../core/http/egress.ts';
import { type Every, every } from '../../core/interval.ts';
import { signWebhook } from './signature.ts';
import type { AttemptOutcome, ClaimedDelivery, WebhooksRepository } from './webhooks.repository.ts';
import { secretAad, TEST_EVENT } from './webhooks.service.ts';

export interface DispatcherOptions {
  /** GSTGATE_WEBHOOK_POLL_MS; 0: this instance does not deliver. */
  pollMs: number;
  timeoutMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  /** `gstgate-webhooks/<version>` */
  userAgent: string;
  /**
   * GSTGATE_WEBHOOK_ALLOW_PRIVATE: false refuses URLs whose host is, or resolves to, a private address
   * (core/http/egress.ts: server-side request forgery); WebhooksService checks literal hosts with it at registration.
   */
  allowPrivate: boolean;
  /** Host name resolution (default dns.lookup, all addresses): the tests' DNS seam. */
  resolver?: Resolver;
}

/** Deliveries claimed (and sent concurrently) per round. */
const BATCH = 20;
/** A claim outlives the attempt's timeout by this much before another instance may retry it. */
const LEASE_MARGIN_SECONDS = 30;

/** Backoff before attempt n+1 after n failed attempts: base·2^(n−1), capped, with "equal jitter" (half fixed, half random). */
export function retryDelayMs(failedAttempts: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.min(failedAttempts - 1, 40));
  return Math.round(exp / 2 + random() * (exp / 2));
}

/** What went wrong, without the URL (it may carry a token in its query) or any body. */
function describeFailure(err: unknown): string {
  if (err instanceof PrivateAddressError) return err.message;
  const e = err as { cause?: { code?: string; message?: string }; code?: string; message?: string };
  return String(e?.cause?.code ?? e?.code ?? e?.cause?.message ?? e?.message ?? 'request failed').slice(0, 200);
}

export class WebhookDispatcher {
  private polling: Every | undefined;
  private stopped = true;
  private shutdown = new AbortController();
  private log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'> | undefined;

  constructor(
    private readonly repo: WebhooksRepository,
    private readonly box: SecretBox,
    private readonly clock: Clock,
    private readonly options: DispatcherOptions,
  ) {}

  /** Whether URLs may point at private addresses (GSTGATE_WEBHOOK_ALLOW_PRIVATE). */
  get allowPrivate(): boolean {
    return this.options.allowPrivate;
  }

  start(log?: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>): void {
    if (this.options.pollMs === 0 || !this.stopped) return;
    this.log = log;
    this.stopped = false;
    this.shutdown = new AbortController();
    this.polling = every(
      this.options.pollMs,
      () => this.deliverDue(),
      (err) => this.log?.error({ err }, 'webhook dispatcher round failed'),
    );
  }

  /** Deliveries were just queued on this instance: look now rather than at the next poll. */
  kick(): void {
    this.polling?.kick();
  }

  /** Stops polling, aborts attempts in flight (their deliveries are released, not counted) and waits for the round to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.shutdown.abort();
    await this.polling?.stop();
  }

  /** Sends every due delivery (rounds of BATCH); returns how many attempts were made. */
  async deliverDue(): Promise<number> {
    const lease = Math.ceil(this.options.timeoutMs / 1000) + LEASE_MARGIN_SECONDS;
    let total = 0;
    for (;;) {
      const claimed = await this.repo.claimDue(BATCH, lease);
      await Promise.all(claimed.map((d) => this.attempt(d)));
      total += claimed.length;
      if (claimed.length < BATCH || this.stopped) return total;
    }
  }

  private async attempt(d: ClaimedDelivery): Promise<void> {
    if (!d.active && d.event !== TEST_EVENT) {
      await this.repo.abandon(d.id, 'endpoint disabled');
      return;
    }
    let secret: string;
    try {
      secret = this.box.open(d.secretEnc, secretAad(d.endpointId));
    } catch (err) {
      if (!(err instanceof SecretBoxError)) throw err;
      // Sealed by an instance with another GSTGATE_SECRETS_KEY: not an attempt (nothing was sent);
      // the lease stays, so an instance with the right key may take it, and the log says why.
      const error = 'signing secret cannot be opened on this instance (GSTGATE_SECRETS_KEY differs between instances?)';
      await this.repo.noteProblem(d.id, error);
      this.log?.error({ deliveryId: d.id, endpointId: d.endpointId }, error);
      return;
    }
    const { id, type, createdAt, gstin, data } = d.payload;
    const body = JSON.stringify({ id, type, createdAt, gstin, data });
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const controller = new AbortController();
    const onShutdown = () => controller.abort();
    this.shutdown.signal.addEventListener('abort', onShutdown, { once: true });
    const timeout = setTimeout(() => controller.abort(), this.options.timeoutMs);
    let outcome: AttemptOutcome;
    try {
      // Not fetch: the connection's own lookup checks the addresses (egress.ts), and no redirect
      // is followed (a redirect is not a delivery; Stripe does the same).
      const status = await postOnce(d.url, {
        signal: controller.signal,
        allowPrivate: this.options.allowPrivate,
        resolver: this.options.resolver,
        headers: {
          'content-type': 'application/json',
          'user-agent': this.options.userAgent,
          'x-gstgate-event': type,
          'x-gstgate-delivery': String(d.id),
          'x-gstgate-signature': signWebhook(secret, body, timestamp),
        },
        body,
      });
      outcome = status >= 200 && status < 300 ? { ok: true, status } : this.failure(d, status, `HTTP ${status}`);
    } catch (err) {
      if (this.shutdown.signal.aborted) {
        await this.repo.release(d.id);
        return;
      }
      outcome = this.failure(d, null, controller.signal.aborted ? `timeout after ${this.options.timeoutMs} ms` : describeFailure(err));
    } finally {
      clearTimeout(timeout);
      this.shutdown.signal.removeEventListener('abort', onShutdown);
    }
    await this.repo.completeAttempt(d.id, outcome);
    const attempt = d.attempts + 1;
    if (outcome.ok) this.log?.info({ deliveryId: d.id, endpointId: d.endpointId, event: type, attempt }, 'webhook delivered');
    else {
      this.log?.warn(
        {
          deliveryId: d.id,
          endpointId: d.endpointId,
          event: type,
          attempt,
          status: outcome.status,
          error: outcome.error,
          final: outcome.retryInMs === null,
        },
        'webhook attempt failed',
      );
    }
  }

  private failure(d: ClaimedDelivery, status: number | null, error: string): AttemptOutcome {
    const failed = d.attempts + 1;
    const retryInMs = failed >= this.options.maxAttempts ? null : retryDelayMs(failed, this.options.retryBaseMs, this.options.retryMaxMs);
    return { ok: false, status, error, retryInMs };
  }
}
