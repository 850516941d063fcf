/**
 * The offline library stays importable without the server: its import graph (followed from
 * src/validate/index.ts through every relative import) reaches only src/validate, src/domain and
 * core/errors.ts, and no package but zod and node's built-ins — no fastify, drizzle, pg, PGlite or
 * config. Plus the wrappers' own defaults (computeIrn, ewbValidity). Parity with the server:
 * test/validate-parity.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { computeIrn as domainIrn } from '../domain/irn.ts';
import { computeIrn, ewbValidity, validateEinvoice, validateEwaybill, verifyGstin } from './index.ts';

const SRC = new URL('../', import.meta.url);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g;

/** Every module the entry reaches by relative imports, and every bare specifier they name. */
function importGraph(entry: URL): { files: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const url = queue.pop() as URL;
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    const text = readFileSync(url, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) queue.push(new URL(spec, url));
      else packages.add(spec);
    }
  }
  return { files: [...seen].map((href) => fileURLToPath(href).slice(fileURLToPath(SRC).length)), packages };
}

describe('gstgate/validate', () => {
  it('imports nothing of the server', () => {
    const { files, packages } = importGraph(new URL('./index.ts', import.meta.url));
    assert.ok(files.includes('domain/invoice/rules.ts') && files.includes('domain/ewaybill/generate-rules.ts'), files.join(', '));
    for (const file of files) {
      assert.ok(/^(validate|domain)\//.test(file) || file === 'core/errors.ts', `the library reaches ${file}`);
      assert.ok(!file.endsWith('fixtures.ts'), `test support ${file} in the library`);
    }
    for (const spec of packages) assert.ok(spec === 'zod' || spec.startsWith('node:'), `the library imports ${spec}`);
  });

  it('computeIrn upper-cases the document number unless told otherwise (the IRP since 1 June 2025)', () => {
    const input = { sellerGstin: '29AAFCD5862R1ZR', docDate: '01/12/2026', docType: 'inv', docNo: 'dc/26-27/a1' };
    assert.equal(computeIrn(input), domainIrn({ ...input, upperCaseDocNo: true }));
    assert.equal(computeIrn({ ...input, upperCaseDocNo: false }), domainIrn({ ...input, upperCaseDocNo: false }));
    assert.notEqual(computeIrn(input), computeIrn({ ...input, upperCaseDocNo: false }));
    assert.throws(() => computeIrn({ ...input, docDate: '2026-12-01' }), /dd\/mm\/yyyy/);
  });

  it('ewbValidity: a day per 200 km (20 for over-dimensional cargo), to 11:59 PM IST', () => {
    const start = new Date('2024-05-01T13:34:00Z'); // 01/05/2024 07:04 PM IST
    assert.deepEqual(ewbValidity(1000, { start }), {
      days: 5,
      validUpto: new Date('2024-05-06T18:29:00Z'),
      validUptoText: '06/05/2024 11:59:00 PM',
      validUptoDate: '06/05/2024',
    });
    assert.equal(ewbValidity(1000, { start, vehicleType: 'O' }).days, 50);
    assert.equal(ewbValidity(0, { start }).days, 1);
    assert.throws(() => ewbValidity(-1));
  });

  it('answers every failure at once, never throws on junk', () => {
    for (const junk of [undefined, null, '', 42, [], 'text']) {
      assert.equal(validateEinvoice(junk).ok, false);
      assert.equal(validateEwaybill(junk).ok, false);
    }
    assert.deepEqual(
      validateEinvoice({}).errors.map((e) => e.code),
      ['2255'],
    );
    assert.equal(verifyGstin(undefined as unknown as string).errors[0].code, 'INVALID_GSTIN_LENGTH');
  });
});
