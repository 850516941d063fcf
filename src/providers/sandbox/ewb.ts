/**
 * The emulated NIC e-way bill system (reference nic-ewaybill-gst.md Part A, state machine Part C).
 * Requests arrive parsed (domain/ewaybill/parse.ts); generate's payload rules live in
 * generate-rules.ts. Here: numbering, storage and every state-dependent rule of each action.
 *
 * All times are the government clock truncated to the minute (Part C item 2). States are computed
 * lazily from the clock: a Part-A slip without Part-B for 15 days is discarded (A4.1; GET status
 * `DIS`, our code: the real one is UNCONFIRMED), a bill past validUpto is expired (311, 281, …).
 *
 * Sandbox choices (docs/sandbox-choices.md):
 * - unknown e-way bill number: 301 for every action except reject (344, its own "Invalid eway bill
 *   number"); 325 for GetEwayBill;
 * - cancel of a discarded slip: 312 (it is no longer an active bill of yours);
 * - consolidate: cancelled member 653, discarded member 343, lapsed validity 818;
 * - reject of an already rejected bill: 347;
 * - a cancelled bill frees its document for a new e-way bill (EWB FAQ "cancelled and generated
 *   afresh"); so does a discarded slip;
 * - 604 carries `info: [{ ewayBillNo, ewayBillDate }]` when the caller may read the existing bill
 *   (a recovery aid; NIC points to GetEwayBillGeneratedByConsigner instead);
 * - GetEwayBill may also be read by the generator (a transporter that generated it and handed the
 *   transport over);
 * - the update-Part-B, multi-vehicle and consolidation rights are "the current transporter, or the
 *   generator unless the transporter has entered Part-B" (635/645/649).
 */
import type { Clock } from '../../core/clock.ts';
import { fail, GstError, type Problem, problem } from '../../core/errors.ts';
import { formatEwbDateTime, nicDateToUtcMidnightIst } from '../../domain/dates.ts';
import { maxAcceptedDistance, pinDistanceKm } from '../../domain/ewaybill/distance.ts';
import { railDocProblem, referencedEwbGstins, validateGenerate } from '../../domain/ewaybill/generate-rules.ts';
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
  VehicleDetail,
} from '../../domain/ewaybill/types.ts';
import {
  CANCEL_WINDOW_MS,
  extendedValidUpto,
  extensionWindowOpen,
  isExpired,
  PART_A_DISCARD_MS,
  REJECT_WINDOW_MS,
  truncateToMinute,
  validUpto,
  withinWindow,
} from '../../domain/ewaybill/validity.ts';
import type { RegistryEntry } from '../../domain/invoice/rules.ts';
import { toRegistryEntry } from '../../modules/taxpayer/registry.ts';
import type { TaxpayerRepository } from '../../modules/taxpayer/taxpayer.repository.ts';
import type { EwaybillProvider, EwbListRole, ProviderSession } from '../types.ts';
import type { EwbBillRow, EwbRepository, EwbVehicleGroupRow, EwbVehicleRow, NewEwbBill, NewEwbVehicle } from './ewb.repository.ts';

const URP = 'URP';
const DAY_MS = 86_400_000;
/** Quantities carry 3 decimals; sums compare with this slack. */
const QTY_EPSILON = 1e-6;

/** Part C: ACT, CNL, or DIS for a Part-A slip that got no Part-B within 15 days. */
export type EwbStatus = 'ACT' | 'CNL' | 'DIS';

export function effectiveStatus(bill: Pick<EwbBillRow, 'status' | 'validUntil' | 'generatedAt'>, now: Date): EwbStatus {
  if (bill.status === 'CNL' || bill.status === 'DIS') return bill.status;
  if (!bill.validUntil && now.getTime() - bill.generatedAt.getTime() > PART_A_DISCARD_MS) return 'DIS';
  return 'ACT';
}

const fmt = formatEwbDateTime;
const fmtOrNull = (d: Date | null | undefined): string | null => (d ? fmt(d) : null);

/** Consignor, consignee, transporter or generator: who may read a bill (357 otherwise). */
function mayRead(bill: EwbBillRow, gstin: string): boolean {
  return [bill.userGstin, bill.fromGstin, bill.toGstin, bill.transporterId].includes(gstin);
}

/**
 * Part-B rights (A4.1, A4.6, A4.7): the current transporter, or the generator unless a transporter
 * is assigned and has entered Part-B (`entered`: 635/645/649); anyone else `other` (636/646/650).
 */
function partBRightCode(bill: EwbBillRow, gstin: string, codes: { entered: string; other: string }): string | undefined {
  if (bill.transporterId === gstin) return undefined;
  if (bill.userGstin === gstin) return bill.transporterId && bill.partBByTransporter ? codes.entered : undefined;
  return codes.other;
}

/** An action on a live, valid bill: cancelled, discarded and expired each answer their own code. */
function usabilityCode(bill: EwbBillRow, now: Date, codes: { cancelled: string; discarded: string; expired?: string }): string | undefined {
  const status = effectiveStatus(bill, now);
  if (status === 'CNL') return codes.cancelled;
  if (status === 'DIS') return codes.discarded;
  if (codes.expired && isExpired(now, bill.validUntil)) return codes.expired;
  return undefined;
}

function check(code: string | undefined): void {
  if (code) fail(code);
}

/**
 * The transport document of a Part-B entry: a railway receipt's format from 1 Jan 2025 (823, A8) and,
 * for one bill, not dated before the bill's own document (362).
 */
