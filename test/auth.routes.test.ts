/**
 * Auth (api.md §3): POST /v1/authenticate, the bearer guard on every e-invoice route, the admin key
 * kept apart from bearer tokens, and what the database keeps (SHA-256 of tokens, scrypt passwords).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { verifyPassword } from '../src/core/crypto/secrets.ts';
import { formatIstDate } from '../src/domain/dates.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { admin, bearer, call, expectProblem, invoice, type OwnApp, openApp, sqlRows } from './support.ts';

const PROTECTED: { method: 'GET' | 'POST'; url: string; body?: Record<string, unknown> }[] = [
  {
    method: 'POST',
    url: '/v1/einvoice/generate',
    body: invoice('b2b-intra', { docNo: 'ANON/1', docDate: formatIstDate(new Date()) }) as unknown as Record<string, unknown>,
  },
  { method: 'GET', url: `/v1/einvoice/irn/${'ab'.repeat(32)}` },
  { method: 'GET', url: '/v1/einvoice/document?type=INV&number=A1&date=01/04/2026' },
  { method: 'POST', url: '/v1/einvoice/cancel', body: { Irn: 'ab'.repeat(32), CnlRsn: '1', CnlRem: 'Duplicate' } },
  { method: 'GET', url: '/v1/einvoice/gstin/27AAPFU0939F1ZV' },
  { method: 'POST', url: '/v1/einvoice/gstin/27AAPFU0939F1ZV/sync' },
];

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('auth', () => {
  let a: OwnApp;
  const authenticate = (payload: Record<string, unknown>) => call(a.app, { method: 'POST', url: '/v1/authenticate', payload });
  const probe = (headers: Record<string, string>) => call(a.app, { method: 'GET', url: '/v1/einvoice/gstin/27AAPFU0939F1ZV', headers });

  before(async () => {
    a = await openApp();
  });
  after(async () => {
    a.clock.reset();
    await a.close();
  });

  describe('POST /v1/authenticate', () => {
    it('answers {token, token_type: Bearer, expires_in: 21600} and the token works', async () => {
      const res = await authenticate({ ...DEMO_USER });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      const body = res.json();
      assert.deepEqual(Object.keys(body).sort(), ['expires_in', 'token', 'token_type']);
      assert.equal(body.token_type, 'Bearer');
      assert.equal(body.expires_in, 21600);
      assert.equal(typeof body.token, 'string');
      assert.ok(body.token.length >= 32, 'a token needs at least 128 bits of randomness');
      assert.equal((await probe(bearer(body.token))).statusCode, 200);
    });

    it('every login issues a new token', async () => {
      const one = (await authenticate({ ...DEMO_USER })).json().token;
      const two = (await authenticate({ ...DEMO_USER })).json().token;
      assert.notEqual(one, two);
      assert.equal((await probe(bearer(one))).statusCode, 200);
      assert.equal((await probe(bearer(two))).statusCode, 200);
    });

    it('accepts the GSTIN in lower case', async () => {
      const res = await authenticate({ ...DEMO_USER, gstin: DEMO_USER.gstin.toLowerCase() });
      assert.equal(res.statusCode, 200, res.body);
    });

    it('wrong password, unknown user and wrong GSTIN are the same 401 (no hint which part was wrong)', async () => {
      const cases = [
        { ...DEMO_USER, password: 'Demo@12346' },
        { ...DEMO_USER, password: DEMO_USER.password.toLowerCase() },
        { ...DEMO_USER, username: 'nobody' },
        { ...DEMO_USER, username: 'DEMO' },
        { ...DEMO_USER, gstin: '29AAACW4202F1ZM' },
      ];
      const messages = new Set<string>();
      for (const payload of cases) {
        const res = await authenticate(payload);
        const p = expectProblem(res, 401, 'INVALID_CREDENTIALS');
        assert.equal(p.title, 'Unauthorized');
        messages.add(p.errors[0].message);
        assert.equal(res.body.includes(payload.password), false);
      }
      assert.equal(messages.size, 1);
    });

    it('missing fields are 400 naming each field', async () => {
      const p = expectProblem(await authenticate({ gstin: DEMO_USER.gstin }), 400, 'VALIDATION_FAILED');
      assert.deepEqual(p.errors.map((e) => e.field).sort(), ['password', 'username']);
    });
  });

  describe('the bearer guard', () => {
    it('guards every e-invoice route: without a token it is 401 UNAUTHORIZED', async () => {
      for (const route of PROTECTED) {
        const res = await call(a.app, { ...route, payload: route.body });
        expectProblem(res, 401, 'UNAUTHORIZED');
      }
    });

    it('checks the token before the body: an anonymous invalid body is 401, not validation feedback', async () => {
      // An anonymous caller must not learn anything from our validators (nor make us parse a 1000-item invoice).
      for (const url of ['/v1/einvoice/generate', '/v1/einvoice/cancel']) {
        expectProblem(await call(a.app, { method: 'POST', url, payload: {} }), 401, 'UNAUTHORIZED');
      }
    });

    it('a malformed Authorization header is 401 UNAUTHORIZED', async () => {
      const token = await a.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
      for (const authorization of ['Bearer', 'Bearer ', `Token ${token}`, `Basic ${token}`, `Bearer ${token} extra`, token, '']) {
        expectProblem(await probe({ authorization }), 401, 'UNAUTHORIZED');
      }
    });

    it('an unknown or altered token is 401 UNAUTHORIZED', async () => {
      const token = await a.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
      expectProblem(await probe(bearer('x'.repeat(43))), 401, 'UNAUTHORIZED');
      expectProblem(await probe(bearer(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)), 401, 'UNAUTHORIZED');
      // The stored hash is not a token either.
      expectProblem(await probe(bearer(sha256(token))), 401, 'UNAUTHORIZED');
    });

    it('accepts the scheme in any case ("bearer")', async () => {
      const token = await a.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
      assert.equal((await probe({ authorization: `bearer ${token}` })).statusCode, 200);
    });

    it('the admin key is not a bearer token, and a bearer token does not open sandbox control', async () => {
      expectProblem(await probe(admin()), 401, 'UNAUTHORIZED');
      expectProblem(await probe(bearer(a.adminKey)), 401, 'UNAUTHORIZED');
      const token = await a.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
      expectProblem(await call(a.app, { method: 'GET', url: '/v1/sandbox/clock', headers: bearer(token) }), 401, 'ADMIN_KEY_REQUIRED');
    });

    it('token lifetime runs on real time, not the government clock (api.md §7)', async () => {
      const token = await a.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
      try {
        a.clock.advance(7 * 3600); // past the 6-hour lifetime on the government clock
        assert.equal((await probe(bearer(token))).statusCode, 200);
      } finally {
        a.clock.reset();
      }
    });
  });

  describe('what the database keeps', () => {
    it('stores only the SHA-256 of a token, with the GSTIN it acts for and a 6-hour expiry', async () => {
      const before = Date.now();
      const token = await a.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
      const rows = await sqlRows<{ token_hash: string; gstin: string; expires_at: string | Date }>(
        a.database,
        sql`select token_hash, gstin, expires_at from api_tokens where token_hash = ${sha256(token)}`,
      );
      assert.equal(rows.length, 1);
      assert.equal(rows[0].gstin, DEMO_USER.gstin);
      const expiresIn = new Date(rows[0].expires_at).getTime() - before;
      assert.ok(Math.abs(expiresIn - 21600_000) < 60_000, `expires in ${expiresIn} ms`);
      const plain = await sqlRows(a.database, sql`select 1 from api_tokens where token_hash = ${token}`);
      assert.equal(plain.length, 0);
      const dump = JSON.stringify(await sqlRows(a.database, sql`select * from api_tokens`));
      assert.equal(dump.includes(token), false, 'the plain token must not be stored');
    });

    it('stores passwords as salted scrypt hashes', async () => {
      const password = 'S3cret-Passw0rd!';
      for (const username of ['hash.one', 'hash.two']) {
        const res = await call(a.app, {
          method: 'POST',
          url: '/v1/sandbox/users',
          headers: admin(),
          payload: { gstin: '27AAPFU0939F1ZV', username, password },
        });
        assert.equal(res.statusCode, 201, res.body);
        assert.equal(res.body.includes(password), false);
      }
      const rows = await sqlRows<{ username: string; password_hash: string }>(
        a.database,
        sql`select username, password_hash from api_users where gstin = '27AAPFU0939F1ZV' order by username`,
      );
      assert.equal(rows.length, 2);
      for (const row of rows) {
        assert.match(row.password_hash, /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
        assert.equal(row.password_hash.includes(password), false);
        assert.equal(await verifyPassword(password, row.password_hash), true);
        assert.equal(await verifyPassword(`${password}x`, row.password_hash), false);
      }
      assert.notEqual(rows[0].password_hash, rows[1].password_hash, 'same password, different salt');
      const dump = JSON.stringify(await sqlRows(a.database, sql`select * from api_users`));
      assert.equal(dump.includes(password), false);
      assert.equal(dump.includes(DEMO_USER.password), false);
    });
  });
});
