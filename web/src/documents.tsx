/** E-invoices: the list with search and filters, and a document's page (QR, PDF, cancel). */
import QRCode from 'qrcode';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { get, openFile, post, qs } from './api.ts';
import { Link } from './router.tsx';
import { Errors, Field, money, StatusBadge } from './ui.tsx';

export interface DocumentSummary {
  Irn: string;
  DocTyp: string;
  DocNo: string;
  DocDt: string;
  SellerGstin: string;
  BuyerGstin: string | null;
  TotInvVal: number;
  AckNo: number;
  AckDt: string;
  Status: 'ACT' | 'CNL';
  EwbNo: number | null;
  CancelDate: string | null;
}

interface Filters {
  q: string;
  from: string;
  to: string;
  status: string;
  buyer: string;
  minValue: string;
  maxValue: string;
}

const noFilters: Filters = { q: '', from: '', to: '', status: '', buyer: '', minValue: '', maxValue: '' };

export function DocumentsPage() {
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [applied, setApplied] = useState<Filters>(noFilters);
  const [docs, setDocs] = useState<DocumentSummary[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async (f: Filters, before?: string) => {
    setError(null);
    try {
      const res = await get<{ documents: DocumentSummary[]; nextBefore: string | null }>(
        `/v1/einvoice/documents${qs({ ...f, limit: 25, before })}`,
      );
      setDocs((prev) => (before && prev ? [...prev, ...res.documents] : res.documents));
      setNext(res.nextBefore);
    } catch (err) {
      setError(err);
    }
  }, []);

  useEffect(() => {
    void load(applied);
  }, [applied, load]);

  const set = (k: keyof Filters) => (e: { target: { value: string } }) => setFilters({ ...filters, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setApplied({ ...filters });
  };

  return (
    <section>
      <header className="page-head">
        <h1>E-invoices</h1>
        <Link to="/generate" className="button">
          New invoice
        </Link>
      </header>
      <form className="filters" onSubmit={submit} aria-label="Filters">
        <Field label="Search" wide>
          <input type="search" name="q" value={filters.q} onChange={set('q')} placeholder="Document no., IRN or buyer GSTIN" />
        </Field>
        <Field label="From">
          <input type="date" name="from" value={filters.from} onChange={set('from')} />
        </Field>
        <Field label="To">
          <input type="date" name="to" value={filters.to} onChange={set('to')} />
        </Field>
        <Field label="Status">
          <select name="status" value={filters.status} onChange={set('status')}>
            <option value="">Any</option>
            <option value="ACT">Active</option>
            <option value="CNL">Cancelled</option>
          </select>
        </Field>
        <Field label="Buyer GSTIN">
          <input name="buyer" value={filters.buyer} onChange={set('buyer')} maxLength={15} />
        </Field>
        <Field label="Min value">
          <input type="number" name="minValue" min={0} value={filters.minValue} onChange={set('minValue')} />
        </Field>
        <Field label="Max value">
          <input type="number" name="maxValue" min={0} value={filters.maxValue} onChange={set('maxValue')} />
        </Field>
        <div className="actions">
          <button type="submit">Apply</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setFilters(noFilters);
              setApplied(noFilters);
            }}
          >
            Reset
          </button>
        </div>
      </form>
      <Errors error={error} />
      {docs && docs.length === 0 && <p className="empty">No e-invoices match.</p>}
      {docs && docs.length > 0 && (
        <div className="table-wrap">
          <table className="list">
            <thead>
              <tr>
                <th>Document</th>
                <th>Date</th>
                <th>Buyer</th>
                <th className="num">Value</th>
                <th>Status</th>
                <th>Ack No</th>
              </tr>
            </thead>
            <tbody>
              {docs.map((d) => (
                <tr key={d.Irn}>
                  <td data-label="Document">
                    <Link to={`/documents/${d.Irn}`}>
                      {d.DocTyp} {d.DocNo}
                    </Link>
                  </td>
                  <td data-label="Date">{d.DocDt}</td>
                  <td data-label="Buyer">{d.BuyerGstin ?? '—'}</td>
                  <td data-label="Value" className="num">
                    {money(d.TotInvVal)}
                  </td>
                  <td data-label="Status">
                    <StatusBadge status={d.Status} />
                  </td>
                  <td data-label="Ack No">{d.AckNo}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && (
        <button type="button" className="secondary" onClick={() => void load(applied, next)}>
          Load more
        </button>
      )}
    </section>
  );
}

interface IrnDocument {
  Irn: string;
  AckNo: number;
  AckDt: string;
  SignedInvoice: string;
  SignedQRCode: string;
  Status: 'ACT' | 'CNL';
  EwbNo: number | null;
  EwbDt: string | null;
  EwbValidTill: string | null;
}

interface InvoiceData {
  DocDtls?: { Typ: string; No: string; Dt: string };
  SellerDtls?: { Gstin: string; LglNm: string };
  BuyerDtls?: { Gstin: string; LglNm: string };
  ItemList?: { SlNo: string; PrdDesc?: string; HsnCd: string; Qty?: number; UnitPrice: number; GstRt: number; TotItemVal: number }[];
  ValDtls?: { AssVal: number; TotInvVal: number; CgstVal?: number; SgstVal?: number; IgstVal?: number };
}

/** The invoice JSON inside SignedInvoice (a JWS whose payload is {data: "<invoice JSON>"}). */
function invoiceOf(signed: string): InvoiceData {
  try {
    const part = signed.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
    const payload = JSON.parse(new TextDecoder().decode(bytes)) as { data: string | InvoiceData };
    return typeof payload.data === 'string' ? (JSON.parse(payload.data) as InvoiceData) : payload.data;
  } catch {
    return {};
  }
}

export function DocumentPage({ irn }: { irn: string }) {
  const [doc, setDoc] = useState<IrnDocument | null>(null);
  const [qr, setQr] = useState<string>('');
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState('2');
  const [remark, setRemark] = useState('');
  const [cancelError, setCancelError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const d = await get<IrnDocument>(`/v1/einvoice/irn/${irn}`);
      setDoc(d);
      setQr(await QRCode.toDataURL(d.SignedQRCode, { errorCorrectionLevel: 'M', margin: 2, width: 320 }));
    } catch (err) {
      setError(err);
    }
  }, [irn]);
  useEffect(() => {
    void load();
  }, [load]);

  const cancel = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setCancelError(null);
    try {
      await post('/v1/einvoice/cancel', { Irn: irn, CnlRsn: reason, CnlRem: remark });
      await load();
    } catch (err) {
      setCancelError(err);
    } finally {
      setBusy(false);
    }
  };

  if (error) return <Errors error={error} />;
  if (!doc) return <p>Loading…</p>;
  const inv = invoiceOf(doc.SignedInvoice);
  return (
    <section>
      <header className="page-head">
        <h1>
          {inv.DocDtls ? `${inv.DocDtls.Typ} ${inv.DocDtls.No}` : 'E-invoice'} <StatusBadge status={doc.Status} />
        </h1>
        <button type="button" onClick={() => void openFile(`/v1/einvoice/irn/${irn}/pdf`).catch(setError)}>
          PDF
        </button>
      </header>
      <div className="detail">
        <dl className="facts">
          <dt>IRN</dt>
          <dd className="mono">{doc.Irn}</dd>
          <dt>Ack No / date</dt>
          <dd>
            {doc.AckNo} · {doc.AckDt}
          </dd>
          <dt>Document date</dt>
          <dd>{inv.DocDtls?.Dt}</dd>
          <dt>Seller</dt>
          <dd>
            {inv.SellerDtls?.LglNm} ({inv.SellerDtls?.Gstin})
          </dd>
          <dt>Buyer</dt>
          <dd>
            {inv.BuyerDtls?.LglNm} ({inv.BuyerDtls?.Gstin})
          </dd>
          <dt>Taxable value</dt>
          <dd>{money(inv.ValDtls?.AssVal ?? 0)}</dd>
          <dt>Total</dt>
          <dd className="total">{money(inv.ValDtls?.TotInvVal ?? 0)}</dd>
          {doc.EwbNo && (
            <>
              <dt>E-way bill</dt>
              <dd>
                {doc.EwbNo} valid till {doc.EwbValidTill ?? '—'}
              </dd>
            </>
          )}
        </dl>
        <figure className="qr">{qr && <img src={qr} alt="Signed QR code" width={240} height={240} />}</figure>
      </div>
      {inv.ItemList && (
        <div className="table-wrap">
          <table className="list">
            <thead>
              <tr>
                <th>#</th>
                <th>Item</th>
                <th>HSN</th>
                <th className="num">Qty</th>
                <th className="num">Price</th>
                <th className="num">GST %</th>
                <th className="num">Total</th>
              </tr>
            </thead>
            <tbody>
              {inv.ItemList.map((it) => (
                <tr key={it.SlNo}>
                  <td data-label="#">{it.SlNo}</td>
                  <td data-label="Item">{it.PrdDesc}</td>
                  <td data-label="HSN">{it.HsnCd}</td>
                  <td data-label="Qty" className="num">
                    {it.Qty}
                  </td>
                  <td data-label="Price" className="num">
                    {money(it.UnitPrice)}
                  </td>
                  <td data-label="GST %" className="num">
                    {it.GstRt}
                  </td>
                  <td data-label="Total" className="num">
                    {money(it.TotItemVal)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {doc.Status === 'ACT' && (
        <form className="card" onSubmit={cancel} aria-label="Cancel e-invoice">
          <h2>Cancel</h2>
          <p className="hint">Within 24 hours of generation; cancel an active e-way bill first.</p>
          <div className="grid">
            <Field label="Reason">
              <select name="reason" value={reason} onChange={(e) => setReason(e.target.value)}>
                <option value="1">1 Duplicate</option>
                <option value="2">2 Data entry mistake</option>
                <option value="3">3 Order cancelled</option>
                <option value="4">4 Others</option>
              </select>
            </Field>
            <Field label="Remark" wide>
              <input name="remark" required maxLength={100} value={remark} onChange={(e) => setRemark(e.target.value)} />
            </Field>
          </div>
          <Errors error={cancelError} />
          <button type="submit" className="danger" disabled={busy}>
            Cancel e-invoice
          </button>
        </form>
      )}
    </section>
  );
}
