/**
 * Issue 8: "The offline validator and the server give the same codes for the same bad invoices (one set
 * of fixtures run through both)." Every fixture of test/fixtures/invalid/ goes through the offline
 * library AND the real app (POST /v1/einvoice/generate, /v1/ewaybill/generate, /v1/gstin/verify); both
 * must give the same errors (code, field and message, in order) and the codes expected.json records.
 * The fixtures use the seeded demo parties, so registry-dependent codes (3028, 307x, 208/212 for unknown
 * parties, NOT_FOUND) are excluded by construction. Document dates follow the sandbox clock
 * (expected.json `date`: today, future = +3 days, old = −200 days, as-is = as in the file).
 *
 * The library is also imported as a package, `gstgate/validate` (the self-reference resolves the
 * "exports" field to the built dist/), and must agree with the sources: the built JS is what an ERP runs.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { statusOf } from '../src/core/errors.ts';
import { sampleEwbRequest } from '../src/domain/ewaybill/fixtures.ts';
import * as source from '../src/validate/index.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, DEMO_GSTIN, docNo, govDate, invoice, type ProblemJson } from './support.ts';

type Library = typeof source;
type DateMode = 'today' | 'future' | 'old' | 'as-is';
interface Expected {
  breaks: string;
  description: string;
  date: DateMode;
  expect: { code: string; field?: string }[];
}
interface BadGstin {
  gstin: string;
  breaks: string;
  description: string;
  expect: string[];
}

const ROOT = new URL('../', import.meta.url);
const FIXTURES = new URL('fixtures/invalid/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('expected.json', FIXTURES), 'utf8')) as Record<string, Expected>;
const badGstins = JSON.parse(readFileSync(new URL('gstins.json', FIXTURES), 'utf8')) as BadGstin[];
const fixturesOf = (kind: 'einvoice' | 'ewaybill') => Object.keys(manifest).filter((f) => f.startsWith(`${kind}/`));
const load = (file: string) => JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as Record<string, unknown>;

const DAY_OFFSET: Record<DateMode, number | undefined> = { today: 0, future: 3, old: -200, 'as-is': undefined };
const errorsOf = (list: readonly { code: string; message: string; field?: string }[]) =>
  list.map(({ code, field, message }) => ({ code, field: field ?? null, message }));

/** Newest modification time under a source folder (the library's inputs). */
function newestMtime(dir: URL): number {
  let newest = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) newest = Math.max(newest, statSync(new URL(name, dir)).mtimeMs);
  }
  return newest;
}

/** dist/ as `npm test`'s pretest leaves it; rebuilt here when missing or older than the sources (a lone run of this file). */
function ensureBuilt(): void {
  const built = new URL('dist/validate/index.js', ROOT);
  let builtAt = 0;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    // not built yet
  }
  const sources = Math.max(
    newestMtime(new URL('src/validate/', ROOT)),
    newestMtime(new URL('src/domain/', ROOT)),
    statSync(new URL('src/core/errors.ts', ROOT)).mtimeMs,
  );
  if (builtAt < sources) execFileSync('npm', ['run', '--silent', 'build:lib'], { cwd: ROOT, stdio: 'inherit' });
}

