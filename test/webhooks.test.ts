/**
 * Webhooks end to end (issue 6), from the receiver's side: a real HTTP server on loopback receives
 * the gateway's deliveries and verifies X-Gstgate-Signature with the raw body and the secret shown
 * at creation. Covers the endpoint API and its validation codes, tenant isolation, signed
 * einvoice.generated / einvoice.cancelled / ewaybill.generated, retries after a failing receiver and
 * the delivery log, and the e-way bill expiry scan driven by the sandbox clock; with
 * GSTGATE_WEBHOOK_ALLOW_PRIVATE=false, private targets refused at registration and, through a fake
 * resolver (the DNS seam), at delivery (server-side request forgery, DNS rebinding).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../src/config.ts';
import { systemClock } from '../src/core/clock.ts';
import { SecretBox } from '../src/core/crypto/at-rest.ts';
import type { Resolver } from '../src/core/http/egress.ts';
import { ephemeralSecretsKey } from '../src/core/secrets-key.ts';
import { parseEwbDateTime } from '../src/domain/dates.ts';
import { sampleEwbRequest, TRANSPORTER_GSTIN } from '../src/domain/ewaybill/fixtures.ts';
import { WEBHOOK_EVENTS } from '../src/modules/audit/activity.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { signWebhook, verifyWebhookSignature } from '../src/modules/webhooks/signature.ts';
import { retryDelayMs, WebhookDispatcher } from '../src/modules/webhooks/webhooks.dispatcher.ts';
import { WebhooksRepository } from '../src/modules/webhooks/webhooks.repository.ts';
import { secretAad } from '../src/modules/webhooks/webhooks.service.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { admin, bearer, call, codesOf, docNo, expectProblem, govDate, invoice, openApp } from './support.ts';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
  body: { id: string; type: string; createdAt: string; gstin: string; data: Record<string, unknown> };
}

/** A webhook receiver: records every POST with its raw body; answers each path's scripted statuses, then 200. */
class Receiver {
  readonly received: Received[] = [];
  private readonly scripts = new Map<string, number[]>();
  private server!: Server;
  base = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        this.received.push({ path, headers: req.headers, raw, body: JSON.parse(raw) });
        const status = this.scripts.get(path)?.shift() ?? 200;
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  script(path: string, statuses: number[]): void {
    this.scripts.set(path, statuses);
  }

  at(path: string, type?: string): Received[] {
    return this.received.filter((r) => r.path === path && (!type || r.body.type === type));
  }

