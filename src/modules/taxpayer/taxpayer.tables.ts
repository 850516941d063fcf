/**
 * The GST taxpayer registry: in sandbox mode the single source of truth that the e-invoice, e-way
 * bill and taxpayer suites all read (issue 4); with the nic provider, a cache of the common portal.
 */
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

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
    /**
     * The portal emulator derives this taxpayer's return filings (RETTRACK, reference B2) from its
     * registration with the domain's syntheticFilings rule; explicit filings (taxpayer_filings) are
     * added to them. Seeded and generated taxpayers have it; admin-created ones only when asked.
     */
    syntheticFilings: boolean('synthetic_filings').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('taxpayers_pan_idx').on(t.pan), index('taxpayers_state_idx').on(t.stateCode)],
);

export type TaxpayerRow = typeof taxpayers.$inferSelect;
export type NewTaxpayerRow = typeof taxpayers.$inferInsert;

/**
 * Return filings added through the sandbox admin API (api.md §7), one row per RETTRACK `EFiledlist`
 * element (reference B2). Several rows may share a period (original and revision) but not an ARN.
 * The primary key leads with gstin, so a taxpayer's filings are one index range scan.
 */
export const taxpayerFilings = pgTable(
  'taxpayer_filings',
  {
    // No foreign key: drizzle-kit would qualify it with "public", and each test app runs in its own
    // schema; the sandbox service checks the taxpayer exists before adding filings.
    gstin: text('gstin').notNull(),
    /** GSTR1, GSTR3B, GSTR4, CMP08, GSTR9 … (B2 `rtntype`). */
    rtntype: text('rtntype').notNull(),
    /** Tax period `MMYYYY` (B2 `ret_prd`). */
    retPrd: text('ret_prd').notNull(),
    /** Date of filing (B2 `dof`, answered as dd-MM-yyyy). */
    dof: date('dof', { mode: 'string' }).notNull(),
    arn: text('arn').notNull(),
    status: text('status').notNull().default('Filed'),
    /** Mode of filing: ONLINE / OFFLINE. */
    mof: text('mof').notNull().default('ONLINE'),
    /** Y / N. */
    valid: text('valid').notNull().default('Y'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'taxpayer_filings_pkey', columns: [t.gstin, t.rtntype, t.retPrd, t.arn] })],
);

export type TaxpayerFilingRow = typeof taxpayerFilings.$inferSelect;
export type NewTaxpayerFilingRow = typeof taxpayerFilings.$inferInsert;