describe('offline validation library vs the server (issue 8)', () => {
  let t: TestApp;
  let pkg: Library;

  before(async () => {
    ensureBuilt();
    // The package's own name: proves the "exports" field and the built JS (a string, so tsc needs no dist/ to typecheck).
    const specifier: string = 'gstgate/validate';
    [t, pkg] = await Promise.all([buildTestApp(), import(specifier) as Promise<Library>]);
  });
  after(async () => {
    t.clock.reset();
    await t.close();
  });

  const post = (url: string, payload: unknown) =>
    call(t.app, { method: 'POST', url, headers: bearer(t.demoToken), payload: payload as Record<string, unknown> });
  const now = () => t.clock.now();

  /** The fixture with the sandbox clock's dates (per its mode) and a document number unique to this run. */
  function prepare(file: string): Record<string, unknown> {
    const payload = load(file);
    const offset = DAY_OFFSET[manifest[file].date];
    if (file.startsWith('einvoice/')) {
      const doc = payload.DocDtls as Record<string, unknown> | undefined;
      if (doc) {
        doc.No = docNo('BAD');
        if (offset !== undefined) doc.Dt = govDate(t.clock, offset);
      }
    } else {
      payload.docNo = docNo('BAD');
      if (offset !== undefined) payload.docDate = govDate(t.clock, offset);
    }
    return payload;
  }

  it('has the fixtures the issue asks for: ≥ 12 invoices, ≥ 6 e-way bills, ≥ 4 GSTINs, each breaking its own rule', () => {
    const einv = fixturesOf('einvoice');
    const ewb = fixturesOf('ewaybill');
    assert.ok(einv.length >= 12, `${einv.length} invoice fixtures`);
    assert.ok(ewb.length >= 6, `${ewb.length} e-way bill fixtures`);
    assert.ok(badGstins.length >= 4);
    // Different rules: the named codes differ (5002 is several schema rules, told apart by field).
    const rules = (files: string[]) => new Set(files.map((f) => `${manifest[f].breaks}|${manifest[f].expect[0].field ?? ''}`));
    assert.equal(rules(einv).size, einv.length);
    assert.equal(rules(ewb).size, ewb.length);
    assert.ok(new Set(badGstins.map((g) => g.breaks)).size >= 4);
  });

  describe('bad invoices: POST /v1/einvoice/generate', () => {
    for (const file of fixturesOf('einvoice')) {
      const m = manifest[file];
      it(`${file}: ${m.description}`, async () => {
        const payload = prepare(file);
        const offline = source.validateEinvoice(payload, { now: now(), submitterGstin: DEMO_GSTIN });
        assert.equal(offline.ok, false);
        const res = await post('/v1/einvoice/generate', payload);
        // 400, or the catalogue's status of the first code (2169 is 403).
        assert.equal(res.statusCode, statusOf(offline.errors[0].code), res.body);
        const server = (res.json() as ProblemJson).errors;
        assert.deepEqual(errorsOf(offline.errors), errorsOf(server), 'offline and server errors differ');
        assert.deepEqual(
          offline.errors.map((e) => ({ code: e.code, ...(e.field ? { field: e.field } : {}) })),
          m.expect,
          'the codes expected.json records',
        );
        // The built package gives the same as the sources.
        assert.deepEqual(pkg.validateEinvoice(payload, { now: now(), submitterGstin: DEMO_GSTIN }), offline);
      });
    }
  });

  describe('bad GENEWAYBILL payloads: POST /v1/ewaybill/generate', () => {
    for (const file of fixturesOf('ewaybill')) {
      const m = manifest[file];
      it(`${file}: ${m.description}`, async () => {
        const payload = prepare(file);
        const offline = source.validateEwaybill(payload, { now: now(), callerGstin: DEMO_GSTIN });
        assert.equal(offline.ok, false);
        const res = await post('/v1/ewaybill/generate', payload);
        assert.equal(res.statusCode, 400, res.body);
        assert.deepEqual(errorsOf(offline.errors), errorsOf((res.json() as ProblemJson).errors), 'offline and server errors differ');
        assert.deepEqual(
          offline.errors.map((e) => ({ code: e.code, ...(e.field ? { field: e.field } : {}) })),
          m.expect,
        );
        assert.deepEqual(pkg.validateEwaybill(payload, { now: now(), callerGstin: DEMO_GSTIN }), offline);
      });
    }
  });

  describe('bad GSTINs: POST /v1/gstin/verify', () => {
    it('the same rules, codes and parts as the verify route (which adds registration: NOT_FOUND)', async () => {
      const res = await post('/v1/gstin/verify', { gstins: badGstins.map((g) => g.gstin) });
      assert.equal(res.statusCode, 200, res.body);
      const results = (res.json() as { results: Record<string, unknown>[] }).results;
      badGstins.forEach((g, i) => {
        const offline = source.verifyGstin(g.gstin);
        const server = results[i] as { errors: string[]; exists: boolean } & Record<string, unknown>;
        assert.equal(server.exists, false, `${g.gstin} must not be registered (registry codes excluded)`);
        assert.deepEqual(
          offline.errors.map((e) => e.code),
          server.errors.filter((c) => c !== 'NOT_FOUND'),
          g.gstin,
        );
        assert.deepEqual(
          offline.errors.map((e) => e.code),
          g.expect,
        );
        assert.ok(g.expect.includes(g.breaks));
        for (const key of ['gstin', 'valid', 'checksumValid', 'stateCode', 'pan'] as const) {
          assert.deepEqual(offline[key], server[key], `${g.gstin} ${key}`);
        }
        assert.deepEqual(pkg.verifyGstin(g.gstin), offline);
      });
    });

    it('a well-formed GSTIN in any case is valid offline, as on the server', async () => {
      const offline = pkg.verifyGstin(' 29aafcd5862r1zr ');
      assert.deepEqual(offline, {
        gstin: '29AAFCD5862R1ZR',
        valid: true,
        checksumValid: true,
        stateCode: '29',
        pan: 'AAFCD5862R',
        kind: 'regular',
        errors: [],
      });
      const server = (await post('/v1/gstin/verify', { gstin: ' 29aafcd5862r1zr ' })).json();
      assert.deepEqual([server.valid, server.exists, server.errors], [true, true, []]);
    });
  });

  describe('valid documents', () => {
    it('a valid invoice passes gstgate/validate and the server registers it under the IRN computeIrn gives', async () => {
      const inv = invoice('b2b-intra', { docNo: docNo('ok/inv'), docDate: govDate(t.clock) });
      const offline = pkg.validateEinvoice(inv, { now: now(), submitterGstin: DEMO_GSTIN });
      assert.equal(offline.ok, true, JSON.stringify(offline.errors));
      assert.deepEqual(offline.errors, []);
      const res = await post('/v1/einvoice/generate', inv);
      assert.equal(res.statusCode, 200, res.body);
      const irn = pkg.computeIrn({ sellerGstin: inv.SellerDtls.Gstin, docDate: inv.DocDtls.Dt, docType: 'INV', docNo: inv.DocDtls.No });
      assert.equal(res.json().Irn, irn);
      // Case-insensitive keys, as the route binds them.
      const lower = JSON.parse(JSON.stringify(inv).replaceAll('"Gstin"', '"GSTIN"').replaceAll('"Pos"', '"POS"'));
      assert.equal(pkg.validateEinvoice(lower, { now: now() }).ok, true);
    });

    it('a valid e-way bill passes, and ewbValidity / pinDistanceKm give the server validity and distance', async () => {
      const body = sampleEwbRequest('intra', { docNo: docNo('ok/ewb'), docDate: govDate(t.clock) });
      const offline = pkg.validateEwaybill(body, { now: now(), callerGstin: DEMO_GSTIN });
      assert.equal(offline.ok, true, JSON.stringify(offline.errors));
      const start = now();
      const res = await post('/v1/ewaybill/generate', body);
      assert.equal(res.statusCode, 200, res.body);
      const km = pkg.pinDistanceKm(560001, 570001);
      assert.equal(typeof km, 'number');
      const distance = await call(t.app, { method: 'GET', url: '/v1/distance?from=560001&to=570001', headers: bearer(t.demoToken) });
      assert.equal(distance.json().distanceKm, km);
      assert.equal(res.json().alert, `, Distance between these two pincodes is ${km}, `);
      assert.equal(res.json().validUpto, pkg.ewbValidity(km as number, { start }).validUptoText);
    });
  });

  it('the package exports exactly the documented surface', () => {
    assert.deepEqual(Object.keys(pkg).sort(), [
      'computeIrn',
      'ewbValidity',
      'pinDistanceKm',
      'validateEinvoice',
      'validateEwaybill',
      'verifyGstin',
    ]);
  });
});
