/**
 * The invoices the benchmark sends: a B2B intra-state (Karnataka) tax invoice from the demo seller
 * 29AAFCD5862R1ZR to 29AAACW4202F1ZM with n lines filled the way an ERP fills them (description,
 * barcode, batch, order line, attributes), dispatch and ship-to addresses, payment and contract
 * references — about 10 KB for 10 lines. Amounts are computed, so every IRP value check passes
 * (test/bench.smoke.test.ts holds the invoice to the rules). Plain JSON: the bench posts its text.
 */

interface CatalogueItem {
  desc: string;
  hsn: string;
  unit: string;
  price: number;
  rate: number;
  attr: [string, string];
  make: string;
}

/** An industrial supplier's lines: real HSN chapters, UQCs and the GST slab of each product. */
const CATALOGUE: CatalogueItem[] = [
  {
    desc: 'Deep groove ball bearing 6205-2RS, sealed, C3 clearance',
    hsn: '84821011',
    unit: 'NOS',
    price: 245.5,
    rate: 18,
    attr: ['Bore', '25 mm'],
    make: 'SKF India',
  },
  {
    desc: 'Lithium complex EP2 bearing grease, 18 kg pail',
    hsn: '34031900',
    unit: 'KGS',
    price: 312.75,
    rate: 18,
    attr: ['Grade', 'NLGI 2'],
    make: 'Servo Lubricants',
  },
  {
    desc: 'Classical V-belt B-54, oil and heat resistant',
    hsn: '40103999',
    unit: 'NOS',
    price: 418,
    rate: 18,
    attr: ['Section', 'B'],
    make: 'Fenner India',
  },
  {
    desc: 'Hydraulic hose 1/2 inch 2SN with crimped fittings',
    hsn: '40092100',
    unit: 'MTR',
    price: 655.25,
    rate: 18,
    attr: ['Pressure', '275 bar'],
    make: 'Parker Hannifin',
  },
  {
    desc: 'Annealed copper winding wire 1.2 mm, class F enamel',
    hsn: '74081990',
    unit: 'KGS',
    price: 892.4,
    rate: 18,
    attr: ['Gauge', '18 SWG'],
    make: 'Sterlite Wires',
  },
  {
    desc: 'LED panel light 36 W, 600 x 600 mm, cool white',
    hsn: '94051090',
    unit: 'NOS',
    price: 1275,
    rate: 12,
    attr: ['CCT', '6500 K'],
    make: 'Philips Lighting',
  },
  {
    desc: 'Hex head bolt M12 x 50, grade 8.8, zinc plated',
    hsn: '73181500',
    unit: 'PCS',
    price: 14.6,
    rate: 18,
    attr: ['Thread', 'M12 x 1.75'],
    make: 'Unbrako Fasteners',
  },
  {
    desc: 'Nitrile coated safety gloves, cut level 3',
    hsn: '61161000',
    unit: 'PRS',
    price: 96.5,
    rate: 5,
    attr: ['Size', 'L'],
    make: 'Midas Safety',
  },
  {
    desc: 'Two-part epoxy structural adhesive, 1 litre kit',
    hsn: '35069190',
    unit: 'LTR',
    price: 1480,
    rate: 18,
    attr: ['Cure', '24 h'],
    make: 'Pidilite Industries',
  },
  {
    desc: 'Five-ply corrugated shipping carton 450 x 300 x 300',
    hsn: '48191010',
    unit: 'NOS',
    price: 38.25,
    rate: 12,
    attr: ['Burst', '14 kg/cm2'],
    make: 'TCPL Packaging',
  },
];

const round2 = (v: number) => Math.round(v * 100) / 100;

function line(i: number, docDate: string) {
  const c = CATALOGUE[i % CATALOGUE.length];
  const qty = 5 + ((i * 7) % 40);
  const totAmt = round2(qty * c.price);
  const discount = i % 3 === 0 ? round2(totAmt * 0.02) : 0;
  const assAmt = round2(totAmt - discount);
  const half = round2((assAmt * c.rate) / 200);
  return {
    SlNo: String(i + 1),
    PrdDesc: `${c.desc}; packed and labelled as per purchase order line ${i + 1}`,
    IsServc: 'N',
    HsnCd: c.hsn,
    Barcde: `890${String(1000000000 + i * 7919).slice(0, 10)}`,
    Qty: qty,
    FreeQty: 0,
    Unit: c.unit,
    UnitPrice: c.price,
    TotAmt: totAmt,
    Discount: discount,
    PreTaxVal: 0,
    AssAmt: assAmt,
    GstRt: c.rate,
    IgstAmt: 0,
    CgstAmt: half,
    SgstAmt: half,
    CesRt: 0,
    CesAmt: 0,
    CesNonAdvlAmt: 0,
    StateCesRt: 0,
    StateCesAmt: 0,
    StateCesNonAdvlAmt: 0,
    OthChrg: 0,
    TotItemVal: round2(assAmt + 2 * half),
    OrdLineRef: `PO-7731/${i + 1}`,
    OrgCntry: 'IN',
    PrdSlNo: `LOT${24000 + i}`,
    BchDtls: { Nm: `B${2400 + (i % 97)}`, ExpDt: docDate, WrDt: docDate },
    AttribDtls: [
      { Nm: c.attr[0], Val: c.attr[1] },
      { Nm: 'Make', Val: c.make },
      { Nm: 'Customer part number', Val: `WT-${c.hsn.slice(0, 4)}-${String(i + 1).padStart(4, '0')}` },
    ],
  };
}

