import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** How long a reader waits for a file another process has just created to get its content. */
const WRITE_WAIT_MS = 2000;
const RETRY_MS = 10;

/**
 * A key kept in a file of the data dir (the admin key, the secrets key): the file's key when it
 * exists, else a new one from `make`, written with `wx` (mode 0600) so that of several instances
 * starting at once on a shared data dir exactly one creates the file and the others read that key
 * (with existsSync-then-write each could keep its own key and the last one would overwrite the file).
 * The creator opens the file before writing it: a reader that finds it empty, or without the final
 * newline of a key being written, reads again for up to WRITE_WAIT_MS.
 */
export function loadOrCreateKeyFile(path: string, make: () => string): { key: string; created: boolean } {
  const existing = readKey(path, false);
  if (existing !== undefined) return { key: existing, created: false };
  mkdirSync(dirname(path), { recursive: true });
  const key = make();
  try {
    writeFileSync(path, `${key}\n`, { flag: 'wx', mode: 0o600 });
    return { key, created: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  // Another process created it between our read and our write: its key is the key.
  const theirs = readKey(path, true);
  if (theirs === undefined) throw new Error(`${path} disappeared while being created`);
  return { key: theirs, created: false };
}

/**
 * The file's key (trimmed); undefined when there is no file. Just created by another process
 * (`racing`): waits for the whole line; otherwise only an empty file is waited for (a key written by
 * hand may lack the newline).
 */
function readKey(path: string, racing: boolean): string | undefined {
  const deadline = Date.now() + WRITE_WAIT_MS;
  for (;;) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    const complete = racing ? text.endsWith('\n') : text.trim() !== '';
    if (complete || Date.now() > deadline) {
      const key = text.trim();
      if (key === '') throw new Error(`${path} is empty: delete it to have a new key made, or write the key into it`);
      return key;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_MS); // a short synchronous sleep
  }
}

/**
 * Several files made together (a key and its certificate), with the same guarantee: the first file is
 * created with `wx`, so one process makes the set; the others wait (up to WRITE_WAIT_MS after the
 * first file appears) until every file is there and complete, and read that set. Contents are kept
 * with a final newline, which is how a reader knows a file is whole.
 */
export async function loadOrCreateKeyFiles(
  paths: string[],
  make: () => Promise<string[]>,
): Promise<{ contents: string[]; created: boolean }> {
  const existing = readAll(paths);
  if (existing) return { contents: existing, created: false };
  mkdirSync(dirname(paths[0]), { recursive: true });
  if (!existsSync(paths[0])) {
    const made = (await make()).map((text) => (text.endsWith('\n') ? text : `${text}\n`));
    try {
      writeFileSync(paths[0], made[0], { flag: 'wx', mode: 0o600 });
      for (let i = 1; i < paths.length; i++) writeFileSync(paths[i], made[i], { mode: 0o600 });
      return { contents: made, created: true };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  // Another process is making the set: wait for all of it.
  const deadline = Date.now() + WRITE_WAIT_MS;
  for (;;) {
    const theirs = readAll(paths);
    if (theirs) return { contents: theirs, created: false };
    if (Date.now() > deadline)
      throw new Error(`${paths.join(', ')}: incomplete (a start was interrupted?); delete them to have new ones made`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

/** Every file's text when all exist and end with a newline; undefined otherwise. */
function readAll(paths: string[]): string[] | undefined {
  const texts: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) return undefined;
    const text = readFileSync(path, 'utf8');
    if (!text.endsWith('\n')) return undefined;
    texts.push(text);
  }
  return texts;
}
