import { z } from 'zod';
import { isGstinFormat } from '../../domain/gstin.ts';

/** Longest `slow` delay accepted (2 minutes): beyond the upstream timeout it is a 504 anyway. */
export const MAX_FAULT_DELAY_MS = 120_000;
export const MAX_FAULT_COUNT = 10_000;

const Gstin = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .refine(isGstinFormat, 'Must be a GSTIN: 2 digits and 13 letters or digits');

export const CreateFaultBody = z
  .object({
    gstin: Gstin.describe(
      'The GSTIN whose government-side calls misbehave (the caller of e-invoice / e-way bill calls; the GSTIN looked up on the taxpayer API)',
    ),
    kind: z
      .enum(['down', 'slow', 'commit-then-timeout'])
      .describe(
        'down: 503 UPSTREAM_UNAVAILABLE without reaching the government system; slow: answered after delayMs (504 UPSTREAM_TIMEOUT ' +
          'after GSTGATE_NIC_TIMEOUT_MS when delayMs exceeds it); commit-then-timeout: the call is made (a document is registered) and the caller gets 504',
      ),
    count: z.number().int().min(1).max(MAX_FAULT_COUNT).default(1).describe('How many calls the fault applies to (default 1)'),
    delayMs: z.number().int().min(1).max(MAX_FAULT_DELAY_MS).optional().describe('Required for slow, and only for slow'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'slow' && v.delayMs === undefined)
      ctx.addIssue({ code: 'custom', path: ['delayMs'], message: 'delayMs is required for kind slow' });
    if (v.kind !== 'slow' && v.delayMs !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['delayMs'], message: 'delayMs applies only to kind slow' });
    }
  });

export const FaultView = z.object({
  id: z.number().int(),
  gstin: z.string(),
  kind: z.enum(['down', 'slow', 'commit-then-timeout']),
  remaining: z.number().int().describe('Calls the fault still applies to'),
  delayMs: z.number().int().nullable(),
  createdAt: z.string().describe('ISO-8601'),
});

export const FaultList = z.object({ faults: z.array(FaultView).describe('Active faults, oldest (applied first) first') });

export const FaultQuery = z.object({ gstin: Gstin.optional().describe("Only this GSTIN's faults") });

export const FaultsCleared = z.object({ deleted: z.number().int() });
