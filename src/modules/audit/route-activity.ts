/**
 * Document actions through the API, recorded by one hook (issue 6). A route opts in with
 * `config: { activity: ROUTE_ACTIVITY.… }`; the hook then writes, for an authenticated caller:
 * - success: an audit row with the document id from the answer and, when the route has one, the
 *   webhook event (ActivityService.record: one INSERT statement); then `after` (e-way bill watch);
 * - 202 (queued as a job): an audit row naming the job; the job records the outcome as `system`;
 * - failure (4xx/5xx but 429 and Idempotency-Key refusals): an audit row with the error code, no event.
 * The answer object is taken before serialisation (preSerialization), so success costs no JSON
 * parsing; only failures parse their problem+json. Idempotent replays (Idempotent-Replayed) are
 * not recorded again. A failing audit write is logged and never fails the request.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { InfoDtl } from '../../providers/types.ts';
import type { AuthContext } from '../auth/auth.service.ts';
import { isRecovered } from '../einvoice/einvoice.recovery.ts';
import { type ActivityService, parseValidity } from './activity.service.ts';
import type { ActivityEntry, DocType, WebhookEventName } from './activity.ts';

type Obj = Record<string, unknown>;

/** The request as the hook sees it: the body after the route's validator (raw when validation failed). */
export interface RequestParts {
  body: unknown;
  params: unknown;
}

export interface RouteActivity {
  action: string;
  docType: DocType;
  /** The webhook event a success announces. */
  event?: WebhookEventName;
  /** The document acted on: from the answer on success, from the request alone on failure (best effort). */
  docId(req: RequestParts, response?: Obj): string | undefined;
  /** The event's `data` (with `event`). */
  data?(req: RequestParts, response: Obj, recovered: boolean): Obj;
  /** Small facts for the audit row of a success / of a failure. */
  detail?(req: RequestParts, response: Obj): Obj | undefined;
  failureDetail?(req: RequestParts): Obj | undefined;
  /** After a recorded success: e-way bill watch updates, a second record. */
  after?(ctx: AfterContext): Promise<void>;
}

export interface AfterContext {
  activity: ActivityService;
  /** gstin, actor, requestId of the acting request. */
  base: Pick<ActivityEntry, 'gstin' | 'actor' | 'requestId'>;
  req: RequestParts;
  response: Obj;
  recovered: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    activity?: RouteActivity;
  }
}

/** The audit actor of a token: its user name. */
export const actorOf = (auth: AuthContext): string => auth.username ?? `user:${auth.userId}`;

/** A member of a NIC body by name, in any key case, also inside the `{ action, Data }` envelope NIC clients send. */
function field(body: unknown, name: string): unknown {
  if (!body || typeof body !== 'object') return undefined;
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(body as Obj)) if (k.toLowerCase() === lower) return v;
  const data = (body as Obj).Data ?? (body as Obj).data;
  return data && typeof data === 'object' && data !== body ? field(data, name) : undefined;
}

const idText = (v: unknown): string | undefined =>
  (typeof v === 'string' && v.trim() !== '' && v.length <= 100) || typeof v === 'number' ? String(v).trim() : undefined;

const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});

const isoOrNull = (validity: unknown): string | null => {
  const parsed = typeof validity === 'string' ? parseValidity(validity) : null;
  return parsed ? parsed.toISOString() : null;
};

const ewbNoOfBody = (req: RequestParts) => idText(field(req.body, 'ewbNo'));

/** The e-way bill generated with an IRN (EwbDtls) is an e-way bill event of its own. */
async function ewayBillOfIrn(ctx: AfterContext, via: 'einvoice'): Promise<void> {
  const { response, req, activity, base } = ctx;
  const ewbNo = idText(response.EwbNo);
  // A recovered document's e-way bill is announced too: the lost answer never reached this hook, and
  // webhook delivery is at least once anyway (receivers de-duplicate on ewbNo).
  if (!ewbNo) return;
  const doc = obj(obj(req.body).DocDtls);
  await activity.record(
    {
      ...base,
      action: 'ewaybill.generate',
      docType: 'ewaybill',
      docId: ewbNo,
      outcome: 'success',
      detail: { irn: response.Irn, via, ...(ctx.recovered ? { recovered: true } : {}) },
    },
    {
      name: 'ewaybill.generated',
      data: {
        ewbNo: Number(ewbNo),
        ewbDate: response.EwbDt ?? null,
        validUpto: response.EwbValidTill ?? null,
        expiresAt: isoOrNull(response.EwbValidTill),
        irn: response.Irn,
        docType: doc.Typ ?? null,
        docNo: doc.No ?? null,
        docDate: doc.Dt ?? null,
        via,
        ...(ctx.recovered ? { recovered: true } : {}),
      },
    },
  );
  await activity.watchEwayBill(base.gstin, ewbNo, (response.EwbValidTill as string | null) ?? null);
}

