import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Sessions of the NIC wire protocol (issue 5): one row per AuthToken the sandbox issued, with its
 * SEK. The token is kept as issued (not hashed) because NIC answers a repeated auth with the same
 * token (reference nic-einvoice.md §3.1); the SEK is the session's AES key in base64. Expiry runs on
 * the government (sandbox) clock.
 */
export const nicSessions = pgTable(
  'nic_sessions',
  {
    authToken: text('auth_token').primaryKey(),
    /** 'einvoice' | 'ewaybill' */
    kind: text('kind').notNull(),
    clientId: text('client_id').notNull(),
    username: text('username').notNull(),
    gstin: text('gstin').notNull(),
    sek: text('sek').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('nic_sessions_owner_idx').on(t.kind, t.clientId, t.gstin, t.username, t.expiresAt)],
);

export type NicSessionRow = typeof nicSessions.$inferSelect;
