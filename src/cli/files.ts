/** Input files of the document commands: a file, or every *.json file of a directory (in name order). */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

export function jsonFilesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .sort()
    .map((name) => join(path, name));
}

export interface JsonFile {
  file: string;
  text: string;
  /** The parsed document, or undefined with `parseError` set. */
  body?: unknown;
  parseError?: string;
}

export async function readJsonFile(file: string): Promise<JsonFile> {
  const text = await readFile(file, 'utf8');
  try {
    return { file, text, body: JSON.parse(text) };
  } catch (err) {
    return { file, text, parseError: err instanceof Error ? err.message : String(err) };
  }
}

/** A JSON payload file that must parse (generate, extend): its document and its text (for contentKey). */
export async function readJsonBody(file: string): Promise<{ body: unknown; text: string }> {
  const read = await readJsonFile(file);
  if (read.parseError) throw new Error(`${basename(file)} is not JSON: ${read.parseError}`);
  return { body: read.body, text: read.text };
}

/**
 * An Idempotency-Key from the document itself: running the same file again (after a crash, a lost
 * answer, a rerun of the whole directory) is answered with the first response, never a second IRN.
 * Scoped by a prefix per command, so one payload sent to two different routes never collides.
 */
export function contentKey(scope: string, text: string): string {
  return `gstgate-cli:${scope}:${createHash('sha256').update(text).digest('hex')}`;
}

/** Runs `work` on every item with at most `concurrency` at a time; results in input order. */
export async function mapPool<T, R>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, concurrency), items.length) }, worker));
  return results;
}
