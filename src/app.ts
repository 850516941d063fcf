/**
 * buildApp(deps): the Fastify instance with every module, without listening (tests use inject).
 * main.ts opens the database and keys, then calls this.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { SandboxClock } from './core/clock.ts';
import { systemClock } from './core/clock.ts';
import { SecretBox } from './core/crypto/at-rest.ts';
import type { Signer } from './core/crypto/signer.ts';
import type { Database } from './core/db.ts';
import { API_DESCRIPTION, registerGuidePage } from './core/http/docs-guide.ts';
import { documentOperations } from './core/http/docs-openapi.ts';
import { registerApiReference } from './core/http/docs-reference.ts';
import { registerErrorsPage } from './core/http/errors-page.ts';
import { registerProblemHandler } from './core/http/problem.ts';
import { registerRateLimit } from './core/http/rate-limit.ts';
import type { JobQueue } from './core/jobs.ts';
import { formatIstDate } from './domain/dates.ts';
import type { ActivityService } from './modules/audit/activity.service.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { registerActivityHooks } from './modules/audit/route-activity.ts';
import { adminGuard, bearerGuard } from './modules/auth/auth.plugin.ts';
import { AuthRepository } from './modules/auth/auth.repository.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { AuthService } from './modules/auth/auth.service.ts';
import { defineBulkJob } from './modules/bulk/bulk.job.ts';
import { BulkRepository } from './modules/bulk/bulk.repository.ts';
import { bulkRoutes } from './modules/bulk/bulk.routes.ts';
import { BulkService } from './modules/bulk/bulk.service.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.plugin.ts';
import { EinvoiceRepository } from './modules/einvoice/einvoice.repository.ts';
import { einvoiceRoutes } from './modules/einvoice/einvoice.routes.ts';
import { EinvoiceService } from './modules/einvoice/einvoice.service.ts';
import { ewaybillRoutes } from './modules/ewaybill/ewaybill.routes.ts';
import { EwaybillService } from './modules/ewaybill/ewaybill.service.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { registerIdempotency } from './modules/idempotency/idempotency.plugin.ts';
import { IdempotencyRepository } from './modules/idempotency/idempotency.repository.ts';
import { asyncGenerate } from './modules/jobs/async-generate.ts';
import { jobsRoutes } from './modules/jobs/jobs.routes.ts';
import { JobsService } from './modules/jobs/jobs.service.ts';
import { createJobQueue, registerJobs } from './modules/jobs/jobs.setup.ts';
import { NicCredentialsRepository } from './modules/nic-credentials/nic-credentials.repository.ts';
import { nicCredentialsRoutes } from './modules/nic-credentials/nic-credentials.routes.ts';
import { NicCredentialsService } from './modules/nic-credentials/nic-credentials.service.ts';
import { PrintService } from './modules/print/print.service.ts';
import { SandboxRepository } from './modules/sandbox/sandbox.repository.ts';
import { sandboxRoutes } from './modules/sandbox/sandbox.routes.ts';
import { SandboxService } from './modules/sandbox/sandbox.service.ts';
import { SandboxFaultsRepository } from './modules/sandbox/sandbox-faults.repository.ts';
import { sandboxFaultRoutes } from './modules/sandbox/sandbox-faults.routes.ts';
import { SandboxFaults } from './modules/sandbox/sandbox-faults.service.ts';
import { TtlCache } from './modules/taxpayer/taxpayer.cache.ts';
import { TaxpayerRepository } from './modules/taxpayer/taxpayer.repository.ts';
import { taxpayerRoutes } from './modules/taxpayer/taxpayer.routes.ts';
import { TaxpayerService } from './modules/taxpayer/taxpayer.service.ts';
import { gstgateKey, loadNicVerifyKeys } from './modules/verify/verify.keys.ts';
import { verifyRoutes } from './modules/verify/verify.routes.ts';
import { VerifyService } from './modules/verify/verify.service.ts';
import { registerBackground } from './modules/webhooks/background.ts';
import { webhooksRoutes } from './modules/webhooks/webhooks.routes.ts';
import type { WebhooksService } from './modules/webhooks/webhooks.service.ts';
import { createActivityServices } from './modules/webhooks/webhooks.wiring.ts';
import { createNicKeys, type NicKeys } from './nic/nic.keys.ts';
import { nicRoutes } from './nic/nic.plugin.ts';
import { NicRepository } from './nic/nic.repository.ts';
import { NicSessions } from './nic/nic.sessions.ts';
import { createNicProvider } from './providers/nic/nic.provider.ts';
import { withFaults } from './providers/sandbox/faults.ts';
import { createSandboxProvider } from './providers/sandbox/sandbox.provider.ts';
import type { Provider } from './providers/types.ts';

export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

export interface AppDeps {
  config: Config;
  database: Database;
  signer: Signer;
  /** The government clock (sandbox): document dates, windows, validity. */
  govClock: SandboxClock;
  adminKey: string;
  /**
   * RSA key pair of the sandbox's NIC wire protocol (/nic, GSTGATE_PROVIDER=sandbox): main.ts loads
   * it from the data dir; without it an ephemeral pair is made.
   */
  nicKeys?: NicKeys;
  /**
   * Key sealing webhook secrets at rest (core/secrets-key.ts): main.ts passes GSTGATE_SECRETS_KEY or
   * the data dir's key. Absent (tests): GSTGATE_SECRETS_KEY, else one ephemeral key per process.
   */
  secretsKey?: string;
  logger?: FastifyServerOptions['logger'];
}

