/**
 * The emulated e-way bill system's storage (ewb.tables.ts). State changes run in `transaction()`
 * with the bill row locked (`SELECT … FOR UPDATE`), so concurrent actions on one e-way bill
 * serialise on PostgreSQL; PGlite runs one transaction at a time anyway. Inside a transaction use
 * only the repository handed to the callback: on PGlite a query on the outer handle would wait for
 * the transaction that is waiting for it.
 */
import { and, asc, desc, eq, gte, inArray, lt, ne, or, sql } from 'drizzle-orm';
import { type Db, type PreparedStatement, preparedStatement, rowsOf } from '../../core/db.ts';
import {
  type EwbBillRow,
  type EwbTripSheetRow,
  type EwbVehicleGroupRow,
  type EwbVehicleRow,
  ewbBills,
  ewbTripSheetMembers,
  ewbTripSheets,
  ewbVehicleGroups,
  ewbVehicles,
  type NewEwbBill,
  type NewEwbTripSheet,
  type NewEwbVehicle,
  type NewEwbVehicleGroup,
} from './ewb.tables.ts';

export type { EwbBillRow, EwbTripSheetRow, EwbVehicleGroupRow, EwbVehicleRow, NewEwbBill, NewEwbVehicle };

/** 12-digit e-way bill numbers: 310 + 9-digit sequence (migrations/0003_ewb_sequences.sql). */
const EWB_NO_BASE = 310_000_000_000;
/** 10-digit consolidated e-way bill numbers: 11 + 8-digit sequence. */
const TRIP_SHEET_NO_BASE = 1_100_000_000;

/**
 * GENEWAYBILL's usual case in one statement (issue 9): when no live bill holds the document (the 604
 * key), the bill with the next number and, with Part-B, its first vehicle row. The number is drawn
 * only for a row that passes NOT EXISTS, so a duplicate takes none (a race still may, as before).
 * Nothing inserted → the caller takes the transactional path, which answers 604 or replaces a
 * discarded slip. Every parameter is cast: in INSERT … SELECT the columns do not type them.
 */
const INSERT_FREE_BILL_SQL = `
WITH bill AS (
  INSERT INTO ewb_bills (ewb_no, generated_at, ewb_date, gen_mode, user_gstin, from_gstin, to_gstin, dup_gstin, doc_type,
    doc_no, doc_key, doc_date, transporter_id, transporter_name, transporter_assigned_at, trans_mode, vehicle_type, actual_dist,
    no_valid_days, validity_start_at, valid_until, status, part_b_by_transporter, irn, tot_inv_value, del_place, del_pincode,
    del_state_code, payload)
  SELECT ${EWB_NO_BASE} + nextval('ewb_no_seq'), $1::timestamptz, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text,
    $8::text, $9::text, $10::text, $11::text, $12::text, $13::text, $14::timestamptz, $15::text, $16::text, $17::integer,
    $18::integer, $19::timestamptz, $20::timestamptz, $21::text, $22::boolean, $23::text, $24::numeric, $25::text,
    $26::integer, $27::integer, $28::jsonb
  WHERE NOT EXISTS (SELECT 1 FROM ewb_bills WHERE dup_gstin = $7::text AND doc_type = $8::text AND doc_key = $10::text AND status = 'ACT')
  ON CONFLICT DO NOTHING
  RETURNING ewb_no
), vehicle AS (
  INSERT INTO ewb_vehicles (ewb_no, entered_at, entered_date, upd_mode, vehicle_no, from_place, from_state, trip_sheet_no,
    user_gstin, trans_mode, trans_doc_no, trans_doc_date, group_no, quantity, reason_code, reason_remark)
  SELECT bill.ewb_no, $30::timestamptz, $31::text, $32::text, $33::text, $34::text, $35::integer, $36::bigint, $37::text,
    $38::text, $39::text, $40::text, $41::integer, $42::numeric, $43::text, $44::text
  FROM bill WHERE $29::boolean
)
SELECT ewb_no::text AS ewb_no FROM bill`;

export type EwbListFilter = 'generator' | 'transporter' | 'other-party';

export class EwbRepository {
  private insertFreeBillStatement?: PreparedStatement<{ ewb_no: string }>;

  constructor(private readonly db: Db) {}

