/**
 * Sandbox control (api.md §7): the admin key, taxpayers (generated GSTINs, conflicts, checksum and
 * test identities, PIN/state), API users, NIC clients and the government clock — including that the
 * clock governs the government side of e-invoicing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import { formatIstDate } from '../src/domain/dates.ts';
import { parseGstin } from '../src/domain/gstin.ts';
import { DEMO_USER, seedSandbox } from '../src/modules/sandbox/sandbox.seed.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { admin, bearer, call, docNo, expectProblem, invoice, validGstin, withBadCheckChar } from './support.ts';

const ROUTES: { method: InjectOptions['method']; url: string; payload?: object }[] = [
  { method: 'POST', url: '/v1/sandbox/taxpayers', payload: { stateCode: '27', legalName: 'NOBODY', rgdt: '01/04/2020' } },
  { method: 'POST', url: '/v1/sandbox/users', payload: { gstin: '27AAPFU0939F1ZV', username: 'sneaky', password: 'Password@123' } },
  { method: 'POST', url: '/v1/sandbox/clients' },
  { method: 'GET', url: '/v1/sandbox/clock' },
  { method: 'POST', url: '/v1/sandbox/clock', payload: { advanceSeconds: 86_400 } },
  { method: 'DELETE', url: '/v1/sandbox/clock' },
];

const TAXPAYER_KEYS = [
  'address',
  'blocked',
  'ctb',
  'cxdt',
  'dty',
  'einvoiceStatus',
  'gstin',
  'legalName',
  'pan',
  'reportingLimitDays',
  'rgdt',
  'stateCode',
  'sts',
  'testIdentity',
  'tradeName',
];

describe('sandbox control', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => {
    t.clock.reset();
    await t.close();
  });

  const adminCall = (method: InjectOptions['method'], url: string, payload?: object) =>
    call(t.app, { method, url, headers: admin(t.adminKey), payload });
  const createTaxpayer = (payload: object) => adminCall('POST', '/v1/sandbox/taxpayers', payload);
  const createUser = (payload: object) => adminCall('POST', '/v1/sandbox/users', payload);
  const clockNow = async () => new Date((await adminCall('GET', '/v1/sandbox/clock')).json().now).getTime();

  describe('X-Admin-Key', () => {
    it('every sandbox route answers 401 ADMIN_KEY_REQUIRED without the key, with a wrong key or with a bearer token', async () => {
      for (const route of ROUTES) {
        for (const headers of [{}, admin('wrong-admin-key-0123456789'), admin(`${t.adminKey} `), bearer(t.demoToken)]) {
          const res = await call(t.app, { ...route, headers });
          expectProblem(res, 401, 'ADMIN_KEY_REQUIRED');
        }
      }
      // Nothing happened: the clock did not move and no user was made.
      assert.equal((await adminCall('GET', '/v1/sandbox/clock')).json().offsetSeconds, 0);
      const login = await call(t.app, {
        method: 'POST',
        url: '/v1/authenticate',
        payload: { gstin: '27AAPFU0939F1ZV', username: 'sneaky', password: 'Password@123' },
      });
      expectProblem(login, 401, 'INVALID_CREDENTIALS');
    });

    it('checks the key before the body: an anonymous invalid body is 401, not validation feedback', async () => {
      const res = await call(t.app, { method: 'POST', url: '/v1/sandbox/taxpayers', payload: { gstin: 'X' } });
      expectProblem(res, 401, 'ADMIN_KEY_REQUIRED');
    });
  });

  describe('POST /v1/sandbox/taxpayers', () => {
    it('without gstin makes a realistic GSTIN with a valid check digit for stateCode (201)', async () => {
      const res = await createTaxpayer({
        stateCode: '27',
        legalName: 'KONKAN SPICES PRIVATE LIMITED',
        tradeName: 'Konkan Spices',
        rgdt: '01/04/2020',
        ctb: 'Private Limited Company',
        address: {
          building: 'Spice House',
          street: 'Linking Road',
          location: 'Bandra',
          district: 'Mumbai',
          stateCode: '27',
          pincode: '400050',
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      const tp = res.json();
      assert.deepEqual(Object.keys(tp).sort(), TAXPAYER_KEYS);
      const info = parseGstin(tp.gstin);
      assert.equal(info.checksumValid, true, tp.gstin);
      assert.equal(info.formatValid, true);
      assert.equal(info.kind, 'regular');
      assert.equal(info.stateCode, '27');
      assert.equal(tp.stateCode, '27');
      assert.equal(tp.pan, tp.gstin.slice(2, 12));
      assert.equal(tp.sts, 'Active');
      assert.equal(tp.dty, 'Regular');
      assert.equal(tp.rgdt, '01/04/2020');
      assert.equal(tp.testIdentity, false);
      assert.equal(tp.einvoiceStatus, 'Yes');

      // The registry is shared: the IRP master now knows the new taxpayer.
      const m = await call(t.app, { method: 'GET', url: `/v1/einvoice/gstin/${tp.gstin}`, headers: bearer(t.demoToken) });
      assert.equal(m.statusCode, 200, m.body);
      assert.equal(m.json().LegalName, 'KONKAN SPICES PRIVATE LIMITED');
      assert.equal(m.json().AddrPncd, 400050);
      assert.equal(m.json().StateCode, 27);
      assert.equal(m.json().DtReg, '2020-04-01');
    });

    it('a malformed PAN is 400 INVALID_PAN', async () => {
      const res = await createTaxpayer({ stateCode: '27', pan: 'AABC1234C', legalName: 'BAD PAN', rgdt: '01/04/2020' });
      const problem = expectProblem(res, 400, 'INVALID_PAN');
      assert.equal(problem.errors[0].field, 'pan');
    });

    it('generated GSTINs differ, keep a given PAN, and follow the taxpayer type (TCS)', async () => {
      const a = (await createTaxpayer({ stateCode: '27', legalName: 'FIRST GENERATED', rgdt: '01/04/2020' })).json();
      const b = (await createTaxpayer({ stateCode: '27', legalName: 'SECOND GENERATED', rgdt: '01/04/2020' })).json();
      assert.notEqual(a.gstin, b.gstin);
      const withPan = await createTaxpayer({ stateCode: '9', pan: 'AABCT1234C', legalName: 'PAN HOLDER', rgdt: '01/04/2020' });
      assert.equal(withPan.statusCode, 201, withPan.body);
      assert.equal(withPan.json().gstin.slice(0, 12), '09AABCT1234C');
      assert.equal(parseGstin(withPan.json().gstin).checksumValid, true);
      const tcs = await createTaxpayer({
        stateCode: '29',
        legalName: 'MARKETPLACE OPERATOR',
        rgdt: '01/04/2020',
        dty: 'Tax Collector (Electronic Commerce Operator)',
      });
      assert.equal(tcs.statusCode, 201, tcs.body);
      assert.equal(parseGstin(tcs.json().gstin).kind, 'tcs');
      assert.equal(parseGstin(tcs.json().gstin).checksumValid, true);
    });

    it('an existing GSTIN is 409', async () => {
      const gstin = validGstin('27', 'AAFCK4321M');
      const body = { gstin, legalName: 'KAMAT METALS', rgdt: '01/04/2020' };
      assert.equal((await createTaxpayer(body)).statusCode, 201);
      expectProblem(await createTaxpayer(body), 409, 'CONFLICT');
      expectProblem(await createTaxpayer({ ...body, gstin: gstin.toLowerCase() }), 409, 'CONFLICT');
      expectProblem(await createTaxpayer({ gstin: '29AAFCD5862R1ZR', legalName: 'SEEDED ALREADY', rgdt: '01/04/2020' }), 409, 'CONFLICT');
    });

    it('a GSTIN failing the check digit is 400 INVALID_GSTIN_CHECKSUM, but 201 as a declared test identity', async () => {
      const bad = withBadCheckChar(validGstin('27', 'AAFCM9876K'));
      assert.equal(parseGstin(bad).checksumValid, false);
      const p = expectProblem(
        await createTaxpayer({ gstin: bad, legalName: 'CHECKSUM FAILS', rgdt: '01/04/2020' }),
        400,
        'INVALID_GSTIN_CHECKSUM',
      );
      assert.equal(p.errors[0].field, 'gstin');
      const res = await createTaxpayer({ gstin: bad, legalName: 'CHECKSUM FAILS', rgdt: '01/04/2020', testIdentity: true });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().gstin, bad);
      assert.equal(res.json().testIdentity, true);
    });

    it('a PIN code of another state is 400 2178', async () => {
      const res = await createTaxpayer({
        stateCode: '27',
        legalName: 'WRONG PIN TRADERS',
        rgdt: '01/04/2020',
        address: { stateCode: '27', pincode: '560001', location: 'Bengaluru' },
      });
      const p = expectProblem(res, 400, '2178');
      assert.equal(p.errors[0].field, 'address.pincode');
    });

    it('the 2178 message names the state as the invoice rules do ("… state - Maharashtra")', async () => {
      const res = await createTaxpayer({
        stateCode: '27',
        legalName: 'WRONG PIN TRADERS',
        rgdt: '01/04/2020',
        address: { stateCode: '27', pincode: '560001' },
      });
      assert.equal(expectProblem(res, 400, '2178').errors[0].message, 'PIN code does not belong to the state - Maharashtra');
    });

    it('collects every problem of the input at once', async () => {
      const res = await createTaxpayer({
        gstin: withBadCheckChar(validGstin('27', 'AAFCN1111N')),
        stateCode: '29',
        legalName: 'MANY PROBLEMS',
        rgdt: '01/04/2020',
        sts: 'Cancelled',
        address: { stateCode: '27', pincode: '560001' },
      });
      assert.equal(res.statusCode, 400, res.body);
      const fields = res.json().errors.map((e: { field?: string }) => e.field);
      for (const field of ['gstin', 'stateCode', 'address.pincode', 'cxdt']) assert.ok(fields.includes(field), `${field}: ${res.body}`);
    });

    it('an impossible rgdt/cxdt is 400 on its field (not a database error); cxdt before rgdt is 400', async () => {
      for (const rgdt of ['31/02/2024', '2024-13-01', '00/01/2024']) {
        const p = expectProblem(await createTaxpayer({ stateCode: '27', legalName: 'BAD DATE TRADERS', rgdt }), 400, 'VALIDATION_FAILED');
        assert.deepEqual(
          p.errors.map((e) => e.field),
          ['rgdt'],
          rgdt,
        );
      }
      const badCx = await createTaxpayer({
        stateCode: '27',
        legalName: 'BAD DATE TRADERS',
        rgdt: '01/04/2024',
        sts: 'Cancelled',
        cxdt: '32/01/2025',
      });
      assert.equal(expectProblem(badCx, 400, 'VALIDATION_FAILED').errors[0].field, 'cxdt');
      const early = await createTaxpayer({
        stateCode: '27',
        legalName: 'BAD DATE TRADERS',
        rgdt: '01/04/2024',
        sts: 'Cancelled',
        cxdt: '01/01/2020',
      });
      assert.match(expectProblem(early, 400, 'VALIDATION_FAILED').errors[0].message, /before the registration date/);
      const leap = await createTaxpayer({ stateCode: '27', legalName: 'LEAP DAY TRADERS', rgdt: '2024-02-29' });
      assert.equal(leap.statusCode, 201, leap.body);
      assert.equal(leap.json().rgdt, '29/02/2024');
    });

    it('accepts a lower-case pan and upper-cases it', async () => {
      const res = await createTaxpayer({ stateCode: '07', pan: 'aabcl1234m', legalName: 'LOWER PAN LIMITED', rgdt: '01/04/2024' });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().pan, 'AABCL1234M');
      assert.equal(res.json().gstin.slice(2, 12), 'AABCL1234M');
    });

    it('rejects a body without legalName or rgdt with 400 naming the fields', async () => {
      const p = expectProblem(await createTaxpayer({ stateCode: '27' }), 400, 'VALIDATION_FAILED');
      const fields = p.errors.map((e) => e.field);
      assert.ok(fields.includes('legalName') && fields.includes('rgdt'), JSON.stringify(p));
    });
  });

  describe('POST /v1/sandbox/users', () => {
    it('creates a user (201) who can then authenticate and act for the GSTIN', async () => {
      const res = await createUser({ gstin: '27AAPFU0939F1ZV', username: 'accounts', password: 'Acc0unts@2026' });
      assert.equal(res.statusCode, 201, res.body);
      assert.deepEqual(Object.keys(res.json()).sort(), ['gstin', 'id', 'username']);
      assert.equal(res.json().gstin, '27AAPFU0939F1ZV');
      assert.equal(res.json().username, 'accounts');
      assert.equal(res.body.includes('Acc0unts@2026'), false);
      const token = await t.login('27AAPFU0939F1ZV', 'accounts', 'Acc0unts@2026');
      const m = await call(t.app, { method: 'GET', url: '/v1/einvoice/gstin/27AAPFU0939F1ZV', headers: bearer(token) });
      assert.equal(m.statusCode, 200);
    });

    it('the same user name again for the GSTIN is 409; for another GSTIN it is fine', async () => {
      assert.equal((await createUser({ gstin: '27AAPFU0939F1ZV', username: 'twice', password: 'Password@123' })).statusCode, 201);
      expectProblem(await createUser({ gstin: '27AAPFU0939F1ZV', username: 'twice', password: 'Other@12345' }), 409, 'CONFLICT');
      expectProblem(await createUser({ gstin: '27aapfu0939f1zv', username: 'twice', password: 'Other@12345' }), 409, 'CONFLICT');
      assert.equal((await createUser({ gstin: '36AASFP8573D2ZN', username: 'twice', password: 'Password@123' })).statusCode, 201);
      // The first password still holds.
      await t.login('27AAPFU0939F1ZV', 'twice', 'Password@123');
    });

    it('a GSTIN that is not in the registry is 404', async () => {
      expectProblem(
        await createUser({ gstin: validGstin('27', 'ZZZPZ0000Z'), username: 'ghost', password: 'Password@123' }),
        404,
        'NOT_FOUND',
      );
    });

    it('a short password or an odd user name is 400', async () => {
      expectProblem(await createUser({ gstin: '27AAPFU0939F1ZV', username: 'shorty', password: 'short' }), 400, 'VALIDATION_FAILED');
      expectProblem(
        await createUser({ gstin: '27AAPFU0939F1ZV', username: 'has space', password: 'Password@123' }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('a taxpayer made through the sandbox can file e-invoices with its own user', async () => {
      const tp = (
        await createTaxpayer({
          stateCode: '29',
          legalName: 'NEW SELLER BENGALURU',
          rgdt: '01/04/2020',
          address: { stateCode: '29', pincode: '560001' },
        })
      ).json();
      assert.equal((await createUser({ gstin: tp.gstin, username: 'billing', password: 'Billing@2026' })).statusCode, 201);
      const token = await t.login(tp.gstin, 'billing', 'Billing@2026');
      const inv = invoice('b2b-intra', {
        docNo: docNo('NEW'),
        docDate: formatIstDate(t.clock.now()),
        seller: { gstin: tp.gstin, stcd: '29', pin: 560001 },
      });
      const res = await call(t.app, { method: 'POST', url: '/v1/einvoice/generate', headers: bearer(token), payload: inv });
      assert.equal(res.statusCode, 200, res.body);
    });
  });

  describe('POST /v1/sandbox/clients', () => {
    it('answers 201 {clientId, clientSecret}, new ones each time', async () => {
      const one = await adminCall('POST', '/v1/sandbox/clients');
      const two = await adminCall('POST', '/v1/sandbox/clients');
      assert.equal(one.statusCode, 201, one.body);
      assert.deepEqual(Object.keys(one.json()).sort(), ['clientId', 'clientSecret']);
      assert.ok(one.json().clientId.length >= 8);
      assert.ok(one.json().clientSecret.length >= 24);
      assert.notEqual(one.json().clientId, two.json().clientId);
      assert.notEqual(one.json().clientSecret, two.json().clientSecret);
    });
  });

  describe('/v1/sandbox/clock', () => {
    it('GET answers {now (ISO-8601), offsetSeconds}, real time by default', async () => {
      const res = await adminCall('GET', '/v1/sandbox/clock');
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.deepEqual(Object.keys(body).sort(), ['now', 'offsetSeconds']);
      assert.match(body.now, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      assert.ok(Math.abs(new Date(body.now).getTime() - Date.now()) < 5_000);
      assert.equal(body.offsetSeconds, 0);
    });

    it('POST {now} sets it (and it keeps running), POST {advanceSeconds} moves it, DELETE returns to real time', async () => {
      try {
        const target = '2027-01-15T06:30:00.000Z';
        const set = await adminCall('POST', '/v1/sandbox/clock', { now: target });
        assert.equal(set.statusCode, 200, set.body);
        assert.ok(Math.abs(new Date(set.json().now).getTime() - Date.parse(target)) < 5_000);
        assert.ok(Math.abs(set.json().offsetSeconds - (Date.parse(target) - Date.now()) / 1000) < 5);
        const read = await clockNow();
        assert.ok(read >= Date.parse(target) && read - Date.parse(target) < 5_000, new Date(read).toISOString());
        // With an offset instead of Z.
        const ist = await adminCall('POST', '/v1/sandbox/clock', { now: '2027-01-15T12:00:00+05:30' });
        assert.ok(Math.abs(new Date(ist.json().now).getTime() - Date.parse(target)) < 5_000);

        const before = await clockNow();
        const moved = await adminCall('POST', '/v1/sandbox/clock', { advanceSeconds: 3600 });
        assert.equal(moved.statusCode, 200, moved.body);
        const delta = new Date(moved.json().now).getTime() - before;
        assert.ok(delta >= 3600_000 && delta < 3605_000, `moved ${delta} ms`);

        const back = await adminCall('DELETE', '/v1/sandbox/clock');
        assert.equal(back.statusCode, 200, back.body);
        assert.equal(back.json().offsetSeconds, 0);
        assert.ok(Math.abs(new Date(back.json().now).getTime() - Date.now()) < 5_000);
        assert.ok(Math.abs((await clockNow()) - Date.now()) < 5_000);
      } finally {
        t.clock.reset();
      }
    });

    it('rejects an invalid instant or a non-integer advance with 400', async () => {
      expectProblem(await adminCall('POST', '/v1/sandbox/clock', { now: 'tomorrow' }), 400, 'VALIDATION_FAILED');
      expectProblem(await adminCall('POST', '/v1/sandbox/clock', { advanceSeconds: 1.5 }), 400, 'VALIDATION_FAILED');
      expectProblem(await adminCall('POST', '/v1/sandbox/clock', {}), 400, 'VALIDATION_FAILED');
      assert.equal((await adminCall('GET', '/v1/sandbox/clock')).json().offsetSeconds, 0);
    });

    it('governs the government side: a date in the real future is "today" on a moved clock', async () => {
      const in3Days = new Date(Date.now() + 3 * 86_400_000);
      const docDate = formatIstDate(in3Days);
      const generate = (no: string) =>
        call(t.app, {
          method: 'POST',
          url: '/v1/einvoice/generate',
          headers: bearer(t.demoToken),
          payload: invoice('b2b-intra', { docNo: no, docDate }),
        });
      try {
        await adminCall('POST', '/v1/sandbox/clock', { now: in3Days.toISOString() });
        const res = await generate(docNo('CLK'));
        assert.equal(res.statusCode, 200, res.body);
        const [d, m, y] = docDate.split('/');
        assert.equal(res.json().AckDt.slice(0, 10), `${y}-${m}-${d}`, 'AckDt follows the government clock');
      } finally {
        await adminCall('DELETE', '/v1/sandbox/clock');
      }
      // Back on real time the same date is in the future again.
      expectProblem(await generate(docNo('CLK')), 400, '2163');
    });
  });

  describe('seeding', () => {
    it('two instances seeding the same database at once keep one copy of the demo data', async () => {
      const before = await t.app.services.taxpayers.count();
      await Promise.all([seedSandbox(t.app.services.sandbox, async () => true), seedSandbox(t.app.services.sandbox, async () => true)]);
      assert.equal(await t.app.services.taxpayers.count(), before);
      assert.ok(await t.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password));
    });
  });
});
