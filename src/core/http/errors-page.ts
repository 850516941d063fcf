/**
 * GET /docs/errors: every error code of the catalogue, so a problem's `type` (/docs/errors#CODE)
 * resolves to a readable explanation.
 */
import type { FastifyInstance } from 'fastify';
import { catalogue } from '../errors.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

export function errorsPageHtml(): string {
  const rows = Object.entries(catalogue)
    .map(
      ([code, e]) =>
        `<tr id="${escapeHtml(code)}"><td><a href="#${escapeHtml(code)}"><code>${escapeHtml(code)}</code></a></td><td>${e.status}</td><td>${escapeHtml(e.message)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>gstgate error codes</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.4rem .6rem;text-align:left;vertical-align:top}tr:target{background:#fff6d5}code{font-weight:600}</style></head>
<body><nav><a href="/docs">API reference</a> · <a href="/docs/guide">Guide</a> (<a href="/docs/guide#7-errors">errors and retries</a>)</nav>
<h1>gstgate error codes</h1>
<p>Every error is <code>application/problem+json</code>; <code>code</code> is the first entry of <code>errors</code>. Four-digit codes are NIC IRP codes with NIC's own
message text (<code>{0}</code>, <code>{1}</code> are filled with the HSN, serial number, GSTIN …); upper-case codes are the platform's own.</p>
<table><thead><tr><th>Code</th><th>HTTP</th><th>Message</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>`;
}

export function registerErrorsPage(app: FastifyInstance): void {
  const html = errorsPageHtml();
  app.get('/docs/errors', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
}
