/**
 * The README's SDK and offline-validation examples, run as written (as test/readme.test.ts runs the
 * curl walk-throughs): each block between its `<!-- …:start/end -->` markers becomes a module that
 * imports the BUILT packages (`@gstgate/sdk`, `gstgate/validate`: npm test builds them first) and runs
 * in a child process against a live server. Only what the README leaves to the reader is supplied:
 * `invoice`, `writeFile` and the other names the snippet uses, and the server's port.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sampleEwbRequest } from '../src/domain/ewaybill/fixtures.ts';
import { DEMO_GSTIN, docNo, govDate, invoice, type OwnApp, openApp } from './support.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The code of the fenced block between `<!-- name:start -->` and `<!-- name:end -->`. */
function readmeBlock(name: string): string {
  const start = README.indexOf(`<!-- ${name}:start -->`);
  const end = README.indexOf(`<!-- ${name}:end -->`);
  assert.ok(start >= 0 && end > start, `README has no ${name} block`);
  const block = README.slice(start, end);
  return block.slice(block.indexOf('\n', block.indexOf('```')) + 1, block.lastIndexOf('```'));
}

/** The packages as an integrator imports them, resolved from this repository. */
const importsResolved = (code: string) =>
  code
    .replaceAll("'@gstgate/sdk'", `'${import.meta.resolve('@gstgate/sdk')}'`)
    .replaceAll("'gstgate/validate'", `'${import.meta.resolve('gstgate/validate')}'`);

/** Runs `prelude + snippet` as an ES module with cwd `dir` (where the snippet writes its files). */
function runModule(dir: string, prelude: string, snippet: string): Promise<{ stdout: string; stderr: string }> {
  const file = join(dir, 'example.mjs');
  writeFileSync(file, `${prelude}\n${importsResolved(snippet)}`);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [file], { cwd: dir, timeout: 60_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stdout}\n${stderr}`)) : resolve({ stdout, stderr }),
    );
  });
}

describe('README: the SDK and offline-validation examples', () => {
  let own: OwnApp;
  let baseUrl: string;
  let dir: string;

  before(async () => {
    own = await openApp();
    await own.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(own.app.server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), 'gstgate-readme-sdk-'));
  });
  after(async () => {
    await own?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const sdkSnippet = () => readmeBlock('sdk-example').replaceAll('http://127.0.0.1:8080', baseUrl);
  const prelude = (inv: unknown) => `import { writeFile } from 'node:fs/promises';\nconst invoice = ${JSON.stringify(inv)};`;

  it('SDK: a valid invoice is registered and its PDF saved as <AckNo>.pdf', async () => {
    const inv = invoice('b2b-intra', { docNo: docNo('README'), docDate: govDate(own.clock) });
    const { stderr } = await runModule(dir, prelude(inv), sdkSnippet());
    assert.equal(stderr, '');
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    assert.equal(pdfs.length, 1);
    assert.match(pdfs[0], /^\d+\.pdf$/);
    assert.equal(readFileSync(join(dir, pdfs[0])).subarray(0, 5).toString(), '%PDF-');
    rmSync(join(dir, pdfs[0]));
  });

  it("SDK: a failing rule lands in the catch as the comment says: 400 ['2172'] ItemList[0].IgstAmt", async () => {
    const inv = invoice('b2b-intra', { docNo: docNo('README'), docDate: govDate(own.clock) });
    inv.ItemList[0].IgstAmt = 5; // IGST on an intra-state supply
    const { stderr } = await runModule(dir, prelude(inv), sdkSnippet());
    // The item and invoice totals no longer add up either (2194, 2185): 2172 comes first, with its field.
    assert.match(stderr, /^400 \[ '2172'(, '\d+')* \] ItemList\[0\]\.IgstAmt /);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.pdf')),
      [],
    );
  });

  it('offline validation: the example runs and prints each failure as code, field, message', async () => {
    const inv = invoice('b2b-intra', { docNo: 'README-1', docDate: govDate(own.clock) });
    inv.ItemList[0].IgstAmt = 5;
    const names = [
      prelude(inv),
      `const genEwayBillPayload = ${JSON.stringify(sampleEwbRequest('inter', { docDate: govDate(own.clock) }))};`,
      `const sellerGstin = '${DEMO_GSTIN}';`,
      "const docNo = 'README-1';",
    ].join('\n');
    const { stdout, stderr } = await runModule(dir, names, readmeBlock('validate-example'));
    assert.equal(stderr, '');
    assert.match(stdout, /^2172 ItemList\[0\]\.IgstAmt /m);
  });
});
