/**
 * The benchmark's own parts, cheaply and with no timing (issue 9: no timed assertions in the
 * suite): the invoices it sends pass the IRP rules (a benchmark of errors is worthless), the ceiling
 * server answers a JWS that verifies, and the report states met / missed and rewrites only its block.
 */
import assert from 'node:assert/strict';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { benchInvoice, invoiceTemplate, withDocNo } from '../bench/invoice.ts';
import { BEGIN_MARKER, END_MARKER, type Target, verdict, writeBenchmarksDoc } from '../bench/report.ts';
import { cleanEnv, freePort, type ServerProcess, startServer } from '../bench/servers.ts';
import { formatIstDate } from '../src/domain/dates.ts';
import { parseInvoice, validateInvoice } from '../src/domain/invoice/index.ts';

const today = formatIstDate(new Date());

describe('bench invoices', () => {
  for (const items of [10, 1000]) {
    it(`the ${items}-line invoice passes the schema and every IRP rule`, () => {
      const parsed = parseInvoice(JSON.parse(JSON.stringify(benchInvoice({ items, docNo: 'P-1', docDate: today }))));
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems.slice(0, 3)));
      assert.equal(parsed.invoice.ItemList.length, items);
      assert.deepEqual(validateInvoice(parsed.invoice, { now: new Date(), submitterGstin: '29AAFCD5862R1ZR' }), []);
    });
  }

  it('puts a fresh document number into the same text, about 9 KB for 10 lines', () => {
    const template = invoiceTemplate({ items: 10, docDate: today });
    assert.ok(template.bytes > 8_000 && template.bytes < 12_000, String(template.bytes));
    const body = JSON.parse(template.body('P-42'));
    assert.equal(body.DocDtls.No, 'P-42');
    assert.throws(() => withDocNo((n) => ({ a: n, b: n })), /exactly once/);
  });
});

describe('ceiling server', () => {
  let server: ServerProcess;
  before(async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    server = await startServer({
      script: 'bench/ceiling-server.ts',
      args: [String(port)],
      env: cleanEnv({}),
      port,
      healthPath: '/public-key',
      logFile: join(dir, 'ceiling.log'),
    });
  });
  after(() => server?.stop());

  it('answers an IRN and two RS256 JWS that verify with its key', async () => {
    const res = await fetch(`${server.url}/`, { method: 'POST', body: invoiceTemplate({ items: 10, docDate: today }).body('C-1') });
    assert.equal(res.status, 200);
    const answer = (await res.json()) as { Irn: string; SignedInvoice: string; SignedQRCode: string };
    const key = createPublicKey(await (await fetch(`${server.url}/public-key`)).text());
    for (const jws of [answer.SignedInvoice, answer.SignedQRCode]) {
      const [header, payload, signature] = jws.split('.');
      assert.equal(JSON.parse(Buffer.from(header, 'base64url').toString()).alg, 'RS256');
      assert.ok(verify('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url')));
      assert.equal(JSON.parse(JSON.parse(Buffer.from(payload, 'base64url').toString()).data).Irn, answer.Irn);
    }
    const [, month, year] = today.split('/').map(Number);
    const fy = month >= 4 ? `${year}-${String(year + 1).slice(2)}` : `${year - 1}-${String(year).slice(2)}`;
    assert.equal(answer.Irn, createHash('sha256').update(`29AAFCD5862R1ZR${fy}INVC-1`).digest('hex'));
  });

  it('answers 400 to a body that is not an invoice', async () => {
    const res = await fetch(`${server.url}/`, { method: 'POST', body: '{"not":"an invoice"}' });
    assert.equal(res.status, 400);
    await res.arrayBuffer();
  });
});

describe('bench report', () => {
  const target = (value: number, kind: Target['kind'], extra: Partial<Target> = {}): Target => ({
    figure: 'f',
    target: 't',
    measured: 'm',
    value,
    limit: 100,
    kind,
    ...extra,
  });

  it('says met, or by how much a target is missed, and refuses figures behind failed answers', () => {
    assert.equal(verdict(target(100, 'atLeast')), 'met');
    assert.equal(verdict(target(70, 'atLeast')), 'missed: 30 % short');
    assert.equal(verdict(target(125, 'atMost')), 'missed: 25 % over');
    assert.equal(verdict(target(150, 'atLeast', { failures: 3 })), 'not valid: 3 failed answers');
    assert.equal(verdict(target(150, 'atLeast', { missing: 'no PostgreSQL' })), 'not measured: no PostgreSQL');
  });

  it('rewrites only the generated block of docs/benchmarks.md', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-doc-'));
    try {
      const file = join(dir, 'benchmarks.md');
      writeFileSync(file, '# Benchmarks\n\nintro\n\n## History\nkept\n');
      writeBenchmarksDoc(file, 'first');
      writeBenchmarksDoc(file, 'second');
      const doc = readFileSync(file, 'utf8');
      assert.equal(doc, `# Benchmarks\n\n${BEGIN_MARKER}\nsecond\n${END_MARKER}\n\nintro\n\n## History\nkept\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
