/** Shared OpenAPI pieces: the problem+json shape and the security scheme names. */
import { z } from 'zod';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('First error code: NIC code where NIC has one, else a documented platform code'),
    errors: z.array(z.object({ code: z.string(), message: z.string(), field: z.string().optional() })),
    info: z.array(z.unknown()).optional(),
    requestId: z.string(),
  })
  .describe('application/problem+json (api.md §2)');

export const bearerSecurity = [{ bearerAuth: [] }];
export const adminSecurity = [{ adminKey: [] }];
