import { z } from 'zod';

export const VerifyBody = z
  .object({
    jws: z
      .string()
      .min(1)
      .optional()
      .describe('A SignedQRCode or SignedInvoice: JWS compact (header.payload.signature), as in the generate response'),
    image: z
      .string()
      .min(1)
      .optional()
      .describe('A PNG or JPEG of the printed QR code, base64 (standard or URL-safe) or a data: URL (data:image/png;base64,…)'),
  })
  .refine((b) => (b.jws === undefined) !== (b.image === undefined), { message: 'Give either jws or image' });

export const VerifyResponse = z.object({
  valid: z.boolean().describe("The RS256 signature verifies with gstgate's key (/.well-known/jwks.json) or a configured NIC certificate"),
  reason: z.string().optional().describe('Why valid is false: "signature does not match", "unknown key id …", "unsupported algorithm …"'),
  kind: z
    .enum(['SignedQRCode', 'SignedInvoice', 'unknown'])
    .describe('SignedQRCode: data has the QR fields (SellerGstin … IrnDt); SignedInvoice: data is an INV-01 with Irn; else unknown'),
  alg: z.string().describe("The JWS header's alg (RS256 for NIC)"),
  kid: z.string().nullable().describe("The JWS header's kid: upper-case hex SHA-1 thumbprint of the signing certificate"),
  issuer: z.string().nullable().describe('The payload\'s iss ("NIC", "NIC Sandbox")'),
  key: z
    .object({
      source: z.enum(['gstgate', 'nic-certificate']),
      kid: z.string().nullable(),
      subject: z.string().nullable(),
    })
    .nullable()
    .describe('The key that verified the signature (null when valid is false)'),
  data: z
    .unknown()
    .describe("The payload's data, parsed from its JSON text (shown also when valid is false: it is what the document claims)"),
  qr: z
    .object({
      found: z.literal(true),
      format: z.enum(['PNG', 'JPEG']),
      width: z.number().int(),
      height: z.number().int(),
      version: z.number().int().describe("QR version (NIC's SignedQRCode: about 25)"),
    })
    .optional()
    .describe('With image: the QR code read from it'),
});
