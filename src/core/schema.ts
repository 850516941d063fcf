/** Every table, for drizzle-kit and the typed db handle. Only repositories import tables. */

export * from '../modules/audit/audit.tables.ts';
export * from '../modules/auth/auth.tables.ts';
export * from '../modules/bulk/bulk.tables.ts';
export * from '../modules/einvoice/einvoice.tables.ts';
export * from '../modules/idempotency/idempotency.tables.ts';
export * from '../modules/nic-credentials/nic-credentials.tables.ts';
export * from '../modules/sandbox/sandbox.tables.ts';
export * from '../modules/sandbox/sandbox-faults.tables.ts';
export * from '../modules/taxpayer/taxpayer.tables.ts';
export * from '../modules/webhooks/webhooks.tables.ts';
export * from '../nic/nic.tables.ts';
export * from '../providers/sandbox/ewb.tables.ts';
export * from '../providers/sandbox/irp.tables.ts';
