/**
 * API documentation (issue 8): every operation described, the government ones naming their NIC
 * API; examples that are real (the INV-01 example registers, the problem examples are catalogue
 * errors with their status); the guide at /docs/guide; /docs and /docs/errors; openapi.json in step
 * with the routes.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { catalogue } from '../src/core/errors.ts';
import { renderMarkdown } from '../src/core/http/docs-guide.ts';
import { GOVERNMENT_APIS } from '../src/core/http/docs-openapi.ts';
import { problemExamples } from '../src/core/http/openapi.ts';
import { isRateLimitExempt } from '../src/core/http/rate-limit.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { admin, bearer, call, expectProblem, type ProblemJson } from './support.ts';

// biome-ignore lint/suspicious/noExplicitAny: walking a parsed JSON document
type Json = Record<string, any>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function operations(doc: Json): { key: string; path: string; method: string; op: Json }[] {
  const out = [];
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(item as Json)) {
      if (METHODS.includes(method)) out.push({ key: `${method.toUpperCase()} ${path}`, path, method, op });
    }
  }
  return out;
}

/** A named example of a request body: the value itself, or the one its $ref names. */
function requestExample(doc: Json, key: string, name: string): unknown {
  const [method, path] = key.split(' ');
  const media = doc.paths[path][method.toLowerCase()].requestBody.content['application/json'];
  const example = media.examples?.[name];
  assert.ok(example, `${key}: no request example ${name}`);
  return example.$ref ? doc.components.examples[example.$ref.split('/').pop()].value : example.value;
}

