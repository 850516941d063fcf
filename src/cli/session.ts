/**
 * How a server command finds its server and its token. URL: --url, GSTGATE_URL, the saved session's,
 * else http://127.0.0.1:8080. Token, first found wins: --token or GSTGATE_TOKEN; the credentials
 * GSTGATE_GSTIN + GSTGATE_USERNAME + GSTGATE_PASSWORD (the SDK logs in and re-logs in before expiry);
 * the session `gstgate login` saved. The session file ($GSTGATE_CONFIG_DIR or ~/.config/gstgate,
 * session.json, mode 0600) holds the URL, GSTIN, username, token and its expiry — never the password.
 *
 * This is the CLI's client side: it reads the user's shell environment here, in one place (the
 * server's configuration stays in loadConfig()).
 */
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { Gstgate } from '../../packages/sdk/src/index.ts';
import { NoCredentialsError } from './exit-codes.ts';

export const DEFAULT_URL = 'http://127.0.0.1:8080';

export interface Session {
  url: string;
  gstin: string;
  username: string;
  token: string;
  /** ISO-8601: when the token stops working. */
  expiresAt: string;
}

/** The options every server command takes (added by serverOptions()). */
export interface ServerOptions {
  url?: string;
  token?: string;
  json?: boolean;
}
export interface AdminOptions {
  url?: string;
  adminKey?: string;
  json?: boolean;
}

const env = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};

export function configDir(): string {
  return env('GSTGATE_CONFIG_DIR') ?? join(env('XDG_CONFIG_HOME') ?? join(homedir(), '.config'), 'gstgate');
}
export const sessionPath = (): string => join(configDir(), 'session.json');

export function readSession(): Session | undefined {
  try {
    return JSON.parse(readFileSync(sessionPath(), 'utf8')) as Session;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session): string {
  const file = sessionPath();
  mkdirSync(configDir(), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600 });
  // writeFileSync's mode applies only when it creates the file: tighten an older one too.
  chmodSync(file, 0o600);
  return file;
}

/** Removes the saved session; false when there was none. */
export function removeSession(): boolean {
  const had = readSession() !== undefined;
  rmSync(sessionPath(), { force: true });
  return had;
}

/** --url, --token and --json on a command that talks to a server. */
export function serverOptions(cmd: Command): Command {
  return cmd
    .option('--url <url>', `gstgate server (env GSTGATE_URL, else the saved session's, else ${DEFAULT_URL})`)
    .option('--token <token>', 'bearer token (env GSTGATE_TOKEN); else GSTGATE_GSTIN/USERNAME/PASSWORD, else `gstgate login`')
    .option('--json', 'print one JSON document on stdout (errors as problem+json)');
}

/** --url, --admin-key and --json on a sandbox control command. */
export function adminOptions(cmd: Command): Command {
  return cmd
    .option('--url <url>', `gstgate server (env GSTGATE_URL, else ${DEFAULT_URL})`)
    .option('--admin-key <key>', 'the sandbox admin key, X-Admin-Key (env GSTGATE_ADMIN_KEY)')
    .option('--json', 'print one JSON document on stdout (errors as problem+json)');
}

export function resolveUrl(flag: string | undefined, session?: Session): string {
  return (flag ?? env('GSTGATE_URL') ?? session?.url ?? DEFAULT_URL).replace(/\/+$/, '');
}

/** An SDK client with the first token source found (see the header). */
export function clientFor(opts: ServerOptions): Gstgate {
  const session = readSession();
  const baseUrl = resolveUrl(opts.url, session);
  const token = opts.token ?? env('GSTGATE_TOKEN');
  if (token) return new Gstgate({ baseUrl, token });
  const gstin = env('GSTGATE_GSTIN');
  const username = env('GSTGATE_USERNAME');
  const password = env('GSTGATE_PASSWORD');
  if (gstin && username && password) return new Gstgate({ baseUrl, credentials: { gstin, username, password } });
  if (session && session.url === baseUrl) {
    if (Date.parse(session.expiresAt) <= Date.now())
      throw new NoCredentialsError(`the saved session for ${session.url} expired at ${session.expiresAt}: run gstgate login again`);
    return new Gstgate({ baseUrl, token: session.token });
  }
  throw new NoCredentialsError(
    `no token for ${baseUrl}: run \`gstgate login --gstin G --username U\`, or set GSTGATE_TOKEN, or GSTGATE_GSTIN, GSTGATE_USERNAME and GSTGATE_PASSWORD`,
  );
}

/** An SDK client for the sandbox control routes. */
export function adminClientFor(opts: AdminOptions): Gstgate {
  const adminKey = opts.adminKey ?? env('GSTGATE_ADMIN_KEY');
  if (!adminKey) throw new NoCredentialsError('no admin key: give --admin-key or set GSTGATE_ADMIN_KEY (the server prints it at start)');
  return new Gstgate({ baseUrl: resolveUrl(opts.url), adminKey });
}

export const passwordFromEnv = (): string | undefined => env('GSTGATE_PASSWORD');
