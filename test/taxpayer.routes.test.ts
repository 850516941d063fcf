/**
 * GST taxpayer routes (api.md §6) on the seeded sandbox registry: the common-portal search shape
 * field for field (reference B1), status, returns by financial year (B2), filing preference (B3),
 * registrations of a PAN (B4), GSTIN verification with the check character of every registration
 * form (B5), 400 with the rule that failed, 404 for the unknown, the response cache and its headers,
 * and the sandbox admin route that adds return filings (api.md §7).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import { loadConfig } from '../src/config.ts';
import { sampleEwbRequest } from '../src/domain/ewaybill/fixtures.ts';
import { type GstinKind, gstinCheckChar, parseGstin } from '../src/domain/gstin.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { admin, bearer, call, codesOf, docNo, expectProblem, govDate, invoice, withBadCheckChar } from './support.ts';

const SEARCH_KEYS = [
  'gstin',
  'lgnm',
  'tradeNam',
  'sts',
  'rgdt',
  'cxdt',
  'lstupdt',
  'ctb',
  'dty',
  'nba',
  'stj',
  'stjCd',
  'ctj',
  'ctjCd',
  'pradr',
  'adadr',
  'einvoiceStatus',
];
const ADDR_KEYS = ['bnm', 'bno', 'flno', 'st', 'loc', 'city', 'dst', 'stcd', 'pncd', 'lt', 'lg'];
const FILING_KEYS = ['valid', 'mof', 'dof', 'rtntype', 'ret_prd', 'arn', 'status'];
const VERIFY_KEYS = ['gstin', 'valid', 'checksumValid', 'exists', 'sts', 'lgnm', 'stateCode', 'pan', 'errors'];

const withCheck = (first14: string) => first14 + gstinCheckChar(first14);

/** A wrong check character of the same class (a government ID's must be a digit, B5.4). */
const badCheck = (gstin: string) =>
  /[0-9]$/.test(gstin) && parseGstin(gstin).kind === 'government'
    ? gstin.slice(0, 14) + String((Number(gstin[14]) + 1) % 10)
    : withBadCheckChar(gstin);

/** A government department ID (B5.4): its pattern needs a digit as check character. */
function governmentGstin(): string {
  for (let n = 10000; n < 99999; n++) {
    const g = withCheck(`07DELH${n}A1Z`);
    if (/[0-9]$/.test(g)) return g;
  }
  throw new Error('no government GSTIN found');
}

/** One checksum-valid example of every registration form (reference B5.3, B5.4). */
const FORMS: Array<{ kind: GstinKind; gstin: string; pan: string | null }> = [
  { kind: 'regular', gstin: '27AAPFU0939F1ZV', pan: 'AAPFU0939F' },
  { kind: 'government', gstin: governmentGstin(), pan: null },
  { kind: 'nrtp', gstin: withCheck('2717USA00001NR'), pan: null },
  { kind: 'oidar', gstin: '9917SGP29001OST', pan: null },
  { kind: 'uin', gstin: '0717UNO00157UNO', pan: null },
  { kind: 'tds', gstin: '06DELI09652G1DA', pan: null },
  { kind: 'tcs', gstin: '29AABCF8078M1C8', pan: 'AABCF8078M' },
];

// Reference B5.3: the checksum-VALID examples, and the checksum-INVALID ones with their expected character.
const B53_VALID = [
  '27AAPFU0939F1ZV',
  '05AAACG2115R1ZN',
  '05AAACG2140A1ZL',
  '24AAUPV7468F1ZW',
  '29AABCF8078M1C8',
  '29AABCF8078M2ZW',
  '27AAECG3736E1C2',
  '29AAFCB7707D1C1',
  '06DELI09652G1DA',
  '09ALDN00287A1DD',
  '19AAACI1681G1DV',
  '0717UNO00157UNO',
  '0717UNO00211UN2',
  '2117UNO00002UNF',
  '0717UNO00154UNU',
  '9917SGP29001OST',
  '36AASFP8573D2ZN',
  '27AAJCS5738D1Z6',
  '27AAACR5055K1Z7',
  '27AADCB2923M1ZL',
  '27ASJPC0786C3C7',
  '29AAFCD5862R1ZR',
  '27AAFCD5862R1ZV',
  '33GSPTN0791G1Z5',
  '08AAAAD1307N1ZW',
  '29AAECP2371C1ZL',
  '29AAACW4202F1ZM',
  '29AEKPV7203E1Z9',
  '29AAAAA1799H1ZK',
  '29AAACG0569P1Z3',
  '05ABNTY3290P8ZA',
  '05AAAAZ1723G1ZR',
  '05AAAAZ2166M1Z7',
  '24ACPPM5624F1ZK',
  '27AAACT2727Q1ZW',
];
const B53_INVALID: Array<[string, string]> = [
  ['29AADCT2727Q1Z2', 'P'],
  ['37ARZPT4384Q1MT', 'X'],
  ['01AMBPG7773M002', 'Y'],
  ['37AMBPG7773M002', 'J'],
  ['36AMBPG7773M002', 'L'],
  ['29AKLPM8755F1Z2', 'J'],
  ['02EHFPS5910D2Z0', 'M'],
  ['29BNMPC3977J1Z2', 'E'],
  ['29AMRPV8729L1Z1', 'P'],
  ['29AWGPV7107B1Z1', 'F'],
  ['12AWGPV7107B1Z1', 'U'],
  ['29AAFCA7488L1Z0', 'W'],
  ['29AAACQ3770E000', 'F'],
  ['29HJKPS9689A8Z5', '1'],
  ['24AAACJ2440E2ZV', '6'],
  ['36BBBFF5679L8ZR', 'N'],
  ['36AABCT1332L011', 'D'],
  ['29BQSPA3829E1Z2', 'O'],
  ['27ABCDE1234F1Z5', '0'],
  ['27AAAAA0000A1Z5', '2'],
];
/** The NIC-style test identities the sandbox seeds (served although their check character fails). */
const TEST_IDENTITIES = new Set(['37ARZPT4384Q1MT', '29AWGPV7107B1Z1']);