  /**
   * The bill (number drawn here) and its first vehicle row, if no live bill holds its document; the
   * number, or undefined when nothing was inserted. Not inside transaction(): runs on the handle.
   */
  async insertFreeBill(bill: Omit<NewEwbBill, 'ewbNo'>, vehicle: Omit<NewEwbVehicle, 'ewbNo'> | undefined): Promise<number | undefined> {
    this.insertFreeBillStatement ??= preparedStatement(this.db, 'ewb_insert_free_bill', INSERT_FREE_BILL_SQL);
    const v = vehicle;
    const rows = await this.insertFreeBillStatement([
      bill.generatedAt,
      bill.ewbDate,
      bill.genMode,
      bill.userGstin,
      bill.fromGstin,
      bill.toGstin,
      bill.dupGstin,
      bill.docType,
      bill.docNo,
      bill.docKey,
      bill.docDate,
      bill.transporterId ?? null,
      bill.transporterName ?? null,
      bill.transporterAssignedAt ?? null,
      bill.transMode ?? null,
      bill.vehicleType ?? null,
      bill.actualDist,
      bill.noValidDays ?? 0,
      bill.validityStartAt ?? null,
      bill.validUntil ?? null,
      bill.status,
      bill.partBByTransporter ?? false,
      bill.irn ?? null,
      String(bill.totInvValue),
      bill.delPlace ?? null,
      bill.delPincode ?? null,
      bill.delStateCode ?? null,
      JSON.stringify(bill.payload),
      v !== undefined,
      v?.enteredAt ?? null,
      v?.enteredDate ?? null,
      v?.updMode ?? null,
      v?.vehicleNo ?? '',
      v?.fromPlace ?? '',
      v?.fromState ?? null,
      v?.tripSheetNo ?? 0,
      v?.userGstin ?? null,
      v?.transMode ?? null,
      v?.transDocNo ?? null,
      v?.transDocDate ?? null,
      v?.groupNo ?? 0,
      v?.quantity ?? null,
      v?.reasonCode ?? null,
      v?.reasonRemark ?? null,
    ]);
    return rows.length === 1 ? Number(rows[0].ewb_no) : undefined;
  }