/** Per-route activity: attach with `config: { activity: ROUTE_ACTIVITY.x }`. */
export const ROUTE_ACTIVITY = {
  einvoiceGenerate: {
    action: 'einvoice.generate',
    docType: 'einvoice',
    event: 'einvoice.generated',
    docId: (_req, res) => idText(res?.Irn),
    data: (req, res, recovered) => {
      const inv = obj(req.body);
      const doc = obj(inv.DocDtls);
      return {
        Irn: res.Irn,
        AckNo: res.AckNo,
        AckDt: res.AckDt,
        Status: res.Status,
        DocDtls: { Typ: doc.Typ ?? null, No: doc.No ?? null, Dt: doc.Dt ?? null },
        SellerGstin: obj(inv.SellerDtls).Gstin ?? null,
        BuyerGstin: obj(inv.BuyerDtls).Gstin ?? null,
        TotInvVal: obj(inv.ValDtls).TotInvVal ?? null,
        EwbNo: res.EwbNo ?? null,
        EwbDt: res.EwbDt ?? null,
        EwbValidTill: res.EwbValidTill ?? null,
        ...(recovered ? { recovered: true } : {}),
      };
    },
    detail: (req) => ({ docNo: obj(obj(req.body).DocDtls).No ?? null }),
    failureDetail: (req) => {
      const no = idText(field(field(req.body, 'DocDtls'), 'No'));
      return no ? { docNo: no } : undefined;
    },
    after: (ctx) => ewayBillOfIrn(ctx, 'einvoice'),
  },
  einvoiceCancel: {
    action: 'einvoice.cancel',
    docType: 'einvoice',
    event: 'einvoice.cancelled',
    docId: (req, res) => idText(res?.Irn) ?? idText(field(req.body, 'Irn')),
    data: (req, res) => ({ Irn: res.Irn, CancelDate: res.CancelDate, CnlRsn: field(req.body, 'CnlRsn') ?? null }),
    detail: (req) => ({ reason: field(req.body, 'CnlRsn') ?? null }),
  },
  ewaybillByIrn: {
    action: 'ewaybill.generate-by-irn',
    docType: 'ewaybill',
    event: 'ewaybill.generated',
    docId: (_req, res) => idText(res?.EwbNo),
    data: (req, res) => ({
      ewbNo: res.EwbNo,
      ewbDate: res.EwbDt ?? null,
      validUpto: res.EwbValidTill ?? null,
      expiresAt: isoOrNull(res.EwbValidTill),
      irn: field(req.body, 'Irn') ?? null,
      via: 'irn',
    }),
    detail: (req) => ({ irn: field(req.body, 'Irn') ?? null }),
    failureDetail: (req) => {
      const irn = idText(field(req.body, 'Irn'));
      return irn ? { irn } : undefined;
    },
    after: ({ activity, base, response }) =>
      activity.watchEwayBill(base.gstin, String(response.EwbNo), (response.EwbValidTill as string | null) ?? null),
  },
  ewaybillGenerate: {
    action: 'ewaybill.generate',
    docType: 'ewaybill',
    event: 'ewaybill.generated',
    docId: (_req, res) => idText(res?.ewayBillNo),
    data: (req, res) => ({
      ewbNo: res.ewayBillNo,
      ewbDate: res.ewayBillDate ?? null,
      validUpto: res.validUpto ?? null,
      expiresAt: isoOrNull(res.validUpto),
      docType: field(req.body, 'docType') ?? null,
      docNo: field(req.body, 'docNo') ?? null,
      docDate: field(req.body, 'docDate') ?? null,
      fromGstin: field(req.body, 'fromGstin') ?? null,
      toGstin: field(req.body, 'toGstin') ?? null,
      via: 'ewaybill',
    }),
    detail: (req) => ({ docNo: field(req.body, 'docNo') ?? null }),
    failureDetail: (req) => {
      const no = idText(field(req.body, 'docNo'));
      return no ? { docNo: no } : undefined;
    },
    after: ({ activity, base, response }) =>
      activity.watchEwayBill(base.gstin, String(response.ewayBillNo), (response.validUpto as string | null) ?? null),
  },
  ewaybillPartB: {
    action: 'ewaybill.update-partb',
    docType: 'ewaybill',
    docId: ewbNoOfBody,
    detail: (req, res) => ({ vehicleNo: field(req.body, 'vehicleNo') ?? null, validUpto: res.validUpto ?? null }),
    // A Part-B answers the (possibly first) validity: a Part-A slip becomes watchable here.
    after: async ({ activity, base, req, response }) => {
      const ewbNo = ewbNoOfBody(req);
      if (ewbNo && response.validUpto) await activity.watchEwayBill(base.gstin, ewbNo, response.validUpto as string);
    },
  },
  ewaybillTransporter: {
    action: 'ewaybill.update-transporter',
    docType: 'ewaybill',
    docId: (req, res) => idText(res?.ewayBillNo) ?? ewbNoOfBody(req),
    detail: (req) => ({ transporterId: field(req.body, 'transporterId') ?? null }),
  },
  ewaybillExtend: {
    action: 'ewaybill.extend',
    docType: 'ewaybill',
    docId: (req, res) => idText(res?.ewayBillNo) ?? ewbNoOfBody(req),
    detail: (req, res) => ({ validUpto: res.validUpto ?? null, reason: field(req.body, 'extnRsnCode') ?? null }),
    after: async ({ activity, base, req, response }) => {
      const ewbNo = idText(response.ewayBillNo) ?? ewbNoOfBody(req);
      if (ewbNo && response.validUpto) await activity.watchEwayBill(base.gstin, ewbNo, response.validUpto as string);
    },
  },
  ewaybillCancel: {
    action: 'ewaybill.cancel',
    docType: 'ewaybill',
    docId: (req, res) => idText(res?.ewayBillNo) ?? ewbNoOfBody(req),
    detail: (req) => ({ reason: field(req.body, 'cancelRsnCode') ?? null }),
    after: ({ activity, req, response }) => activity.closeEwayBill(idText(response.ewayBillNo) ?? (ewbNoOfBody(req) as string)),
  },
  ewaybillReject: {
    action: 'ewaybill.reject',
    docType: 'ewaybill',
    docId: (req, res) => idText(res?.ewayBillNo) ?? ewbNoOfBody(req),
    after: ({ activity, req, response }) => activity.closeEwayBill(idText(response.ewayBillNo) ?? (ewbNoOfBody(req) as string)),
  },
  ewaybillConsolidate: {
    action: 'ewaybill.consolidate',
    docType: 'consolidated-ewaybill',
    docId: (_req, res) => idText(res?.cEwbNo),
    detail: (req) => ({ ewbNos: (field(req.body, 'ewbNos') as unknown[] | undefined) ?? null }),
  },
  ewaybillRegenerate: {
    action: 'ewaybill.regenerate-tripsheet',
    docType: 'consolidated-ewaybill',
    docId: (req, res) => idText(res?.cEwbNo) ?? idText(obj(req.params).cEwbNo),
    detail: (req) => ({ previous: idText(obj(req.params).cEwbNo) ?? null }),
  },
  ewaybillMultiInitiate: {
    action: 'ewaybill.multi-vehicle-initiate',
    docType: 'ewaybill',
    docId: ewbNoOfBody,
    detail: (_req, res) => ({ groupNo: res.groupNo ?? null }),
  },
  ewaybillMultiAdd: {
    action: 'ewaybill.multi-vehicle-add',
    docType: 'ewaybill',
    docId: ewbNoOfBody,
    detail: (req) => ({ groupNo: idText(field(req.body, 'groupNo')) ?? null, vehicleNo: field(req.body, 'vehicleNo') ?? null }),
  },
  ewaybillMultiChange: {
    action: 'ewaybill.multi-vehicle-change',
    docType: 'ewaybill',
    docId: ewbNoOfBody,
    detail: (req) => ({ groupNo: idText(field(req.body, 'groupNo')) ?? null, newVehicleNo: field(req.body, 'newVehicleNo') ?? null }),
  },
} satisfies Record<string, RouteActivity>;

