/**
 * NIC's own wire protocol, answered by the sandbox (issue 5, api.md §8): a client written for NIC
 * works against gstgate with only its base URL changed.
 *   GET  /nic/public-key    the PEM clients RSA-encrypt their auth payload with (text/plain)
 *   /nic/einvoice/...       IRP (einvoice.routes.ts)
 *   /nic/ewaybill/...       e-way bill system (ewaybill.routes.ts)
 *   /nic/commonapi/...      GST common portal public APIs (commonapi.routes.ts)
 * Registered only with GSTGATE_PROVIDER=sandbox. Every route is hidden from OpenAPI and answers
 * NIC envelopes, never problem+json: this plugin sets its own error and not-found handlers (the
 * e-invoice envelope by default; a sub-surface may set its own in its context) and reads bodies of
 * any content type as JSON. The surfaces call the PROVIDER (the government side) directly, not the
 * gateway services, so NIC's rules (e.g. the IRP's 2-day get window, 2283) hold as at NIC.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../app.ts';
import type { Clock } from '../core/clock.ts';
import { commonapiNicRoutes } from './commonapi.routes.ts';
import { einvoiceNicRoutes } from './einvoice.routes.ts';
import { ewaybillNicRoutes } from './ewaybill.routes.ts';
import type { NicKeys } from './nic.keys.ts';
import type { NicSessions } from './nic.sessions.ts';
import { acceptAnyJson, useEinvoiceEnvelope } from './nic.wire.ts';

export interface NicDeps {
  services: Services;
  keys: NicKeys;
  sessions: NicSessions;
  /** The government (sandbox) clock. */
  clock: Clock;
}

export function nicRoutes(deps: NicDeps): FastifyPluginAsync {
  return async (app) => {
    acceptAnyJson(app);
    useEinvoiceEnvelope(app);

    app.get('/public-key', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send(deps.keys.publicPem),
    );

    await app.register(einvoiceNicRoutes(deps), { prefix: '/einvoice' });
    await app.register(ewaybillNicRoutes(deps), { prefix: '/ewaybill' });
    await app.register(commonapiNicRoutes(deps), { prefix: '/commonapi' });
  };
}
