/** OpenAPI description of the PDF answers: `200 application/pdf`, a binary body. */
import { z } from 'zod';

export const PdfResponse = z.any().meta({
  description: 'The printable document, A4 (application/pdf; Content-Disposition: inline; filename="…")',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
});