/** dd-MM-yyyy → yyyy-mm-dd. */
const isoOfDof = (dof: string) => `${dof.slice(6, 10)}-${dof.slice(3, 5)}-${dof.slice(0, 2)}`;
/** MMYYYY → YYYYMM, the order of periods. */
const periodOrder = (p: string) => p.slice(2) + p.slice(0, 2);

describe('GST taxpayer routes', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => {
    await t.close();
  });

  const get = (url: string, token = t.demoToken) => call(t.app, { method: 'GET', url, headers: bearer(token) });
  const verify = (payload: object) => call(t.app, { method: 'POST', url: '/v1/gstin/verify', headers: bearer(t.demoToken), payload });
  const adminPost = (url: string, payload: object) => call(t.adminApp, { method: 'POST', url, headers: admin(t.adminKey), payload });
  const createTaxpayer = async (payload: object) => {
    const res = await adminPost('/v1/sandbox/taxpayers', payload);
    assert.equal(res.statusCode, 201, res.body);
    return res.json().gstin as string;
  };

  describe('auth', () => {
    it('every route needs a bearer token (401 UNAUTHORIZED), checked before the GSTIN', async () => {
      const routes: InjectOptions[] = [
        { method: 'GET', url: '/v1/gstin/27AAPFU0939F1ZV' },
        { method: 'GET', url: '/v1/gstin/BAD/status' },
        { method: 'GET', url: '/v1/gstin/27AAPFU0939F1ZV/returns?fy=2024-25' },
        { method: 'GET', url: '/v1/gstin/27AAPFU0939F1ZV/preference?fy=2024-25' },
        { method: 'GET', url: '/v1/pan/AAPFU0939F/gstins' },
        { method: 'POST', url: '/v1/gstin/verify', payload: { gstin: '27AAPFU0939F1ZV' } },
      ];
      for (const route of routes) {
        for (const headers of [{}, bearer('not-a-token'), admin(t.adminKey)]) {
          expectProblem(await call(t.app, { ...route, headers }), 401, 'UNAUTHORIZED');
        }
      }
    });
  });

  describe('GET /v1/gstin/{gstin} (search, B1)', () => {
    it('answers the common-portal shape field for field for a seeded taxpayer', async () => {
      const res = await get('/v1/gstin/27AAPFU0939F1ZV');
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.deepEqual(Object.keys(body), SEARCH_KEYS);
      assert.match(body.lstupdt, /^\d{2}\/\d{2}\/\d{4}$/);
      assert.deepEqual(body, {
        gstin: '27AAPFU0939F1ZV',
        lgnm: 'UNIVERSAL TRADERS',
        tradeNam: 'UNIVERSAL TRADERS',
        sts: 'Active',
        rgdt: '01/07/2017',
        cxdt: '',
        lstupdt: body.lstupdt,
        ctb: 'Partnership',
        dty: 'Regular',
        nba: ['Wholesale Business', 'Office / Sale Office'],
        stj: 'State - Maharashtra,Zone - Mumbai,Division - MAZGAON,Charge - BYCULLA_701',
        stjCd: 'MH0123',
        ctj: 'Commissionerate - MUMBAI SOUTH,Division - DIVISION I,Range - RANGE-I',
        ctjCd: 'UB0101',
        pradr: {
          addr: {
            bnm: 'Gold House',
            bno: '',
            flno: '',
            st: 'Mint Road',
            loc: 'Fort',
            city: '',
            dst: 'Mumbai',
            stcd: 'Maharashtra',
            pncd: '400001',
            lt: '',
            lg: '',
          },
          ntr: 'Wholesale Business, Office / Sale Office',
        },
        adadr: [],
        einvoiceStatus: 'Yes',
      });
    });

    it('joins the natures of business into ntr and names the state (stcd) for the demo user', async () => {
      const body = (await get('/v1/gstin/29AAFCD5862R1ZR')).json();
      assert.equal(body.lgnm, 'DEMO COMPUTERS PRIVATE LIMITED');
      assert.equal(body.tradeNam, 'Demo Computers');
      assert.equal(body.ctb, 'Private Limited Company');
      assert.deepEqual(body.nba, ['Wholesale Business', 'Office / Sale Office']);
      assert.equal(body.pradr.ntr, 'Wholesale Business, Office / Sale Office');
      assert.deepEqual(Object.keys(body.pradr.addr), ADDR_KEYS);
      assert.equal(body.pradr.addr.stcd, 'Karnataka');
      assert.equal(body.pradr.addr.pncd, '560001');
    });

    it('a cancelled taxpayer has cxdt; other types keep their portal dty', async () => {
      const cancelled = (await get('/v1/gstin/24ACPPM5624F1ZK')).json();
      assert.equal(cancelled.sts, 'Cancelled');
      assert.equal(cancelled.cxdt, '31/03/2024');
      assert.equal((await get('/v1/gstin/27AAJCS5738D1Z6')).json().dty, 'SEZ Unit');
      assert.equal((await get('/v1/gstin/36AASFP8573D2ZN')).json().dty, 'Composition');
    });

    it('maps jurisdictions and additional places of business from the registry', async () => {
      const gstin = withCheck('29AAGCK1234K1Z');
      await t.backend.app.services.taxpayers.insert({
        gstin,
        stateCode: '29',
        pan: gstin.slice(2, 12),
        legalName: 'KAVERI MILLS PRIVATE LIMITED',
        sts: 'Active',
        registrationDate: '2019-04-01',
        taxpayerType: 'Regular',
        constitution: 'Private Limited Company',
        address: {
          building: 'Mill House',
          buildingNo: '4',
          floor: '1st Floor',
          street: 'Mysore Road',
          location: 'Kengeri',
          city: 'Bengaluru',
          district: 'Bengaluru Urban',
          stateCode: '29',
          pincode: '560060',
        },
        additionalAddresses: [
          {
            building: 'Godown 2',
            street: 'Hosur Road',
            location: 'Bommanahalli',
            district: 'Bengaluru Urban',
            stateCode: '29',
            pincode: '560068',
            nature: 'Warehouse / Depot',
          },
        ],
        natureOfBusiness: ['Factory / Manufacturing', 'Warehouse / Depot'],
        stateJurisdiction: 'State - Karnataka,Division - DGSTO-4, Bengaluru, LOCAL GST Office - LGSTO 015 - Bengaluru',
        stateJurisdictionCode: 'KA003',
        centreJurisdiction: 'Commissionerate - BENGALURU EAST,Division - EAST DIVISION-8,Range - RANGE-BED8 (Jurisdictional Office)',
        centreJurisdictionCode: 'YT0802',
        einvoiceEnabled: false,
      });
      const body = (await get(`/v1/gstin/${gstin}`)).json();
      assert.equal(body.stjCd, 'KA003');
      assert.equal(body.ctjCd, 'YT0802');
      assert.match(body.stj, /^State - Karnataka/);
      assert.match(body.ctj, /^Commissionerate - BENGALURU EAST/);
      assert.equal(body.einvoiceStatus, 'No');
      assert.deepEqual(body.pradr.addr, {
        bnm: 'Mill House',
        bno: '4',
        flno: '1st Floor',
        st: 'Mysore Road',
        loc: 'Kengeri',
        city: 'Bengaluru',
        dst: 'Bengaluru Urban',
        stcd: 'Karnataka',
        pncd: '560060',
        lt: '',
        lg: '',
      });
      assert.equal(body.pradr.ntr, 'Factory / Manufacturing, Warehouse / Depot');
      assert.equal(body.adadr.length, 1);
      assert.deepEqual(body.adadr[0], {
        addr: {
          bnm: 'Godown 2',
          bno: '',
          flno: '',
          st: 'Hosur Road',
          loc: 'Bommanahalli',
          city: '',
          dst: 'Bengaluru Urban',
          stcd: 'Karnataka',
          pncd: '560068',
          lt: '',
          lg: '',
        },
        ntr: 'Warehouse / Depot',
      });
    });

    it('upper-cases a lower-case GSTIN', async () => {
      const res = await get('/v1/gstin/27aapfu0939f1zv');
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().gstin, '27AAPFU0939F1ZV');
    });

    it('serves NIC-style test identities the registry holds although their check character fails', async () => {
      const res = await get('/v1/gstin/29AWGPV7107B1Z1');
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().lgnm, 'XYZ company pvt ltd');
    });

    it('shows the jurisdictions given to the admin API', async () => {
      const gstin = await createTaxpayer({
        stateCode: '29',
        legalName: 'JURISDICTION TEST TRADERS',
        rgdt: '01/04/2021',
        stj: 'State - Karnataka,Division - DGSTO-4, Bengaluru,LOCAL GST Office - LGSTO 015 - Bengaluru',
        stjCd: 'KA003',
        ctj: 'Commissionerate - BENGALURU EAST,Division - EAST DIVISION-8,Range - RANGE-BED8 (Jurisdictional Office)',
        ctjCd: 'YT0802',
      });
      const body = (await get(`/v1/gstin/${gstin}`)).json();
      assert.deepEqual(
        [body.stj, body.stjCd, body.ctj, body.ctjCd],
        [
          'State - Karnataka,Division - DGSTO-4, Bengaluru,LOCAL GST Office - LGSTO 015 - Bengaluru',
          'KA003',
          'Commissionerate - BENGALURU EAST,Division - EAST DIVISION-8,Range - RANGE-BED8 (Jurisdictional Office)',
          'YT0802',
        ],
      );
    });
  });

  describe('malformed and unknown GSTINs', () => {
    const valid14 = '27AAPFU0939F1Z';
    const CASES: Array<[string, string, string]> = [
      ['too short', '27AAPFU0939F1Z', 'INVALID_GSTIN_LENGTH'],
      ['too long', '27AAPFU0939F1ZVV', 'INVALID_GSTIN_LENGTH'],
      ['no pattern family', withCheck('27AAPFU0939F0Z'), 'INVALID_GSTIN_FORMAT'],
      ['unknown state code', withCheck(`40${valid14.slice(2)}`), 'INVALID_GSTIN_STATE_CODE'],
      ['wrong check character', withBadCheckChar('27AAPFU0939F1ZV'), 'INVALID_GSTIN_CHECKSUM'],
    ];
    const PATHS = ['', '/status', '/returns?fy=2024-25', '/preference?fy=2024-25'];

    it('a malformed GSTIN is 400 with the rule that failed, on every route', async () => {
      for (const [what, gstin, code] of CASES) {
        for (const path of PATHS) {
          const problem = expectProblem(await get(`/v1/gstin/${gstin}${path}`), 400, code);
          assert.equal(problem.errors.length, 1, `${what}: ${JSON.stringify(problem.errors)}`);
          assert.equal(problem.errors[0].field, 'gstin');
        }
      }
    });

    it('a well-formed GSTIN that is not registered is 404 NOT_FOUND, on every route', async () => {
      const unknown = withCheck('27AAACZ9999Z1Z');
      for (const path of PATHS) {
        const problem = expectProblem(await get(`/v1/gstin/${unknown}${path}`), 404, 'NOT_FOUND');
        assert.match(problem.errors[0].message, new RegExp(unknown));
      }
    });

    it('every B5.3 checksum-invalid example is 400 naming the expected check character (unless seeded as a test identity)', async () => {
      for (const [gstin, expected] of B53_INVALID) {
        const res = await get(`/v1/gstin/${gstin}/status`);
        if (TEST_IDENTITIES.has(gstin)) {
          assert.equal(res.statusCode, 200, res.body);
          continue;
        }
        assert.equal(res.statusCode, 400, `${gstin}: ${res.body}`);
        const checksum = res.json().errors.find((e: { code: string }) => e.code === 'INVALID_GSTIN_CHECKSUM');
        assert.ok(checksum, `${gstin}: ${res.body}`);
        assert.match(checksum.message, new RegExp(`expected ${expected}$`), gstin);
      }
    });

    it('a 15-character GSTIN of no state (00, 39, 98, 96 Other Country, 99 outside OIDAR) is 400; 97 Other Territory is a state (B6)', async () => {
      for (const st of ['00', '39', '98', '96', '99']) {
        const problem = expectProblem(await get(`/v1/gstin/${withCheck(`${st}AAPFU0939F1Z`)}`), 400, 'INVALID_GSTIN_STATE_CODE');
        assert.equal(problem.errors.length, 1, JSON.stringify(problem.errors));
      }
      expectProblem(await get(`/v1/gstin/${withCheck('97AAPFU0939F1Z')}`), 404, 'NOT_FOUND');
    });

    it('the check character of every registration form: valid passes the rules (404, unregistered), one wrong character is 400', async () => {
      for (const form of FORMS) {
        assert.equal(parseGstin(form.gstin).kind, form.kind, form.gstin);
        const res = await get(`/v1/gstin/${form.gstin}/status`);
        if (form.kind === 'regular') assert.equal(res.statusCode, 200, res.body);
        else expectProblem(res, 404, 'NOT_FOUND');
        expectProblem(await get(`/v1/gstin/${badCheck(form.gstin)}/status`), 400, 'INVALID_GSTIN_CHECKSUM');
      }
    });
  });

  describe('GET /v1/gstin/{gstin}/status', () => {
    it('answers sts, einvoiceStatus, blocked and lastUpdated from the shared registry', async () => {
      const res = await get('/v1/gstin/29AAFCD5862R1ZR/status');
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.deepEqual(Object.keys(body), ['gstin', 'sts', 'einvoiceStatus', 'blocked', 'lastUpdated']);
      assert.equal(body.gstin, '29AAFCD5862R1ZR');
      assert.equal(body.sts, 'Active');
      assert.equal(body.einvoiceStatus, 'Yes');
      assert.equal(body.blocked, false);
      assert.ok(!Number.isNaN(Date.parse(body.lastUpdated)), body.lastUpdated);
      assert.equal((await get('/v1/gstin/05AAACG2140A1ZL/status')).json().blocked, true);
      assert.equal((await get('/v1/gstin/08AAAAD1307N1ZW/status')).json().sts, 'Suspended');
      assert.equal((await get('/v1/gstin/24ACPPM5624F1ZK/status')).json().sts, 'Cancelled');
    });
  });

  describe('GET /v1/gstin/{gstin}/returns (RETTRACK, B2)', () => {
    it('lists the returns filed in the financial year, sorted by period', async () => {
      const res = await get('/v1/gstin/29AAFCD5862R1ZR/returns?fy=2024-25');
      assert.equal(res.statusCode, 200, res.body);
      const list = res.json().EFiledlist as Array<Record<string, string>>;
      assert.ok(list.length > 0);
      for (const f of list) {
        assert.deepEqual(Object.keys(f), FILING_KEYS);
        assert.match(f.dof, /^\d{2}-\d{2}-\d{4}$/);
        assert.match(f.ret_prd, /^(0[1-9]|1[0-2])\d{4}$/);
        assert.ok(isoOfDof(f.dof) >= '2024-04-01' && isoOfDof(f.dof) <= '2025-03-31', `${f.dof} is not in FY 2024-25`);
        assert.ok(['Y', 'N'].includes(f.valid));
        assert.ok(['ONLINE', 'OFFLINE'].includes(f.mof));
        assert.match(f.arn, /^[A-Z0-9]{1,25}$/);
      }
      const periods = list.map((f) => periodOrder(f.ret_prd));
      assert.deepEqual(periods, [...periods].sort(), 'sorted by period');
      const types = new Set(list.map((f) => f.rtntype));
      assert.ok(types.has('GSTR1') && types.has('GSTR3B'), [...types].join());
    });

    it('a composition dealer files CMP08 and GSTR4, not GSTR-1 or GSTR-3B', async () => {
      const list = (await get('/v1/gstin/36AASFP8573D2ZN/returns?fy=2024-25')).json().EFiledlist as Array<{ rtntype: string }>;
      const types = new Set(list.map((f) => f.rtntype));
      assert.ok(types.has('CMP08'), [...types].join());
      assert.ok(!types.has('GSTR3B') && !types.has('GSTR1'), [...types].join());
    });

    it('fy is required and must be YYYY-YY (400 VALIDATION_FAILED on fy)', async () => {
      for (const q of ['', '?fy=', '?fy=2024', '?fy=2024-26', '?fy=24-25', '?fy=abcd-ef']) {
        const problem = expectProblem(await get(`/v1/gstin/29AAFCD5862R1ZR/returns${q}`), 400, 'VALIDATION_FAILED');
        assert.equal(problem.errors[0].field, 'fy', q);
      }
      expectProblem(await get('/v1/gstin/29AAFCD5862R1ZR/preference?fy=2024-26'), 400, 'VALIDATION_FAILED');
    });

    it('a taxpayer without filings has an empty list (200), not an error', async () => {
      const gstin = await createTaxpayer({ stateCode: '27', legalName: 'QUIET TRADERS', rgdt: '01/04/2020' });
      const res = await get(`/v1/gstin/${gstin}/returns?fy=2024-25`);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), { EFiledlist: [] });
    });

    it('a taxpayer created with syntheticFilings has a history', async () => {
      const gstin = await createTaxpayer({ stateCode: '33', legalName: 'BUSY TRADERS', rgdt: '01/04/2020', syntheticFilings: true });
      assert.ok((await get(`/v1/gstin/${gstin}/returns?fy=2024-25`)).json().EFiledlist.length > 0);
    });
  });

  describe('GET /v1/gstin/{gstin}/preference (GETPREF, B3)', () => {
    it('one monthly/quarterly preference per quarter', async () => {
      const res = await get('/v1/gstin/29AAFCD5862R1ZR/preference?fy=2024-25');
      assert.equal(res.statusCode, 200, res.body);
      const response = res.json().response as Array<{ quarter: string; preference: string }>;
      assert.deepEqual(
        response.map((r) => r.quarter),
        ['Q1', 'Q2', 'Q3', 'Q4'],
      );
      for (const r of response) assert.ok(['M', 'Q'].includes(r.preference), r.preference);
    });
  });

  describe('GET /v1/pan/{pan}/gstins (B4)', () => {
    it('lists every registration of a PAN across states, with status', async () => {
      const second = await createTaxpayer({
        stateCode: '27',
        pan: 'AAFCD5862R',
        legalName: 'DEMO COMPUTERS PRIVATE LIMITED',
        rgdt: '01/04/2021',
      });
      assert.equal(second, '27AAFCD5862R1ZV');
      const res = await get('/v1/pan/aafcd5862r/gstins');
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), [
        { gstin: '27AAFCD5862R1ZV', stateCode: '27', sts: 'Active' },
        { gstin: '29AAFCD5862R1ZR', stateCode: '29', sts: 'Active' },
      ]);
    });

    it('a malformed PAN is 400 INVALID_PAN; an unregistered one 404 NOT_FOUND', async () => {
      for (const pan of ['AAFCD5862', 'AAFCD58621', '1AFCD5862R', 'AAFCDX862R']) {
        assert.equal(expectProblem(await get(`/v1/pan/${pan}/gstins`), 400, 'INVALID_PAN').errors[0].field, 'pan');
      }
      expectProblem(await get('/v1/pan/ZZZPZ9999Z/gstins'), 404, 'NOT_FOUND');
    });
  });

  describe('POST /v1/gstin/verify', () => {
    it('a registered GSTIN', async () => {
      const res = await verify({ gstin: '29aafcd5862r1zr' });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(Object.keys(res.json()), VERIFY_KEYS);
      assert.deepEqual(res.json(), {
        gstin: '29AAFCD5862R1ZR',
        valid: true,
        checksumValid: true,
        exists: true,
        sts: 'Active',
        lgnm: 'DEMO COMPUTERS PRIVATE LIMITED',
        stateCode: '29',
        pan: 'AAFCD5862R',
        errors: [],
      });
    });

    it('the check character of every registration form, right and wrong', async () => {
      for (const form of FORMS) {
        const good = (await verify({ gstin: form.gstin })).json();
        assert.equal(good.valid, true, form.gstin);
        assert.equal(good.checksumValid, true, form.gstin);
        assert.equal(good.pan, form.pan, form.gstin);
        assert.equal(good.stateCode, form.gstin.slice(0, 2));
        const registered = form.kind === 'regular';
        assert.equal(good.exists, registered, form.gstin);
        assert.deepEqual(good.errors, registered ? [] : ['NOT_FOUND'], form.gstin);

        const bad = (await verify({ gstin: badCheck(form.gstin) })).json();
        assert.equal(bad.valid, false, form.gstin);
        assert.equal(bad.checksumValid, false, form.gstin);
        assert.equal(bad.exists, false);
        assert.deepEqual(bad.errors, ['INVALID_GSTIN_CHECKSUM', 'NOT_FOUND'], form.gstin);
      }
    });

    it('every B5.3 example: the checksum-valid ones are valid, the checksum-invalid ones are not', async () => {
      const { results } = (await verify({ gstins: [...B53_VALID, ...B53_INVALID.map(([g]) => g)] })).json();
      for (const r of results.slice(0, B53_VALID.length)) {
        assert.equal(r.valid, true, r.gstin);
        assert.equal(r.checksumValid, true, r.gstin);
        assert.ok(!r.errors.some((e: string) => e.startsWith('INVALID_')), `${r.gstin}: ${r.errors}`);
      }
      for (const r of results.slice(B53_VALID.length)) {
        assert.equal(r.valid, false, r.gstin);
        assert.equal(r.checksumValid, false, r.gstin);
        assert.ok(r.errors.includes('INVALID_GSTIN_CHECKSUM'), `${r.gstin}: ${r.errors}`);
        assert.equal(r.exists, TEST_IDENTITIES.has(r.gstin), r.gstin);
      }
    });

    it('NIC test identities exist although they are not valid', async () => {
      const { results } = (await verify({ gstins: ['37ARZPT4384Q1MT', '29AWGPV7107B1Z1'] })).json();
      assert.deepEqual(
        results.map((r: Record<string, unknown>) => [r.valid, r.checksumValid, r.exists, r.errors, r.lgnm]),
        [
          [false, false, true, ['INVALID_GSTIN_FORMAT', 'INVALID_GSTIN_CHECKSUM'], 'NIC company pvt ltd'],
          [false, false, true, ['INVALID_GSTIN_CHECKSUM'], 'XYZ company pvt ltd'],
        ],
      );
    });

    it('a batch answers every GSTIN in order, reporting rules instead of failing', async () => {
      const inputs = ['27AAPFU0939F1ZV', 'abc', '27AAPFU0939F1Z*', withCheck('40AAPFU0939F1Z'), '27AAPFU0939F1ZA', '24ACPPM5624F1ZK'];
      const res = await verify({ gstins: inputs });
      assert.equal(res.statusCode, 200, res.body);
      const results = res.json().results as Array<Record<string, unknown>>;
      assert.deepEqual(
        results.map((r) => r.gstin),
        inputs.map((g) => g.toUpperCase()),
      );
      for (const r of results) assert.deepEqual(Object.keys(r), VERIFY_KEYS);
      assert.deepEqual(
        results.map((r) => r.errors),
        [
          [],
          ['INVALID_GSTIN_LENGTH', 'NOT_FOUND'],
          ['INVALID_GSTIN_FORMAT', 'NOT_FOUND'], // no check character outside 0-9A-Z
          ['INVALID_GSTIN_STATE_CODE', 'NOT_FOUND'],
          ['INVALID_GSTIN_CHECKSUM', 'NOT_FOUND'],
          [],
        ],
      );
      assert.equal(results[1].stateCode, null);
      assert.equal(results[5].sts, 'Cancelled');
    });

    it('1 to 100 GSTINs: 101 or none is 400; exactly one of gstin and gstins', async () => {
      const hundred = Array.from({ length: 100 }, (_, i) => withCheck(`27AAPFU${String(i).padStart(4, '0')}F1Z`));
      const ok = await verify({ gstins: hundred });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().results.length, 100);
      expectProblem(await verify({ gstins: [...hundred, '27AAPFU0939F1ZV'] }), 400, 'VALIDATION_FAILED');
      expectProblem(await verify({ gstins: [] }), 400, 'VALIDATION_FAILED');
      expectProblem(await verify({}), 400, 'VALIDATION_FAILED');
      expectProblem(await verify({ gstin: '27AAPFU0939F1ZV', gstins: ['27AAPFU0939F1ZV'] }), 400, 'VALIDATION_FAILED');
      expectProblem(await verify({ gstin: 27 }), 400, 'VALIDATION_FAILED');
    });
  });

  describe('POST /v1/sandbox/taxpayers/{gstin}/filings (api.md §7)', () => {
    let gstin: string;
    before(async () => {
      gstin = await createTaxpayer({ stateCode: '27', legalName: 'FILING TEST TRADERS', rgdt: '01/04/2020' });
    });

    it('adds filings (201) that then appear in returns for the FY of their filing date', async () => {
      const res = await adminPost(`/v1/sandbox/taxpayers/${gstin.toLowerCase()}/filings`, {
        filings: [
          { rtntype: 'GSTR3B', ret_prd: '022024', dof: '20-03-2024' },
          { rtntype: 'GSTR-1', ret_prd: '032024', dof: '11/04/2024', arn: 'aa270424123456a' },
          { rtntype: 'GSTR3B', ret_prd: '032024', dof: '22-04-2024', status: 'Filed', mof: 'OFFLINE' },
        ],
      });
      assert.equal(res.statusCode, 201, res.body);
      const body = res.json();
      assert.equal(body.gstin, gstin);
      assert.equal(body.filings.length, 3);
      for (const f of body.filings) assert.deepEqual(Object.keys(f), FILING_KEYS);
      const [first, second, third] = body.filings;
      assert.deepEqual(
        { ...first, arn: undefined },
        {
          valid: 'Y',
          mof: 'ONLINE',
          dof: '20-03-2024',
          rtntype: 'GSTR3B',
          ret_prd: '022024',
          arn: undefined,
          status: 'Filed',
        },
      );
      assert.match(first.arn, /^[A-Z0-9]{1,25}$/);
      assert.equal(second.arn, 'AA270424123456A');
      assert.equal(second.rtntype, 'GSTR1');
      assert.equal(second.dof, '11-04-2024');
      assert.equal(third.mof, 'OFFLINE');

      const fy2324 = (await get(`/v1/gstin/${gstin}/returns?fy=2023-24`)).json().EFiledlist;
      assert.deepEqual(fy2324, [first]);
      const fy2425 = (await get(`/v1/gstin/${gstin}/returns?fy=2024-25`)).json().EFiledlist;
      assert.deepEqual(new Set(fy2425), new Set([second, third]));
      assert.equal(fy2425.length, 2);
    });

    it('the same return, period and ARN again is 409 CONFLICT (generated ARNs too)', async () => {
      const again = await adminPost(`/v1/sandbox/taxpayers/${gstin}/filings`, {
        filings: [{ rtntype: 'GSTR3B', ret_prd: '022024', dof: '20-03-2024' }],
      });
      assert.equal(expectProblem(again, 409, 'CONFLICT').errors[0].field, 'filings[0].arn');
      const twice = await adminPost(`/v1/sandbox/taxpayers/${gstin}/filings`, {
        filings: [
          { rtntype: 'GSTR1', ret_prd: '052024', dof: '11-06-2024', arn: 'AA2706241234567' },
          { rtntype: 'GSTR1', ret_prd: '052024', dof: '12-06-2024', arn: 'AA2706241234567' },
        ],
      });
      expectProblem(twice, 409, 'CONFLICT');
      // Nothing of a rejected request was stored.
      const list = (await get(`/v1/gstin/${gstin}/returns?fy=2024-25`)).json().EFiledlist as Array<{ ret_prd: string }>;
      assert.ok(!list.some((f) => f.ret_prd === '052024'));
    });

    it('an explicit filing replaces the synthetic one of the same return and period', async () => {
      const before = (await get('/v1/gstin/27AAPFU0939F1ZV/returns?fy=2024-25')).json().EFiledlist as Array<Record<string, string>>;
      const target = before.find((f) => f.rtntype === 'GSTR3B');
      assert.ok(target, 'a synthetic GSTR3B in FY 2024-25');
      const res = await adminPost('/v1/sandbox/taxpayers/27AAPFU0939F1ZV/filings', {
        filings: [{ rtntype: 'GSTR3B', ret_prd: target.ret_prd, dof: target.dof, arn: 'AB2799999999999' }],
      });
      assert.equal(res.statusCode, 201, res.body);
      const afterList = (await get('/v1/gstin/27AAPFU0939F1ZV/returns?fy=2024-25')).json().EFiledlist as Array<Record<string, string>>;
      const same = afterList.filter((f) => f.rtntype === 'GSTR3B' && f.ret_prd === target.ret_prd);
      assert.deepEqual(
        same.map((f) => f.arn),
        ['AB2799999999999'],
      );
      assert.equal(afterList.length, before.length);
    });

    it('every invalid field at once (400 VALIDATION_FAILED)', async () => {
      const res = await adminPost(`/v1/sandbox/taxpayers/${gstin}/filings`, {
        filings: [
          { rtntype: 'GSTR99', ret_prd: '132024', dof: '31-02-2024' },
          { rtntype: 'GSTR1', ret_prd: '062017', dof: '11-07-2017' },
          { rtntype: 'GSTR1', ret_prd: '052024', dof: '01-05-2024', arn: 'AA-27' },
          { rtntype: 'GSTR1', ret_prd: '052024', dof: '10-04-2024' },
          { rtntype: 'GSTR1', ret_prd: '102099', dof: '11-11-2099' },
        ],
      });
      const problem = expectProblem(res, 400, 'VALIDATION_FAILED');
      assert.deepEqual(
        problem.errors.map((e) => e.field),
        [
          'filings[0].rtntype',
          'filings[0].ret_prd',
          'filings[0].dof',
          'filings[1].ret_prd',
          'filings[2].arn',
          'filings[3].dof',
          'filings[4].dof',
        ],
      );
      expectProblem(await adminPost(`/v1/sandbox/taxpayers/${gstin}/filings`, { filings: [] }), 400, 'VALIDATION_FAILED');
      expectProblem(
        await adminPost(`/v1/sandbox/taxpayers/${gstin}/filings`, { filings: [{ rtntype: 'GSTR1' }] }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('an unknown GSTIN is 404, a malformed one 400 with its rule, no admin key 401', async () => {
      const filings = [{ rtntype: 'GSTR1', ret_prd: '052024', dof: '11-06-2024' }];
      expectProblem(await adminPost(`/v1/sandbox/taxpayers/${withCheck('27AAACZ9999Z1Z')}/filings`, { filings }), 404, 'NOT_FOUND');
      expectProblem(
        await adminPost(`/v1/sandbox/taxpayers/${withBadCheckChar(gstin)}/filings`, { filings }),
        400,
        'INVALID_GSTIN_CHECKSUM',
      );
      const anonymous = await call(t.adminApp, { method: 'POST', url: `/v1/sandbox/taxpayers/${gstin}/filings`, payload: { filings } });
      expectProblem(anonymous, 401, 'ADMIN_KEY_REQUIRED');
      const tenant = await call(t.adminApp, {
        method: 'POST',
        url: `/v1/sandbox/taxpayers/${gstin}/filings`,
        headers: bearer(t.demoToken),
        payload: { filings },
      });
      expectProblem(tenant, 401, 'ADMIN_KEY_REQUIRED');
    });
  });

  describe('one registry for every suite (issue 4: one source of truth for taxpayer status)', () => {
    it('a taxpayer registered Cancelled through the admin API reads Cancelled here, and the IRP and e-way bill system reject it', async () => {
      const cxdt = govDate(t.clock, -10);
      const gstin = await createTaxpayer({
        stateCode: '29',
        legalName: 'CLOSED SHOP TRADERS',
        rgdt: '01/04/2021',
        sts: 'Cancelled',
        cxdt,
        address: {
          building: 'Closed Shop',
          street: 'MG Road',
          location: 'Shivajinagar',
          district: 'Bengaluru Urban',
          stateCode: '29',
          pincode: '560001',
        },
      });
      const search = (await get(`/v1/gstin/${gstin}`)).json();
      assert.deepEqual([search.sts, search.cxdt], ['Cancelled', cxdt]);
      assert.equal((await get(`/v1/gstin/${gstin}/status`)).json().sts, 'Cancelled');
      assert.equal((await verify({ gstin })).json().sts, 'Cancelled');
      assert.deepEqual((await get(`/v1/pan/${gstin.slice(2, 12)}/gstins`)).json(), [{ gstin, stateCode: '29', sts: 'Cancelled' }]);

      // IRP (reference nic-einvoice §7.1 item 12): a buyer cancelled before the document date is 3074.
      const buyer = { gstin, stcd: '29', pin: 560001 };
      const irp = await call(t.app, {
        method: 'POST',
        url: '/v1/einvoice/generate',
        headers: bearer(t.demoToken),
        payload: invoice('b2b-intra', { docNo: docNo('CXB'), docDate: govDate(t.clock), buyer }) as object,
      });
      assert.equal(expectProblem(irp, 400, '3074').errors[0].field, 'BuyerDtls.Gstin');

      // e-way bill (reference A3.4): a consignee cancelled before the document date is 722; as supplier, 208.
      const ewbAsConsignee = await call(t.app, {
        method: 'POST',
        url: '/v1/ewaybill/generate',
        headers: bearer(t.demoToken),
        payload: { ...sampleEwbRequest('intra', { docNo: docNo('CXE'), docDate: govDate(t.clock) }), toGstin: gstin, toPincode: 560001 },
      });
      assert.ok(codesOf(ewbAsConsignee).includes('722'), ewbAsConsignee.body);
      const ownToken = await t.tenant(gstin, 'closedshop');
      const ewbAsSupplier = await call(t.app, {
        method: 'POST',
        url: '/v1/ewaybill/generate',
        headers: bearer(ownToken),
        payload: { ...sampleEwbRequest('intra', { docNo: docNo('CXS'), docDate: govDate(t.clock) }), userGstin: gstin, fromGstin: gstin },
      });
      assert.ok(codesOf(ewbAsSupplier).includes('208'), ewbAsSupplier.body);
    });
  });

  describe('response cache', () => {
    it('is off by default in the sandbox: every answer is a MISS with max-age=0', async () => {
      for (const url of ['/v1/gstin/27AAPFU0939F1ZV', '/v1/gstin/27AAPFU0939F1ZV', '/v1/pan/AAPFU0939F/gstins']) {
        const res = await get(url);
        assert.equal(res.headers['x-cache'], 'MISS');
        assert.equal(res.headers['cache-control'], 'private, max-age=0');
        assert.equal(res.headers.age, '0');
      }
    });

    it('GSTGATE_TAXPAYER_CACHE_SECONDS: 0 for sandbox, 3600 for nic, or as set', () => {
      assert.equal(loadConfig({}).GSTGATE_TAXPAYER_CACHE_SECONDS, 0);
      // Provider nic needs its URLs, NIC's key and the secrets key (issue 5).
      const nic = {
        GSTGATE_PROVIDER: 'nic',
        GSTGATE_NIC_EINVOICE_URL: 'https://einv-apisandbox.nic.in',
        GSTGATE_NIC_EWAYBILL_URL: 'https://einv-apisandbox.nic.in/ewaybillapi/v1.03',
        GSTGATE_NIC_COMMONAPI_URL: 'https://gsp.example/commonapi',
        GSTGATE_NIC_PUBLIC_KEY: 'nic-public.pem',
        GSTGATE_SECRETS_KEY: Buffer.alloc(32, 1).toString('base64'),
      };
      assert.equal(loadConfig(nic).GSTGATE_TAXPAYER_CACHE_SECONDS, 3600);
      assert.equal(loadConfig({ ...nic, GSTGATE_TAXPAYER_CACHE_SECONDS: '0' }).GSTGATE_TAXPAYER_CACHE_SECONDS, 0);
      assert.equal(loadConfig({ GSTGATE_TAXPAYER_CACHE_SECONDS: '120' }).GSTGATE_TAXPAYER_CACHE_SECONDS, 120);
      assert.throws(() => loadConfig({ GSTGATE_TAXPAYER_CACHE_SECONDS: '-1' }), /GSTGATE_TAXPAYER_CACHE_SECONDS/);
    });

    describe('with GSTGATE_TAXPAYER_CACHE_SECONDS=300', () => {
      let c: TestApp;
      before(async () => {
        c = await buildTestApp({ GSTGATE_TAXPAYER_CACHE_SECONDS: '300' });
      });
      after(async () => {
        await c.close();
      });
      const cget = (url: string) => call(c.app, { method: 'GET', url, headers: bearer(c.demoToken) });

      it('the first answer is a MISS, the next a HIT with its age and the seconds left, per route and key', async () => {
        const first = await cget('/v1/gstin/27AAPFU0939F1ZV');
        assert.equal(first.headers['x-cache'], 'MISS');
        assert.equal(first.headers['cache-control'], 'private, max-age=300');
        assert.equal(first.headers.age, '0');
        const second = await cget('/v1/gstin/27AAPFU0939F1ZV');
        assert.equal(second.headers['x-cache'], 'HIT');
        assert.match(String(second.headers['cache-control']), /^private, max-age=(29\d|300)$/);
        assert.match(String(second.headers.age), /^\d+$/);
        assert.deepEqual(second.json(), first.json());
        // Another route of the same GSTIN, and lower case of the same key.
        assert.equal((await cget('/v1/gstin/27AAPFU0939F1ZV/status')).headers['x-cache'], 'MISS');
        assert.equal((await cget('/v1/gstin/27aapfu0939f1zv')).headers['x-cache'], 'HIT');
        assert.equal((await cget('/v1/gstin/27AAPFU0939F1ZV/returns?fy=2024-25')).headers['x-cache'], 'MISS');
        assert.equal((await cget('/v1/gstin/27AAPFU0939F1ZV/returns?fy=2023-24')).headers['x-cache'], 'MISS');
        assert.equal((await cget('/v1/gstin/27AAPFU0939F1ZV/returns?fy=2024-25')).headers['x-cache'], 'HIT');
        assert.equal((await cget('/v1/pan/AAPFU0939F/gstins')).headers['x-cache'], 'MISS');
        assert.equal((await cget('/v1/pan/AAPFU0939F/gstins')).headers['x-cache'], 'HIT');
      });

      it('a cached answer outlives a registry change until it expires', async () => {
        const gstin = await (async () => {
          const res = await call(c.adminApp, {
            method: 'POST',
            url: '/v1/sandbox/taxpayers',
            headers: admin(c.adminKey),
            payload: { stateCode: '29', legalName: 'CACHE TEST TRADERS', rgdt: '01/04/2020' },
          });
          return res.json().gstin as string;
        })();
        assert.deepEqual((await cget(`/v1/gstin/${gstin}/returns?fy=2024-25`)).json(), { EFiledlist: [] });
        const added = await call(c.adminApp, {
          method: 'POST',
          url: `/v1/sandbox/taxpayers/${gstin}/filings`,
          headers: admin(c.adminKey),
          payload: { filings: [{ rtntype: 'GSTR1', ret_prd: '042024', dof: '11-05-2024' }] },
        });
        assert.equal(added.statusCode, 201, added.body);
        const cached = await cget(`/v1/gstin/${gstin}/returns?fy=2024-25`);
        assert.equal(cached.headers['x-cache'], 'HIT');
        assert.deepEqual(cached.json(), { EFiledlist: [] });
      });

      it('failures are not cached: a 404 GSTIN is found as soon as it is registered', async () => {
        const gstin = withCheck('29AAGCN4321N1Z');
        expectProblem(await cget(`/v1/gstin/${gstin}`), 404, 'NOT_FOUND');
        const res = await call(c.adminApp, {
          method: 'POST',
          url: '/v1/sandbox/taxpayers',
          headers: admin(c.adminKey),
          payload: { gstin, legalName: 'NEWLY REGISTERED LLP', rgdt: '01/04/2024' },
        });
        assert.equal(res.statusCode, 201, res.body);
        const found = await cget(`/v1/gstin/${gstin}`);
        assert.equal(found.statusCode, 200, found.body);
        assert.equal(found.headers['x-cache'], 'MISS');
      });
    });
  });
});
