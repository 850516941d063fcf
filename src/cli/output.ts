/**
 * What the CLI prints. stdout carries the answer: aligned tables and key-value lines for people, or
 * with --json exactly one JSON document (errors too, as problem+json) for scripts. Progress bars,
 * hints and human-readable errors go to stderr, so `gstgate … --json | jq` always parses.
 */
import { CommanderError } from 'commander';
import { GstgateError } from '../../packages/sdk/src/index.ts';
import { NoCredentialsError } from './exit-codes.ts';

export interface OutputOptions {
  json?: boolean;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An aligned table with a header row; columns default to the keys of the first row. */
export function formatTable(rows: Record<string, unknown>[], columns?: string[]): string {
  const cols = columns ?? Object.keys(rows[0] ?? {});
  const cells = rows.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(cols), ...cells.map(line)].join('\n');
}

/** `key: value` lines, keys aligned; nested objects as compact JSON. */
export function formatKeyValues(obj: Record<string, unknown>): string {
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
  const width = Math.max(0, ...keys.map((k) => k.length));
  return keys.map((k) => `${`${k}:`.padEnd(width + 1)} ${cell(obj[k])}`).join('\n');
}

/** Prints the answer: the JSON document with --json, else what `human` prints. */
export function emit(opts: OutputOptions, data: unknown, human: () => void): void {
  if (opts.json) process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  else human();
}

/** Prints an answer object: the JSON document with --json, else `key: value` lines of `shown` (default: all of it). */
export function emitRecord(opts: OutputOptions, data: object, shown: object = data): void {
  emit(opts, data, () => print(formatKeyValues(shown as Record<string, unknown>)));
}

export const print = (text: string) => process.stdout.write(`${text}\n`);
export const hint = (text: string) => process.stderr.write(`${text}\n`);

interface ProblemShape {
  type: string;
  title: string;
  status: number;
  code: string;
  errors: { code: string; message: string; field?: string }[];
  [k: string]: unknown;
}

/** Any failure as problem+json: the server's own body when it sent one. */
export function problemOf(err: unknown): ProblemShape {
  if (err instanceof GstgateError) {
    const p = err.problem as Partial<ProblemShape> | undefined;
    if (p && typeof p === 'object' && Array.isArray(p.errors) && typeof p.code === 'string') return p as ProblemShape;
    const errors = err.errors.length > 0 ? err.errors : [{ code: err.code, message: err.message }];
    return { type: `/docs/errors#${err.code}`, title: err.message, status: err.status, code: err.code, errors };
  }
  if (err instanceof NoCredentialsError) {
    const message = err.message;
    return {
      type: '/docs/errors#UNAUTHORIZED',
      title: 'No credentials',
      status: 401,
      code: err.code,
      errors: [{ code: err.code, message }],
    };
  }
  // A failure on this side of the wire (usage, an unreadable file) has no HTTP status: 0, as the SDK's NETWORK_ERROR.
  const code = err instanceof CommanderError ? 'USAGE' : 'CLI_ERROR';
  const message = (err instanceof Error ? err.message : String(err)).replace(/^error: /, '');
  return { type: `/docs/errors#${code}`, title: message, status: 0, code, errors: [{ code, message }] };
}

/** A failure: problem+json on stdout with --json, else readable lines on stderr. */
export function reportError(err: unknown, opts: OutputOptions): void {
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(problemOf(err), null, 2)}\n`);
    return;
  }
  if (err instanceof GstgateError) {
    const title = (err.problem as { title?: unknown } | undefined)?.title;
    if (err.status === 0 || typeof title !== 'string') {
      // No problem+json: a network failure, or some other server's page.
      hint(`gstgate: ${err.message}`);
    } else {
      hint(`gstgate: ${title} (HTTP ${err.status})`);
      for (const e of err.errors) hint(`  ${e.code}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
    }
    if (err.requestId) hint(`  request id: ${err.requestId}`);
    return;
  }
  hint(`gstgate: ${err instanceof Error ? err.message : String(err)}`);
}
