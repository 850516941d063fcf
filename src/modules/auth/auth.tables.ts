import { bigint, bigserial, boolean, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** API users act for one GSTIN (api.md §3). Passwords are scrypt hashes, never plain. */
export const apiUsers = pgTable(
  'api_users',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    gstin: text('gstin').notNull(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('api_users_gstin_username_uq').on(t.gstin, t.username)],
);

/** Opaque bearer tokens, stored as SHA-256 of the token only. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: bigint('user_id', { mode: 'number' }).notNull(),
    gstin: text('gstin').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('api_tokens_user_expires_idx').on(t.userId, t.expiresAt)],
);

export type ApiUserRow = typeof apiUsers.$inferSelect;