  /** Runs `fn` in one transaction with a repository bound to it. */
  transaction<T>(fn: (tx: EwbRepository) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => fn(new EwbRepository(tx as unknown as Db)));
  }

  private async nextval(sequence: 'ewb_no_seq' | 'ewb_trip_sheet_seq'): Promise<number> {
    // bigint arrives as number or string, depending on the driver.
    const rows = rowsOf<{ n: string | number }>(await this.db.execute(sql`select nextval(${sequence}) as n`));
    return Number(rows[0].n);
  }

  async nextEwbNo(): Promise<number> {
    return EWB_NO_BASE + (await this.nextval('ewb_no_seq'));
  }

  async nextTripSheetNo(): Promise<number> {
    return TRIP_SHEET_NO_BASE + (await this.nextval('ewb_trip_sheet_seq'));
  }

  // ---- Bills

  async findBill(ewbNo: number): Promise<EwbBillRow | undefined> {
    const rows = await this.db.select().from(ewbBills).where(eq(ewbBills.ewbNo, ewbNo)).limit(1);
    return rows[0];
  }

  /** The bill, locked until the transaction ends. */
  async lockBill(ewbNo: number): Promise<EwbBillRow | undefined> {
    const rows = await this.db.select().from(ewbBills).where(eq(ewbBills.ewbNo, ewbNo)).limit(1).for('update');
    return rows[0];
  }

  /** Several bills locked in number order (one order for every caller, so no deadlock). */
  async lockBills(ewbNos: number[]): Promise<EwbBillRow[]> {
    if (ewbNos.length === 0) return [];
    return this.db.select().from(ewbBills).where(inArray(ewbBills.ewbNo, ewbNos)).orderBy(asc(ewbBills.ewbNo)).for('update');
  }

  /** The live (status ACT) bill of a document: the 604 key (A3.4). */
  async findLiveByDocument(dupGstin: string, docType: string, docKey: string, lock = false): Promise<EwbBillRow | undefined> {
    const query = this.db
      .select()
      .from(ewbBills)
      .where(and(eq(ewbBills.dupGstin, dupGstin), eq(ewbBills.docType, docType), eq(ewbBills.docKey, docKey), eq(ewbBills.status, 'ACT')))
      .limit(1);
    const rows = lock ? await query.for('update') : await query;
    return rows[0];
  }

  /** GetEwayBillGeneratedByConsigner: the caller's live bill of a document, as generator or consignor. */
  async findLiveForConsignor(gstin: string, docType: string, docKey: string): Promise<EwbBillRow | undefined> {
    const rows = await this.db
      .select()
      .from(ewbBills)
      .where(
        and(
          eq(ewbBills.docType, docType),
          eq(ewbBills.docKey, docKey),
          eq(ewbBills.status, 'ACT'),
          or(eq(ewbBills.userGstin, gstin), eq(ewbBills.fromGstin, gstin)),
        ),
      )
      .orderBy(desc(ewbBills.ewbNo))
      .limit(1);
    return rows[0];
  }

  /** Inserts unless the document already has a live bill (unique index → nothing inserted); true when inserted. */
  async insertBill(row: NewEwbBill): Promise<boolean> {
    const rows = await this.db.insert(ewbBills).values(row).onConflictDoNothing().returning({ ewbNo: ewbBills.ewbNo });
    return rows.length === 1;
  }

  /** Writes the changed columns (nothing when the patch is empty). */
  async updateBill(ewbNo: number, patch: Partial<NewEwbBill>): Promise<void> {
    if (Object.keys(patch).length === 0) return;
    await this.db.update(ewbBills).set(patch).where(eq(ewbBills.ewbNo, ewbNo));
  }

  /** The newest bill generated for an IRN. */
  async findByIrn(irn: string): Promise<EwbBillRow | undefined> {
    const rows = await this.db.select().from(ewbBills).where(eq(ewbBills.irn, irn)).orderBy(desc(ewbBills.ewbNo)).limit(1);
    return rows[0];
  }

  /** Bills generated in [from, to) seen from `gstin` in one role (A2.2 date lists). */
  async listGenerated(gstin: string, role: EwbListFilter, from: Date, to: Date): Promise<EwbBillRow[]> {
    const when = and(gte(ewbBills.generatedAt, from), lt(ewbBills.generatedAt, to));
    const who =
      role === 'generator'
        ? eq(ewbBills.userGstin, gstin)
        : role === 'transporter'
          ? eq(ewbBills.transporterId, gstin)
          : and(ne(ewbBills.userGstin, gstin), or(eq(ewbBills.fromGstin, gstin), eq(ewbBills.toGstin, gstin)));
    return this.db.select().from(ewbBills).where(and(who, when)).orderBy(asc(ewbBills.ewbNo));
  }

  // ---- Vehicle rows (VehiclListDetails)

  async addVehicles(rows: NewEwbVehicle[]): Promise<void> {
    if (rows.length > 0) await this.db.insert(ewbVehicles).values(rows);
  }

  /** Newest first (A5.1). */
  async vehiclesOf(ewbNo: number): Promise<EwbVehicleRow[]> {
    return this.db.select().from(ewbVehicles).where(eq(ewbVehicles.ewbNo, ewbNo)).orderBy(desc(ewbVehicles.id));
  }

  /** Active vehicle rows of one multi-vehicle group. */
  async activeGroupVehicles(ewbNo: number, groupNo: number): Promise<EwbVehicleRow[]> {
    return this.db
      .select()
      .from(ewbVehicles)
      .where(and(eq(ewbVehicles.ewbNo, ewbNo), eq(ewbVehicles.groupNo, groupNo), eq(ewbVehicles.active, true)))
      .orderBy(asc(ewbVehicles.id));
  }

  async deactivateVehicle(id: number): Promise<void> {
    await this.db.update(ewbVehicles).set({ active: false }).where(eq(ewbVehicles.id, id));
  }

  // ---- Multi-vehicle groups

  async groupsOf(ewbNo: number): Promise<EwbVehicleGroupRow[]> {
    return this.db.select().from(ewbVehicleGroups).where(eq(ewbVehicleGroups.ewbNo, ewbNo)).orderBy(asc(ewbVehicleGroups.groupNo));
  }

  async insertGroup(row: NewEwbVehicleGroup): Promise<void> {
    await this.db.insert(ewbVehicleGroups).values(row);
  }

  // ---- Trip sheets

  async insertTripSheet(row: NewEwbTripSheet, ewbNos: number[]): Promise<void> {
    await this.db.insert(ewbTripSheets).values(row);
    await this.db.insert(ewbTripSheetMembers).values(ewbNos.map((ewbNo) => ({ tripSheetNo: row.tripSheetNo, ewbNo })));
  }

  async findTripSheet(tripSheetNo: number, lock = false): Promise<EwbTripSheetRow | undefined> {
    const query = this.db.select().from(ewbTripSheets).where(eq(ewbTripSheets.tripSheetNo, tripSheetNo)).limit(1);
    const rows = lock ? await query.for('update') : await query;
    return rows[0];
  }

  async cancelTripSheet(tripSheetNo: number): Promise<void> {
    await this.db.update(ewbTripSheets).set({ status: 'CNL' }).where(eq(ewbTripSheets.tripSheetNo, tripSheetNo));
  }

  /** The member bills of a trip sheet in number order; `lock` locks them. */
  async tripSheetBills(tripSheetNo: number, lock = false): Promise<EwbBillRow[]> {
    const members = this.db
      .select({ ewbNo: ewbTripSheetMembers.ewbNo })
      .from(ewbTripSheetMembers)
      .where(eq(ewbTripSheetMembers.tripSheetNo, tripSheetNo));
    const query = this.db.select().from(ewbBills).where(inArray(ewbBills.ewbNo, members)).orderBy(asc(ewbBills.ewbNo));
    return lock ? query.for('update') : query;
  }
}
