/**
 * Persistence across a restart: the app opened, used, closed and opened again on the same data —
 * a PGlite data directory, or (DATABASE_URL) the same PostgreSQL schema, dropped at the end.
 * Registered documents, users, the IRP registry and its AckNo sequence, the signing key (kept in the
 * data dir) and the government clock all survive; the seed does not run twice.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createLocalJWKSet, type JSONWebKeySet, jwtVerify } from 'jose';
import { dropSchema } from '../src/core/db.ts';
import { DEMO_TAXPAYERS, DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { admin, bearer, call, docNo, expectProblem, govDate, invoice, type OwnApp, openApp } from './support.ts';

describe('persistence across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gstgate-persist-'));
  const schemaName = process.env.DATABASE_URL ? `test_persist_${randomBytes(5).toString('hex')}` : undefined;
  let current: OwnApp | undefined;

  after(async () => {
    await current?.close({ keepSchema: true }).catch(() => undefined);
    if (process.env.DATABASE_URL && schemaName) await dropSchema(process.env.DATABASE_URL, schemaName);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a registered e-invoice, the users, the registry, the signing key and the clock survive', { timeout: 90_000 }, async () => {
    // ---- first life
    const first = await openApp({ dataDir, schemaName });
    current = first;
    const token = await first.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
    const no = docNo('KEEP');
    const date = govDate(first.clock);
    const gen = await call(first.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: bearer(token),
      payload: invoice('b2b-intra', { docNo: no, docDate: date }),
    });
    assert.equal(gen.statusCode, 200, gen.body);
    const doc = gen.json();
    const user = await call(first.app, {
      method: 'POST',
      url: '/v1/sandbox/users',
      headers: admin(),
      payload: { gstin: '27AAPFU0939F1ZV', username: 'survivor', password: 'Survive@2026' },
    });
    assert.equal(user.statusCode, 201, user.body);
    const clock = await call(first.app, { method: 'POST', url: '/v1/sandbox/clock', headers: admin(), payload: { advanceSeconds: 3600 } });
    assert.equal(clock.json().offsetSeconds, 3600);
    const kid = first.signer.kid;
    await first.close({ keepSchema: true });
    current = undefined;

    // ---- second life, same data
    const second = await openApp({ dataDir, schemaName });
    current = second;
    // The seed ran once: every demo taxpayer once, nothing doubled.
    assert.equal(await second.app.services.taxpayers.count(), DEMO_TAXPAYERS.length);
    // The government clock offset was kept.
    const clockView = (await call(second.app, { method: 'GET', url: '/v1/sandbox/clock', headers: admin() })).json();
    assert.ok(Math.abs(clockView.offsetSeconds - 3600) <= 1, JSON.stringify(clockView));

    const token2 = await second.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
    await second.login('27AAPFU0939F1ZV', 'survivor', 'Survive@2026');
    // Bearer tokens are stored too: the one issued before the restart still works.
    assert.equal((await call(second.app, { method: 'GET', url: `/v1/einvoice/irn/${doc.Irn}`, headers: bearer(token) })).statusCode, 200);

    const got = await call(second.app, { method: 'GET', url: `/v1/einvoice/irn/${doc.Irn}`, headers: bearer(token2) });
    assert.equal(got.statusCode, 200, got.body);
    assert.deepEqual(got.json(), doc);
    const byDoc = await call(second.app, {
      method: 'GET',
      url: '/v1/einvoice/document',
      query: { type: 'INV', number: no, date },
      headers: bearer(token2),
    });
    assert.equal(byDoc.json().AckNo, doc.AckNo);

    // The signing key lives in the data dir: same kid, and the old signature verifies with the new JWKS.
    assert.equal(second.signer.kid, kid);
    const jwks = (await call(second.app, { method: 'GET', url: '/.well-known/jwks.json' })).json() as JSONWebKeySet;
    await jwtVerify(doc.SignedInvoice, createLocalJWKSet(jwks));

    // The IRP registry remembers the document, and the AckNo sequence continues.
    const dup = await call(second.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: bearer(token2),
      payload: invoice('b2b-intra', { docNo: no, docDate: date }),
    });
    assert.deepEqual(expectProblem(dup, 409, '2150').info?.[0].Desc, { AckNo: doc.AckNo, AckDt: doc.AckDt, Irn: doc.Irn });
    const next = await call(second.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: bearer(token2),
      payload: invoice('b2b-intra', { docNo: docNo('KEEP'), docDate: govDate(second.clock) }),
    });
    assert.equal(next.statusCode, 200, next.body);
    assert.ok(next.json().AckNo > doc.AckNo, `AckNo ${next.json().AckNo} must follow ${doc.AckNo}`);

    await second.close({ keepSchema: true });
    current = undefined;
  });
});
