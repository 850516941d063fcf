/**
 * GSTGATE_PROVIDER=nic (issue 5): every suite's calls go to the configured government base URLs over
 * NIC's wire protocol, with the caller's GSTIN's stored credentials. Answers are NIC's own (the
 * sandbox provider reproduces them), normalised to the provider interfaces' types.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Clock } from '../../core/clock.ts';
import { fail, GstError } from '../../core/errors.ts';
import type {
  CancelEwbRequest,
  ConsolidateRequest,
  EwayBillDetails,
  EwbListRow,
  ExtendRequest,
  GenerateEwbRequest,
  GenerateEwbResult,
  MultiVehicleAddRequest,
  MultiVehicleChangeRequest,
  MultiVehicleInitiateRequest,
  PartBRequest,
  RegenerateTripSheetRequest,
  RejectEwbRequest,
  TransporterUpdateRequest,
  TripSheet,
} from '../../domain/ewaybill/types.ts';
import type { Filing } from '../../domain/taxpayer/returns.ts';
import type { NicCredentialsService } from '../../modules/nic-credentials/nic-credentials.service.ts';
import type { IrpGstinMaster } from '../../modules/taxpayer/registry.ts';
import type {
  CancelIrnRequest,
  CancelIrnResult,
  DocumentKey,
  EinvoiceProvider,
  EwaybillProvider,
  EwbByIrnRequest,
  EwbByIrnResult,
  EwbListRole,
  EwbOfIrn,
  InfoDtl,
  IrnDocument,
  PanRegistration,
  Provider,
  ProviderSession,
  TaxpayerProvider,
  TaxpayerSearchResult,
  TaxpayerStatus,
} from '../types.ts';
import { withInvoiceFields } from './nic.fields.ts';
import { NicCommonapiClient } from './nic-commonapi.client.ts';
import { NicEinvoiceClient } from './nic-einvoice.client.ts';
import { NicEwaybillClient } from './nic-ewaybill.client.ts';

export interface NicProviderConfig {
  einvoiceUrl: string;
  ewaybillUrl: string;
  commonapiUrl: string;
  commonapiClientId?: string;
  commonapiClientSecret?: string;
  /** PEM text, a path to a PEM file, or base64 DER (SPKI). */
  publicKey: string;
  timeoutMs: number;
}

/** NIC's public key from config: PEM text (literal `\n` accepted, as env files often carry it), a file path, or base64 DER. */
export function loadNicPublicKey(value: string): KeyObject {
  let text = value.trim();
  if (!text.includes('-----BEGIN') && existsSync(text)) text = readFileSync(text, 'utf8').trim();
  text = text.replace(/\\n/g, '\n');
  try {
    if (text.includes('-----BEGIN')) return createPublicKey(text);
    return createPublicKey({ key: Buffer.from(text.replace(/\s+/g, ''), 'base64'), format: 'der', type: 'spki' });
  } catch {
    throw new Error('GSTGATE_NIC_PUBLIC_KEY: not a readable RSA public key (PEM text, a PEM file path or base64 DER)');
  }
}

const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** §4.1/§4.3 data → IrnDocument (AckNo/EwbNo as numbers, absent EWB fields null). */
function irnDocument(d: Record<string, unknown>): IrnDocument {
  return {
    AckNo: num(d.AckNo),
    AckDt: str(d.AckDt),
    Irn: str(d.Irn),
    SignedInvoice: str(d.SignedInvoice),
    SignedQRCode: str(d.SignedQRCode),
    Status: str(d.Status || 'ACT') as IrnDocument['Status'],
    EwbNo: numOrNull(d.EwbNo),
    EwbDt: strOrNull(d.EwbDt),
    EwbValidTill: strOrNull(d.EwbValidTill),
    Remarks: strOrNull(d.Remarks),
  };
}

const withInfo = <T extends object>(value: T, info?: InfoDtl[]): T & { info?: InfoDtl[] } =>
  info && info.length > 0 ? { ...value, info } : value;

type Obj = Record<string, unknown>;

class NicIrp implements EinvoiceProvider {
  constructor(private readonly client: NicEinvoiceClient) {}

  async generateIrn(session: ProviderSession, invoice: object) {
    try {
      const { data, info } = await this.client.call<Obj>(session.gstin, 'POST', '/eicore/v1.03/Invoice', invoice);
      return withInfo({ document: irnDocument(data) }, info);
    } catch (err) {
      // NIC names no field; the gateway names it from the code and the invoice it sent.
      throw withInvoiceFields(err, invoice);
    }
  }

  async cancelIrn(session: ProviderSession, req: CancelIrnRequest): Promise<CancelIrnResult> {
    const { data } = await this.client.call<Obj>(session.gstin, 'POST', '/eicore/v1.03/Invoice/Cancel', req);
    return { Irn: str(data.Irn), CancelDate: str(data.CancelDate) };
  }

