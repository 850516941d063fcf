/**
 * The dashboard in a real browser: playwright-core driving Debian's chromium (/usr/bin/chromium; CI
 * installs it with apt) against the real app listening on loopback. Signs in as the demo user,
 * generates an invoice from the form, finds it in the list, opens its PDF, cancels it, uploads the
 * bulk template and watches the batch finish, and uses the phone-width menu. Screenshots of the
 * main pages go to test-results/ (CI artefacts).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, docNo } from './support.ts';

const CHROMIUM = process.env.GSTGATE_CHROMIUM ?? '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));
const shots = join(root, 'test-results');

// Debian's chromium is part of the test setup (.ci/run installs it; README "Development"): without it this fails, never skips.
describe('dashboard in chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  let tmp: string;
  let irn: string;
  const number = docNo('WEB');

  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });

  before(async () => {
    // The tests serve the real build: make it when it is missing or stale (a few seconds).
    const built = spawnSync(process.execPath, [join(root, 'web', 'ensure-built.mjs')], { stdio: 'inherit' });
    assert.equal(built.status, 0);
    assert.ok(existsSync(join(root, 'web', 'dist', 'index.html')), 'web/dist was not built');
    assert.ok(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: apt-get install chromium (README "Development")`);
    mkdirSync(shots, { recursive: true });
    tmp = mkdtempSync(join(tmpdir(), 'gstgate-browser-'));
    t = await buildTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // Playwright gives the browser a fresh temporary profile of its own.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1000, height: 720 } });
    page.setDefaultTimeout(15_000);
  });
  after(async () => {
    await browser?.close();
    await t?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('signs in as the demo user', async () => {
    await page.goto(`${base}/app/`);
    await page.getByLabel('GSTIN').fill(DEMO_USER.gstin);
    await page.getByLabel('User name').fill(DEMO_USER.username);
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('INVALID_CREDENTIALS').waitFor();
    await page.getByLabel('Password').fill(DEMO_USER.password);
    await shot('signin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'E-invoices' }).waitFor();
  });

  it('generates an invoice from the form and shows its page with the QR code', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'New invoice' }).click();
    await page.getByLabel('Document no.').fill(number);
    await shot('generate');
    await page.getByRole('button', { name: 'Generate IRN' }).click();
    await page.waitForURL(/\/app\/documents\/[0-9a-f]{64}$/);
    irn = page.url().split('/').pop() as string;
    await page.getByText(irn).waitFor();
    const qr = page.getByAltText('Signed QR code');
    await qr.waitFor();
    assert.ok(((await qr.getAttribute('src')) ?? '').startsWith('data:image/png;base64,'));
    // The gateway holds it.
    const res = await call(t.app, { method: 'GET', url: `/v1/einvoice/irn/${irn}`, headers: bearer(t.demoToken) });
    assert.equal(res.json().Status, 'ACT');
  });

  it('lists it, filters the list, and opens it from the list', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'E-invoices' }).click();
    const link = page.getByRole('link', { name: `INV ${number}` });
    await link.waitFor();
    await shot('documents');
    await page.getByLabel('Status').selectOption('CNL');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('No e-invoices match.').waitFor();
    await page.getByRole('button', { name: 'Reset' }).click();
    await link.click();
    await page.waitForURL(`${base}/app/documents/${irn}`);
    await shot('document');
  });

  it('opens the PDF (fetched with the token: application/pdf)', async () => {
    const [response, popup] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/v1/einvoice/irn/${irn}/pdf`)),
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'PDF' }).click(),
    ]);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^application\/pdf/);
    assert.ok(Number(response.headers()['content-length']) > 10_000);
    // The PDF opens in a new tab (an object URL: the token never appears in a URL).
    assert.ok(popup);
    await popup.close();
  });

  it('cancels it with a reason and remark', async () => {
    await page.getByLabel('Reason').selectOption('2');
    await page.getByLabel('Remark').fill('Wrong rate entered');
    await page.getByRole('button', { name: 'Cancel e-invoice' }).click();
    await page.getByRole('heading').getByText('Cancelled').waitFor();
    const res = await call(t.app, { method: 'GET', url: `/v1/einvoice/irn/${irn}`, headers: bearer(t.demoToken) });
    assert.equal(res.json().Status, 'CNL');
  });

  it('uploads a bulk file and watches it finish, with the per-row results', async () => {
    const template = await call(t.app, { method: 'GET', url: '/v1/einvoice/bulk/template?format=csv', headers: bearer(t.demoToken) });
    assert.equal(template.statusCode, 200);
    const file = join(tmp, 'invoices.csv');
    writeFileSync(file, template.body);
    await page.getByRole('navigation').getByRole('link', { name: 'Bulk upload' }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByTestId('progress').getByText('100%').waitFor({ timeout: 30_000 });
    const rows = page.getByRole('table', { name: 'Rows' });
    await rows.waitFor();
    assert.equal(await rows.getByText('generated', { exact: true }).count(), 2);
    await shot('bulk');
  });

  it('shows the other pages (e-way bills, taxpayer lookup, webhooks, token, sandbox controls)', async () => {
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'E-way bills' }).click();
    await page.getByRole('heading', { name: 'E-way bills' }).waitFor();
    await nav.getByRole('link', { name: 'Taxpayer lookup' }).click();
    await page.getByLabel('GSTIN').fill('29AAACW4202F1ZM');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page
      .getByText(/WESTERN TRADING/i)
      .first()
      .waitFor();
    await shot('taxpayer');
    await nav.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByLabel('URL').fill('https://hooks.example.com/gst');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByText(/whsec_/).waitFor();
    await page.getByRole('cell', { name: 'https://hooks.example.com/gst' }).waitFor();
    await shot('webhooks');
    await nav.getByRole('link', { name: 'API token' }).click();
    await page.getByRole('button', { name: 'Copy token' }).waitFor();
    await nav.getByRole('link', { name: 'Sandbox' }).click();
    await page.getByLabel('X-Admin-Key').fill(t.adminKey);
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.getByRole('heading', { name: 'Government clock' }).waitFor();
    await shot('sandbox');
  });

  it('works at phone width: the menu opens the nav', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const nav = page.getByRole('navigation');
    await nav.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'E-invoices' }).click();
    await nav.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: `INV ${number}` }).waitFor();
    await shot('phone-documents');
    await page.getByRole('link', { name: `INV ${number}` }).click();
    await page.getByAltText('Signed QR code').waitFor();
    await shot('phone-document');
  });

  it('signs out, and a rejected token signs out too', async () => {
    await page.setViewportSize({ width: 1000, height: 720 });
    await page.getByRole('navigation').getByRole('link', { name: 'E-invoices' }).click();
    await page.getByRole('link', { name: 'INV BLK/DEMO/1' }).waitFor();
    await shot('documents-all');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    // A token the server no longer accepts: the next call answers 401 and the app returns to sign-in.
    await page.evaluate(
      `sessionStorage.setItem('gstgate.token', 'not-a-valid-token');
       sessionStorage.setItem('gstgate.session', JSON.stringify({ gstin: 'X', username: 'x', expiresAt: new Date().toISOString() }));`,
    );
    await page.goto(`${base}/app/documents`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
});
