/**
 * GET /docs/guide: docs/guide.md (the common flows) as an HTML page, rendered on the server, and the
 * OpenAPI info.description that Scalar shows on /docs (a short version of the flows, with links).
 *
 * No markdown package is installed, so a small renderer covers the subset the guide uses: headings,
 * paragraphs, fenced code, lists, tables, `code`, **bold**, *emphasis* and links. Everything is
 * HTML-escaped first; links keep only relative, #fragment and http(s) targets.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

export const GUIDE_PATH = new URL('../../../docs/guide.md', import.meta.url);

export const API_DESCRIPTION = [
  'Self-hostable GST API platform for India: e-Invoice (IRP), e-Way Bill and GST taxpayer APIs behind one bearer-token REST API, ' +
    'with a faithful offline sandbox of the NIC systems. Government payloads keep NIC field names; errors are application/problem+json ' +
    'with NIC codes where NIC has one.',
  '**Guide:** [the common flows, step by step](/docs/guide) · **Errors:** [every error code](/docs/errors)',
  '### Common flows',
  [
    '1. **Authenticate**: `POST /v1/authenticate` `{ gstin, username, password }` → bearer token (6 h), sent as `Authorization: Bearer …`.',
    '2. **Generate IRN**: `POST /v1/einvoice/generate` with an INV-01 v1.1 invoice → `Irn`, `AckNo`, `SignedInvoice`, `SignedQRCode`. A duplicate is 409 `2150` with `DUPIRN` in `info`.',
    '3. **Get / print / cancel**: `GET /v1/einvoice/irn/{irn}`, `GET /v1/einvoice/irn/{irn}/pdf`, `POST /v1/einvoice/cancel` (within 24 h, 2270).',
    '4. **E-way bill**: by IRN `POST /v1/einvoice/ewaybill`, or standalone `POST /v1/ewaybill/generate` (GENEWAYBILL, Part-B optional), then `update-partb`, `extend`, `cancel`.',
    '5. **GSTIN checks**: `GET /v1/gstin/{gstin}` (TP), `POST /v1/gstin/verify` (format, check character, status).',
    '6. **Retries**: send `Idempotency-Key` on POSTs; retry 429 after `Retry-After` and 502/503/504 with the same key; fix 4xx.',
    '7. **Webhooks**: `POST /v1/webhooks`; deliveries are signed `X-Gstgate-Signature: t=…,v1=<HMAC-SHA256>`.',
    '8. **Sandbox**: move the government clock (`/v1/sandbox/clock`) and inject faults (`/v1/sandbox/faults`) with `X-Admin-Key`.',
  ].join('\n'),
].join('\n\n');

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const safeHref = (href: string) => (/^(\/|#|https?:\/\/)/.test(href) ? href : '#');

export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z]+;/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Inline markup of one escaped line: code spans first, so their content is left alone. */
function inline(text: string): string {
  return escapeHtml(text)
    .split(/(`[^`]*`)/)
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return `<code>${part.slice(1, -1)}</code>`;
      return part
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => `<a href="${safeHref(href)}">${label}</a>`)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
    })
    .join('');
}

const tableCells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

/** Markdown (the subset above) to HTML. */
export function renderMarkdown(source: string): string {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = /^```(\w*)/.exec(line);
    if (fence) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !lines[i].startsWith('```')) code.push(lines[i++]);
      i++;
      const lang = fence[1] ? ` class="language-${escapeHtml(fence[1])}"` : '';
      out.push(`<pre><code${lang}>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      const html = inline(heading[2]);
      out.push(`<h${level} id="${slug(html)}">${html}</h${level}>`);
      i++;
      continue;
    }
    if (line.startsWith('|') && i + 1 < lines.length && /^\|[\s:|-]+\|?\s*$/.test(lines[i + 1])) {
      const head = tableCells(line);
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && lines[i].startsWith('|')) rows.push(tableCells(lines[i++]));
      out.push(
        `<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>` +
          rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('') +
          '</tbody></table>',
      );
      continue;
    }
    const listItem = /^(\s*)([-*]|\d+\.)\s+(.*)$/;
    if (listItem.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: string[] = [];
      while (i < lines.length) {
        const m = listItem.exec(lines[i]);
        if (m) items.push(m[3]);
        else if (/^\s+\S/.test(lines[i]) && items.length > 0) items[items.length - 1] += ` ${lines[i].trim()}`;
        else break;
        i++;
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`);
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && lines[i].trim() !== '' && !/^(```|#{1,4}\s|\||\s*([-*]|\d+\.)\s)/.test(lines[i])) {
      paragraph.push(lines[i++].trim());
    }
    if (paragraph.length === 0) paragraph.push(lines[i++].trim());
    out.push(`<p>${inline(paragraph.join(' '))}</p>`);
  }
  return out.join('\n');
}

export function guidePageHtml(markdown: string = readFileSync(GUIDE_PATH, 'utf8')): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>gstgate guide</title>
<style>body{font:15px/1.55 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d1d1f}
pre{background:#f5f5f7;padding:.8rem 1rem;overflow-x:auto;border-radius:6px}code{font:13px ui-monospace,monospace}
table{border-collapse:collapse;margin:1rem 0}td,th{border-bottom:1px solid #ddd;padding:.35rem .6rem;text-align:left;vertical-align:top}
h2{margin-top:2.2rem;border-bottom:1px solid #eee;padding-bottom:.2rem}nav a{margin-right:1rem}</style></head>
<body><nav><a href="/docs">API reference</a><a href="/docs/errors">Error codes</a><a href="/docs/guide">Guide</a></nav>
${renderMarkdown(markdown)}
</body></html>`;
}

export function registerGuidePage(app: FastifyInstance): void {
  // Rendered once at start: the guide is part of the release, not edited while running.
  const html = guidePageHtml();
  app.get('/docs/guide', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
}
