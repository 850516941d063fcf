/**
 * Shared pieces of the route tests: an `inject` wrapper that checks the HTTP invariants of api.md §2
 * on every response, problem+json assertions, invoice builders around the fixtures, and `openApp()`,
 * a sibling of buildTestApp() that also hands out the database handle (for row-level assertions,
 * persistence across a restart and custom loggers). No mocks: the real app on the real database.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { type AddressInfo, createServer } from 'node:net';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type AppDeps, buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { SandboxClock } from '../src/core/clock.ts';
import { loadOrCreateSigner, type Signer } from '../src/core/crypto/signer.ts';
import { type Database, dropSchema, openDatabase, rowsOf } from '../src/core/db.ts';
import { formatIstDate } from '../src/domain/dates.ts';
import { gstinCheckChar } from '../src/domain/gstin.ts';
import { type SampleInvoiceKind, sampleInvoice } from '../src/domain/invoice/fixtures.ts';
import type { Inv01 } from '../src/domain/invoice/inv01.schema.ts';
import { DEMO_USER, seedSandbox } from '../src/modules/sandbox/sandbox.seed.ts';
import { loadOrCreateNicKeys, type NicKeys } from '../src/nic/nic.keys.ts';

export const ADMIN_KEY = 'test-admin-key-0123456789';
export const DEMO_GSTIN = DEMO_USER.gstin;

/** A stack frame of our TypeScript sources, as it would look in a leaked stack trace. */
const STACK_FRAME = /\bat .*\.ts:\d+/;

/**
 * app.inject plus the invariants every response must keep (api.md §2): an X-Request-Id header, no
 * stack trace in the body, and every error as application/problem+json whose `code` is the first
 * entry of `errors`, whose `status` is the HTTP status and whose `requestId` is the header's.
 */
export async function call(app: FastifyInstance, opts: InjectOptions): Promise<LightMyRequestResponse> {
  const res = await app.inject(opts);
  const requestId = res.headers['x-request-id'];
  assert.equal(typeof requestId, 'string', `${opts.method} ${opts.url}: X-Request-Id missing`);
  assert.ok((requestId as string).length > 0);
  assert.doesNotMatch(res.body, STACK_FRAME, `${opts.method} ${opts.url}: stack trace in the body`);
  if (res.statusCode >= 400) {
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/, `${opts.method} ${opts.url}: ${res.body}`);
    const body = res.json();
    assert.equal(body.status, res.statusCode);
    assert.equal(typeof body.code, 'string');
    assert.ok(Array.isArray(body.errors) && body.errors.length > 0, 'errors[] must not be empty');
    assert.equal(body.code, body.errors[0].code, 'code must be errors[0].code');
    assert.equal(body.type, `/docs/errors#${body.code}`);
    assert.equal(typeof body.title, 'string');
    assert.equal(body.requestId, requestId);
    for (const e of body.errors) {
      assert.equal(typeof e.code, 'string');
      assert.equal(typeof e.message, 'string');
      assert.ok(e.message.length > 0);
    }
  }
  return res;
}

export interface ProblemJson {
  type: string;
  title: string;
  status: number;
  code: string;
  errors: { code: string; message: string; field?: string }[];
  info?: { InfCd: string; Desc: unknown }[];
  requestId: string;
}

/** Asserts a problem+json answer with this status and first code; returns the body. */
export function expectProblem(res: LightMyRequestResponse, status: number, code: string): ProblemJson {
  assert.equal(res.statusCode, status, `expected ${status} ${code}, got ${res.statusCode}: ${res.body}`);
  const body = res.json() as ProblemJson;
  assert.equal(body.code, code, `expected code ${code}: ${res.body}`);
  return body;
}

/** The codes of a problem body, in order. */
export const codesOf = (res: LightMyRequestResponse): string[] => (res.json() as ProblemJson).errors.map((e) => e.code);

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
export const admin = (key: string = ADMIN_KEY) => ({ 'x-admin-key': key });

let counter = 0;
/** A document number unique in this process (≤ 16 characters, NIC's limit). */
/** A loopback port that was free a moment ago and has nothing listening on it now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function docNo(prefix: string): string {
  counter += 1;
  return `${prefix}/${process.pid % 1000}-${counter}`;
}

/** dd/mm/yyyy of the government clock's IST day, shifted by whole days. */
export function govDate(clock: { now(): Date }, dayOffset = 0): string {
  return formatIstDate(new Date(clock.now().getTime() + dayOffset * 86_400_000));
}

/** A GSTIN with a valid check character: state + PAN + entity `1` + `Z`. */
export function validGstin(stateCode: string, pan: string): string {
  const first14 = `${stateCode}${pan}1Z`;
  return first14 + gstinCheckChar(first14);
}

/** The same GSTIN with a wrong check character. */
export function withBadCheckChar(gstin: string): string {
  const good = gstin[14];
  return gstin.slice(0, 14) + (good === 'A' ? 'B' : 'A');
}

export interface Party {
  gstin: string;
  stcd: string;
  pin: number;
}

/**
 * A valid invoice from a fixture, with a number, date and optionally other parties. For a moved
 * buyer the ship-to section is dropped (it would point to the fixture's buyer state, 2245) and the
 * POS follows the buyer's state.
 */
