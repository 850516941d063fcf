import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * NIC API credentials per GSTIN (GSTGATE_PROVIDER=nic, issue 5): the client id/secret NIC issued and
 * the API user created on the portal (reference nic-einvoice.md §2.2, nic-ewaybill-gst.md A1.2).
 * Secrets are AES-256-GCM sealed under GSTGATE_SECRETS_KEY (core/crypto/at-rest.ts); never plaintext.
 */
export const nicCredentials = pgTable('nic_credentials', {
  gstin: text('gstin').primaryKey(),
  clientId: text('client_id').notNull(),
  clientSecretEnc: text('client_secret_enc').notNull(),
  /** The API user of the e-invoice system (IRP). */
  username: text('username').notNull(),
  passwordEnc: text('password_enc').notNull(),
  /** The e-way bill system's API user when it differs from the IRP's; the same password is used. */
  ewbUsername: text('ewb_username'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type NicCredentialsRow = typeof nicCredentials.$inferSelect;