function checkTransportDoc(
  now: Date,
  doc: { transMode?: string; transDocNo?: string | null; transDocDate?: string | null },
  billDocDate?: string,
): void {
  const rail = railDocProblem(doc.transMode, doc.transDocNo ?? undefined, now);
  if (rail) throw new GstError([rail]);
  if (!billDocDate || !doc.transDocDate) return;
  const transDocAt = nicDateToUtcMidnightIst(doc.transDocDate);
  const billDocAt = nicDateToUtcMidnightIst(billDocDate);
  if (transDocAt && billDocAt && transDocAt < billDocAt) fail('362', [], 'transDocDate');
}

/** A6.1: the first Part-B starts validity from now; later ones never recompute it (A4.1). */
function firstPartB(bill: EwbBillRow, now: Date, vehicleType?: string | null): Partial<NewEwbBill> {
  if (bill.validUntil) return {};
  const type = vehicleType ?? bill.vehicleType ?? 'R';
  const v = validUpto(now, bill.actualDist, type);
  return { validityStartAt: now, validUntil: v.validUpto, noValidDays: v.days, vehicleType: type };
}

interface VehicleEntry {
  vehicleNo?: string | null;
  fromPlace: string;
  fromState: number;
  transMode: string;
  transDocNo?: string | null;
  transDocDate?: string | null;
  tripSheetNo?: number;
  groupNo?: number;
  quantity?: number | null;
  reasonCode?: string | null;
  reasonRemark?: string | null;
}

function vehicleRow(ewbNo: number, now: Date, gstin: string, e: VehicleEntry): NewEwbVehicle {
  return {
    ewbNo,
    enteredAt: now,
    enteredDate: fmt(now),
    updMode: 'API',
    vehicleNo: e.vehicleNo ?? '',
    fromPlace: e.fromPlace,
    fromState: e.fromState,
    tripSheetNo: e.tripSheetNo ?? 0,
    userGstin: gstin,
    transMode: e.transMode,
    transDocNo: e.transDocNo ?? null,
    transDocDate: e.transDocDate ?? null,
    groupNo: e.groupNo ?? 0,
    quantity: e.quantity ?? null,
    reasonCode: e.reasonCode ?? null,
    reasonRemark: e.reasonRemark ?? null,
  };
}

/** Whoever enters Part-B as the current transporter locks the generator out (635, 338, 637, 645, 649). */
function transporterEntered(bill: EwbBillRow, gstin: string): Partial<NewEwbBill> {
  return bill.transporterId === gstin ? { partBByTransporter: true } : {};
}

