/**
 * buildApp(deps): the Fastify instance with every module, without listening (tests use inject).
 * main.ts opens the database and keys, then calls this.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { SandboxClock } from './core/clock.ts';
import { systemClock } from './core/clock.ts';
import { SecretBox } from './core/crypto/at-rest.ts';
import type { Signer } from './core/crypto/signer.ts';
import type { Database } from './core/db.ts';
import { registerErrorsPage } from './core/http/errors-page.ts';
import { registerProblemHandler } from './core/http/problem.ts';
import { adminGuard, bearerGuard } from './modules/auth/auth.plugin.ts';
import { AuthRepository } from './modules/auth/auth.repository.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { AuthService } from './modules/auth/auth.service.ts';
import { EinvoiceRepository } from './modules/einvoice/einvoice.repository.ts';
import { einvoiceRoutes } from './modules/einvoice/einvoice.routes.ts';
import { EinvoiceService } from './modules/einvoice/einvoice.service.ts';
import { ewaybillRoutes } from './modules/ewaybill/ewaybill.routes.ts';
import { EwaybillService } from './modules/ewaybill/ewaybill.service.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { NicCredentialsRepository } from './modules/nic-credentials/nic-credentials.repository.ts';
import { nicCredentialsRoutes } from './modules/nic-credentials/nic-credentials.routes.ts';
import { NicCredentialsService } from './modules/nic-credentials/nic-credentials.service.ts';
import { SandboxRepository } from './modules/sandbox/sandbox.repository.ts';
import { sandboxRoutes } from './modules/sandbox/sandbox.routes.ts';
import { SandboxService } from './modules/sandbox/sandbox.service.ts';
import { TtlCache } from './modules/taxpayer/taxpayer.cache.ts';
import { TaxpayerRepository } from './modules/taxpayer/taxpayer.repository.ts';
import { taxpayerRoutes } from './modules/taxpayer/taxpayer.routes.ts';
import { TaxpayerService } from './modules/taxpayer/taxpayer.service.ts';
import { createNicKeys, type NicKeys } from './nic/nic.keys.ts';
import { nicRoutes } from './nic/nic.plugin.ts';
import { NicRepository } from './nic/nic.repository.ts';
import { NicSessions } from './nic/nic.sessions.ts';
import { createNicProvider } from './providers/nic/nic.provider.ts';
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
    : createSandboxProvider({
        db,
        taxpayers,
        signer: deps.signer,
        clock: deps.govClock,
        irp: {
          upperCaseDocNoFrom: config.GSTGATE_DOCNO_UPPERCASE_FROM,
          issuer: config.GSTGATE_SIGNED_ISSUER,
          getWindowDays: config.GSTGATE_IRP_GET_WINDOW_DAYS,
        },
      });
  return {
    auth,
    taxpayers,
    provider,
    nicCredentials,
    einvoice: new EinvoiceService(new EinvoiceRepository(db), provider.einvoice),
    ewaybill: new EwaybillService(provider.ewaybill),
    taxpayer: new TaxpayerService(provider.taxpayer, new TtlCache(deps.config.GSTGATE_TAXPAYER_CACHE_SECONDS, systemClock), {
      // NIC's sandboxes hold test GSTINs that fail the check character (reference B5.3): with either
      // provider such a GSTIN is asked for, and its structural failure is the answer when unknown.
      acceptTestIdentities: true,
    }),
    sandbox: new SandboxService(new SandboxRepository(db), taxpayers, auth, deps.govClock),
  };
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
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
  registerProblemHandler(app, deps.config.GSTGATE_BODY_LIMIT_BYTES);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });

  const services = createServices(deps);
  app.decorate('services', services);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'gstgate API',
        version: VERSION,
        description:
          'Self-hostable GST API platform for India: e-Invoice (IRP), e-Way Bill and GST taxpayer APIs behind one bearer-token REST API, ' +
          'with a faithful offline sandbox of the NIC systems. Government payloads keep NIC field names; errors are application/problem+json ' +
          'with NIC codes where NIC has one.',
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
  });

  const requireToken = bearerGuard(services.auth);
  await app.register(healthRoutes(deps.database, services.provider, VERSION));
  await app.register(authRoutes(services.auth));
  await app.register(einvoiceRoutes(services.einvoice, requireToken as never));
  await app.register(ewaybillRoutes(services.ewaybill, requireToken as never));
  await app.register(taxpayerRoutes(services.taxpayer, requireToken as never));
  if (services.nicCredentials) {
    await app.register(nicCredentialsRoutes(services.nicCredentials, adminGuard(deps.adminKey) as never));
  }
  if (deps.config.GSTGATE_PROVIDER === 'sandbox') {
    await app.register(sandboxRoutes(services.sandbox, adminGuard(deps.adminKey) as never));
    const sessions = new NicSessions(new NicRepository(deps.database.db), deps.govClock, deps.config.GSTGATE_NIC_TOKEN_MINUTES);
    if (!deps.nicKeys && !ephemeralNicKeys) ephemeralNicKeys = createNicKeys();
    const keys = deps.nicKeys ?? (await (ephemeralNicKeys as Promise<NicKeys>));
    await app.register(nicRoutes({ services, keys, sessions, clock: deps.govClock }), { prefix: '/nic' });
  }

  app.get(
    '/.well-known/jwks.json',
    { schema: { tags: ['e-Invoice'], summary: 'Public keys that verify SignedInvoice and SignedQRCode' } },
    async () => ({
      keys: [deps.signer.jwk()],
    }),
  );

  registerErrorsPage(app);
  await app.register(scalar, { routePrefix: '/docs', configuration: { title: 'gstgate API' } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
