import { z } from 'zod';

export const BULK_ROW_STATUSES = ['pending', 'valid', 'invalid', 'generating', 'generated', 'failed', 'duplicate'] as const;

export const UploadQuery = z.object({
  filename: z.string().max(255).optional().describe('Name of the uploaded file, kept with the batch'),
});

export const BatchParams = z.object({ batchId: z.string().max(64) });

export const FileFormatQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });

export const RowsQuery = z.object({
  status: z.enum(BULK_ROW_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const BatchViewSchema = z
  .object({
    batchId: z.string().uuid(),
    state: z.enum(['validating', 'generating', 'completed']),
    fileName: z.string().nullable(),
    format: z.enum(['csv', 'xlsx', 'json']),
    total: z.number().int().describe('Invoices in the file'),
    fileRows: z.number().int().describe('Data rows of the file (CSV/XLSX: one per item)'),
    validated: z.number().int(),
    valid: z.number().int().describe('Validated and not invalid (waiting, being generated, or settled)'),
    invalid: z.number().int(),
    generated: z.number().int(),
    failed: z.number().int(),
    duplicate: z.number().int(),
    progress: z.number().min(0).max(1).describe('Validation counts for half, generation for the other half'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .describe('A bulk batch and its progress');

export const UploadAcceptedSchema = z.object({
  batchId: z.string().uuid(),
  status: z.enum(['validating', 'queued']),
  rows: z.number().int().describe('Invoices in the file (one result row each)'),
  fileRows: z.number().int(),
  statusUrl: z.string(),
});

const RowErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().optional().describe('INV-01 path, e.g. ItemList[0].IgstAmt'),
  column: z.string().optional().describe('Column of the file, when one maps to the field'),
});

export const RowSchema = z.object({
  rowNo: z
    .number()
    .int()
    .describe('File row of the invoice (its first item row; the header is row 1) or its 1-based index in a JSON array'),
  lastRowNo: z.number().int(),
  docType: z.string().nullable(),
  docNo: z.string().nullable(),
  docDate: z.string().nullable(),
  status: z.enum(BULK_ROW_STATUSES),
  irn: z.string().nullable(),
  ackNo: z.number().int().nullable(),
  ackDt: z.string().nullable(),
  errors: z.array(RowErrorSchema),
});

export const RowsResponse = z.object({ rows: z.array(RowSchema), limit: z.number().int(), offset: z.number().int() });