  async getByIrn(session: ProviderSession, irn: string): Promise<IrnDocument> {
    const { data } = await this.client.call<Obj>(session.gstin, 'GET', `/eicore/v1.03/Invoice/irn/${encodeURIComponent(irn)}`);
    return irnDocument(data);
  }

  async getByDocument(session: ProviderSession, key: DocumentKey): Promise<IrnDocument> {
    // §4.4: query parameters doctype, docnum, docdate (dd/mm/yyyy).
    const qs = new URLSearchParams({ doctype: key.docType, docnum: key.docNo, docdate: key.docDate }).toString();
    const { data } = await this.client.call<Obj>(session.gstin, 'GET', `/eicore/v1.03/Invoice/irnbydocdetails?${qs}`);
    return irnDocument(data);
  }

  async generateEwbByIrn(session: ProviderSession, req: EwbByIrnRequest): Promise<EwbByIrnResult> {
    const { data, info } = await this.client.call<Obj>(session.gstin, 'POST', '/eiewb/v1.03/ewaybill', req);
    return withInfo({ EwbNo: num(data.EwbNo), EwbDt: str(data.EwbDt), EwbValidTill: strOrNull(data.EwbValidTill) }, info);
  }

  async getEwbByIrn(session: ProviderSession, irn: string): Promise<EwbOfIrn> {
    const { data } = await this.client.call<Obj>(session.gstin, 'GET', `/eiewb/v1.03/ewaybill/irn/${encodeURIComponent(irn)}`);
    return {
      EwbNo: num(data.EwbNo),
      Status: str(data.Status),
      GenGstin: str(data.GenGstin),
      EwbDt: str(data.EwbDt),
      EwbValidTill: strOrNull(data.EwbValidTill),
    };
  }

  async getGstinDetails(session: ProviderSession, gstin: string): Promise<IrpGstinMaster> {
    const { data } = await this.client.call<IrpGstinMaster>(
      session.gstin,
      'GET',
      `/eivital/v1.03/Master/gstin/${encodeURIComponent(gstin)}`,
    );
    return data;
  }

  async syncGstinDetails(session: ProviderSession, gstin: string): Promise<IrpGstinMaster> {
    const { data } = await this.client.call<IrpGstinMaster>(
      session.gstin,
      'GET',
      `/eivital/v1.03/Master/syncgstin/${encodeURIComponent(gstin)}`,
    );
    return data;
  }
}

/** A2.2 list APIs by role. */
const LIST_PATHS: Record<EwbListRole, string> = {
  generator: '/ewayapi/GetEwayBillsByDate',
  transporter: '/ewayapi/GetEwayBillsForTransporter',
  'other-party': '/ewayapi/GetEwayBillsofOtherParty',
};

class NicEwb implements EwaybillProvider {
  constructor(private readonly client: NicEwaybillClient) {}

  private post = <T = Obj>(session: ProviderSession, action: string, payload: unknown) =>
    this.client.post<T>(session.gstin, action, payload);

  async generate(session: ProviderSession, req: GenerateEwbRequest): Promise<GenerateEwbResult> {
    const d = await this.post(session, 'GENEWAYBILL', req);
    return { ewayBillNo: num(d.ewayBillNo), ewayBillDate: str(d.ewayBillDate), validUpto: strOrNull(d.validUpto), alert: str(d.alert) };
  }

  async updatePartB(session: ProviderSession, req: PartBRequest) {
    const d = await this.post(session, 'VEHEWB', req);
    return { vehUpdDate: str(d.vehUpdDate), validUpto: strOrNull(d.validUpto) };
  }

  async updateTransporter(session: ProviderSession, req: TransporterUpdateRequest) {
    const d = await this.post(session, 'UPDATETRANSPORTER', req);
    return { ewayBillNo: str(d.ewayBillNo), transporterId: str(d.transporterId), transUpdateDate: str(d.transUpdateDate) };
  }

  async extend(session: ProviderSession, req: ExtendRequest) {
    const d = await this.post(session, 'EXTENDVALIDITY', req);
    return { ewayBillNo: str(d.ewayBillNo), updatedDate: str(d.updatedDate), validUpto: str(d.validUpto) };
  }

  async cancel(session: ProviderSession, req: CancelEwbRequest) {
    try {
      const d = await this.post(session, 'CANEWB', req);
      return { ewayBillNo: str(d.ewayBillNo), cancelDate: str(d.cancelDate) };
    } catch (err) {
      throw await this.cancelFailure(session, req.ewbNo, err);
    }
  }

