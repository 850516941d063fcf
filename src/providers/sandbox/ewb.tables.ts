/**
 * The emulated NIC e-way bill system's own tables (the government side; reference
 * nic-ewaybill-gst.md Part A and Part C). Numbers come from the unqualified sequences
 * `ewb_no_seq` and `ewb_trip_sheet_seq` (migrations/0003_ewb_sequences.sql).
 *
 * One live e-way bill per document: unique (dup_gstin, doc_type, doc_key) among bills with status
 * ACT (604, A3.4). A cancelled bill frees its document (EWB FAQ: "cancelled and generated afresh");
 * so does a discarded Part-A slip, which generate marks DIS before inserting the new one.
 */

import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { GenerateEwbRequest } from '../../domain/ewaybill/types.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const ewbBills = pgTable(
  'ewb_bills',
  {
    ewbNo: bigint('ewb_no', { mode: 'number' }).primaryKey(),
    /** Generation instant, truncated to the minute (Part C item 2). */
    generatedAt: at('generated_at').notNull(),
    /** `dd/MM/yyyy hh:mm:ss AM|PM` as NIC renders it. */
    ewbDate: text('ewb_date').notNull(),
    genMode: text('gen_mode').notNull(),
    /** The generating GSTIN (NIC header gstin): consignor, consignee or transporter. */
    userGstin: text('user_gstin').notNull(),
    fromGstin: text('from_gstin').notNull(),
    toGstin: text('to_gstin').notNull(),
    /** Duplicate key owner (A3.4): fromGstin, or the generating GSTIN when fromGstin is URP. */
    dupGstin: text('dup_gstin').notNull(),
    docType: text('doc_type').notNull(),
    docNo: text('doc_no').notNull(),
    /** docNo upper-cased: the duplicate check ignores letter case. */
    docKey: text('doc_key').notNull(),
    docDate: text('doc_date').notNull(),
    transporterId: text('transporter_id'),
    transporterName: text('transporter_name'),
    transporterAssignedAt: at('transporter_assigned_at'),
    transMode: text('trans_mode'),
    vehicleType: text('vehicle_type'),
    actualDist: integer('actual_dist').notNull(),
    noValidDays: integer('no_valid_days').notNull().default(0),
    /** First Part-B entry (A6.1); null for a Part-A slip. */
    validityStartAt: at('validity_start_at'),
    validUntil: at('valid_until'),
    /** ACT, CNL, or DIS once a discarded Part-A slip made way for a new bill (otherwise DIS is computed). */
    status: text('status').notNull(),
    cancelReason: text('cancel_reason'),
    cancelRemark: text('cancel_remark'),
    cancelDate: text('cancel_date'),
    cancelledAt: at('cancelled_at'),
    rejectStatus: text('reject_status').notNull().default('N'),
    rejectedAt: at('rejected_at'),
    extendedTimes: integer('extended_times').notNull().default(0),
    /** The current transporter has entered Part-B (635, 338, 637, 645, 649). */
    partBByTransporter: boolean('part_b_by_transporter').notNull().default(false),
    /** Multi-vehicle movement initiated (412, 648). */
    multiVehicle: boolean('multi_vehicle').notNull().default(false),
    /** Set when the IRP asked for it (e-way bill by IRN). */
    irn: text('irn'),
    totInvValue: numeric('tot_inv_value', { precision: 18, scale: 2, mode: 'number' }).notNull(),
    /** Ship-to place of the list APIs (A5.2). */
    delPlace: text('del_place'),
    delPincode: integer('del_pincode'),
    delStateCode: integer('del_state_code'),
    /** The parsed GENEWAYBILL request. */
    payload: jsonb('payload').$type<GenerateEwbRequest>().notNull(),
  },
  (t) => [
    uniqueIndex('ewb_bills_doc_uq').on(t.dupGstin, t.docType, t.docKey).where(sql`status = 'ACT'`),
    index('ewb_bills_generator_idx').on(t.userGstin, t.generatedAt),
    index('ewb_bills_transporter_idx').on(t.transporterId, t.generatedAt),
    index('ewb_bills_from_idx').on(t.fromGstin, t.generatedAt),
    index('ewb_bills_to_idx').on(t.toGstin, t.generatedAt),
    index('ewb_bills_irn_idx').on(t.irn),
  ],
);