describe('API docs', () => {
  let t: TestApp;
  let doc: Json;
  before(async () => {
    t = await buildTestApp();
    doc = t.app.swagger() as Json;
  });
  after(() => t.close());

  describe('operations', () => {
    it('every operation has a summary and a description', () => {
      const ops = operations(doc);
      assert.ok(ops.length > 50, `only ${ops.length} operations`);
      for (const { key, op } of ops) {
        assert.ok(typeof op.summary === 'string' && op.summary.trim().length > 0, `${key}: no summary`);
        assert.ok(typeof op.description === 'string' && op.description.trim().length > 10, `${key}: no description`);
      }
    });

    it('each government operation names its NIC API and reference section, and documents 502/503/504', () => {
      const keys = new Set(operations(doc).map((o) => o.key));
      for (const [key, text] of Object.entries(GOVERNMENT_APIS)) {
        assert.ok(keys.has(key), `${key} is in GOVERNMENT_APIS but not a route`);
        const [method, path] = key.split(' ');
        const op = doc.paths[path][method.toLowerCase()];
        assert.ok(op.description.startsWith(text), `${key}: the NIC reference is not in its description`);
        assert.match(text, /nic-(einvoice|ewaybill-gst)\.md §/, `${key}: cites no reference section`);
        if (!text.startsWith('Printed'))
          for (const status of ['502', '503', '504']) assert.ok(op.responses[status], `${key}: no ${status}`);
      }
      // Every e-way bill and taxpayer route reaches a government system, so each must be listed.
      for (const { key, op } of operations(doc)) {
        if (op.tags?.includes('e-Way Bill') || op.tags?.includes('GST taxpayer'))
          assert.ok(GOVERNMENT_APIS[key], `${key} names no NIC API`);
      }
      assert.match(
        doc.paths['/v1/einvoice/generate'].post.description,
        /^NIC IRP Generate IRN \(v1\.03 POST \/eicore\/v1\.03\/Invoice.*§7\.1–7\.3.*2150 with InfoDtls DUPIRN/,
      );
    });

    it('rate-limited routes document 429 with Retry-After; JSON bodies 413 and 415', () => {
      for (const { key, path, op } of operations(doc)) {
        if (!isRateLimitExempt(path)) {
          assert.ok(op.responses['429'], `${key}: no 429`);
          assert.ok(op.responses['429'].headers?.['Retry-After'], `${key}: 429 without Retry-After`);
        }
        if (op.requestBody) for (const status of ['413', '415']) assert.ok(op.responses[status], `${key}: no ${status}`);
      }
    });
  });

  describe('examples', () => {
    it('the INV-01 request example of generate is a real invoice: it registers (200), then is a duplicate (409 2150 DUPIRN)', async () => {
      const invoice = requestExample(doc, 'POST /v1/einvoice/generate', 'b2bIntra');
      const headers = { ...bearer(t.demoToken), 'content-type': 'application/json' };
      const res = await call(t.app, { method: 'POST', url: '/v1/einvoice/generate', headers, payload: JSON.stringify(invoice) });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(res.json().Irn, /^[0-9a-f]{64}$/);
      const again = await call(t.app, { method: 'POST', url: '/v1/einvoice/generate', headers, payload: JSON.stringify(invoice) });
      const problem = expectProblem(again, 409, '2150');
      assert.equal(problem.info?.[0]?.InfCd, 'DUPIRN');
      // The shared DUPIRN example has the same shape as the real answer.
      const shown = problemExamples.DuplicateIrn.value as unknown as ProblemJson;
      assert.deepEqual(Object.keys(shown), Object.keys(again.json()));
      assert.deepEqual(Object.keys(shown.info?.[0]?.Desc ?? {}).sort(), Object.keys(problem.info?.[0]?.Desc as object).sort());
    });

    it('the other request examples pass the server too: authenticate, GSTIN verify, sandbox clock', async () => {
      const auth = await call(t.app, {
        method: 'POST',
        url: '/v1/authenticate',
        payload: requestExample(doc, 'POST /v1/authenticate', 'demo') as Json,
      });
      assert.equal(auth.statusCode, 200, auth.body);
      for (const name of ['one', 'many']) {
        const res = await call(t.app, {
          method: 'POST',
          url: '/v1/gstin/verify',
          headers: bearer(t.demoToken),
          payload: requestExample(doc, 'POST /v1/gstin/verify', name) as Json,
        });
        assert.equal(res.statusCode, 200, res.body);
      }
      const clock = await call(t.adminApp, {
        method: 'POST',
        url: '/v1/sandbox/clock',
        headers: admin(),
        payload: requestExample(doc, 'POST /v1/sandbox/clock', 'advance') as Json,
      });
      assert.equal(clock.statusCode, 200, clock.body);
      await call(t.adminApp, { method: 'DELETE', url: '/v1/sandbox/clock', headers: admin() });
    });

    it('each problem example is a catalogue error with its own status, shaped as the error handler sends it', () => {
      const statuses = new Set<number>();
      for (const [name, { value }] of Object.entries(problemExamples)) {
        const entry = catalogue[value.code];
        assert.ok(entry, `${name}: ${value.code} is not in the catalogue`);
        assert.equal(value.status, entry.status, `${name}: status ${value.status}, catalogue ${entry.status}`);
        assert.equal(value.code, value.errors[0].code);
        assert.equal(value.type, `/docs/errors#${value.code}`);
        for (const e of value.errors) assert.ok(catalogue[e.code], `${name}: ${e.code} is not in the catalogue`);
        statuses.add(value.status);
      }
      // One example for every error shape of api.md §2.
      for (const status of [400, 401, 403, 404, 409, 413, 415, 422, 429, 502, 503, 504])
        assert.ok(statuses.has(status), `no ${status} example`);
      const validation = problemExamples.ValidationFailed.value;
      assert.ok(validation.errors.length > 1 && validation.errors.every((e) => e.field), 'several errors, each with its field');
    });

    it('problem responses reference the shared examples, and every reference resolves', () => {
      const refs: string[] = [];
      for (const { op } of operations(doc)) {
        for (const [status, response] of Object.entries(op.responses as Json)) {
          for (const media of Object.values((response.content ?? {}) as Json)) {
            for (const example of Object.values((media.examples ?? {}) as Json)) {
              if (!example.$ref) continue;
              refs.push(`${status} ${example.$ref}`);
              const schema = media.schema.$ref ? doc.components.schemas.Problem : media.schema;
              assert.ok(schema.properties.errors && schema.properties.requestId, `${example.$ref} on a body that is not problem+json`);
            }
          }
        }
      }
      assert.ok(refs.length > 100, `only ${refs.length} example references`);
      for (const ref of refs) {
        const [status, target] = ref.split(' ');
        const example = doc.components.examples[target.replace('#/components/examples/', '')];
        assert.ok(example, `${target} does not resolve`);
        assert.equal(String(example.value.status), status, `${target} is under ${status}`);
      }
      const generate409 = doc.paths['/v1/einvoice/generate'].post.responses['409'].content['application/json'].examples;
      assert.ok(generate409.DuplicateIrn, 'generate shows 2150 DUPIRN');
      const success = doc.paths['/v1/einvoice/generate'].post.responses['200'].content['application/json'];
      assert.ok(success.examples?.registered, 'generate shows its 200 answer');
    });
  });

  describe('pages', () => {
    it('/docs/guide is the guide, as HTML, with the flows and links to the reference and the error codes', async () => {
      const res = await call(t.app, { method: 'GET', url: '/docs/guide' });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      for (const heading of [
        '1. Authenticate',
        '2. e-Invoice: generate, get, print, cancel',
        '3. e-Way bills',
        '4. GSTIN checks',
        '5. Idempotency and retries',
        '6. Webhooks',
        '7. Errors',
        '8. Sandbox: clock and faults',
        '9. SDK and CLI',
      ]) {
        assert.match(res.body, new RegExp(`<h2 id="[a-z0-9-]+">${heading.replace(/[.]/g, '\\.')}</h2>`), `heading ${heading}`);
      }
      assert.match(res.body, /<a href="\/docs">/);
      assert.match(res.body, /<a href="\/docs\/errors">/);
      assert.match(res.body, /<table>/);
      assert.match(res.body, /<pre><code class="language-bash">/);
      assert.match(res.body, /v1=&lt;hex&gt;/, 'text is escaped');
    });

    it('the guide is linked from /docs (info.description) and from /docs/errors', async () => {
      assert.match(doc.info.description, /\(\/docs\/guide\)/);
      assert.match(doc.info.description, /Authenticate.*Generate IRN/s);
      const errors = await call(t.app, { method: 'GET', url: '/docs/errors' });
      assert.equal(errors.statusCode, 200);
      assert.match(errors.body, /href="\/docs\/guide"/);
      assert.match(errors.body, /id="2150"/);
    });

    it('/docs still answers', async () => {
      let res = await call(t.app, { method: 'GET', url: '/docs' });
      if (res.statusCode >= 300 && res.statusCode < 400) res = await call(t.app, { method: 'GET', url: String(res.headers.location) });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html/i);
    });

    it('the markdown renderer escapes HTML and keeps only safe links', () => {
      const html = renderMarkdown(
        '# T <b>\n\nSee [x](javascript:alert(1)) and [y](/docs) <script>alert(1)</script> `a<b`\n\n- one\n  two\n- **three**',
      );
      assert.doesNotMatch(html, /<script>|<b>|javascript:/);
      assert.match(html, /<a href="#">x<\/a>/);
      assert.match(html, /<a href="\/docs">y<\/a>/);
      assert.match(html, /<code>a&lt;b<\/code>/);
      assert.match(html, /<ul><li>one two<\/li><li><strong>three<\/strong><\/li><\/ul>/);
    });
  });

  it('openapi.json is up to date with the routes (npm run openapi -- --check)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/write-openapi.ts', '--check'], {
      cwd: new URL('..', import.meta.url),
    });
    assert.match(stdout, /up to date/);
  });
});
