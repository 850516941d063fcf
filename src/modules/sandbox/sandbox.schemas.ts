import { z } from 'zod';
import { PORTAL_STATUSES, PORTAL_TAXPAYER_TYPES } from '../taxpayer/registry.ts';

/** dd/mm/yyyy (portal style) or yyyy-mm-dd. */
const DateInput = z.string().regex(/^(\d{2}\/\d{2}\/\d{4}|\d{4}-\d{2}-\d{2})$/, 'Use dd/mm/yyyy or yyyy-mm-dd');

export const AddressInput = z.object({
  building: z.string().max(100).optional(),
  buildingNo: z.string().max(60).optional(),
  floor: z.string().max(60).optional(),
  street: z.string().max(100).optional(),
  location: z.string().max(100).optional(),
  city: z.string().max(100).optional(),
  district: z.string().max(100).optional(),
  stateCode: z.string().regex(/^\d{1,2}$/),
  pincode: z.union([z.string().regex(/^[1-9]\d{5}$/), z.number().int().min(100000).max(999999)]).transform(String),
});

export const CreateTaxpayerBody = z.object({
  gstin: z.string().length(15).optional().describe('Omit to get a new realistic GSTIN with a valid check digit for stateCode'),
  stateCode: z
    .string()
    .regex(/^\d{1,2}$/)
    .optional(),
  pan: z.string().optional().describe('PAN for a generated GSTIN (several registrations of one PAN)'),
  legalName: z.string().min(3).max(100),
  tradeName: z.string().min(1).max(100).optional(),
  sts: z.enum(PORTAL_STATUSES).default('Active'),
  rgdt: DateInput.describe('Registration date'),
  cxdt: DateInput.optional().describe('Cancellation date (for Cancelled)'),
  ctb: z.string().max(60).optional().describe('Constitution of business, e.g. Private Limited Company'),
  dty: z
    .enum(PORTAL_TAXPAYER_TYPES as [string, ...string[]])
    .default('Regular')
    .describe('Taxpayer type as the portal writes it'),
  address: AddressInput.optional(),
  nba: z.array(z.string()).optional(),
  einvoiceStatus: z.union([z.boolean(), z.enum(['Yes', 'No'])]).optional(),
  blocked: z.boolean().optional().describe('e-way bill generation blocked for return non-filing (IRP BlkStatus B)'),
  reportingLimitDays: z
    .number()
    .int()
    .positive()
    .nullable()
    .optional()
    .describe('IRP reporting time limit in days for this taxpayer (30 for AATO ≥ ₹10 crore); null/absent = none'),
  testIdentity: z.boolean().optional().describe("Accept a GSTIN whose check digit fails, as NIC's own sandbox test GSTINs do"),
  stj: z
    .string()
    .max(300)
    .optional()
    .describe('State jurisdiction, e.g. "State - Karnataka,Division - DGSTO-4, Bengaluru,LOCAL GST Office - LGSTO 015 - Bengaluru"'),
  stjCd: z.string().max(20).optional().describe('State jurisdiction code, e.g. KA003'),
  ctj: z
    .string()
    .max(300)
    .optional()
    .describe('Centre jurisdiction, e.g. "Commissionerate - BENGALURU EAST,Division - EAST DIVISION-8,Range - RANGE-BED8"'),
  ctjCd: z.string().max(20).optional().describe('Centre jurisdiction code, e.g. YT0802'),
  syntheticFilings: z
    .boolean()
    .optional()
    .describe(
      'Give the taxpayer a synthetic return-filing history that follows its registration and the due dates (default false: only filings added through /filings)',
    ),
});
export type CreateTaxpayerInput = z.infer<typeof CreateTaxpayerBody>;

export const TaxpayerView = z.object({
  gstin: z.string(),
  stateCode: z.string(),
  pan: z.string(),
  legalName: z.string(),
  tradeName: z.string().nullable(),
  sts: z.string(),
  rgdt: z.string(),
  cxdt: z.string().nullable(),
  ctb: z.string().nullable(),
  dty: z.string(),
  address: z.unknown().nullable(),
  einvoiceStatus: z.enum(['Yes', 'No']),
  blocked: z.boolean(),
  reportingLimitDays: z.number().nullable(),
  testIdentity: z.boolean(),
});

export const FilingInput = z.object({
  rtntype: z.string().describe('Return type: GSTR1, GSTR1A, GSTR3B, GSTR4, CMP08, GSTR9, GSTR9C … (hyphens and case ignored: GSTR-3B)'),
  ret_prd: z.string().describe('Tax period MMYYYY, e.g. 022024 (annual returns: 03 of the FY end, e.g. 032024)'),
  dof: z
    .string()
    .describe('Date of filing dd-MM-yyyy or dd/MM/yyyy: on or after the first day of the period, not after today (government clock)'),
  status: z.string().min(1).max(10).optional().describe('Default Filed'),
  arn: z
    .string()
    .optional()
    .describe('Acknowledgement reference number, up to 25 letters and digits; generated in the official format when absent'),
  mof: z.enum(['ONLINE', 'OFFLINE']).optional().describe('Mode of filing, default ONLINE'),
  valid: z.enum(['Y', 'N']).optional().describe('Default Y'),
});
export type FilingInputType = z.infer<typeof FilingInput>;

export const AddFilingsBody = z.object({ filings: z.array(FilingInput).min(1).max(1000) });

export const AddFilingsResponse = z.object({
  gstin: z.string(),
  filings: z
    .array(
      z.object({
        valid: z.enum(['Y', 'N']),
        mof: z.enum(['ONLINE', 'OFFLINE']),
        dof: z.string().describe('dd-MM-yyyy'),
        rtntype: z.string(),
        ret_prd: z.string(),
        arn: z.string(),
        status: z.string(),
      }),
    )
    .describe('The filings added, as GET /v1/gstin/{gstin}/returns shows them'),
});

export const CreateUserBody = z.object({
  gstin: z.string().length(15),
  username: z
    .string()
    .min(3)
    .max(100)
    .regex(/^[A-Za-z0-9_.@-]+$/),
  password: z.string().min(8).max(200),
});

export const UserView = z.object({ id: z.number(), gstin: z.string(), username: z.string() });

export const ClientView = z.object({ clientId: z.string(), clientSecret: z.string() });

export const ClockBody = z.union([
  z.object({ now: z.iso.datetime({ offset: true }).describe('ISO-8601 instant the government clock jumps to, then keeps running') }),
  z.object({ advanceSeconds: z.number().int().describe('Move the government clock forward (or back, if negative)') }),
]);

export const ClockView = z.object({
  now: z.string().describe('ISO-8601 instant of the sandbox government clock'),
  offsetSeconds: z.number().describe('Offset from real time'),
});