export function invoice(
  kind: SampleInvoiceKind,
  opts: { docNo: string; docDate: string; seller?: Party; buyer?: Party; ecmGstin?: string },
): Inv01 {
  const inv = sampleInvoice(kind, { docNo: opts.docNo, docDate: opts.docDate });
  if (opts.seller) {
    inv.SellerDtls.Gstin = opts.seller.gstin;
    inv.SellerDtls.Stcd = opts.seller.stcd;
    inv.SellerDtls.Pin = opts.seller.pin;
  }
  if (opts.buyer) {
    inv.BuyerDtls.Gstin = opts.buyer.gstin;
    inv.BuyerDtls.Stcd = opts.buyer.stcd;
    inv.BuyerDtls.Pos = opts.buyer.stcd;
    inv.BuyerDtls.Pin = opts.buyer.pin;
    delete inv.ShipDtls;
  }
  if (opts.ecmGstin) inv.TranDtls.EcmGstin = opts.ecmGstin;
  return inv;
}

export interface OwnApp {
  app: FastifyInstance;
  database: Database;
  clock: SandboxClock;
  signer: Signer;
  /** The NIC wire protocol's key pair (its public PEM is also at GET /nic/public-key). */
  nicKeys: NicKeys;
  adminKey: string;
  /** PostgreSQL schema of this app (only when DATABASE_URL is set). */
  schemaName?: string;
  login(gstin: string, username: string, password: string): Promise<string>;
  /** Closes the database under the running app (to test an outage); close() then skips it. */
  closeDatabase(): Promise<void>;
  /** Closes the app and the database; drops the PostgreSQL schema unless `keepSchema`. */
  close(opts?: { keepSchema?: boolean }): Promise<void>;
}

export interface OpenAppOptions {
  env?: Record<string, string>;
  /** PGlite data directory (default in memory); also where the signing key is kept. */
  dataDir?: string;
  /** PostgreSQL schema to use (default a fresh random one); ignored on PGlite. */
  schemaName?: string;
  logger?: AppDeps['logger'];
}

/**
 * The real app as main.ts starts it (migrate, load the persisted government clock, seed an empty
 * registry), on PGlite or — with DATABASE_URL — its own PostgreSQL schema; the database handle is
 * exposed so tests can look at the rows.
 */
let ephemeralSigner: Promise<Signer> | undefined;
function sharedEphemeralSigner(): Promise<Signer> {
  if (!ephemeralSigner) ephemeralSigner = loadOrCreateSigner(undefined);
  return ephemeralSigner;
}

let ephemeralNicKeys: Promise<NicKeys> | undefined;
function sharedEphemeralNicKeys(): Promise<NicKeys> {
  if (!ephemeralNicKeys) ephemeralNicKeys = loadOrCreateNicKeys(undefined);
  return ephemeralNicKeys;
}

export async function openApp(opts: OpenAppOptions = {}): Promise<OwnApp> {
  const databaseUrl = process.env.DATABASE_URL;
  const config = loadConfig({
    GSTGATE_ADMIN_KEY: ADMIN_KEY,
    // Suites send far more than 600 requests a minute with one token; the limit's own tests set theirs.
    GSTGATE_RATE_LIMIT_PER_MINUTE: '1000000',
    ...opts.env,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const schemaName = databaseUrl ? (opts.schemaName ?? `test_${randomBytes(6).toString('hex')}`) : undefined;
  const database = await openDatabase({ databaseUrl, dataDir: opts.dataDir ?? 'memory://', schemaName });
  // An in-memory app shares one ephemeral key per test process (RSA key generation costs ~0.4 s).
  const signer = await (opts.dataDir ? loadOrCreateSigner(opts.dataDir) : sharedEphemeralSigner());
  const nicKeys = await (opts.dataDir ? loadOrCreateNicKeys(opts.dataDir) : sharedEphemeralNicKeys());
  const clock = new SandboxClock();
  const app = await buildApp({ config, database, signer, govClock: clock, adminKey: ADMIN_KEY, nicKeys, logger: opts.logger });
  await app.services.sandbox.loadClock();
  await seedSandbox(app.services.sandbox, async () => (await app.services.taxpayers.count()) === 0);
  let databaseOpen = true;
  const closeDatabase = async () => {
    if (!databaseOpen) return;
    databaseOpen = false;
    await database.close();
  };
  return {
    app,
    database,
    clock,
    signer,
    nicKeys,
    adminKey: ADMIN_KEY,
    schemaName,
    async login(gstin, username, password) {
      const res = await app.inject({ method: 'POST', url: '/v1/authenticate', payload: { gstin, username, password } });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
      return res.json().token as string;
    },
    closeDatabase,
    async close(closeOpts = {}) {
      await app.close();
      await closeDatabase();
      if (databaseUrl && schemaName && !closeOpts.keepSchema) await dropSchema(databaseUrl, schemaName);
    },
  };
}

/** Rows of a raw SQL query on either driver (PGlite and node-postgres both answer `{ rows }`). */
export async function sqlRows<T = Record<string, unknown>>(database: Database, query: import('drizzle-orm').SQL): Promise<T[]> {
  return rowsOf<T>(await database.db.execute(query));
}
