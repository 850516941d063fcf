/**
 * Printable documents (issue 7): the e-invoice and the e-way bill as A4 PDFs. The documents come
 * through the same services as their JSON reads, so the tenant rules are the same: the e-invoice as
 * GET /v1/einvoice/irn/{irn} (2145 malformed, 2148 another GSTIN's or unknown) and the e-way bill as
 * GET /v1/ewaybill/{ewbNo} (395, 301, 357).
 *
 * The invoice printed is the one the IRP signed: SignedInvoice's `data` (reference nic-einvoice.md
 * §6.3), read the same way duplicate-IRN recovery reads it. The gateway's copy adds only what the IRP
 * does not return, the cancellation date.
 */
import { fail } from '../../core/errors.ts';
import type { AuthContext } from '../auth/auth.service.ts';
import { registeredInvoiceOf } from '../einvoice/einvoice.recovery.ts';
import type { EinvoiceRepository } from '../einvoice/einvoice.repository.ts';
import type { EinvoiceService } from '../einvoice/einvoice.service.ts';
import type { EwaybillService } from '../ewaybill/ewaybill.service.ts';
import type { SignedInvoiceData } from './einvoice.pdf.ts';

export interface PrintedDocument {
  pdf: Buffer;
  /** For Content-Disposition: einvoice-<DocNo>.pdf, ewaybill-<EwbNo>.pdf. */
  filename: string;
}

/** A document number as a file name: characters other than letters, digits, '-' and '_' become '-'. */
export function safeFileName(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '-');
}

export class PrintService {
  constructor(
    private readonly einvoice: EinvoiceService,
    private readonly copies: EinvoiceRepository,
    private readonly ewaybill: EwaybillService,
  ) {}

  async einvoicePdf(auth: AuthContext, irn: string): Promise<PrintedDocument> {
    const document = await this.einvoice.getByIrn(auth, irn);
    const registered = registeredInvoiceOf(document.SignedInvoice);
    const invoice = registered?.invoice as SignedInvoiceData | undefined;
    if (!invoice || !Array.isArray(invoice.ItemList) || !invoice.ValDtls || !invoice.SellerDtls) {
      fail('UPSTREAM_ERROR', ['the SignedInvoice of this IRN does not hold an INV-01 invoice']);
    }
    const cancelDate = document.Status === 'CNL' ? ((await this.copies.findByIrn(document.Irn))?.cancelDate ?? null) : null;
    // pdfkit, its fonts and bwip-js (~17 MB RSS) load on the first PDF, not at start (issue 9).
    const { renderEinvoicePdf } = await import('./einvoice.pdf.ts');
    const pdf = await renderEinvoicePdf({ document, invoice, cancelDate });
    return { pdf, filename: `einvoice-${safeFileName(invoice.DocDtls.No)}.pdf` };
  }

  async ewaybillPdf(auth: AuthContext, ewbNo: string): Promise<PrintedDocument> {
    const ewb = await this.ewaybill.get(auth, ewbNo);
    const { renderEwaybillPdf } = await import('./ewaybill.pdf.ts');
    return { pdf: await renderEwaybillPdf(ewb), filename: `ewaybill-${ewb.ewbNo}.pdf` };
  }
}
