/**
 * The GST taxpayer registry: in sandbox mode the single source of truth that the e-invoice, e-way
 * bill and taxpayer suites all read (issue 4); with the nic provider, a cache of the common portal.
 */
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export interface TaxpayerAddress {
  building?: string;
  buildingNo?: string;
  floor?: string;
  street?: string;
  location?: string;
  city?: string;
  district?: string;
  stateCode: string;
  pincode: string;
  nature?: string;
}

export const taxpayers = pgTable(
  'taxpayers',
  {
    gstin: text('gstin').primaryKey(),
    stateCode: text('state_code').notNull(),
    pan: text('pan').notNull(),
    legalName: text('legal_name').notNull(),
    tradeName: text('trade_name'),
    /** Common-portal status text: Active, Cancelled, Suspended, Inactive, Provisional (reference B1). */
    sts: text('sts').notNull(),
    registrationDate: date('registration_date', { mode: 'string' }).notNull(),
    cancellationDate: date('cancellation_date', { mode: 'string' }),
    /** Constitution of business (`ctb`). */
    constitution: text('constitution'),
    /** Taxpayer type as the portal writes it (`dty`): Regular, Composition, SEZ Unit, Tax Collector … */
    taxpayerType: text('taxpayer_type').notNull(),
    address: jsonb('address').$type<TaxpayerAddress>(),
    additionalAddresses: jsonb('additional_addresses').$type<TaxpayerAddress[]>().notNull().default(sql`'[]'::jsonb`),
    natureOfBusiness: jsonb('nature_of_business').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    stateJurisdiction: text('state_jurisdiction'),
    stateJurisdictionCode: text('state_jurisdiction_code'),
    centreJurisdiction: text('centre_jurisdiction'),
    centreJurisdictionCode: text('centre_jurisdiction_code'),
    einvoiceEnabled: boolean('einvoice_enabled').notNull().default(true),
    /** e-way bill generation blocked for return non-filing (IRP BlkStatus B). */
    blocked: boolean('blocked').notNull().default(false),
    /** Days after the document date within which the IRP accepts it; null = no limit (AATO < ₹10 cr). */
    reportingLimitDays: integer('reporting_limit_days'),
    /** NIC-style test identity whose check digit fails; accepted only because the registry holds it. */
    testIdentity: boolean('test_identity').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('taxpayers_pan_idx').on(t.pan), index('taxpayers_state_idx').on(t.stateCode)],
);

export type TaxpayerRow = typeof taxpayers.$inferSelect;
export type NewTaxpayerRow = typeof taxpayers.$inferInsert;
