/**
 * The README's promise to a newcomer: `npm start` brings up a seeded sandbox and the curl
 * walk-through, pasted verbatim, works. This test starts the real server as a child process on the
 * embedded database in a fresh data dir and runs the README's walk-through block with bash.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function walkthroughScript(name = 'walkthrough'): string {
  const block = readme.slice(readme.indexOf(`<!-- ${name}:start -->`), readme.indexOf(`<!-- ${name}:end -->`));
  const start = block.indexOf('```bash\n') + '```bash\n'.length;
  return block.slice(start, block.lastIndexOf('```'));
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

describe('README', () => {
  let server: ChildProcess;
  let dataDir: string;
  let port: number;
  let output = '';

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gstgate-readme-'));
    port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), GSTGATE_DATA_DIR: dataDir, GSTGATE_ADMIN_KEY: '' };
    delete env.DATABASE_URL; // the README's quick start runs on the embedded database
    server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout?.on('data', (d) => {
      output += d;
    });
    server.stderr?.on('data', (d) => {
      output += d;
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/v1/health`);
        if (res.ok) return;
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`server did not start:\n${output}`);
  });

  /** Runs a README bash block against the started server; returns its output, one JSON value per line. */
  async function runWalkthrough(name: string): Promise<ReturnType<typeof JSON.parse>[]> {
    const script = walkthroughScript(name)
      .replaceAll('http://127.0.0.1:8080', `http://127.0.0.1:${port}`)
      .replaceAll('data/admin-key', join(dataDir, 'admin-key'));
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      execFile('bash', ['-euo', 'pipefail', '-c', script], { timeout: 60_000 }, (err, out, errOut) =>
        err ? reject(new Error(`${err.message}\n${out}\n${errOut}`)) : resolve({ stdout: out }),
      );
    });
    return stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  }

  after(() => {
    server?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows both commands', () => {
    assert.match(readme, /npm ci && npm start/);
    assert.match(readme, /npm ci && npm test/);
  });

  it('prints a generated admin key at first start and keeps it in the data dir', () => {
    const key = readFileSync(join(dataDir, 'admin-key'), 'utf8').trim();
    assert.ok(key.length >= 24);
    assert.ok(output.includes(key), 'the admin key is printed at start');
  });

  it('runs the curl walk-through verbatim', async () => {
    const lines = await runWalkthrough('walkthrough');
    assert.equal(lines.length, 4, JSON.stringify(lines));
    const [generated, byIrn, byDoc, cancelled] = lines;
    assert.match(generated.Irn, /^[0-9a-f]{64}$/);
    assert.equal(generated.Status, 'ACT');
    assert.deepEqual(byIrn, generated);
    assert.deepEqual(byDoc, generated);
    assert.equal(cancelled.Irn, generated.Irn);
    assert.match(cancelled.CancelDate, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('runs the e-way bill walk-through verbatim', async () => {
    const lines = await runWalkthrough('ewb-walkthrough');
    assert.equal(lines.length, 4, JSON.stringify(lines));
    const [generated, partB, extended, cancelled] = lines;
    assert.match(String(generated.ewayBillNo), /^[1-9][0-9]{11}$/);
    assert.equal(generated.alert, ', Distance between these two pincodes is 1045, ');
    assert.match(generated.validUpto, /^\d{2}\/\d{2}\/\d{4} 11:59:00 PM$/);
    assert.equal(partB.validUpto, generated.validUpto, 'a later Part-B does not move the validity');
    // Extended on the last day at 4 PM with 150 km to go: one more day.
    const [d, m, y] = generated.validUpto.slice(0, 10).split('/').map(Number);
    const nextDay = new Date(Date.UTC(y, m - 1, d + 1));
    const expected = `${String(nextDay.getUTCDate()).padStart(2, '0')}/${String(nextDay.getUTCMonth() + 1).padStart(2, '0')}/${nextDay.getUTCFullYear()}`;
    assert.deepEqual(extended, {
      ewayBillNo: String(generated.ewayBillNo),
      updatedDate: `${generated.validUpto.slice(0, 10)} 04:00:00 PM`,
      validUpto: `${expected} 11:59:00 PM`,
    });
    assert.match(cancelled.ewayBillNo, /^[1-9][0-9]{11}$/);
    assert.notEqual(cancelled.ewayBillNo, String(generated.ewayBillNo));
    assert.match(cancelled.cancelDate, /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:00 (AM|PM)$/);
  });

  it('runs the faults walk-through verbatim (commit-then-timeout recovered, genuine duplicate, down)', async () => {
    const lines = await runWalkthrough('faults-walkthrough');
    assert.equal(lines.length, 8, JSON.stringify(lines));
    const [fault, recovered, duplicate, down, first, second, third, left] = lines;
    assert.equal(fault.kind, 'commit-then-timeout');
    assert.match(recovered.Irn, /^[0-9a-f]{64}$/);
    assert.deepEqual(
      recovered.info.map((i: { InfCd: string }) => i.InfCd),
      ['RECOVERED'],
    );
    assert.equal(duplicate.code, '2150');
    assert.deepEqual(duplicate.info[0].Desc, { AckNo: recovered.AckNo, AckDt: recovered.AckDt, Irn: recovered.Irn });
    assert.deepEqual([down.kind, down.remaining], ['down', 2]);
    assert.deepEqual([first.status, first.code, second.code], [503, 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE']);
    assert.equal(third.gstin, '29AAFCD5862R1ZR');
    assert.deepEqual(left, { faults: [] });
  });

  it('runs the retry-queue walk-through verbatim (async, then queued while the IRP is down)', async () => {
    const lines = await runWalkthrough('jobs-walkthrough');
    assert.equal(lines.length, 4, JSON.stringify(lines));
    const [accepted, job, queued, retried] = lines;
    assert.deepEqual([accepted.status, accepted.reason], ['queued', 'async']);
    assert.equal(job.state, 'completed');
    assert.match(job.result.Irn, /^[0-9a-f]{64}$/);
    assert.equal(queued.reason, 'upstream-unavailable');
    assert.deepEqual([retried.state, retried.attempts], ['completed', 2]);
    assert.match(retried.result.Irn, /^[0-9a-f]{64}$/);
  });

  it('shows the taxpayer answers the API really gives', async () => {
    const base = `http://127.0.0.1:${port}`;
    const { token } = (await fetch(`${base}/v1/authenticate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ gstin: '29AAFCD5862R1ZR', username: 'demo', password: 'Demo@12345' }),
    }).then((r) => r.json())) as { token: string };
    // Each `<!-- taxpayer-output: METHOD PATH [BODY] -->` is followed by the command and the answer it printed.
    const marker = /<!-- taxpayer-output: (GET|POST) (\S+)(?: (.*?))? -->[\s\S]*?```json\n([\s\S]*?)\n```/g;
    const examples = [...readme.matchAll(marker)];
    assert.ok(examples.length >= 5, 'taxpayer examples in the README');
    // The seeding instant differs from run to run.
    const withoutSeedTimes = (v: Record<string, unknown>) => {
      const { lstupdt: _a, lastUpdated: _b, ...rest } = v;
      return rest;
    };
    for (const [, method, path, body, documented] of examples) {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body,
      });
      assert.equal(res.status, 200, `${method} ${path}`);
      const actual = (await res.json()) as Record<string, unknown>;
      const expected = JSON.parse(documented);
      if (Array.isArray(expected)) assert.deepEqual(actual, expected, path);
      else assert.deepEqual(withoutSeedTimes(actual), withoutSeedTimes(expected), path);
    }
  });

  it('shows the error answer the API really gives', async () => {
    const block = readme.slice(readme.indexOf('<!-- error-example:start -->'), readme.indexOf('<!-- error-example:end -->'));
    const documented = JSON.parse(block.slice(block.indexOf('{'), block.lastIndexOf('}') + 1));
    const base = `http://127.0.0.1:${port}`;
    const auth = await fetch(`${base}/v1/authenticate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ gstin: '29AAFCD5862R1ZR', username: 'demo', password: 'Demo@12345' }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    // The walk-through's invoice, charged IGST as the README says.
    const script = walkthroughScript();
    const invoice = JSON.parse(
      script
        .slice(script.indexOf('<<EOF\n') + 6, script.indexOf('\nEOF'))
        .replace('$DOC_NO', 'README-ERR-1')
        .replace('$DOC_DATE', new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata' }).format(new Date())),
    );
    const item = invoice.ItemList[0];
    delete item.CgstAmt;
    delete item.SgstAmt;
    item.IgstAmt = 18000;
    delete invoice.ValDtls.CgstVal;
    delete invoice.ValDtls.SgstVal;
    invoice.ValDtls.IgstVal = 18000;
    const res = await fetch(`${base}/v1/einvoice/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auth.token}` },
      body: JSON.stringify(invoice),
    });
    assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const { requestId, ...body } = (await res.json()) as Record<string, unknown>;
    assert.ok(requestId);
    const { requestId: _, ...expected } = documented;
    assert.deepEqual(body, expected);
  });
});