/** Answers kept between preSerialization and onSend (only for routes with activity). */
const answers = new WeakMap<FastifyRequest, Obj>();

/** A serialised JSON answer as an object ({} when it is not one). */
function parseObject(payload: unknown): Obj {
  try {
    const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : undefined;
    return obj(text ? JSON.parse(text) : undefined);
  } catch {
    return {};
  }
}

function problemCodes(payload: unknown): { code?: string; codes: string[] } {
  const body = parseObject(payload) as { code?: string; errors?: { code?: string }[] };
  return {
    code: typeof body.code === 'string' ? body.code : undefined,
    codes: (Array.isArray(body.errors) ? body.errors : []).map((e) => String(e?.code)).slice(0, 20),
  };
}

async function recordRoute(
  activity: ActivityService,
  route: RouteActivity,
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
) {
  const auth = request.auth as AuthContext;
  const base = { gstin: auth.gstin, actor: actorOf(auth), requestId: String(request.id) };
  const req: RequestParts = { body: request.body, params: request.params };
  const status = reply.statusCode;
  if (status >= 400) {
    const { code, codes } = problemCodes(payload);
    // The request never ran (a reused or busy Idempotency-Key): nothing happened to a document.
    if (code?.startsWith('IDEMPOTENCY_')) return;
    await activity.record({
      ...base,
      action: route.action,
      docType: route.docType,
      docId: route.docId(req),
      outcome: 'failure',
      detail: { status, code: code ?? String(status), ...(codes.length > 1 ? { codes } : {}), ...route.failureDetail?.(req) },
    });
    return;
  }
  const response = answers.get(request) ?? parseObject(payload);
  if (status === 202) {
    // Queued (async or upstream down): the job is the document for now.
    await activity.record({
      ...base,
      action: route.action,
      docType: 'job',
      docId: idText(response.jobId),
      outcome: 'success',
      detail: { queued: true, reason: response.reason ?? null },
    });
    return;
  }
  const recovered = reply.getHeader('x-gstgate-recovered') === 'true';
  await activity.record(
    {
      ...base,
      action: route.action,
      docType: route.docType,
      docId: route.docId(req, response),
      outcome: 'success',
      detail: { ...route.detail?.(req, response), ...(recovered ? { recovered: true } : {}) },
    },
    route.event && route.data ? { name: route.event, data: route.data(req, response, recovered) } : undefined,
  );
  await route.after?.({ activity, base, req, response, recovered });
}

