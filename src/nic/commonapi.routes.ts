/**
 * The GST common portal's public taxpayer APIs as GSPs call them, under /nic/commonapi (issue 5;
 * reference nic-ewaybill-gst.md B0–B4), answered by the sandbox portal (services.provider.taxpayer)
 * from the shared registry.
 *
 *   GET /v1.1/search?action=TP&gstin=            B1 (also v1.3, v0.3: any vN.N; TaxPro's `searchgstin`
 *                                                     names the target when `gstin` is the caller)
 *   GET /v1.0/returns?action=RETTRACK&gstin=&fy=[&type=]   B2 (`type` filters rtntype: R1 → GSTR1, R3B → GSTR3B …)
 *   GET /v1.0/returns?action=GETPREF&gstin=&fy=   B3
 *   GET /v1.1/search?action=TPPAN&pan=[&state=]   B4 EMULATOR EXTENSION (not a GSTN action):
 *                                                     {gstinResList: [{gstin, authStatus, stateCd}]}
 * Paths, action values and query names match case-insensitively.
 *
 * Envelope: `{status_cd: "1", data: {...}}` (data as a JSON object, B0) or
 * `{status_cd: "0", error: {error_cd, message}}`, HTTP 200 (404 for an unknown path, 500 internal).
 *
 * Authentication (B0 says it is GSP-specific; our choice): the headers of a sandbox NIC client
 * (POST /v1/sandbox/clients) — `client-id` / `client-secret`, GSTN's `clientid` and the
 * `client_id` / `client_secret` spellings accepted. No user session or token: these are the
 * portal's public actions (an authtoken header is ignored).
 *
 * Codes (B2 RET13510; the rest are our catalogue's, so the nic provider maps them back to the same
 * problem the REST API gives):
 *   UNAUTHORIZED            client headers missing, unknown or wrong
 *   INVALID_GSTIN_LENGTH / _FORMAT / _STATE_CODE / _CHECKSUM   malformed GSTIN (the first rule that
 *                           failed; message names it). A registry test identity that fails the check
 *                           character (NIC's own sandbox GSTINs, B5.3) is still served.
 *   INVALID_PAN             TPPAN with a malformed PAN
 *   VALIDATION_FAILED       missing gstin / fy, fy not YYYY-YY, unknown action
 *   NOT_FOUND               GSTIN not in the registry (every action); TPPAN: no GSTIN for the PAN
 *   RET13510                RETTRACK with no filing in that FY (and type); GETPREF with no quarter
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { catalogue, formatMessage, GstError, type Problem, problem } from '../core/errors.ts';
import { isGstinFormat, isValidPan, parseGstin } from '../domain/gstin.ts';
import { normalizeStateCode } from '../domain/states.ts';
import { isValidFy } from '../domain/taxpayer/returns.ts';
import type { NicDeps } from './nic.plugin.ts';
import { headerOf, upstreamStatusOf } from './nic.wire.ts';

const hidden = { schema: { hide: true } } as const;

export const NO_RECORDS = { error_cd: 'RET13510', message: 'No Record found for the provided Inputs' } as const;

/** A portal failure with its own code and message (RET13510 and our catalogue codes). */
class PortalError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PortalError';
  }
}

function portalFail(code: string, params: readonly (string | number)[] = []): never {
  const entry = catalogue[code];
  throw new PortalError(code, entry ? formatMessage(entry.message, params) : code);
}

/** RETTRACK `type` shorthands (GSP clients send R1, R3B …) → rtntype; anything else compared as given. */
const RETURN_TYPE_ALIASES: Record<string, string> = {
  R1: 'GSTR1',
  R1A: 'GSTR1A',
  R3B: 'GSTR3B',
  R4: 'GSTR4',
  R5: 'GSTR5',
  R6: 'GSTR6',
  R7: 'GSTR7',
  R8: 'GSTR8',
  R9: 'GSTR9',
  R9C: 'GSTR9C',
};

function failure(code: string, message: string) {
  return { status_cd: '0' as const, error: { error_cd: code, message } };
}

/** Anything thrown → the portal's failure envelope and HTTP status. */
export function commonapiFailure(err: unknown): { body: ReturnType<typeof failure>; httpStatus: number; internal: boolean } {
  if (err instanceof PortalError) return { body: failure(err.code, err.message), httpStatus: 200, internal: false };
  if (err instanceof GstError) {
    const first: Problem = err.errors[0];
    return { body: failure(first.code, first.message), httpStatus: upstreamStatusOf(err) ?? 200, internal: false };
  }
  const e = err as { statusCode?: number };
  if (err instanceof SyntaxError || (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500)) {
    return { body: failure('VALIDATION_FAILED', 'Invalid request'), httpStatus: 200, internal: false };
  }
  return { body: failure('INTERNAL', catalogue.INTERNAL.message), httpStatus: 500, internal: true };
}