export interface Services {
  auth: AuthService;
  einvoice: EinvoiceService;
  ewaybill: EwaybillService;
  sandbox: SandboxService;
  taxpayer: TaxpayerService;
  taxpayers: TaxpayerRepository;
  provider: Provider;
  /** Per-GSTIN NIC API credentials (GSTGATE_PROVIDER=nic only). */
  nicCredentials?: NicCredentialsService;
  /** Injected government-side faults (GSTGATE_PROVIDER=sandbox only, issue 6). */
  faults?: SandboxFaults;
  /** Audit log, webhook events and the e-way bill expiry scan (issue 6): `record(entry, event?)`, `scanExpiring()`. */
  activity: ActivityService;
  /** Webhook endpoints and their dispatcher (issue 6). */
  webhooks: WebhooksService;
  /** Asynchronous generation: the durable retry queue (pg-boss) and its jobs (issue 6). */
  jobs: JobsService;
  jobQueue: JobQueue;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

/** Log redaction: secrets never reach the logs. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-admin-key"]',
  'req.headers.cookie',
  'req.headers.client_secret',
  'req.headers["client-secret"]',
  'req.headers.authtoken',
  'req.headers["auth-token"]',
  '*.password',
  '*.app_key',
  '*.sek',
  '*.authtoken',
  '*.token',
  '*.clientSecret',
  '*.Password',
  '*.AppKey',
  '*.Sek',
];

/** One ephemeral NIC key pair per process for apps built without one (RSA generation costs ~0.2 s). */
let ephemeralNicKeys: Promise<NicKeys> | undefined;

export function createServices(deps: AppDeps): Services {
  const db = deps.database.db;
  const taxpayers = new TaxpayerRepository(db);
  const auth = new AuthService(new AuthRepository(db), systemClock, deps.config.GSTGATE_TOKEN_TTL_SECONDS);
  const config = deps.config;
  // Provider nic (issue 5): NIC's wire protocol with per-GSTIN credentials sealed under GSTGATE_SECRETS_KEY.
  const nicCredentials =
    config.GSTGATE_PROVIDER === 'nic'
      ? new NicCredentialsService(new NicCredentialsRepository(db), new SecretBox(config.GSTGATE_SECRETS_KEY as string), systemClock)
      : undefined;
  // Sandbox fault injection (issue 6): the sandbox provider is wrapped once, so the REST API and the
  // /nic wire protocol both meet the faults.
  const faults = nicCredentials ? undefined : new SandboxFaults(new SandboxFaultsRepository(db));
  const jobQueue = createJobQueue(deps.database, config);
  const provider = nicCredentials
    ? createNicProvider({
        config: {
          einvoiceUrl: config.GSTGATE_NIC_EINVOICE_URL as string,
          ewaybillUrl: config.GSTGATE_NIC_EWAYBILL_URL as string,
          commonapiUrl: config.GSTGATE_NIC_COMMONAPI_URL as string,
          commonapiClientId: config.GSTGATE_NIC_COMMONAPI_CLIENT_ID,
          commonapiClientSecret: config.GSTGATE_NIC_COMMONAPI_CLIENT_SECRET,
          publicKey: config.GSTGATE_NIC_PUBLIC_KEY as string,
          timeoutMs: config.GSTGATE_NIC_TIMEOUT_MS,
        },
        credentials: nicCredentials,
        clock: systemClock,
      })
    : withFaults(
        createSandboxProvider({
          db,
          taxpayers,
          signer: deps.signer,
          clock: deps.govClock,
          irp: {
            upperCaseDocNoFrom: config.GSTGATE_DOCNO_UPPERCASE_FROM,
            issuer: config.GSTGATE_SIGNED_ISSUER,
            getWindowDays: config.GSTGATE_IRP_GET_WINDOW_DAYS,
          },
        }),
        faults as SandboxFaults,
        { timeoutMs: config.GSTGATE_NIC_TIMEOUT_MS },
      );
  return {
    auth,
    taxpayers,
    provider,
    nicCredentials,
    faults,
    jobQueue,
    jobs: new JobsService(jobQueue),
    einvoice: new EinvoiceService(new EinvoiceRepository(db), provider.einvoice, { recoveryWaitMs: config.GSTGATE_RECOVERY_WAIT_MS }),
    ewaybill: new EwaybillService(provider.ewaybill),
    taxpayer: new TaxpayerService(provider.taxpayer, new TtlCache(deps.config.GSTGATE_TAXPAYER_CACHE_SECONDS, systemClock), {
      // NIC's sandboxes hold test GSTINs that fail the check character (reference B5.3): with either
      // provider such a GSTIN is asked for, and its structural failure is the answer when unknown.
      acceptTestIdentities: true,
    }),
    sandbox: new SandboxService(new SandboxRepository(db), taxpayers, auth, deps.govClock),
    ...createActivityServices({ db, config, govClock: deps.govClock, secretsKey: deps.secretsKey, version: VERSION }),
  };
}

/**
 * One access-log line per request instead of Fastify's two ("incoming request" + "request
 * completed" were ~10% of server CPU): the completed line carries req too, through the logger's
 * serializers and REDACT_PATHS like any line.
 */
class AccessLogController extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    logController: new AccessLogController(),
    bodyLimit: deps.config.GSTGATE_BODY_LIMIT_BYTES,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only (api.md §2): other media types get 415 instead of being parsed as text.
  app.removeContentTypeParser('text/plain');
  // Fastify's JSON parser, minus its two regex scans of the whole body for "__proto__"/"constructor"
  // keys (~5 ms of a 726 KB invoice): they can only match where one of these substrings occurs,
  // and then the usual parser (those keys still refused) runs. Same errors, same limits.
  const checkedJson = app.getDefaultJsonParser('error', 'error');
  const plainJson = app.getDefaultJsonParser('ignore', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: deps.config.GSTGATE_BODY_LIMIT_BYTES },
    (req, body, done) => {
      const text = body as string;
      const suspect = text.includes('__proto__') || text.includes('constructor') || text.includes('\\u00');
      return (suspect ? checkedJson : plainJson)(req, text, done);
    },
  );
  registerProblemHandler(app, deps.config.GSTGATE_BODY_LIMIT_BYTES);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });
  // Before any route: the limit is the first onRequest check (per token, else per IP), and
  // Idempotency-Key hooks wrap every bearer-authenticated POST (issue 6).
  await registerRateLimit(app, {
    perMinute: deps.config.GSTGATE_RATE_LIMIT_PER_MINUTE,
    redisUrl: deps.config.REDIS_URL,
    redisPrefix: deps.config.GSTGATE_REDIS_PREFIX,
  });
  registerIdempotency(app, {
    repo: new IdempotencyRepository(deps.database.db),
    clock: systemClock,
    waitMs: deps.config.GSTGATE_IDEMPOTENCY_WAIT_MS,
    // A claim still pending after the longest plausible request (several NIC calls) was abandoned.
    abandonAfterMs: Math.max(120_000, 3 * deps.config.GSTGATE_NIC_TIMEOUT_MS),
  });

  const services = createServices(deps);
  app.decorate('services', services);
  // The retry queue runs einvoice.generate jobs while the app does: started on ready, stopped gracefully on close.
  registerJobs(app, { queue: services.jobQueue, config: deps.config, einvoice: services.einvoice, activity: services.activity });
  // Bulk upload (issue 7): batches run on the same queue, as einvoice.bulk jobs.
  const bulk = new BulkService(
    new BulkRepository(deps.database.db),
    services.einvoice,
    services.jobQueue,
    deps.govClock,
    {
      maxRows: deps.config.GSTGATE_BULK_MAX_ROWS,
      concurrency: deps.config.GSTGATE_BULK_CONCURRENCY,
      staleAfterMs: deps.config.GSTGATE_JOB_TIMEOUT_SECONDS * 1000,
    },
    services.activity,
  );
  defineBulkJob(services.jobQueue, deps.config, bulk);
  // Before the routes: document actions are recorded by one hook (route config `activity`), and
  // the webhook dispatcher and e-way bill expiry scan run while the app does (issue 6).
  registerActivityHooks(app, services.activity);
  registerBackground(app, {
    activity: services.activity,
    dispatcher: services.webhooks.dispatcher,
    scanSeconds: deps.config.GSTGATE_EWB_SCAN_SECONDS,
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'gstgate API',
        version: VERSION,
        description: API_DESCRIPTION,
      },
      tags: [
        { name: 'Auth' },
        { name: 'e-Invoice', description: 'NIC IRP: INV-01 v1.1' },
        { name: 'e-Way Bill', description: 'NIC e-way bill system v1.03: NIC field names and 3-digit codes' },
        {
          name: 'GST taxpayer',
          description:
            'GST common portal public APIs: search (TP), returns (RETTRACK), filing preference (GETPREF), GSTIN verification, PAN',
        },
        { name: 'Webhooks', description: 'Signed event deliveries to your endpoints, with retries and a delivery log' },
        { name: 'Audit', description: 'Who did what to which document, when, with the request id' },
        { name: 'Jobs', description: 'Asynchronous generation: the durable retry queue' },
        { name: 'Sandbox control', description: 'Sandbox provider only; X-Admin-Key' },
        { name: 'Health' },
      ],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'Token from POST /v1/authenticate' },
          adminKey: { type: 'apiKey', in: 'header', name: 'X-Admin-Key' },
        },
      },
    },
    transform: jsonSchemaTransform,
    // Shared problem examples, the NIC API of each route, and the responses every route can give.
    transformObject: (document) =>
      'openapiObject' in document
        ? (documentOperations(document.openapiObject as Record<string, unknown>) as typeof document.openapiObject)
        : document.swaggerObject,
  });

  const requireToken = bearerGuard(services.auth);
  // Printable e-invoices and e-way bills (issue 7), read through the same services as the JSON GETs.
  const print = new PrintService(services.einvoice, new EinvoiceRepository(deps.database.db), services.ewaybill);
  await app.register(healthRoutes(deps.database, services.provider, VERSION));
  await app.register(authRoutes(services.auth));
  await app.register(
    einvoiceRoutes(
      services.einvoice,
      requireToken as never,
      asyncGenerate(services.jobs, { queueWhenDown: deps.config.GSTGATE_QUEUE_WHEN_DOWN }),
      print,
    ),
  );
  await app.register(jobsRoutes(services.jobs, requireToken as never));
  await app.register(
    bulkRoutes(bulk, requireToken as never, {
      maxBytes: deps.config.GSTGATE_BULK_MAX_BYTES,
      today: () => formatIstDate(deps.govClock.now()),
    }),
  );
  await app.register(ewaybillRoutes(services.ewaybill, requireToken as never, print));
  await app.register(taxpayerRoutes(services.taxpayer, requireToken as never));
  await app.register(webhooksRoutes(services.webhooks, requireToken as never));
  await app.register(auditRoutes(services.activity, requireToken as never));
  // QR / signed-document verification (issue 7): gstgate's signing key and NIC's certificates.
  const verifyService = new VerifyService([gstgateKey(deps.signer), ...loadNicVerifyKeys(deps.config.GSTGATE_NIC_VERIFY_CERT)], {
    maxPixels: deps.config.GSTGATE_VERIFY_MAX_MEGAPIXELS * 1e6,
    worker: true,
  });
  await app.register(
    verifyRoutes(verifyService, requireToken as never, {
      bodyLimit: deps.config.GSTGATE_VERIFY_BODY_LIMIT_BYTES,
      maxMegapixels: deps.config.GSTGATE_VERIFY_MAX_MEGAPIXELS,
    }),
  );
  if (services.nicCredentials) {
    await app.register(nicCredentialsRoutes(services.nicCredentials, adminGuard(deps.adminKey) as never));
  }
  if (deps.config.GSTGATE_PROVIDER === 'sandbox') {
    await app.register(sandboxRoutes(services.sandbox, adminGuard(deps.adminKey) as never));
    if (services.faults) await app.register(sandboxFaultRoutes(services.faults, adminGuard(deps.adminKey) as never));
    const sessions = new NicSessions(new NicRepository(deps.database.db), deps.govClock, deps.config.GSTGATE_NIC_TOKEN_MINUTES);
    if (!deps.nicKeys && !ephemeralNicKeys) ephemeralNicKeys = createNicKeys();
    const keys = deps.nicKeys ?? (await (ephemeralNicKeys as Promise<NicKeys>));
    await app.register(nicRoutes({ services, keys, sessions, clock: deps.govClock }), { prefix: '/nic' });
  }

  app.get(
    '/.well-known/jwks.json',
    {
      schema: {
        tags: ['e-Invoice'],
        summary: 'Public keys that verify SignedInvoice and SignedQRCode',
        description:
          "JWK set of gstgate's RS256 signing key: `kid` is the JWS header's (nic-einvoice.md §6.3). No token needed; POST /v1/einvoice/verify checks with it.",
      },
    },
    async () => ({
      keys: [deps.signer.jwk()],
    }),
  );

  // The dashboard (issue 7): the web app built from web/, at /app/.
  await app.register(dashboardRoutes());
  registerErrorsPage(app);
  registerGuidePage(app);
  registerApiReference(app, 'gstgate API');
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
