/** GST taxpayer routes (api.md §6): GST common-portal field names (reference Part B). */
import { z } from 'zod';
import { VERIFY_MAX } from './taxpayer.service.ts';

export const GstinParams = z.object({
  gstin: z.string().describe('15-character GSTIN; lower case is accepted and upper-cased'),
});

export const PanParams = z.object({
  pan: z.string().describe('10-character PAN (5 letters, 4 digits, a letter); lower case is accepted'),
});

export const FyQuery = z.object({
  fy: z.string().describe('Financial year YYYY-YY, e.g. 2024-25'),
});

const PortalAddress = z.object({
  bnm: z.string().describe('Building name'),
  bno: z.string().describe('Door / building number'),
  flno: z.string().describe('Floor'),
  st: z.string().describe('Street'),
  loc: z.string().describe('Locality'),
  city: z.string(),
  dst: z.string().describe('District'),
  stcd: z.string().describe('State NAME (not the code), e.g. Karnataka'),
  pncd: z.string().describe('PIN code'),
  lt: z.string().describe('Latitude ("" when unknown)'),
  lg: z.string().describe('Longitude ("" when unknown)'),
});

const PortalPlace = z.object({
  addr: PortalAddress,
  ntr: z.string().describe('Nature(s) of business at this place, comma-joined'),
});

export const SearchResponse = z
  .object({
    gstin: z.string(),
    lgnm: z.string().describe('Legal name of business'),
    tradeNam: z.string().describe('Trade name ("" when none)'),
    sts: z.string().describe('Active, Cancelled, Suspended, Inactive, Provisional'),
    rgdt: z.string().describe('Registration date dd/MM/yyyy'),
    cxdt: z.string().describe('Cancellation date dd/MM/yyyy, "" when not cancelled'),
    lstupdt: z.string().describe('Date the record last changed, dd/MM/yyyy'),
    ctb: z.string().describe('Constitution of business, e.g. Private Limited Company'),
    dty: z.string().describe('Taxpayer type, e.g. Regular, Composition, SEZ Unit'),
    nba: z.array(z.string()).describe('Natures of business activity'),
    stj: z.string().describe('State jurisdiction'),
    stjCd: z.string().describe('State jurisdiction code'),
    ctj: z.string().describe('Centre jurisdiction'),
    ctjCd: z.string().describe('Centre jurisdiction code'),
    pradr: PortalPlace.describe('Principal place of business'),
    adadr: z.array(PortalPlace).describe('Additional places of business'),
    einvoiceStatus: z.enum(['Yes', 'No']),
  })
  .describe('GST common portal Search Taxpayer (action=TP)');

export const StatusResponse = z.object({
  gstin: z.string(),
  sts: z.string().describe('Registration status as the portal writes it'),
  einvoiceStatus: z.enum(['Yes', 'No']),
  blocked: z.boolean().describe('e-way bill generation blocked for return non-filing (IRP BlkStatus B)'),
  lastUpdated: z.string().describe('ISO-8601 instant the registry record last changed'),
});

export const FilingSchema = z.object({
  valid: z.enum(['Y', 'N']),
  mof: z.enum(['ONLINE', 'OFFLINE']).describe('Mode of filing'),
  dof: z.string().describe('Date of filing dd-MM-yyyy (hyphens, as the portal)'),
  rtntype: z.string().describe('GSTR1, GSTR3B, GSTR4, CMP08, GSTR9 …'),
  ret_prd: z.string().describe('Tax period MMYYYY'),
  arn: z.string().describe('Acknowledgement reference number'),
  status: z.string().describe('Filed …'),
});

export const ReturnsResponse = z
  .object({ EFiledlist: z.array(FilingSchema) })
  .describe('GST common portal Track Returns (action=RETTRACK)');

export const PreferenceResponse = z
  .object({
    response: z.array(
      z.object({
        quarter: z.string().describe('Q1 … Q4 of the financial year'),
        preference: z.string().describe('M monthly, Q quarterly (QRMP)'),
      }),
    ),
  })
  .describe('GST common portal filing preference (action=GETPREF)');

export const PanResponse = z.array(
  z.object({
    gstin: z.string(),
    stateCode: z.string().describe('Two-digit state code of the registration'),
    sts: z.string(),
  }),
);

export const VerifyBody = z
  .object({
    gstin: z.string().optional().describe('One GSTIN'),
    gstins: z.array(z.string()).min(1).max(VERIFY_MAX).optional().describe(`Up to ${VERIFY_MAX} GSTINs`),
  })
  .refine((b) => (b.gstin === undefined) !== (b.gstins === undefined), { message: 'Give either gstin or gstins' });

export const VerifyResult = z.object({
  gstin: z.string().describe('The input, trimmed and upper-cased'),
  valid: z.boolean().describe('Well-formed (length, format family, state code) with a correct check character'),
  checksumValid: z.boolean().describe('The 15th character is the right check character'),
  exists: z.boolean().describe('Registered (in the GST registry)'),
  sts: z.string().nullable(),
  lgnm: z.string().nullable(),
  stateCode: z.string().nullable(),
  pan: z.string().nullable().describe('PAN inside a regular or TCS GSTIN'),
  errors: z
    .array(z.string())
    .describe('Failed rules: INVALID_GSTIN_LENGTH, INVALID_GSTIN_FORMAT, INVALID_GSTIN_STATE_CODE, INVALID_GSTIN_CHECKSUM, NOT_FOUND'),
});

export const VerifyResponse = z.union([VerifyResult, z.object({ results: z.array(VerifyResult) })]);