export function commonapiNicRoutes(deps: NicDeps): FastifyPluginAsync {
  const portal = deps.services.provider.taxpayer;

  /** B5: a well-formed GSTIN; a registry test identity failing the stricter rules is served too. */
  async function gstinOf(raw: string): Promise<string> {
    if (!raw) portalFail('VALIDATION_FAILED', ['gstin is required']);
    const info = parseGstin(raw);
    if (info.problems.length === 0) return info.gstin;
    if (isGstinFormat(info.gstin) && (await deps.services.taxpayers.findByGstin(info.gstin))) return info.gstin;
    throw new GstError([info.problems[0]]);
  }

  function fyOf(q: Map<string, string>): string {
    const fy = q.get('fy') ?? '';
    if (!isValidFy(fy)) portalFail('VALIDATION_FAILED', [`fy must be a financial year YYYY-YY, e.g. 2024-25: ${fy}`]);
    return fy;
  }

  async function search(q: Map<string, string>): Promise<unknown> {
    const action = (q.get('action') ?? '').toUpperCase();
    if (action === 'TP') return portal.search(await gstinOf(q.get('searchgstin') || q.get('gstin') || ''));
    if (action === 'TPPAN') {
      const pan = (q.get('pan') ?? '').toUpperCase();
      if (!isValidPan(pan)) throw new GstError([problem('INVALID_PAN', [pan])]);
      const state = q.get('state') || q.get('statecd') || q.get('state_code');
      const rows = (await portal.gstinsOfPan(pan)).filter((r) => !state || r.stateCode === normalizeStateCode(state));
      if (rows.length === 0) portalFail('NOT_FOUND', [`No GSTIN is registered for PAN ${pan}${state ? ` in state ${state}` : ''}`]);
      return { gstinResList: rows.map((r) => ({ gstin: r.gstin, authStatus: r.sts, stateCd: r.stateCode })) };
    }
    portalFail('VALIDATION_FAILED', [`Unknown action ${action || '(none)'}: use TP (or the emulator's TPPAN)`]);
  }

  async function returns(q: Map<string, string>): Promise<unknown> {
    const action = (q.get('action') ?? '').toUpperCase();
    if (action === 'RETTRACK') {
      const gstin = await gstinOf(q.get('searchgstin') || q.get('gstin') || '');
      const fy = fyOf(q);
      const type = (q.get('type') ?? '').toUpperCase();
      const wanted = RETURN_TYPE_ALIASES[type] ?? type;
      const { EFiledlist } = await portal.returns(gstin, fy);
      const list = wanted ? EFiledlist.filter((f) => f.rtntype === wanted) : EFiledlist;
      if (list.length === 0) throw new PortalError(NO_RECORDS.error_cd, NO_RECORDS.message);
      return { EFiledlist: list };
    }
    if (action === 'GETPREF') {
      const gstin = await gstinOf(q.get('searchgstin') || q.get('gstin') || '');
      const out = await portal.preference(gstin, fyOf(q));
      if (out.response.length === 0) throw new PortalError(NO_RECORDS.error_cd, NO_RECORDS.message);
      return out;
    }
    portalFail('VALIDATION_FAILED', [`Unknown action ${action || '(none)'}: use RETTRACK or GETPREF`]);
  }

  const send = (request: FastifyRequest, reply: FastifyReply, err: unknown) => {
    const f = commonapiFailure(err);
    if (f.internal) request.log.error({ err }, 'NIC commonapi request failed');
    return reply.status(f.httpStatus).type('application/json; charset=utf-8').send(f.body);
  };

  return async (app) => {
    app.setErrorHandler((err: unknown, request, reply) => send(request, reply, err));
    app.setNotFoundHandler((request, reply) =>
      reply
        .status(404)
        .type('application/json; charset=utf-8')
        .send(failure('ROUTE_NOT_FOUND', formatMessage(catalogue.ROUTE_NOT_FOUND.message, [request.method, request.url.split('?')[0]]))),
    );

    app.get('/*', hidden, async (request, reply) => {
      const rest = ((request.params as { '*'?: string })['*'] ?? '')
        .toLowerCase()
        .replace(/^\/+|\/+$/g, '')
        .replace(/^commonapi\//, '');
      const m = /^v[0-9]+\.[0-9]+\/(search|returns)$/.exec(rest);
      if (!m) {
        return reply
          .status(404)
          .type('application/json; charset=utf-8')
          .send(failure('ROUTE_NOT_FOUND', formatMessage(catalogue.ROUTE_NOT_FOUND.message, [request.method, request.url.split('?')[0]])));
      }
      const clientId = headerOf(request, 'client-id', 'clientid', 'client_id');
      const secret = headerOf(request, 'client-secret', 'client_secret', 'clientsecret');
      if (!(await deps.sessions.verifyClient(clientId, secret))) {
        return reply.type('application/json; charset=utf-8').send(failure('UNAUTHORIZED', 'Invalid client-id/client-secret'));
      }
      const q = new Map<string, string>();
      for (const [k, v] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
        const s = Array.isArray(v) ? v[0] : v;
        if (typeof s === 'string') q.set(k.toLowerCase(), s.trim());
      }
      const data = m[1] === 'search' ? await search(q) : await returns(q);
      return { status_cd: '1', data };
    });
  };
}
