import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** NIC wire-protocol clients (client_id / client_secret, the secret stored as a hash). */
export const nicClients = pgTable('nic_clients', {
  clientId: text('client_id').primaryKey(),
  secretHash: text('secret_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Small shared sandbox state (the government clock's offset), so all instances agree. */
export const sandboxState = pgTable('sandbox_state', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