  /** Polls until `pick` finds what it wants (generous timeout: the dispatcher polls every 50 ms here). */
  async waitFor<T>(pick: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = pick();
      if (found !== undefined) return found;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; received: ${this.received.map((r) => `${r.path} ${r.body.type}`)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe('webhooks', () => {
  let t: TestApp;
  let rx: Receiver;
  let otherToken: string;

  before(async () => {
    rx = new Receiver();
    await rx.start();
    t = await buildTestApp({
      GSTGATE_WEBHOOK_POLL_MS: '50',
      GSTGATE_WEBHOOK_RETRY_BASE_MS: '40',
      GSTGATE_WEBHOOK_RETRY_MAX_MS: '200',
      GSTGATE_WEBHOOK_MAX_ATTEMPTS: '4',
      // The test drives the scan itself (services.activity.scanExpiring()).
      GSTGATE_EWB_SCAN_SECONDS: '0',
    });
    otherToken = await t.tenant(TRANSPORTER_GSTIN, 'swift');
  });
  after(async () => {
    t.clock.reset();
    await t.close();
    await rx.stop();
  });

  const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token = t.demoToken, payload?: unknown) =>
    call(t.app, { method, url, headers: bearer(token), ...(payload === undefined ? {} : { payload: payload as object }) });

  async function createEndpoint(path: string, events: string[], token = t.demoToken) {
    const res = await req('POST', '/v1/webhooks', token, { url: `${rx.base}${path}`, events, description: path });
    assert.equal(res.statusCode, 201, res.body);
    return res.json() as { id: string; url: string; events: string[]; secret: string; active: boolean };
  }

  /** Verifies a received delivery as a receiver would: the raw body, the header, the secret. */
  function assertSigned(r: Received, secret: string) {
    const header = r.headers['x-gstgate-signature'] as string;
    assert.match(header, /^t=\d+,v1=[0-9a-f]{64}$/);
    assert.ok(verifyWebhookSignature(secret, header, r.raw), 'signature verifies with the raw body and the secret');
    assert.equal(r.headers['content-type'], 'application/json');
    assert.match(String(r.headers['user-agent']), /^gstgate-webhooks\/\d+\.\d+\.\d+/);
    assert.equal(r.headers['x-gstgate-event'], r.body.type);
    assert.match(String(r.headers['x-gstgate-delivery']), /^\d+$/);
    assert.deepEqual(Object.keys(r.body), ['id', 'type', 'createdAt', 'gstin', 'data']);
  }

  describe('endpoint API', () => {
    it('validates the URL and the events, all failures at once, listing the events', async () => {
      const bad = await req('POST', '/v1/webhooks', t.demoToken, {
        url: 'ftp://example.com/x',
        events: ['einvoice.generated', 'invoice.paid'],
      });
      expectProblem(bad, 400, 'WEBHOOK_URL_INVALID');
      assert.deepEqual(codesOf(bad), ['WEBHOOK_URL_INVALID', 'WEBHOOK_EVENT_UNKNOWN']);
      const eventProblem = bad.json().errors[1];
      assert.equal(eventProblem.field, 'events[1]');
      for (const name of WEBHOOK_EVENTS) assert.ok(eventProblem.message.includes(name), eventProblem.message);
      for (const url of ['not a url', '/relative', 'http://user:pw@example.com/hook', 'javascript:alert(1)']) {
        expectProblem(await req('POST', '/v1/webhooks', t.demoToken, { url, events: ['einvoice.generated'] }), 400, 'WEBHOOK_URL_INVALID');
      }
      expectProblem(await req('POST', '/v1/webhooks', t.demoToken, { url: `${rx.base}/x`, events: [] }), 400, 'VALIDATION_FAILED');
      expectProblem(
        await call(t.app, { method: 'POST', url: '/v1/webhooks', payload: { url: `${rx.base}/x`, events: ['job.failed'] } }),
        401,
        'UNAUTHORIZED',
      );
    });

    it('shows the secret on create and rotate only; lists, gets, patches, deletes; another GSTIN gets 404', async () => {
      const created = await createEndpoint('/crud', ['job.failed']);
      assert.match(created.secret, /^whsec_[A-Za-z0-9_-]{32}$/);
      assert.equal(created.active, true);

      const got = await req('GET', `/v1/webhooks/${created.id}`);
      assert.equal(got.statusCode, 200, got.body);
      assert.equal(got.json().secret, undefined);
      assert.deepEqual(got.json().events, ['job.failed']);
      const list = await req('GET', '/v1/webhooks');
      assert.ok(list.json().endpoints.some((e: { id: string }) => e.id === created.id));
      assert.ok(!list.body.includes('whsec_'), 'no secret in the list');

      const patched = await req('PATCH', `/v1/webhooks/${created.id}`, t.demoToken, {
        events: ['job.failed', 'einvoice.cancelled'],
        active: false,
      });
      assert.equal(patched.statusCode, 200, patched.body);
      assert.deepEqual(patched.json().events, ['job.failed', 'einvoice.cancelled']);
      assert.equal(patched.json().active, false);
      expectProblem(await req('PATCH', `/v1/webhooks/${created.id}`, t.demoToken, { events: ['nope'] }), 400, 'WEBHOOK_EVENT_UNKNOWN');

      const rotated = await req('POST', `/v1/webhooks/${created.id}/rotate-secret`);
      assert.equal(rotated.statusCode, 200, rotated.body);
      assert.match(rotated.json().secret, /^whsec_/);
      assert.notEqual(rotated.json().secret, created.secret);

      // Tenant isolation: another GSTIN's endpoint is as absent as an unknown one.
      const theirs = await req('GET', '/v1/webhooks', otherToken);
      assert.deepEqual(theirs.json().endpoints, []);
      for (const [method, url, body] of [
        ['GET', `/v1/webhooks/${created.id}`],
        ['PATCH', `/v1/webhooks/${created.id}`, { active: true }],
        ['DELETE', `/v1/webhooks/${created.id}`],
        ['GET', `/v1/webhooks/${created.id}/deliveries`],
        ['POST', `/v1/webhooks/${created.id}/test`],
        ['POST', `/v1/webhooks/${created.id}/rotate-secret`],
      ] as const) {
        expectProblem(await req(method, url, otherToken, body), 404, 'NOT_FOUND');
      }
      expectProblem(await req('GET', '/v1/webhooks/not-a-uuid'), 404, 'NOT_FOUND');

      assert.equal((await req('DELETE', `/v1/webhooks/${created.id}`)).statusCode, 204);
      expectProblem(await req('GET', `/v1/webhooks/${created.id}`), 404, 'NOT_FOUND');
    });

    it('limits endpoints per GSTIN: WEBHOOK_ENDPOINT_LIMIT', async () => {
      for (let i = 0; i < 20; i++) await createEndpoint(`/limit/${i}`, ['job.failed'], otherToken);
      expectProblem(
        await req('POST', '/v1/webhooks', otherToken, { url: `${rx.base}/limit/21`, events: ['job.failed'] }),
        400,
        'WEBHOOK_ENDPOINT_LIMIT',
      );
      const all = (await req('GET', '/v1/webhooks', otherToken)).json().endpoints as { id: string }[];
      for (const e of all) assert.equal((await req('DELETE', `/v1/webhooks/${e.id}`, otherToken)).statusCode, 204);
    });
  });

  describe('deliveries', () => {
    it('einvoice.generated and einvoice.cancelled arrive signed, with the IRN; a tampered body or an old timestamp fails', async () => {
      const ep = await createEndpoint('/einvoice', ['einvoice.generated', 'einvoice.cancelled']);
      const no = docNo('WH');
      const gen = await req('POST', '/v1/einvoice/generate', t.demoToken, invoice('b2b-intra', { docNo: no, docDate: govDate(t.clock) }));
      assert.equal(gen.statusCode, 200, gen.body);
      const irn = gen.json().Irn as string;

      const generated = await rx.waitFor(
        () => rx.at('/einvoice', 'einvoice.generated').find((r) => r.body.data.Irn === irn),
        'einvoice.generated',
      );
      assertSigned(generated, ep.secret);
      assert.equal(generated.body.gstin, '29AAFCD5862R1ZR');
      assert.match(generated.body.id, /^evt_[0-9a-f]{32}$/);
      assert.equal(generated.body.data.AckNo, gen.json().AckNo);
      assert.deepEqual(generated.body.data.DocDtls, { Typ: 'INV', No: no, Dt: govDate(t.clock) });
      assert.equal(generated.body.data.SignedInvoice, undefined, 'the signed JWTs stay out of the event');

      // What a receiver must refuse.
      const header = generated.headers['x-gstgate-signature'] as string;
      const t0 = Number(/t=(\d+)/.exec(header)?.[1]);
      const tampered = generated.raw.replace('"gstin":"29AAFCD5862R1ZR"', '"gstin":"29AAFCD5862R1ZX"');
      assert.notEqual(tampered, generated.raw);
      assert.equal(verifyWebhookSignature(ep.secret, header, tampered), false, 'tampered body');
      assert.equal(verifyWebhookSignature(ep.secret, header, generated.raw, 300, t0 + 301), false, 'older than the tolerance');
      assert.equal(verifyWebhookSignature(ep.secret, header, generated.raw, 300, t0 + 299), true, 'within the tolerance');
      assert.equal(verifyWebhookSignature('whsec_other', header, generated.raw), false, 'another secret');
      const resigned = signWebhook(ep.secret, generated.raw, t0 - 3600); // a valid signature, an hour old: a replay
      assert.equal(verifyWebhookSignature(ep.secret, resigned, generated.raw, 300, t0), false);
      assert.equal(verifyWebhookSignature(ep.secret, 'v1=abc', generated.raw), false, 'no timestamp');

      const cnl = await req('POST', '/v1/einvoice/cancel', t.demoToken, { Irn: irn, CnlRsn: '1', CnlRem: 'Duplicate' });
      assert.equal(cnl.statusCode, 200, cnl.body);
      const cancelled = await rx.waitFor(
        () => rx.at('/einvoice', 'einvoice.cancelled').find((r) => r.body.data.Irn === irn),
        'einvoice.cancelled',
      );
      assertSigned(cancelled, ep.secret);
      assert.equal(cancelled.body.data.CancelDate, cnl.json().CancelDate);
      assert.notEqual(cancelled.body.id, generated.body.id);

      // The delivery log: both delivered on the first attempt.
      const log = await req('GET', `/v1/webhooks/${ep.id}/deliveries`);
      assert.equal(log.statusCode, 200, log.body);
      const rows = log.json().deliveries as { event: string; eventId: string; state: string; attempts: number; lastStatus: number }[];
      assert.deepEqual(
        rows.map((d) => [d.event, d.eventId, d.state, d.attempts, d.lastStatus]),
        [
          ['einvoice.cancelled', cancelled.body.id, 'delivered', 1, 200],
          ['einvoice.generated', generated.body.id, 'delivered', 1, 200],
        ],
      );
      // The other tenant's endpoints never see the demo GSTIN's events.
      assert.equal(rx.received.filter((r) => r.body.gstin !== '29AAFCD5862R1ZR' && r.body.type.startsWith('einvoice')).length, 0);
      assert.equal((await req('DELETE', `/v1/webhooks/${ep.id}`)).statusCode, 204);
    });

    it('retries a failing receiver with backoff: 500, 500, then 200 is delivered on attempt 3, and the log shows the failures', async () => {
      const ep = await createEndpoint('/flaky', ['job.failed']);
      rx.script('/flaky', [500, 500]);
      const ping = await req('POST', `/v1/webhooks/${ep.id}/test`);
      assert.equal(ping.statusCode, 202, ping.body);
      const { eventId, deliveryId } = ping.json();

      const attempts = await rx.waitFor(() => {
        const got = rx.at('/flaky', 'webhook.test');
        return got.length >= 3 ? got : undefined;
      }, 'three attempts');
      // The same event each time (receivers de-duplicate on id), each signed afresh.
      assert.deepEqual(new Set(attempts.map((a) => a.body.id)), new Set([eventId]));
      for (const a of attempts) assertSigned(a, ep.secret);
      assert.deepEqual(
        attempts.map((a) => a.headers['x-gstgate-delivery']),
        [String(deliveryId), String(deliveryId), String(deliveryId)],
      );

      let row: { state: string; attempts: number; lastStatus: number; lastError: string; deliveredAt: string | null } | undefined;
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const res = await req('GET', `/v1/webhooks/${ep.id}/deliveries?limit=10`);
        row = res.json().deliveries.find((d: { id: number }) => d.id === deliveryId);
        if (row?.state === 'delivered') break;
        await new Promise((r) => setTimeout(r, 25));
      }
      assert.equal(row?.state, 'delivered');
      assert.equal(row?.attempts, 3);
      assert.equal(row?.lastStatus, 200);
      assert.equal(row?.lastError, 'HTTP 500', 'the last failure stays visible after the success');
      assert.ok(row?.deliveredAt);
      assert.equal(rx.at('/flaky').length, 3, 'nothing sent after the success');
    });

    it('gives up after the last attempt (failed), and a connection refused is an attempt too', async () => {
      // A port nothing listens on: one a server had, then gave back.
      const probe = createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
      const port = (probe.address() as AddressInfo).port;
      await new Promise((resolve) => probe.close(resolve));
      const dead = await req('POST', '/v1/webhooks', t.demoToken, {
        url: `http://127.0.0.1:${port}/nothing-listens`,
        events: ['job.failed'],
      });
      const id = dead.json().id as string;
      const { deliveryId } = (await req('POST', `/v1/webhooks/${id}/test`)).json();
      let row: { state: string; attempts: number; lastStatus: number | null; lastError: string } | undefined;
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        row = (await req('GET', `/v1/webhooks/${id}/deliveries`)).json().deliveries.find((d: { id: number }) => d.id === deliveryId);
        if (row?.state === 'failed') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(row?.state, 'failed');
      assert.equal(row?.attempts, 4); // GSTGATE_WEBHOOK_MAX_ATTEMPTS
      assert.equal(row?.lastStatus, null);
      assert.match(String(row?.lastError), /ECONNREFUSED/);
    });

    it('backs off exponentially with jitter, capped', () => {
      assert.equal(
        retryDelayMs(1, 30_000, 3_600_000, () => 0),
        15_000,
      );
      assert.equal(
        retryDelayMs(1, 30_000, 3_600_000, () => 1),
        30_000,
      );
      assert.equal(
        retryDelayMs(3, 30_000, 3_600_000, () => 1),
        120_000,
      );
      assert.equal(
        retryDelayMs(30, 30_000, 3_600_000, () => 1),
        3_600_000,
      );
      assert.equal(
        retryDelayMs(30, 30_000, 3_600_000, () => 0),
        1_800_000,
      );
    });
  });

  describe('several instances on one PostgreSQL', { skip: !process.env.DATABASE_URL && 'PostgreSQL only (DATABASE_URL)' }, () => {
    it('two instances deliver each event once and scan each expiry once', async () => {
      const second = await openApp({
        schemaName: t.schemaName,
        env: { GSTGATE_WEBHOOK_POLL_MS: '20', GSTGATE_EWB_SCAN_SECONDS: '0' },
      });
      try {
        await second.app.ready(); // starts its dispatcher
        const ep = await createEndpoint('/two', ['einvoice.generated', 'ewaybill.generated', 'ewaybill.expiring']);
        const irns: string[] = [];
        for (let i = 0; i < 8; i++) {
          const gen = await req(
            'POST',
            '/v1/einvoice/generate',
            t.demoToken,
            invoice('b2b-intra', { docNo: docNo('TWO'), docDate: govDate(t.clock) }),
          );
          assert.equal(gen.statusCode, 200, gen.body);
          irns.push(gen.json().Irn);
        }
        await rx.waitFor(() => (rx.at('/two', 'einvoice.generated').length >= irns.length ? true : undefined), 'eight events');
        await new Promise((r) => setTimeout(r, 300)); // time for a duplicate to show, if there were one
        const got = rx.at('/two', 'einvoice.generated');
        assert.deepEqual(got.map((r) => r.body.data.Irn).sort(), [...irns].sort(), 'each event once');
        for (const r of got) assertSigned(r, ep.secret);

        // Both instances scan at the same moment: the expiring event is claimed by one.
        await call(t.adminApp, { method: 'POST', url: '/v1/sandbox/clock', headers: admin(), payload: { now: '2025-08-01T04:30:00Z' } });
        const gen = await req(
          'POST',
          '/v1/ewaybill/generate',
          t.demoToken,
          sampleEwbRequest('inter', { docNo: docNo('TWE'), docDate: govDate(t.clock) }),
        );
        assert.equal(gen.statusCode, 200, gen.body);
        const expiresAt = parseEwbDateTime(gen.json().validUpto) as Date;
        t.clock.set(new Date(expiresAt.getTime() - 3_600_000));
        second.clock.setOffset(t.clock.offset);
        const results = await Promise.all([t.app.services.activity.scanExpiring(), second.app.services.activity.scanExpiring()]);
        assert.equal(results[0].expiring + results[1].expiring, 1, JSON.stringify(results));
        await rx.waitFor(() => rx.at('/two', 'ewaybill.expiring')[0], 'ewaybill.expiring');
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(rx.at('/two', 'ewaybill.expiring').length, 1);
      } finally {
        await second.close({ keepSchema: true });
        t.clock.reset();
        await call(t.adminApp, { method: 'DELETE', url: '/v1/sandbox/clock', headers: admin() });
      }
    });
  });

  describe('e-way bill expiry scan (government clock)', () => {
    it('ewaybill.generated on generate; ewaybill.expiring once inside the lead time; ewaybill.expired once after validity; an extension re-arms both', async () => {
      const ep = await createEndpoint('/ewb', ['ewaybill.generated', 'ewaybill.expiring', 'ewaybill.expired']);
      const moveClock = async (body: Record<string, unknown>) => {
        const res = await call(t.adminApp, { method: 'POST', url: '/v1/sandbox/clock', headers: admin(), payload: body });
        assert.equal(res.statusCode, 200, res.body);
      };
      await moveClock({ now: '2025-06-02T04:30:00Z' }); // 10:00 IST
      const gen = await req(
        'POST',
        '/v1/ewaybill/generate',
        t.demoToken,
        sampleEwbRequest('inter', { docNo: docNo('EXP'), docDate: govDate(t.clock) }),
      );
      assert.equal(gen.statusCode, 200, gen.body);
      const { ewayBillNo, validUpto } = gen.json() as { ewayBillNo: number; validUpto: string };
      const expiresAt = parseEwbDateTime(validUpto) as Date;

      const generated = await rx.waitFor(
        () => rx.at('/ewb', 'ewaybill.generated').find((r) => r.body.data.ewbNo === ewayBillNo),
        'ewaybill.generated',
      );
      assertSigned(generated, ep.secret);
      assert.equal(generated.body.data.validUpto, validUpto);
      assert.equal(generated.body.data.expiresAt, expiresAt.toISOString());

      const scan = () => t.app.services.activity.scanExpiring();
      const events = (type: string) => rx.at('/ewb', type).filter((r) => r.body.data.ewbNo === ewayBillNo);
      const advanceTo = (instant: number) => moveClock({ advanceSeconds: Math.ceil((instant - t.clock.now().getTime()) / 1000) });

      // Outside the 8-hour lead: nothing.
      assert.deepEqual(await scan(), { expiring: 0, expired: 0 });
      // Just inside it: one expiring, however many scans.
      await advanceTo(expiresAt.getTime() - 8 * 3_600_000 + 60_000);
      // Two scans at once (on PostgreSQL, on two connections) still claim it once.
      const both = await Promise.all([scan(), scan()]);
      assert.equal(both[0].expiring + both[1].expiring, 1, JSON.stringify(both));
      assert.deepEqual(await scan(), { expiring: 0, expired: 0 });
      const expiring = await rx.waitFor(() => events('ewaybill.expiring')[0], 'ewaybill.expiring');
      assertSigned(expiring, ep.secret);
      assert.equal(expiring.body.data.validUpto, validUpto);
      // Past validity: one expired.
      await advanceTo(expiresAt.getTime() + 60_000);
      assert.deepEqual(await scan(), { expiring: 0, expired: 1 });
      assert.deepEqual(await scan(), { expiring: 0, expired: 0 });
      await rx.waitFor(() => events('ewaybill.expired')[0], 'ewaybill.expired');

      // An extension (within 8 hours after the end of validity) gives a new validity, which can expire again.
      const ext = await req('POST', '/v1/ewaybill/extend', t.demoToken, {
        ewbNo: ewayBillNo,
        vehicleNo: 'KA01AB1234',
        fromPlace: 'Pune',
        fromState: 27,
        fromPincode: 411001,
        remainingDistance: 150,
        transMode: '1',
        extnRsnCode: '1',
        extnRemarks: 'Flood',
        consignmentStatus: 'M',
      });
      assert.equal(ext.statusCode, 200, ext.body);
      const newExpiry = parseEwbDateTime(ext.json().validUpto) as Date;
      assert.ok(newExpiry > expiresAt);
      await advanceTo(newExpiry.getTime() - 3_600_000);
      assert.deepEqual(await scan(), { expiring: 1, expired: 0 });
      await advanceTo(newExpiry.getTime() + 1000);
      assert.deepEqual(await scan(), { expiring: 0, expired: 1 });
      await rx.waitFor(() => (events('ewaybill.expired').length === 2 ? true : undefined), 'the second ewaybill.expired');
      // Let any stray delivery land, then count: exactly one of each per validity.
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(events('ewaybill.expiring').length, 2);
      assert.equal(events('ewaybill.expired').length, 2);

      // A cancelled or rejected bill is not watched: a new one cancelled at once never expires.
      await moveClock({ now: '2025-07-01T04:30:00Z' });
      const other = await req(
        'POST',
        '/v1/ewaybill/generate',
        t.demoToken,
        sampleEwbRequest('inter', { docNo: docNo('CNL'), docDate: govDate(t.clock) }),
      );
      const otherNo = other.json().ewayBillNo as number;
      const c = await req('POST', '/v1/ewaybill/cancel', t.demoToken, {
        ewbNo: otherNo,
        cancelRsnCode: '2',
        cancelRmrk: 'Order cancelled',
      });
      assert.equal(c.statusCode, 200, c.body);
      await advanceTo((parseEwbDateTime(other.json().validUpto) as Date).getTime() + 60_000);
      assert.deepEqual(await scan(), { expiring: 0, expired: 0 });

      // The scan's own rows in the audit log: actor system.
      const audit = await req('GET', `/v1/audit?docId=${ewayBillNo}&action=ewaybill.expiring`);
      assert.equal(audit.json().entries.length, 2);
      assert.equal(audit.json().entries[0].actor, 'system');
      t.clock.reset();
      await call(t.adminApp, { method: 'DELETE', url: '/v1/sandbox/clock', headers: admin() });
    });
  });
});

describe('webhooks to private addresses refused (GSTGATE_WEBHOOK_ALLOW_PRIVATE=false, the nic default): SSRF', () => {
  let t: TestApp;
  let rx: Receiver;
  const MAX_ATTEMPTS = 3;

  before(async () => {
    rx = new Receiver();
    await rx.start();
    // The app's own dispatcher is off (poll 0): each test runs one with a fake resolver, the DNS seam.
    t = await buildTestApp({ GSTGATE_WEBHOOK_ALLOW_PRIVATE: 'false', GSTGATE_WEBHOOK_POLL_MS: '0' });
  });
  after(async () => {
    await t.close();
    await rx.stop();
  });

  const req = (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object) =>
    call(t.app, { method, url, headers: bearer(t.demoToken), ...(payload ? { payload } : {}) });

  /** A dispatcher on the app's database and secrets key, resolving host names with `resolver`. */
  function dispatcher(resolver: Resolver, timeoutMs = 2000): WebhookDispatcher {
    const box = new SecretBox(ephemeralSecretsKey()); // the key of apps built without one (support.ts)
    return new WebhookDispatcher(new WebhooksRepository(t.database.db), box, systemClock, {
      pollMs: 0,
      timeoutMs,
      retryBaseMs: 60_000,
      retryMaxMs: 60_000,
      maxAttempts: MAX_ATTEMPTS,
      userAgent: 'gstgate-webhooks/test',
      allowPrivate: false,
      resolver,
    });
  }

  async function lastDelivery(endpointId: string) {
    const res = await req('GET', `/v1/webhooks/${endpointId}/deliveries`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().deliveries[0] as { state: string; attempts: number; lastStatus: number | null; lastError: string | null };
  }

  it('the default follows the provider: allowed with the sandbox, refused with nic; the variable overrides it', () => {
    const nic = {
      GSTGATE_PROVIDER: 'nic',
      GSTGATE_NIC_EINVOICE_URL: 'https://einv.example.in',
      GSTGATE_NIC_EWAYBILL_URL: 'https://ewb.example.in',
      GSTGATE_NIC_COMMONAPI_URL: 'https://common.example.in',
      GSTGATE_NIC_PUBLIC_KEY: 'pem',
      GSTGATE_SECRETS_KEY: Buffer.alloc(32, 1).toString('base64'),
    };
    assert.equal(loadConfig({}).GSTGATE_WEBHOOK_ALLOW_PRIVATE, true);
    assert.equal(loadConfig(nic).GSTGATE_WEBHOOK_ALLOW_PRIVATE, false);
    assert.equal(loadConfig({ ...nic, GSTGATE_WEBHOOK_ALLOW_PRIVATE: 'true' }).GSTGATE_WEBHOOK_ALLOW_PRIVATE, true);
    assert.equal(loadConfig({ GSTGATE_WEBHOOK_ALLOW_PRIVATE: 'false' }).GSTGATE_WEBHOOK_ALLOW_PRIVATE, false);
  });

  it('registration and PATCH refuse loopback, private, link-local, metadata, IPv4-mapped and localhost hosts: WEBHOOK_URL_INVALID', async () => {
    const refused = [
      'http://127.0.0.1/hook',
      'http://10.1.2.3/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://192.168.1.20:8080/hook',
      'http://172.16.0.1/hook',
      'http://100.64.0.1/hook',
      'http://0.0.0.0/hook',
      'http://[fd12:3456::1]/hook',
      'http://[fe80::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://2130706433/hook', // 127.0.0.1 in decimal
      'http://localhost:3000/hook',
      'http://LOCALHOST./hook',
      'http://api.localhost/hook',
    ];
    for (const url of refused) {
      const res = await req('POST', '/v1/webhooks', { url, events: ['job.failed'] });
      const p = expectProblem(res, 400, 'WEBHOOK_URL_INVALID');
      assert.equal(p.errors[0].field, 'url');
      assert.match(p.errors[0].message, /private, loopback, link-local or reserved address/, url);
    }
    // A public host name or address is accepted; its addresses are checked when it is resolved, at delivery.
    for (const url of ['https://hooks.example.com/gst', 'http://203.0.113.7:8443/gst', 'http://[2001:db8::7]/gst']) {
      assert.equal((await req('POST', '/v1/webhooks', { url, events: ['job.failed'] })).statusCode, 201, url);
    }
    const created = (await req('POST', '/v1/webhooks', { url: 'https://hooks.example.com/patch', events: ['job.failed'] })).json();
    expectProblem(await req('PATCH', `/v1/webhooks/${created.id}`, { url: 'http://169.254.169.254/' }), 400, 'WEBHOOK_URL_INVALID');
    assert.equal((await req('GET', `/v1/webhooks/${created.id}`)).json().url, 'https://hooks.example.com/patch');
  });

  it('a host name that resolves to a private address (DNS rebinding) is refused at delivery: a failed attempt, nothing sent', async () => {
    const port = new URL(rx.base).port;
    const ep = (await req('POST', '/v1/webhooks', { url: `http://hooks.example.com:${port}/rebound`, events: ['job.failed'] })).json();
    assert.ok(ep.id, 'registered: the name is public-looking');
    assert.equal((await req('POST', `/v1/webhooks/${ep.id}/test`)).statusCode, 202);
    const asked: string[] = [];
    // One public address and one loopback: any private one refuses the connection.
    const rebinding: Resolver = async (hostname) => {
      asked.push(hostname);
      return [
        { address: '203.0.113.7', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ];
    };
    assert.equal(await dispatcher(rebinding).deliverDue(), 1);
    assert.deepEqual(asked, ['hooks.example.com']);
    const row = await lastDelivery(ep.id);
    assert.equal(row.state, 'pending', 'retried later like any failed attempt');
    assert.equal(row.attempts, 1);
    assert.equal(row.lastStatus, null);
    assert.equal(row.lastError, 'refused: private address');
    assert.equal(rx.at('/rebound').length, 0, 'the receiver on 127.0.0.1 got nothing');
  });

  it('a stored URL with a private literal host (registered while allowed) is refused at delivery too', async () => {
    // As if written before GSTGATE_WEBHOOK_ALLOW_PRIVATE was turned off.
    const id = randomUUID();
    await new WebhooksRepository(t.database.db).insertEndpoint({
      id,
      gstin: DEMO_USER.gstin,
      url: `${rx.base}/literal`,
      events: ['job.failed'],
      secretEnc: new SecretBox(ephemeralSecretsKey()).seal('whsec_test', secretAad(id)),
      description: null,
    });
    assert.equal((await req('POST', `/v1/webhooks/${id}/test`)).statusCode, 202);
    const resolver: Resolver = async () => assert.fail('a literal address is not resolved');
    assert.equal(await dispatcher(resolver).deliverDue(), 1);
    const row = await lastDelivery(id);
    assert.equal(row.lastError, 'refused: private address');
    assert.equal(rx.at('/literal').length, 0);
  });

  it('a host name resolving to public addresses only is connected to (the guard does not refuse everything)', async () => {
    const ep = (await req('POST', '/v1/webhooks', { url: 'http://public.example.com:9/ok', events: ['job.failed'] })).json();
    assert.equal((await req('POST', `/v1/webhooks/${ep.id}/test`)).statusCode, 202);
    // TEST-NET-3: routable-looking, never answers here; the attempt fails by network, not by the guard.
    const resolver: Resolver = async () => [{ address: '203.0.113.9', family: 4 }];
    assert.equal(await dispatcher(resolver, 300).deliverDue(), 1);
    const row = await lastDelivery(ep.id);
    assert.equal(row.attempts, 1);
    assert.notEqual(row.lastError, 'refused: private address');
    assert.ok(row.lastError, 'a network failure or the timeout');
  });
});
