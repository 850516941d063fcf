import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Government-side faults injected for one GSTIN's next calls (api.md §7, issue 6): `down` (503),
 * `slow` (delay), `commit-then-timeout` (registered, but the caller sees a timeout). In the database so
 * every instance sees them; `remaining` is decremented atomically per call.
 */
export const sandboxFaults = pgTable(
  'sandbox_faults',
  {
    id: serial('id').primaryKey(),
    gstin: text('gstin').notNull(),
    kind: text('kind').notNull(),
    remaining: integer('remaining').notNull(),
    delayMs: integer('delay_ms'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sandbox_faults_gstin_idx').on(t.gstin, t.id)],
);

export type SandboxFaultRow = typeof sandboxFaults.$inferSelect;