/** The hooks that record document actions of routes with `config.activity`. Register before the routes. */
export function registerActivityHooks(app: FastifyInstance, activity: ActivityService): void {
  app.addHook('preSerialization', async (request, _reply, payload) => {
    if (request.routeOptions.config.activity && payload && typeof payload === 'object') answers.set(request, payload as Obj);
    return payload;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.config.activity;
    // 429: a flood must not turn into audit writes.
    if (!route || !request.auth || reply.statusCode === 429 || reply.getHeader('idempotent-replayed')) return payload;
    try {
      await recordRoute(activity, route, request, reply, payload);
    } catch (err) {
      request.log.error({ err, action: route.action }, 'could not record the activity');
    }
    return payload;
  });
}

/**
 * An IRN generated outside a request (a queued job, a bulk batch), recorded as the route records a
 * synchronous generate: the same audit row and einvoice.generated data, the e-way bill made with
 * EwbDtls announced too, as `system`. `context` (job or batch id, who asked) goes into the detail and
 * the event data.
 */
export async function recordGenerated(
  activity: ActivityService,
  opts: { gstin: string; requestId?: string; invoice: unknown; result: object; context: Record<string, unknown> },
): Promise<void> {
  const spec: RouteActivity = ROUTE_ACTIVITY.einvoiceGenerate;
  const req = { body: opts.invoice, params: {} };
  const response = opts.result as Obj;
  const recovered = isRecovered(response as { info?: InfoDtl[] });
  const base = { gstin: opts.gstin, actor: 'system', requestId: opts.requestId };
  await activity.record(
    {
      ...base,
      action: spec.action,
      docType: spec.docType,
      docId: idText(response.Irn),
      outcome: 'success',
      detail: { ...spec.detail?.(req, response), ...(recovered ? { recovered: true } : {}), ...opts.context },
    },
    spec.event && spec.data ? { name: spec.event, data: { ...spec.data(req, response, recovered), ...opts.context } } : undefined,
  );
  await spec.after?.({ activity, base, req, response, recovered });
}
