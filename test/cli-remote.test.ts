/**
 * The `gstgate` command (bin/gstgate.mjs) as a script runs it: a child process per command against
 * the real app listening on loopback (on PGlite, or its own PostgreSQL schema with DATABASE_URL), with
 * GSTGATE_URL, credentials and a temporary GSTGATE_CONFIG_DIR in its environment. Each case checks the
 * output (tables for people, one JSON document with --json) and the documented exit code. `serve` runs
 * as its own process on a temporary PGlite data dir. Independent commands run in parallel (tsx start-up
 * is ~1 s per child).
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { formatIstDate } from '../src/domain/dates.ts';
import { sampleEwbRequest, sampleExtendRequest } from '../src/domain/ewaybill/fixtures.ts';
import { BULK_HEADER } from '../src/modules/bulk/bulk.columns.ts';
import { writeCsv } from '../src/modules/bulk/bulk.files.ts';
import { templateExamples } from '../src/modules/bulk/bulk.template.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { ADMIN_KEY, docNo, freePort, invoice, type OwnApp, openApp, validGstin, withBadCheckChar } from './support.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'gstgate.mjs');
const CREDENTIALS = { GSTGATE_GSTIN: DEMO_USER.gstin, GSTGATE_USERNAME: DEMO_USER.username, GSTGATE_PASSWORD: DEMO_USER.password };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The parent's environment without anything gstgate reads, so only what a case passes counts. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GSTGATE_') && k !== 'DATABASE_URL') env[k] = v;
  return env;
}

/** IST `dd/MM/yyyy hh:mm:ss AM|PM` (NIC's e-way bill format) → the instant. */
function ewbTime(text: string): Date {
  const m = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d) (AM|PM)$/.exec(text);
  assert.ok(m, `not an e-way bill time: ${text}`);
  const hour = (Number(m[4]) % 12) + (m[7] === 'PM' ? 12 : 0);
  return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), hour, Number(m[5]), Number(m[6])) - 5.5 * 3600_000);
}

