/** The API client of the dashboard: the bearer token in sessionStorage, problem+json errors, sign-out on 401. */

export interface ProblemError {
  code: string;
  message: string;
  field?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ProblemError[],
    title: string,
  ) {
    super(errors.length ? errors.map((e) => `${e.code}: ${e.message}`).join('; ') : title);
  }
}

const TOKEN = 'gstgate.token';
const SESSION = 'gstgate.session';
const ADMIN_KEY = 'gstgate.adminKey';

export interface Session {
  gstin: string;
  username: string;
  expiresAt: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
export function onSessionChange(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function token(): string | null {
  return sessionStorage.getItem(TOKEN);
}

export function session(): Session | null {
  const raw = sessionStorage.getItem(SESSION);
  return raw && token() ? (JSON.parse(raw) as Session) : null;
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(SESSION);
  for (const fn of listeners) fn();
}

export function adminKey(): string {
  return sessionStorage.getItem(ADMIN_KEY) ?? '';
}
export function setAdminKey(key: string): void {
  sessionStorage.setItem(ADMIN_KEY, key);
}

export async function signIn(gstin: string, username: string, password: string): Promise<void> {
  const res = await request<{ token: string; expires_in: number }>(
    'POST',
    '/v1/authenticate',
    { gstin, username, password },
    { anonymous: true },
  );
  sessionStorage.setItem(TOKEN, res.token);
  const s: Session = { gstin: gstin.toUpperCase(), username, expiresAt: new Date(Date.now() + res.expires_in * 1000).toISOString() };
  sessionStorage.setItem(SESSION, JSON.stringify(s));
  for (const fn of listeners) fn();
}

interface RequestOptions {
  anonymous?: boolean;
  admin?: boolean;
  contentType?: string;
}

async function send(method: string, path: string, body: unknown, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {};
  const t = token();
  if (!opts.anonymous && t) headers.authorization = `Bearer ${t}`;
  if (opts.admin) headers['x-admin-key'] = adminKey();
  let payload: BodyInit | undefined;
  if (body instanceof Blob) {
    payload = body;
    headers['content-type'] = opts.contentType || body.type || 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(path, { method, headers, body: payload });
  if (res.ok) return res;
  let problem: { title?: string; errors?: ProblemError[] } = {};
  try {
    problem = await res.json();
  } catch {
    // not problem+json
  }
  if (res.status === 401 && !opts.anonymous && !opts.admin) signOut();
  throw new ApiError(res.status, problem.errors ?? [], problem.title ?? `HTTP ${res.status}`);
}

export async function request<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, body, opts);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const get = <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts);
export const post = <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body, opts);

/** A file (PDF, CSV…) fetched with the token, as a Blob. */
export async function blob(path: string): Promise<Blob> {
  return (await send('GET', path, undefined, {})).blob();
}

/** Opens a fetched file in a new tab (object URL; the token never appears in a URL). */
export async function openFile(path: string): Promise<void> {
  // The tab is opened during the click (popup blockers allow that), and pointed at the file once fetched.
  const tab = window.open('', '_blank');
  try {
    const url = URL.createObjectURL(await blob(path));
    if (tab) tab.location.href = url;
    else window.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (err) {
    tab?.close();
    throw err;
  }
}

export async function download(path: string, filename: string): Promise<void> {
  const url = URL.createObjectURL(await blob(path));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function qs(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const del = <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, undefined, opts);