  /**
   * 312 "either not generated by you or cancelled" is one NIC code for two conditions; api.md §2
   * answers another GSTIN's bill with 403. The bill tells which: when the caller cannot read it, or
   * it was generated by another GSTIN, the 312 is 403.
   */
  private async cancelFailure(session: ProviderSession, ewbNo: number, err: unknown): Promise<unknown> {
    if (!(err instanceof GstError) || err.code !== '312' || err.status === 403) return err;
    let generator: string | undefined;
    try {
      generator = (await this.getEwayBill(session, ewbNo)).userGstin;
    } catch {
      generator = undefined;
    }
    if (generator !== undefined && generator.toUpperCase() === session.gstin.toUpperCase()) return err;
    return new GstError(err.errors, { status: 403, info: err.info, headers: err.headers });
  }

  async reject(session: ProviderSession, req: RejectEwbRequest) {
    const d = await this.post(session, 'REJEWB', req);
    return { ewayBillNo: str(d.ewayBillNo), ewbRejectedDate: str(d.ewbRejectedDate) };
  }

  async consolidate(session: ProviderSession, req: ConsolidateRequest) {
    // A4.6 GENCEWB names the bills `tripSheetEwbBills: [{ewbNo}]`; the answer's date is `cEWBDate`.
    const { ewbNos, ...rest } = req;
    const d = await this.post(session, 'GENCEWB', { ...rest, tripSheetEwbBills: ewbNos.map((ewbNo) => ({ ewbNo })) });
    return { cEwbNo: num(d.cEwbNo ?? d.tripSheetNo), cEwbDate: str(d.cEwbDate ?? d.cEWBDate) };
  }

  async regenerateTripSheet(session: ProviderSession, req: RegenerateTripSheetRequest) {
    // A4.6 REGENTRIPSHEET answers {tripSheetNo, tripSheetEwayBills}; accept the GENCEWB names too.
    const d = await this.post(session, 'REGENTRIPSHEET', req);
    const bills = Array.isArray(d.tripSheetEwayBills) ? (d.tripSheetEwayBills as Obj[]) : [];
    return {
      cEwbNo: num(d.tripSheetNo ?? d.cEwbNo),
      cEwbDate: str(d.cEwbDate ?? d.cEWBDate ?? d.tripSheetDate ?? d.enteredDate),
      tripSheetEwayBills: bills.map((b) => ({ ewbNo: num(b.ewbNo) })),
    };
  }

  async initiateMultiVehicle(session: ProviderSession, req: MultiVehicleInitiateRequest) {
    const d = await this.post(session, 'MULTIVEHMOVINT', req);
    return { ewbNo: str(d.ewbNo), groupNo: str(d.groupNo), createdDate: str(d.createdDate) };
  }

  async addMultiVehicle(session: ProviderSession, req: MultiVehicleAddRequest) {
    const d = await this.post(session, 'MULTIVEHADD', req);
    return { ewbNo: str(d.ewbNo), groupNo: str(d.groupNo), vehAddedDate: str(d.vehAddedDate) };
  }

  async changeMultiVehicle(session: ProviderSession, req: MultiVehicleChangeRequest) {
    const d = await this.post(session, 'MULTIVEHUPD', req);
    return { ewbNo: str(d.ewbNo), groupNo: str(d.groupNo), vehUpdDate: str(d.vehUpdDate) };
  }

  getEwayBill(session: ProviderSession, ewbNo: number): Promise<EwayBillDetails> {
    return this.client.get<EwayBillDetails>(session.gstin, '/ewayapi/GetEwayBill', { ewbNo });
  }

  async listByDate(session: ProviderSession, date: string, role: EwbListRole): Promise<EwbListRow[]> {
    const rows = await this.client.get<EwbListRow[] | null>(session.gstin, LIST_PATHS[role], { date });
    return Array.isArray(rows) ? rows : [];
  }

  async getByDocument(session: ProviderSession, docType: string, docNo: string): Promise<GenerateEwbResult> {
    const d = await this.client.get<Obj>(session.gstin, '/ewayapi/GetEwayBillGeneratedByConsigner', { docType, docNo });
    return { ewayBillNo: num(d.ewayBillNo), ewayBillDate: str(d.ewayBillDate), validUpto: strOrNull(d.validUpto), alert: str(d.alert) };
  }

  getTripSheet(session: ProviderSession, tripSheetNo: number): Promise<TripSheet> {
    return this.client.get<TripSheet>(session.gstin, '/ewayapi/GetTripSheet', { tripSheetNo });
  }
}

/** dd/MM/yyyy (B1 lstupdt) → ISO instant of that IST midnight; '' when absent. */
function istDateToIso(s: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s.trim());
  if (!m) return '';
  return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])) - 330 * 60_000).toISOString();
}

/** B2: "No Record found for the provided Inputs" — an empty list, as the sandbox answers. */
const NO_RECORDS = new Set(['RET13510']);

class NicGstPortal implements TaxpayerProvider {
  constructor(
    private readonly client: NicCommonapiClient,
    private readonly ewaybill: NicEwaybillClient,
  ) {}