/** VehiclListDetails history (A5.1): one row per Part-B entry, trip sheet, extension or group vehicle. */
export const ewbVehicles = pgTable(
  'ewb_vehicles',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ewbNo: bigint('ewb_no', { mode: 'number' }).notNull(),
    enteredAt: at('entered_at').notNull(),
    enteredDate: text('entered_date').notNull(),
    updMode: text('upd_mode').notNull(),
    vehicleNo: text('vehicle_no').notNull().default(''),
    fromPlace: text('from_place').notNull().default(''),
    fromState: integer('from_state').notNull(),
    tripSheetNo: bigint('trip_sheet_no', { mode: 'number' }).notNull().default(0),
    /** Who entered it (userGSTINTransin). */
    userGstin: text('user_gstin').notNull(),
    transMode: text('trans_mode').notNull(),
    transDocNo: text('trans_doc_no'),
    transDocDate: text('trans_doc_date'),
    groupNo: integer('group_no').notNull().default(0),
    quantity: numeric('quantity', { precision: 18, scale: 3, mode: 'number' }),
    /** False once a multi-vehicle change replaced it (MULTIVEHUPD). */
    active: boolean('active').notNull().default(true),
    reasonCode: text('reason_code'),
    reasonRemark: text('reason_remark'),
  },
  (t) => [index('ewb_vehicles_ewb_idx').on(t.ewbNo, t.groupNo)],
);

/** Consolidated e-way bills (A4.6, A5.3). */
export const ewbTripSheets = pgTable(
  'ewb_trip_sheets',
  {
    tripSheetNo: bigint('trip_sheet_no', { mode: 'number' }).primaryKey(),
    /** Creator (GENCEWB / REGENTRIPSHEET caller). */
    userGstin: text('user_gstin').notNull(),
    fromPlace: text('from_place').notNull(),
    fromState: integer('from_state').notNull(),
    vehicleNo: text('vehicle_no').notNull().default(''),
    transMode: text('trans_mode').notNull(),
    transDocNo: text('trans_doc_no'),
    transDocDate: text('trans_doc_date'),
    enteredAt: at('entered_at').notNull(),
    enteredDate: text('entered_date').notNull(),
    /** ACT, or CNL after regeneration. */
    status: text('status').notNull(),
    reasonCode: text('reason_code'),
    reasonRemark: text('reason_remark'),
    /** The trip sheet this one was regenerated from. */
    previousNo: bigint('previous_no', { mode: 'number' }),
  },
  (t) => [index('ewb_trip_sheets_user_idx').on(t.userGstin)],
);

export const ewbTripSheetMembers = pgTable(
  'ewb_trip_sheet_members',
  {
    tripSheetNo: bigint('trip_sheet_no', { mode: 'number' }).notNull(),
    ewbNo: bigint('ewb_no', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tripSheetNo, t.ewbNo] })],
);

/** Multi-vehicle movement groups (A4.7). */
export const ewbVehicleGroups = pgTable(
  'ewb_vehicle_groups',
  {
    ewbNo: bigint('ewb_no', { mode: 'number' }).notNull(),
    groupNo: integer('group_no').notNull(),
    reasonCode: text('reason_code').notNull(),
    reasonRemark: text('reason_remark'),
    fromPlace: text('from_place').notNull(),
    fromState: integer('from_state').notNull(),
    toPlace: text('to_place').notNull(),
    toState: integer('to_state').notNull(),
    transMode: text('trans_mode').notNull(),
    totalQuantity: numeric('total_quantity', { precision: 18, scale: 3, mode: 'number' }).notNull(),
    unitCode: text('unit_code').notNull(),
    createdAt: at('created_at').notNull(),
    createdDate: text('created_date').notNull(),
    /** The initiation request's fields: an identical MULTIVEHMOVINT returns this group again (A4.7). */
    fingerprint: text('fingerprint').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ewbNo, t.groupNo] }), uniqueIndex('ewb_vehicle_groups_request_uq').on(t.ewbNo, t.fingerprint)],
);

export type EwbBillRow = typeof ewbBills.$inferSelect;
export type NewEwbBill = typeof ewbBills.$inferInsert;
export type EwbVehicleRow = typeof ewbVehicles.$inferSelect;
export type NewEwbVehicle = Omit<typeof ewbVehicles.$inferInsert, 'id'>;
export type EwbTripSheetRow = typeof ewbTripSheets.$inferSelect;
export type NewEwbTripSheet = typeof ewbTripSheets.$inferInsert;
export type EwbVehicleGroupRow = typeof ewbVehicleGroups.$inferSelect;
export type NewEwbVehicleGroup = typeof ewbVehicleGroups.$inferInsert;