/** A4.7: an identical MULTIVEHMOVINT request returns the same group. */
function groupFingerprint(r: MultiVehicleInitiateRequest): string {
  return JSON.stringify([
    r.reasonCode,
    r.reasonRem ?? '',
    r.fromPlace,
    r.fromState,
    r.toPlace,
    r.toState,
    r.transMode,
    r.totalQuantity,
    r.unitCode,
  ]);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function toVehicleDetail(v: EwbVehicleRow): VehicleDetail {
  return {
    updMode: v.updMode,
    vehicleNo: v.vehicleNo,
    fromPlace: v.fromPlace,
    fromState: v.fromState,
    tripshtNo: v.tripSheetNo,
    userGSTINTransin: v.userGstin,
    enteredDate: v.enteredDate,
    transMode: v.transMode,
    transDocNo: v.transDocNo ?? '',
    transDocDate: v.transDocDate ?? null,
    groupNo: String(v.groupNo),
  };
}

/** A5.1 GetEwayBill, in NIC's key order, with its quirks (padded subSupplyType, numeric hsnCode). */
function toDetails(bill: EwbBillRow, vehicles: EwbVehicleRow[], now: Date): EwayBillDetails {
  const p = bill.payload;
  return {
    ewbNo: bill.ewbNo,
    ewayBillDate: bill.ewbDate,
    genMode: bill.genMode,
    userGstin: bill.userGstin,
    supplyType: p.supplyType,
    subSupplyType: String(p.subSupplyType).padEnd(3, ' '),
    subSupplyDesc: p.subSupplyDesc ?? '',
    docType: p.docType,
    docNo: p.docNo,
    docDate: p.docDate,
    fromGstin: p.fromGstin,
    fromTrdName: p.fromTrdName ?? '',
    fromAddr1: p.fromAddr1 ?? '',
    fromAddr2: p.fromAddr2 ?? '',
    fromPlace: p.fromPlace ?? '',
    fromPincode: p.fromPincode,
    fromStateCode: p.fromStateCode,
    actFromStateCode: p.actFromStateCode,
    toGstin: p.toGstin,
    toTrdName: p.toTrdName ?? '',
    toAddr1: p.toAddr1 ?? '',
    toAddr2: p.toAddr2 ?? '',
    toPlace: p.toPlace ?? '',
    toPincode: p.toPincode,
    toStateCode: p.toStateCode,
    actToStateCode: p.actToStateCode,
    transactionType: p.transactionType,
    ...(p.dispatchFromGSTIN ? { dispatchFromGSTIN: p.dispatchFromGSTIN, dispatchFromTradeName: p.dispatchFromTradeName ?? '' } : {}),
    ...(p.shipToGSTIN ? { shipToGSTIN: p.shipToGSTIN, shipToTradeName: p.shipToTradeName ?? '' } : {}),
    otherValue: p.otherValue,
    totalValue: p.totalValue,
    cgstValue: p.cgstValue,
    sgstValue: p.sgstValue,
    igstValue: p.igstValue,
    cessValue: p.cessValue,
    cessNonAdvolValue: p.cessNonAdvolValue,
    totInvValue: p.totInvValue,
    transporterId: bill.transporterId ?? '',
    transporterName: bill.transporterName ?? '',
    status: effectiveStatus(bill, now),
    actualDist: bill.actualDist,
    noValidDays: bill.noValidDays,
    validUpto: fmtOrNull(bill.validUntil),
    extendedTimes: bill.extendedTimes,
    rejectStatus: bill.rejectStatus === 'Y' ? 'Y' : 'N',
    vehicleType: bill.vehicleType ?? '',
    ...(bill.irn ? { irn: bill.irn } : {}),
    itemList: p.itemList.map((i) => ({
      itemNo: i.itemNo,
      productId: 0,
      productName: i.productName ?? '',
      productDesc: i.productDesc ?? '',
      hsnCode: Number(i.hsnCode),
      quantity: i.quantity ?? 0,
      qtyUnit: i.qtyUnit ?? '',
      taxableAmount: i.taxableAmount,
      sgstRate: i.sgstRate ?? 0,
      cgstRate: i.cgstRate ?? 0,
      igstRate: i.igstRate ?? 0,
      cessRate: i.cessRate ?? 0,
      cessNonAdvol: i.cessNonAdvol ?? 0,
    })),
    VehiclListDetails: vehicles.map(toVehicleDetail),
  };
}

/** A5.2 list row; del* = the ship-to place. */
function toListRow(bill: EwbBillRow, now: Date): EwbListRow {
  return {
    ewbNo: bill.ewbNo,
    ewbDate: bill.ewbDate,
    status: effectiveStatus(bill, now),
    genGstin: bill.userGstin,
    docNo: bill.docNo,
    docDate: bill.docDate,
    delPinCode: bill.delPincode ?? 0,
    delStateCode: bill.delStateCode ?? 0,
    delPlace: bill.delPlace ?? '',
    validUpto: fmtOrNull(bill.validUntil),
    extendedTimes: bill.extendedTimes,
    rejectStatus: bill.rejectStatus === 'Y' ? 'Y' : 'N',
  };
}

/** What the IRP (e-way bill by IRN, reference nic-einvoice.md §4.5/§4.6) needs of a bill. */
export interface EwbOfIrnRecord {
  ewbNo: number;
  status: EwbStatus;
  generatorGstin: string;
  generatedAt: Date;
  validUntil: Date | null;
}

type Inserted = { bill: NewEwbBill & { ewbNo: number } } | { duplicate: EwbBillRow | undefined };

export class SandboxEwb implements EwaybillProvider {
  constructor(
    readonly repo: EwbRepository,
    readonly taxpayers: TaxpayerRepository,
    readonly clock: Clock,
  ) {}

  private now(): Date {
    return truncateToMinute(this.clock.now());
  }

  /** Runs `fn` on the locked bill in one transaction; `unknown` is the code for a number that does not exist. */
  private onBill<T>(ewbNo: number, unknown: string, fn: (bill: EwbBillRow, tx: EwbRepository, now: Date) => Promise<T>): Promise<T> {
    return this.repo.transaction(async (tx) => {
      const bill = await tx.lockBill(ewbNo);
      if (!bill) fail(unknown, [], 'ewbNo');
      return fn(bill, tx, this.now());
    });
  }

  // ---- GENEWAYBILL

  async generate(session: ProviderSession, req: GenerateEwbRequest): Promise<GenerateEwbResult> {
    const now = this.now();
    const rows = await this.taxpayers.findRegistryFields(referencedEwbGstins(req));
    const registry = new Map<string, RegistryEntry>(rows.map((r) => [r.gstin, toRegistryEntry(r)]));
    const { problems, actualDist, alert, info } = validateGenerate(req, { now, callerGstin: session.gstin, registry });
    if (problems.length > 0) throw new GstError(problems, { info });

    const outcome = await this.insert(req, { generator: session.gstin, actualDist, now, irn: null });
    if ('duplicate' in outcome) {
      const existing = outcome.duplicate;
      const visible = existing && mayRead(existing, session.gstin);
      throw new GstError([problem('604')], {
        info: visible ? [{ ewayBillNo: existing.ewbNo, ewayBillDate: existing.ewbDate }] : undefined,
      });
    }
    const { bill } = outcome;
    return { ewayBillNo: bill.ewbNo, ewayBillDate: bill.ewbDate, validUpto: fmtOrNull(bill.validUntil), alert };
  }

  /**
   * For the IRP's e-way bill by IRN: registers an already validated request (the IRP checked it with
   * its own codes). A duplicate document throws 604 with `info: [{ ewayBillNo }]` (the IRP answers 4026).
   */
  async registerFromIrn(input: {
    request: GenerateEwbRequest;
    generatorGstin: string;
    irn: string;
    actualDist: number;
  }): Promise<{ ewbNo: number; generatedAt: Date; validUpto: Date | null }> {
    const now = this.now();
    const outcome = await this.insert(input.request, {
      generator: input.generatorGstin,
      actualDist: input.actualDist,
      now,
      irn: input.irn,
    });
    if ('duplicate' in outcome) {
      throw new GstError([problem('604')], { info: outcome.duplicate ? [{ ewayBillNo: outcome.duplicate.ewbNo }] : undefined });
    }
    return { ewbNo: outcome.bill.ewbNo, generatedAt: now, validUpto: outcome.bill.validUntil ?? null };
  }

  /** The newest e-way bill generated for an IRN. */
  async findByIrn(irn: string): Promise<EwbOfIrnRecord | undefined> {
    const bill = await this.repo.findByIrn(irn);
    if (!bill) return undefined;
    return {
      ewbNo: bill.ewbNo,
      status: effectiveStatus(bill, this.now()),
      generatorGstin: bill.userGstin,
      generatedAt: bill.generatedAt,
      validUntil: bill.validUntil,
    };
  }

  /** Neither cancelled nor discarded (the IRP's 2230). */
  async isActive(ewbNo: number): Promise<boolean> {
    const bill = await this.repo.findBill(ewbNo);
    return bill !== undefined && effectiveStatus(bill, this.now()) === 'ACT';
  }

  /**
   * One live bill per (fromGstin — or the generator for URP —, docType, docNo in any case) (604,
   * A3.4). A discarded slip gives way (marked DIS). Part-B in the request (vehicle or transport
   * document) starts validity now (A6.1) and is the first VehiclListDetails row; otherwise a Part-A
   * slip without validUpto.
   */
  private async insert(
    req: GenerateEwbRequest,
    opts: { generator: string; actualDist: number; now: Date; irn: string | null },
  ): Promise<Inserted> {
    const { generator, actualDist, now } = opts;
    const dupGstin = req.fromGstin === URP ? generator : req.fromGstin;
    const docKey = req.docNo.toUpperCase();
    const partB = Boolean(req.vehicleNo || req.transDocNo);

    const vehicleType = req.vehicleType ?? null;
    const validity = partB ? validUpto(now, actualDist, vehicleType ?? 'R') : undefined;
    const fields = {
      generatedAt: now,
      ewbDate: fmt(now),
      genMode: 'API',
      userGstin: generator,
      fromGstin: req.fromGstin,
      toGstin: req.toGstin,
      dupGstin,
      docType: req.docType,
      docNo: req.docNo,
      docKey,
      docDate: req.docDate,
      transporterId: req.transporterId ?? null,
      transporterName: req.transporterName ?? null,
      transporterAssignedAt: req.transporterId ? now : null,
      transMode: req.transMode ?? null,
      vehicleType: validity ? (vehicleType ?? 'R') : vehicleType,
      actualDist,
      noValidDays: validity?.days ?? 0,
      validityStartAt: validity ? now : null,
      validUntil: validity?.validUpto ?? null,
      status: 'ACT',
      partBByTransporter: partB && req.transporterId === generator,
      irn: opts.irn,
      totInvValue: req.totInvValue,
      delPlace: req.toPlace ?? null,
      delPincode: req.toPincode,
      delStateCode: req.actToStateCode,
      payload: req,
    } satisfies Omit<NewEwbBill, 'ewbNo'>;
    const firstVehicle = (ewbNo: number) =>
      vehicleRow(ewbNo, now, generator, {
        vehicleNo: req.vehicleNo,
        fromPlace: req.fromPlace ?? '',
        fromState: req.actFromStateCode,
        transMode: req.transMode ?? '1',
        transDocNo: req.transDocNo,
        transDocDate: req.transDocDate,
      });

    // Usually no live bill holds the document: one statement registers it (issue 9).
    const { ewbNo: _unset, ...vehicle } = firstVehicle(0);
    const freeNo = await this.repo.insertFreeBill(fields, partB ? vehicle : undefined);
    if (freeNo !== undefined) return { bill: { ...fields, ewbNo: freeNo } };

    const outcome = await this.repo.transaction<Inserted>(async (tx) => {
      const existing = await tx.findLiveByDocument(dupGstin, req.docType, docKey, true);
      if (existing) {
        if (effectiveStatus(existing, now) !== 'DIS') return { duplicate: existing };
        await tx.updateBill(existing.ewbNo, { status: 'DIS' });
      }
      const ewbNo = await tx.nextEwbNo();
      const bill = { ...fields, ewbNo } satisfies NewEwbBill;
      // Lost a race with an identical request (PostgreSQL): the unique index let nothing in.
      if (!(await tx.insertBill(bill))) return { duplicate: undefined };
      if (partB) await tx.addVehicles([firstVehicle(ewbNo)]);
      return { bill };
    });
    if ('duplicate' in outcome && !outcome.duplicate) {
      return { duplicate: await this.repo.findLiveByDocument(dupGstin, req.docType, docKey) };
    }
    return outcome;
  }

  // ---- VEHEWB (A4.1)

  async updatePartB(session: ProviderSession, req: PartBRequest): Promise<{ vehUpdDate: string; validUpto: string | null }> {
    const gstin = session.gstin;
    return this.onBill(req.ewbNo, '301', async (bill, tx, now) => {
      check(partBRightCode(bill, gstin, { entered: '635', other: '636' }));
      check(usabilityCode(bill, now, { cancelled: '312', discarded: '343', expired: '311' }));
      if (bill.multiVehicle) fail('412');
      checkTransportDoc(now, req, bill.docDate);
      const vehicleType = req.vehicleType ?? bill.vehicleType;
      const patch: Partial<NewEwbBill> = {
        ...firstPartB(bill, now, vehicleType),
        ...transporterEntered(bill, gstin),
        transMode: req.transMode,
      };
      if (vehicleType) patch.vehicleType = vehicleType;
      await tx.updateBill(bill.ewbNo, patch);
      await tx.addVehicles([
        vehicleRow(bill.ewbNo, now, gstin, {
          vehicleNo: req.vehicleNo,
          fromPlace: req.fromPlace,
          fromState: req.fromState,
          transMode: req.transMode,
          transDocNo: req.transDocNo,
          transDocDate: req.transDocDate,
          reasonCode: req.reasonCode,
          reasonRemark: req.reasonRem,
        }),
      ]);
      return { vehUpdDate: fmt(now), validUpto: fmtOrNull(patch.validUntil ?? bill.validUntil) };
    });
  }

  // ---- UPDATETRANSPORTER (A4.2)

  async updateTransporter(
    session: ProviderSession,
    req: TransporterUpdateRequest,
  ): Promise<{ ewayBillNo: string; transporterId: string; transUpdateDate: string }> {
    const gstin = session.gstin;
    // Registry first: on PGlite no other query may run inside the transaction.
    const parties = new Map((await this.taxpayers.findByGstins([...new Set([gstin, req.transporterId])])).map((t) => [t.gstin, t]));
    const transporter = parties.get(req.transporterId);
    return this.onBill(req.ewbNo, '301', async (bill, tx, now) => {
      const isTransporter = bill.transporterId === gstin;
      if (!isTransporter && bill.userGstin !== gstin) fail('339');
      check(usabilityCode(bill, now, { cancelled: '280', discarded: '280', expired: '281' }));
      // The generator may not take the transport away once the current transporter entered Part-B.
      if (!isTransporter && bill.transporterId && bill.partBByTransporter) fail('338');
      if (transporter?.blocked) fail('719');
      if (parties.get(gstin)?.blocked) fail('718');
      await tx.updateBill(bill.ewbNo, {
        transporterId: req.transporterId,
        transporterName: transporter ? (transporter.tradeName ?? transporter.legalName) : null,
        transporterAssignedAt: now,
        partBByTransporter: false,
      });
      return { ewayBillNo: String(bill.ewbNo), transporterId: req.transporterId, transUpdateDate: fmt(now) };
    });
  }

  // ---- EXTENDVALIDITY (A4.5)

  async extend(session: ProviderSession, req: ExtendRequest): Promise<{ ewayBillNo: string; updatedDate: string; validUpto: string }> {
    const gstin = session.gstin;
    return this.onBill(req.ewbNo, '301', async (bill, tx, now) => {
      // The current transporter; with none assigned, the generator (384, 637, 700).
      if (bill.transporterId ? bill.transporterId !== gstin : bill.userGstin !== gstin) {
        if (bill.userGstin === gstin) fail(bill.partBByTransporter ? '637' : '384');
        fail('700');
      }
      check(usabilityCode(bill, now, { cancelled: '379', discarded: '380' }));
      if (!bill.validUntil) fail('381');
      if (!extensionWindowOpen(now, bill.validUntil)) fail('382');
      if (req.remainingDistance > bill.actualDist) fail('390', [], 'remainingDistance');
      checkTransportDoc(now, req, bill.docDate);
      const toPincode = bill.payload.toPincode;
      const portalKm = pinDistanceKm(req.fromPincode, toPincode);
      if (portalKm !== undefined && req.remainingDistance > maxAcceptedDistance(portalKm)) {
        throw new GstError([problem('702', [], 'remainingDistance')], {
          info: [{ fromPinCode: String(req.fromPincode), toPinCode: String(toPincode), distance: portalKm }],
        });
      }
      const next = extendedValidUpto(now, req.remainingDistance, bill.vehicleType, bill.generatedAt, bill.validUntil);
      if (!next) fail('821');
      await tx.updateBill(bill.ewbNo, {
        validUntil: next.validUpto,
        noValidDays: next.days,
        extendedTimes: bill.extendedTimes + 1,
        ...(req.transMode === '5' ? {} : { transMode: req.transMode }),
      });
      await tx.addVehicles([
        vehicleRow(bill.ewbNo, now, gstin, {
          vehicleNo: req.vehicleNo,
          fromPlace: req.fromPlace,
          fromState: req.fromState,
          transMode: req.transMode,
          transDocNo: req.transDocNo,
          transDocDate: req.transDocDate,
          reasonCode: req.extnRsnCode,
          reasonRemark: req.extnRemarks,
        }),
      ]);
      return { ewayBillNo: String(bill.ewbNo), updatedDate: fmt(now), validUpto: fmt(next.validUpto) };
    });
  }

  // ---- CANEWB (A4.3)

  async cancel(session: ProviderSession, req: CancelEwbRequest): Promise<{ ewayBillNo: string; cancelDate: string }> {
    return this.onBill(req.ewbNo, '301', async (bill, tx, now) => {
      // 312 "not generated by you or cancelled": also for a discarded slip (our choice). Not the
      // generator's: 403, as for any action on another GSTIN's bill (api.md §2).
      if (bill.userGstin !== session.gstin) throw new GstError([problem('312')], { status: 403 });
      if (effectiveStatus(bill, now) !== 'ACT') fail('312');
      if (!withinWindow(now, bill.generatedAt, CANCEL_WINDOW_MS)) fail('315');
      const cancelDate = fmt(now);
      await tx.updateBill(bill.ewbNo, {
        status: 'CNL',
        cancelReason: req.cancelRsnCode,
        cancelRemark: req.cancelRmrk ?? null,
        cancelDate,
        cancelledAt: now,
      });
      return { ewayBillNo: String(bill.ewbNo), cancelDate };
    });
  }

  // ---- REJEWB (A4.4)

  async reject(session: ProviderSession, req: RejectEwbRequest): Promise<{ ewayBillNo: string; ewbRejectedDate: string }> {
    const gstin = session.gstin;
    return this.onBill(req.ewbNo, '344', async (bill, tx, now) => {
      if (bill.userGstin === gstin) fail('341');
      // The other party: the consignee when the consignor generated it and vice versa; both when a transporter did.
      const others =
        bill.userGstin === bill.fromGstin
          ? [bill.toGstin]
          : bill.userGstin === bill.toGstin
            ? [bill.fromGstin]
            : [bill.fromGstin, bill.toGstin];
      if (!others.includes(gstin)) fail('342');
      if (effectiveStatus(bill, now) !== 'ACT') fail('343');
      if (bill.rejectStatus === 'Y') fail('347');
      if (isExpired(now, bill.validUntil)) fail('345');
      if (!withinWindow(now, bill.generatedAt, REJECT_WINDOW_MS)) fail('346');
      await tx.updateBill(bill.ewbNo, { rejectStatus: 'Y', rejectedAt: now });
      return { ewayBillNo: String(bill.ewbNo), ewbRejectedDate: fmt(now) };
    });
  }

  // ---- GENCEWB / REGENTRIPSHEET (A4.6)

  async consolidate(session: ProviderSession, req: ConsolidateRequest): Promise<{ cEwbNo: number; cEwbDate: string }> {
    const gstin = session.gstin;
    const ewbNos = [...new Set(req.ewbNos)];
    return this.repo.transaction(async (tx) => {
      const bills = new Map((await tx.lockBills(ewbNos)).map((b) => [b.ewbNo, b]));
      const now = this.now();
      checkTransportDoc(now, req);
      // Every member's failure at once, each on its own field.
      const problems: Problem[] = [];
      req.ewbNos.forEach((no, i) => {
        const bill = bills.get(no);
        const code = bill
          ? (partBRightCode(bill, gstin, { entered: '649', other: '650' }) ??
            usabilityCode(bill, now, { cancelled: '653', discarded: '343', expired: '818' }) ??
            (bill.multiVehicle ? '648' : undefined))
          : '301';
        if (code) problems.push(problem(code, [], `tripSheetEwbBills[${i}].ewbNo`));
      });
      if (problems.length > 0) throw new GstError(problems);

      const tripSheetNo = await this.openTripSheet(tx, [...bills.values()], gstin, now, req);
      return { cEwbNo: tripSheetNo, cEwbDate: fmt(now) };
    });
  }

  /**
   * A new trip sheet holding `bills` (GENCEWB, REGENTRIPSHEET): each member gets a vehicle row with
   * the trip sheet number, and a Part-A member its first Part-B. Returns the 10-digit number.
   */
  private async openTripSheet(
    tx: EwbRepository,
    bills: EwbBillRow[],
    gstin: string,
    now: Date,
    r: {
      vehicleNo?: string;
      fromPlace: string;
      fromState: number;
      transMode: string;
      transDocNo?: string;
      transDocDate?: string;
      reasonCode?: string;
      reasonRem?: string;
    },
    regeneration: { reasonCode?: string; reasonRemark?: string | null; previousNo?: number } = {},
  ): Promise<number> {
    const tripSheetNo = await tx.nextTripSheetNo();
    await tx.insertTripSheet(
      {
        tripSheetNo,
        userGstin: gstin,
        fromPlace: r.fromPlace,
        fromState: r.fromState,
        vehicleNo: r.vehicleNo ?? '',
        transMode: r.transMode,
        transDocNo: r.transDocNo ?? null,
        transDocDate: r.transDocDate ?? null,
        enteredAt: now,
        enteredDate: fmt(now),
        status: 'ACT',
        ...regeneration,
      },
      bills.map((b) => b.ewbNo),
    );
    for (const bill of bills) {
      await tx.updateBill(bill.ewbNo, { ...firstPartB(bill, now), ...transporterEntered(bill, gstin), transMode: r.transMode });
    }
    await tx.addVehicles(
      bills.map((bill) =>
        vehicleRow(bill.ewbNo, now, gstin, {
          vehicleNo: r.vehicleNo,
          fromPlace: r.fromPlace,
          fromState: r.fromState,
          transMode: r.transMode,
          transDocNo: r.transDocNo,
          transDocDate: r.transDocDate,
          tripSheetNo,
          reasonCode: r.reasonCode,
          reasonRemark: r.reasonRem,
        }),
      ),
    );
    return tripSheetNo;
  }

  async regenerateTripSheet(
    session: ProviderSession,
    req: RegenerateTripSheetRequest,
  ): Promise<{ cEwbNo: number; cEwbDate: string; tripSheetEwayBills: Array<{ ewbNo: number }> }> {
    const gstin = session.gstin;
    return this.repo.transaction(async (tx) => {
      const sheet = await tx.findTripSheet(req.tripSheetNo, true);
      if (!sheet) fail('387', [], 'tripSheetNo');
      if (sheet.status === 'CNL') fail('392');
      const members = await tx.tripSheetBills(sheet.tripSheetNo, true);
      // Its creator, or the current transporter of its bills.
      if (sheet.userGstin !== gstin && !members.some((b) => b.transporterId === gstin)) fail('650');
      const now = this.now();
      checkTransportDoc(now, req);
      const moving = members.filter((b) => effectiveStatus(b, now) === 'ACT' && !isExpired(now, b.validUntil));
      if (moving.length === 0) fail('391');
      // Moving a bill is its Part-B (A4.6 "vehicle/transDoc rules as Part-B"): a member handed over to
      // another transporter since (650), or whose transporter entered Part-B (649), is not the caller's to move.
      const problems: Problem[] = [];
      for (const b of moving) {
        const code = partBRightCode(b, gstin, { entered: '649', other: '650' });
        if (code) problems.push(problem(code, [], `tripSheetEwbBills[${members.indexOf(b)}].ewbNo`));
      }
      if (problems.length > 0) throw new GstError(problems);

      await tx.cancelTripSheet(sheet.tripSheetNo);
      const tripSheetNo = await this.openTripSheet(tx, moving, gstin, now, req, {
        reasonCode: req.reasonCode,
        reasonRemark: req.reasonRem ?? null,
        previousNo: sheet.tripSheetNo,
      });
      return { cEwbNo: tripSheetNo, cEwbDate: fmt(now), tripSheetEwayBills: moving.map((b) => ({ ewbNo: b.ewbNo })) };
    });
  }

  // ---- Multi-vehicle movement (A4.7)

  /** Common gate of the three MULTIVEH actions: Part-B rights (645/646) on a live, valid bill (312/343/311). */
  private onMultiVehicleBill<T>(
    session: ProviderSession,
    ewbNo: number,
    fn: (bill: EwbBillRow, tx: EwbRepository, now: Date) => Promise<T>,
  ): Promise<T> {
    return this.onBill(ewbNo, '301', async (bill, tx, now) => {
      check(partBRightCode(bill, session.gstin, { entered: '645', other: '646' }));
      check(usabilityCode(bill, now, { cancelled: '312', discarded: '343', expired: '311' }));
      return fn(bill, tx, now);
    });
  }

  private async groupOf(tx: EwbRepository, ewbNo: number, groupNo: number): Promise<EwbVehicleGroupRow> {
    if (!groupNo) fail('406', [], 'groupNo');
    const group = (await tx.groupsOf(ewbNo)).find((g) => g.groupNo === groupNo);
    if (!group) fail('411', [], 'groupNo');
    return group;
  }

  async initiateMultiVehicle(
    session: ProviderSession,
    req: MultiVehicleInitiateRequest,
  ): Promise<{ ewbNo: string; groupNo: string; createdDate: string }> {
    return this.onMultiVehicleBill(session, req.ewbNo, async (bill, tx, now) => {
      if (req.totalQuantity <= 0) fail('402', [], 'totalQuantity');
      const items = bill.payload.itemList.filter((i) => i.qtyUnit === req.unitCode);
      if (items.length === 0) fail('399', [], 'unitCode');
      const groups = await tx.groupsOf(bill.ewbNo);
      const answer = (g: { groupNo: number; createdDate: string }) => ({
        ewbNo: String(bill.ewbNo),
        groupNo: String(g.groupNo),
        createdDate: g.createdDate,
      });
      const fingerprint = groupFingerprint(req);
      const same = groups.find((g) => g.fingerprint === fingerprint);
      if (same) return answer(same);
      if (groups.length > 0 && groups[0].unitCode !== req.unitCode) fail('413', [], 'unitCode');
      // The bill's quantity in that unit, less what earlier groups already move.
      const available = sum(items.map((i) => i.quantity ?? 0)) - sum(groups.map((g) => g.totalQuantity));
      if (req.totalQuantity > available + QTY_EPSILON) fail('400', [], 'totalQuantity');

      const group = {
        ewbNo: bill.ewbNo,
        groupNo: Math.max(0, ...groups.map((g) => g.groupNo)) + 1,
        reasonCode: req.reasonCode,
        reasonRemark: req.reasonRem ?? null,
        fromPlace: req.fromPlace,
        fromState: req.fromState,
        toPlace: req.toPlace,
        toState: req.toState,
        transMode: req.transMode,
        totalQuantity: req.totalQuantity,
        unitCode: req.unitCode,
        createdAt: now,
        createdDate: fmt(now),
        fingerprint,
      };
      await tx.insertGroup(group);
      if (!bill.multiVehicle) await tx.updateBill(bill.ewbNo, { multiVehicle: true });
      return answer(group);
    });
  }

  async addMultiVehicle(
    session: ProviderSession,
    req: MultiVehicleAddRequest,
  ): Promise<{ ewbNo: string; groupNo: string; vehAddedDate: string }> {
    return this.onMultiVehicleBill(session, req.ewbNo, async (bill, tx, now) => {
      const group = await this.groupOf(tx, bill.ewbNo, req.groupNo);
      checkTransportDoc(now, { ...req, transMode: group.transMode }, bill.docDate);
      const loaded = sum((await tx.activeGroupVehicles(bill.ewbNo, group.groupNo)).map((v) => v.quantity ?? 0));
      if (loaded + req.quantity > group.totalQuantity + QTY_EPSILON) fail('400', [], 'quantity');
      // A group vehicle is Part-B: the first one starts validity.
      await tx.updateBill(bill.ewbNo, { ...firstPartB(bill, now), ...transporterEntered(bill, session.gstin) });
      await tx.addVehicles([
        vehicleRow(bill.ewbNo, now, session.gstin, {
          vehicleNo: req.vehicleNo,
          fromPlace: group.fromPlace,
          fromState: group.fromState,
          transMode: group.transMode,
          transDocNo: req.transDocNo,
          transDocDate: req.transDocDate,
          groupNo: group.groupNo,
          quantity: req.quantity,
        }),
      ]);
      return { ewbNo: String(bill.ewbNo), groupNo: String(group.groupNo), vehAddedDate: fmt(now) };
    });
  }

  async changeMultiVehicle(
    session: ProviderSession,
    req: MultiVehicleChangeRequest,
  ): Promise<{ ewbNo: string; groupNo: string; vehUpdDate: string }> {
    return this.onMultiVehicleBill(session, req.ewbNo, async (bill, tx, now) => {
      const group = await this.groupOf(tx, bill.ewbNo, req.groupNo);
      const vehicles = await tx.activeGroupVehicles(bill.ewbNo, group.groupNo);
      // 405: the old vehicle (or, without one, the old transport document) must be active in the group.
      const old = req.oldvehicleNo
        ? vehicles.find((v) => v.vehicleNo === req.oldvehicleNo)
        : req.oldTranNo
          ? vehicles.find((v) => v.transDocNo === req.oldTranNo)
          : undefined;
      if (!old) fail('405');
      await tx.deactivateVehicle(old.id);
      await tx.addVehicles([
        vehicleRow(bill.ewbNo, now, session.gstin, {
          vehicleNo: req.newVehicleNo ?? old.vehicleNo,
          fromPlace: req.fromPlace,
          fromState: req.fromState,
          transMode: group.transMode,
          transDocNo: req.newTranNo ?? old.transDocNo,
          transDocDate: old.transDocDate,
          groupNo: group.groupNo,
          quantity: old.quantity,
          reasonCode: req.reasonCode,
          reasonRemark: req.reasonRem,
        }),
      ]);
      if (bill.transporterId === session.gstin && !bill.partBByTransporter) await tx.updateBill(bill.ewbNo, { partBByTransporter: true });
      return { ewbNo: String(bill.ewbNo), groupNo: String(group.groupNo), vehUpdDate: fmt(now) };
    });
  }

  // ---- GET APIs (A2.2, A5)

  async getEwayBill(session: ProviderSession, ewbNo: number): Promise<EwayBillDetails> {
    const bill = await this.repo.findBill(ewbNo);
    if (!bill) fail('325');
    if (!mayRead(bill, session.gstin)) fail('357');
    return toDetails(bill, await this.repo.vehiclesOf(ewbNo), this.now());
  }

  /** By generation day (IST): the caller's own bills, the ones it carries, or others' on its GSTIN. */
  async listByDate(session: ProviderSession, date: string, role: EwbListRole): Promise<EwbListRow[]> {
    const from = nicDateToUtcMidnightIst(date);
    if (!from) fail('VALIDATION_FAILED', ['date must be dd/mm/yyyy'], 'date');
    const rows = await this.repo.listGenerated(session.gstin, role, from, new Date(from.getTime() + DAY_MS));
    const now = this.now();
    return rows.map((b) => toListRow(b, now));
  }

  /** GetEwayBillGeneratedByConsigner: the caller's active bill of a document (325 when none). */
  async getByDocument(session: ProviderSession, docType: string, docNo: string): Promise<GenerateEwbResult> {
    const bill = await this.repo.findLiveForConsignor(session.gstin, docType, docNo.toUpperCase());
    if (!bill || effectiveStatus(bill, this.now()) !== 'ACT') fail('325');
    return { ewayBillNo: bill.ewbNo, ewayBillDate: bill.ewbDate, validUpto: fmtOrNull(bill.validUntil), alert: '' };
  }

  /** A5.3; its creator or a party of one of its bills may read it (357 otherwise), the latter seeing only its own bills. */
  async getTripSheet(session: ProviderSession, tripSheetNo: number): Promise<TripSheet> {
    const sheet = await this.repo.findTripSheet(tripSheetNo);
    if (!sheet) fail('387');
    const all = await this.repo.tripSheetBills(tripSheetNo);
    // Its creator sees every member; a party of some members sees only those (another GSTIN's e-way
    // bills stay invisible, A5.1 357).
    const bills = sheet.userGstin === session.gstin ? all : all.filter((b) => mayRead(b, session.gstin));
    if (bills.length === 0) fail('357');
    const now = this.now();
    return {
      tripSheetNo: sheet.tripSheetNo,
      fromPlace: sheet.fromPlace,
      fromState: String(sheet.fromState),
      vehicleNo: sheet.vehicleNo,
      transMode: sheet.transMode.padEnd(3, ' '),
      transDocNo: sheet.transDocNo ?? '',
      transDocDate: sheet.transDocDate ?? null,
      userGstin: sheet.userGstin,
      enteredDate: sheet.enteredDate,
      status: sheet.status,
      tripSheetEwbBills: bills.map((b) => ({
        ewbNo: b.ewbNo,
        ewbDate: b.ewbDate,
        userGstin: b.userGstin,
        docNo: b.docNo,
        docDate: b.docDate,
        fromGstin: b.fromGstin,
        fromTradeName: b.payload.fromTrdName ?? '',
        toGstin: b.toGstin,
        toTradeName: b.payload.toTrdName ?? '',
        totInvValue: b.totInvValue,
        status: effectiveStatus(b, now),
        validUpto: fmtOrNull(b.validUntil),
        toPlace: b.payload.toPlace ?? null,
        toPincode: b.payload.toPincode ?? null,
        actToStateCode: b.payload.actToStateCode ?? null,
      })),
    };
  }
}