describe('gstgate CLI against a running server', { timeout: 180_000 }, () => {
  let own: OwnApp;
  let url: string;
  let tmp: string;
  let serving: Promise<{ health: unknown; code: number | null; stdout: string; seed: Run; migrate: Run }>;

  /** Runs `gstgate …`; env adds to GSTGATE_URL and a fresh config dir (no session) unless given. */
  function gstgate(args: string[], io: { env?: Record<string, string>; stdin?: string } = {}): Promise<Run> {
    const env = { ...cleanEnv(), GSTGATE_URL: url, GSTGATE_CONFIG_DIR: mkdtempSync(join(tmp, 'config-')), ...io.env };
    return new Promise((done) => {
      const child = execFile(process.execPath, [BIN, ...args], { cwd: tmp, env, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
        done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
      });
      child.stdin?.end(io.stdin ?? '');
    });
  }
  const withCredentials = (args: string[]) => gstgate(args, { env: CREDENTIALS });
  const admin = (args: string[]) => gstgate(args, { env: { GSTGATE_ADMIN_KEY: ADMIN_KEY } });
  const json = (run: Run) => {
    try {
      return JSON.parse(run.stdout);
    } catch {
      assert.fail(`stdout is not one JSON document (exit ${run.code}): ${run.stdout}\n${run.stderr}`);
    }
  };
  const today = () => formatIstDate(own.clock.now());
  const writeJson = (dir: string, name: string, value: unknown) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
    return join(dir, name);
  };

  /** `gstgate serve` on a free port and a temporary PGlite data dir: /v1/health answers, SIGTERM exits 0. */
  async function serveAndStop(): Promise<{ health: unknown; code: number | null; stdout: string }> {
    const port = await freePort();
    const dataDir = join(tmp, 'serve-data');
    const env = { ...cleanEnv(), GSTGATE_DATA_DIR: dataDir, GSTGATE_ADMIN_KEY: ADMIN_KEY, GSTGATE_LOG_LEVEL: 'warn' };
    const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
      cwd: tmp,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      // A fresh data dir: migrations and new RSA keys; generous on a busy machine.
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline && child.exitCode === null) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/v1/health`);
          if (res.ok) {
            const health = await res.json();
            child.kill('SIGTERM');
            return { health, code: await exited, stdout };
          }
        } catch {
          // not listening yet
        }
        await sleep(100);
      }
      throw new Error(`serve did not answer /v1/health (exit ${child.exitCode}): ${stdout}\n${stderr}`);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }

  /** seed and migrate on the data dir serve left behind (no server holds it any more). */
  async function seedAndMigrate(): Promise<{ seed: Run; migrate: Run }> {
    const env = { GSTGATE_DATA_DIR: join(tmp, 'serve-data') };
    const seed = await gstgate(['seed', '--taxpayers', '5'], { env });
    const migrate = await gstgate(['migrate'], { env });
    return { seed, migrate };
  }

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'gstgate-cli-remote-'));
    // The serve case runs alongside the others: it is its own process with its own database.
    serving = serveAndStop().then(async (served) => ({ ...served, ...(await seedAndMigrate()) }));
    serving.catch(() => {});
    own = await openApp();
    await own.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(own.app.server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await own?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  // These do not move the government clock: they run side by side (most of their time is child start-up).
  describe('commands that leave the clock alone', { concurrency: true }, () => {
    it('login saves a 0600 session without the password; commands use it; logout forgets it', async () => {
      const configDir = join(tmp, 'session-config');
      const env = { GSTGATE_CONFIG_DIR: configDir };
      const [login, wrong] = await Promise.all([
        gstgate(['login', '--gstin', DEMO_USER.gstin.toLowerCase(), '--username', DEMO_USER.username], {
          env,
          stdin: `${DEMO_USER.password}\n`,
        }),
        gstgate(['login', '--gstin', DEMO_USER.gstin, '--username', DEMO_USER.username, '--json'], {
          env: { GSTGATE_PASSWORD: 'Wrong@12345' },
        }),
      ]);
      assert.equal(login.code, 0, login.stderr);
      assert.match(login.stdout, new RegExp(`signed in to ${url} as demo for ${DEMO_USER.gstin}`));
      const file = join(configDir, 'session.json');
      assert.equal(statSync(file).mode & 0o777, 0o600);
      const text = readFileSync(file, 'utf8');
      assert.ok(!text.includes(DEMO_USER.password), 'the password is not saved');
      const session = JSON.parse(text);
      assert.deepEqual(Object.keys(session).sort(), ['expiresAt', 'gstin', 'token', 'url', 'username']);
      assert.equal(session.url, url);
      assert.ok(Date.parse(session.expiresAt) > Date.now());
      assert.equal(wrong.code, 4, 'wrong password: authentication failed');
      assert.equal(json(wrong).status, 401);

      const verify = ['gstin', 'verify', '--remote', DEMO_USER.gstin, '--json'];
      const [used, byFlag, byEnv, badToken] = await Promise.all([
        gstgate(verify, { env }),
        gstgate([...verify, '--token', session.token]),
        gstgate(verify, { env: { GSTGATE_TOKEN: session.token } }),
        gstgate(verify, { env: { GSTGATE_TOKEN: 'not-a-token' } }),
      ]);
      for (const run of [used, byFlag, byEnv]) {
        assert.equal(run.code, 0, run.stderr);
        assert.equal(json(run).results[0].exists, true);
      }
      assert.equal(badToken.code, 4, 'a token the server refuses (401)');
      assert.equal(json(badToken).code, 'UNAUTHORIZED');

      const logout = await gstgate(['logout'], { env });
      assert.equal(logout.code, 0, logout.stderr);
      assert.equal(existsSync(file), false);
      const none = await gstgate(['gstin', 'verify', '--remote', DEMO_USER.gstin], { env });
      assert.equal(none.code, 4, 'no token after logout');
      assert.match(none.stderr, /no token for .*gstgate login/);
    });

    it('gstin verify offline and remote; exit codes for refused, unreachable, no token and usage', async () => {
      const good = validGstin('27', 'AAACU1234F');
      const bad = withBadCheckChar(good);
      const closed = await freePort();
      const [ok, badRun, badJson, remote, unreachable, noToken, unknownOption, missingArg, help, unknownIrn] = await Promise.all([
        gstgate(['gstin', 'verify', good, DEMO_USER.gstin]),
        gstgate(['gstin', 'verify', good, bad]),
        gstgate(['gstin', 'verify', bad, '--json']),
        withCredentials(['gstin', 'verify', '--remote', DEMO_USER.gstin, good, '--json']),
        withCredentials(['gstin', 'verify', '--remote', good, '--url', `http://127.0.0.1:${closed}`]),
        gstgate(['einvoice', 'get', 'a'.repeat(64)]),
        withCredentials(['einvoice', 'get', 'a'.repeat(64), '--bogus', '--json']),
        withCredentials(['einvoice', 'cancel']),
        gstgate(['--help']),
        withCredentials(['einvoice', 'get', 'b'.repeat(64)]),
      ]);
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout, /^gstin\s+valid\s+state\s+pan\s+errors$/m);
      assert.match(ok.stdout, new RegExp(`^${good}\\s+yes\\s+27\\s+AAACU1234F`, 'm'));
      assert.equal(badRun.code, 1);
      assert.match(badRun.stdout, new RegExp(`^${bad}\\s+no .*INVALID_GSTIN_CHECKSUM`, 'm'));
      assert.equal(badJson.code, 1);
      const parsed = json(badJson);
      assert.equal(parsed.valid, false);
      assert.equal(parsed.results[0].checksumValid, false);
      assert.deepEqual(
        parsed.results[0].errors.map((e: { code: string }) => e.code),
        ['INVALID_GSTIN_CHECKSUM'],
      );
      assert.equal(remote.code, 1, `a well-formed GSTIN the registry does not know is refused: ${remote.stderr}`);
      const results = json(remote).results;
      assert.deepEqual(
        results.map((r: { gstin: string; exists: boolean }) => [r.gstin, r.exists]),
        [
          [DEMO_USER.gstin, true],
          [good, false],
        ],
      );
      // The table shows the server's codes (strings, unlike the offline check's objects).
      const remoteTable = await withCredentials(['gstin', 'verify', '--remote', good]);
      assert.equal(remoteTable.code, 1);
      assert.match(remoteTable.stdout, /^gstin\s+valid\s+registered\s+status\s+name\s+state\s+pan\s+errors$/m);
      assert.match(remoteTable.stdout, new RegExp(`^${good}\\s+yes\\s+no\\s+27\\s+AAACU1234F\\s+NOT_FOUND$`, 'm'));
      assert.equal(unreachable.code, 3, unreachable.stderr);
      assert.match(unreachable.stderr, /^gstgate: POST http:\/\/127\.0\.0\.1:\d+\/v1\/authenticate: .*ECONNREFUSED/);
      assert.equal(unknownIrn.code, 1, 'a 404 is refused');
      assert.match(unknownIrn.stderr, /^gstgate: .* \(HTTP 404\)\n {2}\w+: .+\n {2}request id: \S+/);
      assert.equal(unknownIrn.stdout, '', 'errors go to stderr without --json');
      assert.equal(noToken.code, 4, noToken.stderr);
      assert.equal(unknownOption.code, 64, unknownOption.stderr);
      assert.match(unknownOption.stderr, /unknown option '--bogus'/);
      assert.equal(json(unknownOption).code, 'USAGE', 'with --json a usage error is a JSON document too');
      assert.equal(missingArg.code, 64, missingArg.stderr);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Exit codes:\n {2}0 {3}success$/m);
      assert.match(help.stdout, /^ {2}64 {2}usage error/m);
    });

    it('einvoice validate: offline, every failure with its code and field; exit 1 when any is invalid', async () => {
      const dir = join(tmp, 'validate');
      const good = writeJson(dir, 'good.json', invoice('b2b-intra', { docNo: docNo('CV'), docDate: today() }));
      const igst = invoice('b2b-intra', { docNo: docNo('CV'), docDate: today() });
      // Intra-state charged to IGST (2172), and a missing legal name (5002).
      const item = igst.ItemList[0];
      item.IgstAmt = (item.CgstAmt ?? 0) + (item.SgstAmt ?? 0);
      const bad = writeJson(join(tmp, 'validate-bad'), 'bad.json', { ...igst, SellerDtls: { ...igst.SellerDtls, LglNm: undefined } });
      writeFileSync(join(tmp, 'validate-bad', 'broken.json'), '{ "Version": ');
      const [ok, refused, refusedJson] = await Promise.all([
        gstgate(['einvoice', 'validate', good]),
        gstgate(['einvoice', 'validate', join(tmp, 'validate-bad')]),
        gstgate(['einvoice', 'validate', bad, '--json']),
      ]);
      assert.equal(ok.code, 0, ok.stdout + ok.stderr);
      assert.match(ok.stdout, /1 documents: 1 valid, 0 invalid/);
      assert.equal(refused.code, 1);
      assert.match(refused.stdout, /^file\s+code\s+field\s+message$/m);
      assert.match(refused.stdout, /broken\.json\s+INVALID_JSON/);
      assert.match(refused.stdout, /bad\.json\s+5002\s+SellerDtls\.LglNm/);
      assert.match(refused.stdout, /2 documents: 0 valid, 2 invalid/);
      assert.equal(refusedJson.code, 1);
      const parsed = json(refusedJson);
      assert.equal(parsed.valid, false);
      const codes = parsed.results[0].errors.map((e: { code: string }) => e.code);
      assert.ok(codes.includes('5002'), JSON.stringify(parsed));
    });

    it('einvoice generate a directory (idempotent rerun), get, cancel, pdf; qr verify of strings and PNGs', async () => {
      const dir = join(tmp, 'generate');
      for (const [i, kind] of (['b2b-intra', 'b2b-inter', 'b2b-intra'] as const).entries())
        writeJson(dir, `inv-${i + 1}.json`, invoice(kind, { docNo: docNo('CG'), docDate: today() }));
      const out = join(tmp, 'responses');
      const first = await withCredentials(['einvoice', 'generate', dir, '--out', out]);
      assert.equal(first.code, 0, first.stdout + first.stderr);
      assert.match(first.stdout, /^file\s+status\s+Irn\s+AckNo\s+error$/m);
      assert.match(first.stdout, /^inv-1\.json\s+generated\s+[0-9a-f]{64}\s+\d{15}/m);
      assert.match(first.stdout, /3 files: 3 generated, 0 failed/);

      // A rerun (say, after a crash) is answered with the first IRNs, not 2150.
      const again = await withCredentials(['einvoice', 'generate', dir, '--json']);
      assert.equal(again.code, 0, again.stdout + again.stderr);
      const rerun = json(again);
      assert.equal(rerun.generated, 3);
      const saved = ['inv-1', 'inv-2', 'inv-3'].map((n) => JSON.parse(readFileSync(join(out, `${n}.response.json`), 'utf8')));
      assert.deepEqual(
        rerun.results.map((r: { Irn: string }) => r.Irn),
        saved.map((s) => s.Irn),
      );

      const [doc1, doc2] = saved;
      const mixed = join(tmp, 'generate-mixed');
      writeJson(mixed, 'a-good.json', invoice('b2b-intra', { docNo: docNo('CM'), docDate: today() }));
      writeJson(mixed, 'b-bad.json', { ...invoice('b2b-intra', { docNo: docNo('CM'), docDate: today() }), Version: '9.9' });
      const pngGood = join(tmp, 'good.png');
      const pngForged = join(tmp, 'forged.png');
      const [h, p, s] = doc1.SignedQRCode.split('.');
      const forged = `${h}.${p}.${s[0] === 'A' ? 'B' : 'A'}${s.slice(1)}`;
      writeFileSync(pngGood, await QRCode.toBuffer(doc1.SignedQRCode, { errorCorrectionLevel: 'M', scale: 4 }));
      writeFileSync(pngForged, await QRCode.toBuffer(forged, { errorCorrectionLevel: 'M', scale: 4 }));
      const docRef = `INV/${invoiceNo(dir, 'inv-1.json')}/${invoiceDate(dir, 'inv-1.json')}`;
      const [partly, got, byDoc, cancelled, pdf, qrString, qrForged, qrPng, qrPngForged] = await Promise.all([
        withCredentials(['einvoice', 'generate', mixed, '--json']),
        withCredentials(['einvoice', 'get', doc1.Irn]),
        withCredentials(['einvoice', 'get', '--doc', docRef, '--json']),
        withCredentials(['einvoice', 'cancel', doc2.Irn, '--reason', '2', '--remark', 'Data entry mistake', '--json']),
        withCredentials(['einvoice', 'pdf', doc1.Irn, '--out', join(tmp, 'inv.pdf')]),
        withCredentials(['qr', 'verify', doc1.SignedQRCode, '--json']),
        withCredentials(['qr', 'verify', forged]),
        withCredentials(['qr', 'verify', pngGood]),
        withCredentials(['qr', 'verify', pngForged, '--json']),
      ]);
      assert.equal(partly.code, 2, `some files failed: ${partly.stdout}${partly.stderr}`);
      const mixedResults = json(partly).results;
      assert.deepEqual(
        mixedResults.map((r: { file: string; status: string }) => [r.file, r.status]),
        [
          ['a-good.json', 'generated'],
          ['b-bad.json', 'failed'],
        ],
      );
      assert.equal(mixedResults[1].error.status, 400);

      assert.equal(got.code, 0, got.stderr);
      assert.match(got.stdout, new RegExp(`^Irn:\\s+${doc1.Irn}$`, 'm'));
      assert.match(got.stdout, /^Status:\s+ACT$/m);
      assert.equal(byDoc.code, 0, byDoc.stdout + byDoc.stderr);
      assert.equal(json(byDoc).Irn, doc1.Irn);
      assert.equal(cancelled.code, 0, cancelled.stdout + cancelled.stderr);
      assert.equal(json(cancelled).Irn, doc2.Irn);
      assert.equal(pdf.code, 0, pdf.stderr);
      assert.equal(readFileSync(join(tmp, 'inv.pdf')).subarray(0, 5).toString(), '%PDF-');

      assert.equal(qrString.code, 0, qrString.stdout + qrString.stderr);
      assert.equal(json(qrString).valid, true);
      assert.equal(json(qrString).data.Irn, doc1.Irn);
      assert.equal(qrForged.code, 1);
      assert.match(qrForged.stdout, /^valid:\s+NO$/m);
      assert.equal(qrPng.code, 0, qrPng.stdout + qrPng.stderr);
      assert.match(qrPng.stdout, /^valid:\s+yes$/m);
      assert.equal(qrPngForged.code, 1);
      assert.equal(json(qrPngForged).valid, false);

      // Cancelled twice: the second is refused by the IRP's rule (exit 1, problem+json on stdout).
      const twice = await withCredentials(['einvoice', 'cancel', doc2.Irn, '--reason', '2', '--remark', 'again', '--json']);
      assert.equal(twice.code, 1, twice.stdout + twice.stderr);
      const problem = json(twice);
      assert.equal(problem.status, 400);
      assert.equal(problem.code, problem.errors[0].code);
    });

    it('bulk upload: waits for the batch, prints each invoice; --json; --results', async () => {
      const [a, b] = templateExamples(today(), docNo('CB')) as Record<string, unknown>[];
      // The second invoice: intra-state charged to IGST (2172).
      const bad = { ...b, IgstAmt: 1800, CgstAmt: 0, SgstAmt: 0, IgstVal: 1800, CgstVal: 0, SgstVal: 0 };
      const csv = join(tmp, 'bulk.csv');
      writeFileSync(
        csv,
        writeCsv(
          BULK_HEADER,
          ([a, bad] as Record<string, unknown>[]).map((r) => BULK_HEADER.map((h) => r[h] ?? '')),
        ),
      );
      const results = join(tmp, 'bulk-results.csv');
      const run = await withCredentials(['bulk', 'upload', csv, '--json', '--poll-ms', '100', '--results', results]);
      assert.equal(run.code, 2, `one of two invoices failed: ${run.stdout}${run.stderr}`);
      const parsed = json(run);
      assert.equal(parsed.batch.state, 'completed');
      assert.deepEqual(
        parsed.rows.map((r: { rowNo: number; status: string }) => [r.rowNo, r.status]),
        [
          [2, 'generated'],
          [3, 'invalid'],
        ],
      );
      assert.match(parsed.rows[0].irn, /^[0-9a-f]{64}$/);
      assert.ok(
        parsed.rows[1].errors.some((e: { code: string }) => e.code === '2172'),
        JSON.stringify(parsed.rows[1]),
      );
      assert.match(readFileSync(results, 'utf8'), new RegExp(parsed.rows[0].irn));
      assert.match(run.stderr, /uploaded bulk\.csv: batch [0-9a-f-]{36}, 2 invoices/);
    });
  });

  it('ewaybill generate, get, extend (sandbox clock), cancel; sandbox clock and faults', async () => {
    const dir = join(tmp, 'ewb');
    const first = writeJson(dir, 'first.json', sampleEwbRequest('intra', { docNo: docNo('CE'), docDate: today() }));
    const second = writeJson(dir, 'second.json', sampleEwbRequest('intra', { docNo: docNo('CE'), docDate: today() }));
    const [gen1, gen2, clock] = await Promise.all([
      withCredentials(['ewaybill', 'generate', first, '--json']),
      withCredentials(['ewaybill', 'generate', second]),
      admin(['sandbox', 'clock', '--json']),
    ]);
    assert.equal(gen1.code, 0, gen1.stdout + gen1.stderr);
    assert.equal(gen2.code, 0, gen2.stdout + gen2.stderr);
    const bill = json(gen1) as { ewayBillNo: number; validUpto: string };
    assert.match(String(bill.ewayBillNo), /^\d{12}$/);
    const secondNo = /^ewayBillNo:\s+(\d{12})$/m.exec(gen2.stdout)?.[1];
    assert.ok(secondNo, gen2.stdout);
    assert.equal(clock.code, 0, clock.stderr);
    assert.ok(Math.abs(Date.parse(json(clock).now) - Date.now()) < 60_000, 'the clock runs in real time');

    // Rerunning the same file gives the same bill, not 604.
    const rerun = await withCredentials(['ewaybill', 'generate', first, '--json']);
    assert.equal(rerun.code, 0, rerun.stdout + rerun.stderr);
    assert.equal(json(rerun).ewayBillNo, bill.ewayBillNo);

    const [got, cancel, badCancel] = await Promise.all([
      withCredentials(['ewaybill', 'get', String(bill.ewayBillNo)]),
      withCredentials(['ewaybill', 'cancel', secondNo, '--reason', '3', '--remark', 'Data entry mistake', '--json']),
      withCredentials(['ewaybill', 'cancel', secondNo, '--reason', '9']),
    ]);
    assert.equal(got.code, 0, got.stderr);
    assert.match(got.stdout, new RegExp(`^ewbNo:\\s+${bill.ewayBillNo}$`, 'm'));
    assert.match(got.stdout, /^status:\s+ACT$/m);
    assert.equal(cancel.code, 0, cancel.stdout + cancel.stderr);
    assert.equal(String(json(cancel).ewayBillNo), secondNo);
    assert.equal(badCancel.code, 1, 'a reason outside the choices is refused');

    // Extension opens 8 hours before expiry: move the government clock to 4 hours before it.
    const fourHoursBefore = new Date(ewbTime(bill.validUpto).getTime() - 4 * 3600_000);
    const set = await admin(['sandbox', 'clock', 'set', fourHoursBefore.toISOString(), '--json']);
    assert.equal(set.code, 0, set.stdout + set.stderr);
    assert.ok(Math.abs(Date.parse(json(set).now) - fourHoursBefore.getTime()) < 5000, json(set).now);
    try {
      const extension = writeJson(dir, 'extend.json', sampleExtendRequest(bill.ewayBillNo, 'KA01TR7777'));
      const [extended, advanced] = await Promise.all([
        withCredentials(['ewaybill', 'extend', extension, '--json']),
        admin(['sandbox', 'clock', 'advance', '60']),
      ]);
      assert.equal(extended.code, 0, extended.stdout + extended.stderr);
      const ext = json(extended);
      assert.equal(String(ext.ewayBillNo), String(bill.ewayBillNo));
      assert.ok(ewbTime(ext.validUpto) > ewbTime(bill.validUpto), `validity moved on: ${ext.validUpto}`);
      assert.equal(advanced.code, 0, advanced.stderr);
      assert.match(advanced.stdout, /^now:\s+\d{4}-\d\d-\d\dT/m);
    } finally {
      const reset = await admin(['sandbox', 'clock', 'reset', '--json']);
      assert.equal(reset.code, 0, reset.stdout + reset.stderr);
      assert.ok(Math.abs(Date.parse(json(reset).now) - Date.now()) < 60_000);
    }

    const gstin = DEMO_USER.gstin;
    const added = await admin([
      'sandbox',
      'fault',
      'add',
      '--gstin',
      gstin,
      '--kind',
      'slow',
      '--delay-ms',
      '10',
      '--count',
      '2',
      '--json',
    ]);
    assert.equal(added.code, 0, added.stdout + added.stderr);
    assert.equal(json(added).kind, 'slow');
    const [listed, noKey] = await Promise.all([admin(['sandbox', 'fault', 'list']), gstgate(['sandbox', 'fault', 'list'])]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, new RegExp(`${gstin}.*slow`));
    assert.equal(noKey.code, 4, 'no admin key');
    const cleared = await admin(['sandbox', 'fault', 'clear', '--gstin', gstin]);
    assert.equal(cleared.code, 0, cleared.stderr);
    const empty = await admin(['sandbox', 'fault', 'list', '--json']);
    assert.equal(empty.code, 0, empty.stderr);
    const faults = json(empty);
    assert.equal((Array.isArray(faults) ? faults : faults.faults).length, 0);
  });

  it('serve: a server on its own data dir answers /v1/health and exits 0 on SIGTERM; then seed and migrate on it', async () => {
    const served = await serving;
    assert.equal((served.health as { status?: string }).status, 'ok', JSON.stringify(served.health));
    assert.equal(served.code, 0, served.stdout);
    assert.match(served.stdout, /gstgate .* on http:\/\/127\.0\.0\.1:\d+ — embedded database/);
    // Then seed (idempotent: the demo rows exist already) with 5 synthetic taxpayers, and migrate.
    assert.equal(served.seed.code, 0, served.seed.stderr);
    const seeded =
      /seeded the demo taxpayers and the demo user .* and 5 synthetic taxpayers \(5 new\) .*: 5 new taxpayers, (\d+) in the registry/.exec(
        served.seed.stdout,
      );
    assert.ok(seeded, served.seed.stdout);
    assert.equal(served.migrate.code, 0, served.migrate.stderr);
    assert.match(served.migrate.stdout, new RegExp(`the embedded database in .* is up to date \\(${seeded[1]} taxpayers\\)`));
  });
});

function invoiceNo(dir: string, name: string): string {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')).DocDtls.No;
}
function invoiceDate(dir: string, name: string): string {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')).DocDtls.Dt;
}