  search(gstin: string): Promise<TaxpayerSearchResult> {
    return this.client.get<TaxpayerSearchResult>('/v1.1/search', { action: 'TP', gstin });
  }

  /**
   * From the TP search (B1): `sts`, `einvoiceStatus`, `lstupdt`. The portal's public API carries no
   * e-way bill blocking flag: `blocked` is the e-way bill system's `blkStatus` (A2 GetGSTINDetails,
   * `B` blocked), read with the caller's credentials; false when the caller has none stored.
   */
  async status(gstin: string, session?: ProviderSession): Promise<TaxpayerStatus> {
    const tp = await this.search(gstin);
    const blocked = session ? await this.blocked(session, tp.gstin || gstin) : false;
    return { gstin: tp.gstin, sts: tp.sts, einvoiceStatus: tp.einvoiceStatus, blocked, lastUpdated: istDateToIso(tp.lstupdt ?? '') };
  }

  private async blocked(session: ProviderSession, gstin: string): Promise<boolean> {
    try {
      const d = await this.ewaybill.get<Obj>(session.gstin, '/Master/GetGSTINDetails', { GSTIN: gstin });
      return str(d?.blkStatus).toUpperCase() === 'B';
    } catch (err) {
      if (err instanceof GstError && err.code === 'NIC_CREDENTIALS_MISSING') return false;
      throw err;
    }
  }

  async returns(gstin: string, fy: string): Promise<{ EFiledlist: Filing[] }> {
    try {
      const data = await this.client.get<{ EFiledlist?: Filing[] }>('/v1.0/returns', { action: 'RETTRACK', gstin, fy });
      return { EFiledlist: Array.isArray(data?.EFiledlist) ? data.EFiledlist : [] };
    } catch (err) {
      if (err instanceof GstError && NO_RECORDS.has(err.code)) return { EFiledlist: [] };
      throw err;
    }
  }

  async preference(gstin: string, fy: string) {
    const data = await this.client.get<{ response?: Array<{ quarter: string; preference: string }> }>('/v1.0/returns', {
      action: 'GETPREF',
      gstin,
      fy,
    });
    return { response: Array.isArray(data?.response) ? data.response : [] };
  }

  /**
   * B4: GSTN offers no public PAN search (only the captcha-gated web portal); the sandbox's commonapi
   * answers the emulator extension `action=TPPAN` with `{gstinResList: [{gstin, authStatus, stateCd}]}`.
   * Against a portal without it, its failure is passed on.
   */
  async gstinsOfPan(pan: string): Promise<PanRegistration[]> {
    const data = await this.client.get<{ gstinResList?: Array<Record<string, unknown>> }>('/v1.1/search', { action: 'TPPAN', pan });
    const rows = Array.isArray(data?.gstinResList) ? data.gstinResList : [];
    if (rows.length === 0) fail('NOT_FOUND', [`No GSTIN is registered for PAN ${pan}`], 'pan');
    return rows.map((r) => ({ gstin: str(r.gstin), stateCode: str(r.stateCd ?? r.stateCode), sts: str(r.authStatus ?? r.sts) }));
  }
}

export interface NicProvider extends Provider {
  name: 'nic';
  /** The clients, for tests and metrics (auth counts). */
  clients: { einvoice: NicEinvoiceClient; ewaybill: NicEwaybillClient; commonapi: NicCommonapiClient };
}

export function createNicProvider(deps: {
  config: NicProviderConfig;
  credentials: NicCredentialsService;
  clock: Clock;
  fetch?: typeof fetch;
}): NicProvider {
  const { config } = deps;
  const publicKey = loadNicPublicKey(config.publicKey);
  const http = { timeoutMs: config.timeoutMs, fetch: deps.fetch };
  const einvoice = new NicEinvoiceClient({ ...http, baseUrl: config.einvoiceUrl, publicKey, clock: deps.clock }, deps.credentials);
  const ewaybill = new NicEwaybillClient({ ...http, baseUrl: config.ewaybillUrl, publicKey, clock: deps.clock }, deps.credentials);
  const commonapi = new NicCommonapiClient({
    ...http,
    baseUrl: config.commonapiUrl,
    clientId: config.commonapiClientId,
    clientSecret: config.commonapiClientSecret,
  });
  return {
    name: 'nic',
    einvoice: new NicIrp(einvoice),
    ewaybill: new NicEwb(ewaybill),
    taxpayer: new NicGstPortal(commonapi, ewaybill),
    clients: { einvoice, ewaybill, commonapi },
    // Configured (URLs, key, secrets key checked at start); NIC has no health endpoint to probe (§4.11).
    health: async () => ({ name: 'nic', status: 'up', detail: 'configured; NIC publishes no health endpoint' }),
  };
}