/** An INV-01 v1.1 invoice with `items` lines (1–1000), as a client would post it. */
export function benchInvoice(opts: { items: number; docNo: string; docDate: string }): Record<string, unknown> {
  const items = Array.from({ length: opts.items }, (_, i) => line(i, opts.docDate));
  const sum = (f: (it: (typeof items)[number]) => number) => round2(items.reduce((s, it) => s + f(it), 0));
  const itemsTotal = sum((it) => it.TotItemVal);
  const totInvVal = Math.round(itemsTotal);
  return {
    Version: '1.1',
    TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N', EcmGstin: null, IgstOnIntra: 'N' },
    DocDtls: { Typ: 'INV', No: opts.docNo, Dt: opts.docDate },
    SellerDtls: {
      Gstin: '29AAFCD5862R1ZR',
      LglNm: 'Demo Computers Private Limited',
      TrdNm: 'Demo Computers',
      Addr1: 'Prestige Meridian, 29 Mahatma Gandhi Road',
      Addr2: 'Ashok Nagar',
      Loc: 'Bengaluru',
      Pin: 560001,
      Stcd: '29',
      Ph: '08041234567',
      Em: 'billing@demo-computers.example',
    },
    BuyerDtls: {
      Gstin: '29AAACW4202F1ZM',
      LglNm: 'Western Trading Company Limited',
      TrdNm: 'Western Trading',
      Pos: '29',
      Addr1: 'Embassy Square, 148 Residency Road',
      Addr2: 'Richmond Town',
      Loc: 'Bengaluru',
      Pin: 560025,
      Stcd: '29',
      Ph: '08049876543',
      Em: 'accounts@western-trading.example',
    },
    DispDtls: {
      Nm: 'Demo Computers Warehouse',
      Addr1: 'Plot 42, Peenya Industrial Area',
      Addr2: 'Phase II',
      Loc: 'Bengaluru',
      Pin: 560058,
      Stcd: '29',
    },
    ShipDtls: {
      Gstin: '29AAACW4202F1ZM',
      LglNm: 'Western Trading Company Limited',
      TrdNm: 'Western Trading Mysuru Depot',
      Addr1: 'Mysuru Depot, Sayyaji Rao Road',
      Addr2: 'Devaraja Mohalla',
      Loc: 'Mysuru',
      Pin: 570001,
      Stcd: '29',
    },
    ItemList: items,
    ValDtls: {
      AssVal: sum((it) => it.AssAmt),
      CgstVal: sum((it) => it.CgstAmt),
      SgstVal: sum((it) => it.SgstAmt),
      IgstVal: 0,
      CesVal: 0,
      StCesVal: 0,
      Discount: 0,
      OthChrg: 0,
      RndOffAmt: round2(totInvVal - itemsTotal),
      TotInvVal: totInvVal,
    },
    PayDtls: {
      Nm: 'Western Trading Company Limited',
      AccDet: '50200012345678',
      Mode: 'Credit',
      FinInsBr: 'HDFC0000523',
      PayTerm: 'Net 30 days from the invoice date',
      CrDay: 30,
      PaidAmt: 0,
      PaymtDue: totInvVal,
    },
    RefDtls: {
      InvRm: 'Supply against purchase order PO-7731 dated this month',
      DocPerdDtls: { InvStDt: opts.docDate, InvEndDt: opts.docDate },
      ContrDtls: [{ RecAdvRefr: 'GRN-55120', RecAdvDt: opts.docDate, PORefr: 'PO-7731', PORefDt: opts.docDate }],
    },
    AddlDocDtls: [{ Url: 'https://erp.demo-computers.example/so/7731', Docs: 'Sales order 7731', Info: 'Delivery in two lots' }],
  };
}

/**
 * A request body cut around its document number, so each request gets a unique number by
 * concatenation instead of a JSON.stringify of the whole body on the load generator's thread.
 */
export function withDocNo(make: (docNo: string) => unknown): { body(docNo: string): string; bytes: number } {
  const marker = 'DOCNO0MARKER';
  const text = JSON.stringify(make(marker));
  const [head, tail, extra] = text.split(`"${marker}"`);
  if (tail === undefined || extra !== undefined) throw new Error('the document number must appear exactly once');
  return { body: (docNo) => `${head}${JSON.stringify(docNo)}${tail}`, bytes: Buffer.byteLength(text) };
}

/** benchInvoice with a document number per request. */
export function invoiceTemplate(opts: { items: number; docDate: string }): { body(docNo: string): string; bytes: number } {
  return withDocNo((docNo) => benchInvoice({ ...opts, docNo }));
}
