/** A one-item B2B invoice from a form: the signed-in GSTIN sells; INV-01 is built here and POSTed to /v1/einvoice/generate. */
import { type FormEvent, useState } from 'react';
import { ApiError, post, session } from './api.ts';
import { navigate } from './router.tsx';
import { Errors, Field, istDate, money } from './ui.tsx';

const round2 = (n: number) => Math.round(n * 100) / 100;

interface Form {
  sellerName: string;
  sellerAddr: string;
  sellerLoc: string;
  sellerPin: string;
  buyerGstin: string;
  buyerName: string;
  buyerAddr: string;
  buyerLoc: string;
  buyerPin: string;
  buyerState: string;
  docNo: string;
  docDate: string;
  item: string;
  hsn: string;
  qty: string;
  unit: string;
  price: string;
  rate: string;
}

export function GeneratePage() {
  const s = session();
  const sellerGstin = s?.gstin ?? '';
  const [f, setF] = useState<Form>({
    sellerName: 'Demo Computers Private Limited',
    sellerAddr: 'Prestige Meridian, Mahatma Gandhi Road',
    sellerLoc: 'Bengaluru',
    sellerPin: '560001',
    buyerGstin: '29AAACW4202F1ZM',
    buyerName: 'Westgate Retail Private Limited',
    buyerAddr: '22, Brigade Road',
    buyerLoc: 'Bengaluru',
    buyerPin: '560001',
    buyerState: '29',
    docNo: '',
    docDate: istDate(),
    item: 'Deep groove ball bearing 6205',
    hsn: '84821011',
    qty: '10',
    unit: 'NOS',
    price: '1000',
    rate: '18',
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof Form) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });

  const sellerState = sellerGstin.slice(0, 2);
  const intra = sellerState === f.buyerState;
  const ass = round2(Number(f.qty) * Number(f.price));
  const tax = round2((ass * Number(f.rate)) / 100);
  const half = round2(tax / 2);
  const cgst = intra ? half : 0;
  const sgst = intra ? round2(tax - half) : 0;
  const igst = intra ? 0 : tax;
  const total = round2(ass + cgst + sgst + igst);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const invoice = {
      Version: '1.1',
      TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N', IgstOnIntra: 'N' },
      DocDtls: { Typ: 'INV', No: f.docNo, Dt: f.docDate },
      SellerDtls: {
        Gstin: sellerGstin,
        LglNm: f.sellerName,
        Addr1: f.sellerAddr,
        Loc: f.sellerLoc,
        Pin: Number(f.sellerPin),
        Stcd: sellerState,
      },
      BuyerDtls: {
        Gstin: f.buyerGstin.toUpperCase(),
        LglNm: f.buyerName,
        Pos: f.buyerState,
        Addr1: f.buyerAddr,
        Loc: f.buyerLoc,
        Pin: Number(f.buyerPin),
        Stcd: f.buyerState,
      },
      ItemList: [
        {
          SlNo: '1',
          PrdDesc: f.item,
          IsServc: f.hsn.startsWith('99') ? 'Y' : 'N',
          HsnCd: f.hsn,
          Qty: Number(f.qty),
          Unit: f.unit,
          UnitPrice: Number(f.price),
          TotAmt: ass,
          Discount: 0,
          AssAmt: ass,
          GstRt: Number(f.rate),
          IgstAmt: igst,
          CgstAmt: cgst,
          SgstAmt: sgst,
          TotItemVal: total,
        },
      ],
      ValDtls: { AssVal: ass, CgstVal: cgst, SgstVal: sgst, IgstVal: igst, TotInvVal: total },
    };
    try {
      const res = await post<{ Irn: string }>('/v1/einvoice/generate', invoice);
      navigate(`/documents/${res.Irn}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const fieldErrors = error instanceof ApiError ? error.errors.filter((x) => x.field) : [];
  return (
    <section>
      <header className="page-head">
        <h1>New e-invoice</h1>
      </header>
      <form className="card" onSubmit={submit} aria-label="New e-invoice">
        <h2>Seller ({sellerGstin})</h2>
        <div className="grid">
          <Field label="Legal name" wide>
            <input name="sellerName" required value={f.sellerName} onChange={set('sellerName')} />
          </Field>
          <Field label="Address" wide>
            <input name="sellerAddr" required value={f.sellerAddr} onChange={set('sellerAddr')} />
          </Field>
          <Field label="Place">
            <input name="sellerLoc" required value={f.sellerLoc} onChange={set('sellerLoc')} />
          </Field>
          <Field label="PIN">
            <input name="sellerPin" required pattern="[1-9][0-9]{5}" value={f.sellerPin} onChange={set('sellerPin')} />
          </Field>
        </div>
        <h2>Buyer</h2>
        <div className="grid">
          <Field label="Buyer GSTIN">
            <input name="buyerGstin" required maxLength={15} value={f.buyerGstin} onChange={set('buyerGstin')} />
          </Field>
          <Field label="Legal name" wide>
            <input name="buyerName" required value={f.buyerName} onChange={set('buyerName')} />
          </Field>
          <Field label="Address" wide>
            <input name="buyerAddr" required value={f.buyerAddr} onChange={set('buyerAddr')} />
          </Field>
          <Field label="Place">
            <input name="buyerLoc" required value={f.buyerLoc} onChange={set('buyerLoc')} />
          </Field>
          <Field label="PIN">
            <input name="buyerPin" required pattern="[1-9][0-9]{5}" value={f.buyerPin} onChange={set('buyerPin')} />
          </Field>
          <Field label="State code (place of supply)">
            <input name="buyerState" required pattern="[0-9]{1,2}" value={f.buyerState} onChange={set('buyerState')} />
          </Field>
        </div>
        <h2>Document and item</h2>
        <div className="grid">
          <Field label="Document no.">
            <input name="docNo" required maxLength={16} value={f.docNo} onChange={set('docNo')} />
          </Field>
          <Field label="Document date (dd/mm/yyyy)">
            <input name="docDate" required pattern="\d{2}/\d{2}/\d{4}" value={f.docDate} onChange={set('docDate')} />
          </Field>
          <Field label="Item" wide>
            <input name="item" required value={f.item} onChange={set('item')} />
          </Field>
          <Field label="HSN">
            <input name="hsn" required value={f.hsn} onChange={set('hsn')} />
          </Field>
          <Field label="Quantity">
            <input name="qty" type="number" step="any" min={0} required value={f.qty} onChange={set('qty')} />
          </Field>
          <Field label="Unit">
            <input name="unit" required value={f.unit} onChange={set('unit')} />
          </Field>
          <Field label="Unit price">
            <input name="price" type="number" step="0.01" min={0} required value={f.price} onChange={set('price')} />
          </Field>
          <Field label="GST rate %">
            <select name="rate" value={f.rate} onChange={set('rate')}>
              {['0', '0.25', '3', '5', '12', '18', '28', '40'].map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </Field>
        </div>
        <p className="summary">
          Taxable {money(ass)} · {intra ? `CGST ${money(cgst)} + SGST ${money(sgst)}` : `IGST ${money(igst)}`} · <b>Total {money(total)}</b>
        </p>
        <Errors error={error} />
        {fieldErrors.length > 0 && <p className="hint">Fields: {fieldErrors.map((x) => x.field).join(', ')}</p>}
        <button type="submit" disabled={busy}>
          Generate IRN
        </button>
      </form>
    </section>
  );
}
