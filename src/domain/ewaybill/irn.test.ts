import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Problem } from '../../core/errors.ts';
import { type SampleInvoiceKind, sampleInvoice } from '../invoice/fixtures.ts';
import type { Inv01 } from '../invoice/inv01.schema.ts';
import type { RegistryEntry } from '../invoice/rules.ts';
import { pinDistanceKm } from './distance.ts';
import { type EwbDetails, type EwbRuleContext, ewbReferencedGstins, ewbRequestFromInvoice, validateEwbForIrn } from './irn.ts';

const SELLER = '29AAFCD5862R1ZR';
const BUYER_INTER = '27AAPFU0939F1ZV';
const TRANSPORTER = '29AAECS4417K1Z2';
const DOC_DATE = '05/04/2026';
/** 10/04/2026 12:00 IST. */
const NOW = new Date('2026-04-10T06:30:00Z');
/** A Karnataka PIN the distance table has no coordinates for. */
const UNKNOWN_PIN = 560028;

function inv(kind: SampleInvoiceKind = 'b2b-inter'): Inv01 {
  return sampleInvoice(kind, { docDate: DOC_DATE });
}

/** Road, regular vehicle, with a transporter; Distance 0 (computed). */
function road(over: Partial<EwbDetails> = {}): EwbDetails {
  return { TransId: TRANSPORTER, TransName: 'Swift Roadways', TransMode: '1', Distance: 0, VehNo: 'KA01AB1234', VehType: 'R', ...over };
}

function ctx(over: Partial<EwbRuleContext> = {}): EwbRuleContext {
  return { now: NOW, irnStatus: 'ACT', ...over };
}

const codes = (ps: Problem[]) => ps.map((p) => p.code);

function codesOf(i: Inv01, d: EwbDetails, c: Partial<EwbRuleContext> = {}, overrides = {}): string[] {
  return codes(validateEwbForIrn(i, d, ctx(c), overrides).problems);
}

describe('ewbRequestFromInvoice (GENEWAYBILL from an invoice, nic-ewaybill-gst.md A3)', () => {
  it('maps an inter-state invoice: IGST rates, goods lines only, header values from ValDtls, ship-to as to-address', () => {
    const i = inv('b2b-inter');
    const r = ewbRequestFromInvoice(i, road({ Distance: 1045, VehNo: 'ka-01-ab-1234' }));
    assert.equal(r.supplyType, 'O');
    assert.equal(r.subSupplyType, 1);
    assert.equal(r.docType, 'INV');
    assert.equal(r.docNo, i.DocDtls.No);
    assert.equal(r.docDate, DOC_DATE);
    assert.equal(r.fromGstin, SELLER);
    assert.equal(r.fromPincode, 560001);
    assert.equal(r.fromStateCode, 29);
    assert.equal(r.actFromStateCode, 29);
    assert.equal(r.toGstin, BUYER_INTER);
    assert.equal(r.toAddr1, '7, Ballard Estate'); // ShipDtls
    assert.equal(r.toPincode, 400001);
    assert.equal(r.toStateCode, 27);
    // the buyer's own GSTIN at another address: Regular, to that address (618 forbids type 2 here)
    assert.equal(r.transactionType, 1);
    assert.equal(r.shipToGSTIN, undefined);
    assert.deepEqual(
      r.itemList.map((it) => [it.itemNo, it.hsnCode, it.quantity, it.qtyUnit, it.taxableAmount, it.igstRate, it.cgstRate]),
      [[1, '84821011', 10, 'NOS', 10000, 18, 0]],
    );
    assert.equal(r.totalValue, 12500);
    assert.equal(r.igstValue, 2250);
    assert.equal(r.totInvValue, 14750);
    assert.equal(r.otherValue, 0);
    assert.equal(r.transporterId, TRANSPORTER);
    assert.equal(r.transMode, '1');
    assert.equal(r.transDistance, 1045);
    assert.equal(r.vehicleNo, 'KA01AB1234');
    assert.equal(r.vehicleType, 'R');
  });

  it('maps an intra-state invoice: CGST and SGST at half the rate; no ship-to is Regular', () => {
    const r = ewbRequestFromInvoice(inv('b2b-intra'), road({ TransMode: 1, Distance: 5 }));
    assert.equal(r.transactionType, 1);
    assert.equal(r.transMode, '1');
    assert.deepEqual(
      r.itemList.map((it) => [it.cgstRate, it.sgstRate, it.igstRate]),
      [
        [9, 9, 0],
        [6, 6, 0],
      ],
    );
    assert.equal(r.cgstValue, 972);
    assert.equal(r.sgstValue, 972);
  });

  it('a ship-to of another GSTIN is Bill To–Ship To (2)', () => {
    const i = inv('b2b-inter');
    if (i.ShipDtls) i.ShipDtls.Gstin = '27AAJCS5738D1Z6';
    const r = ewbRequestFromInvoice(i, road({ Distance: 1045 }));
    assert.equal(r.transactionType, 2);
    assert.equal(r.shipToGSTIN, '27AAJCS5738D1Z6');
    assert.equal(r.shipToTradeName, 'Unity Engineering - Fort Stores');
  });

  it('maps an export: sub-type 3 Export, to the port (ship-to, type 2) with the bill-to state 96', () => {
    const r = ewbRequestFromInvoice(inv('export-wp'), road({ Distance: 1045 }));
    assert.equal(r.subSupplyType, 3);
    assert.equal(r.transactionType, 2);
    assert.equal(r.toGstin, 'URP');
    assert.equal(r.toPincode, 400001);
    assert.equal(r.toStateCode, 96);
    assert.equal(r.actToStateCode, 27);
  });

  it('dispatch-from other than the seller is type 3, with ship-to type 4; the request may override both', () => {
    const i = inv('b2b-intra');
    i.DispDtls = { Nm: 'Deccan Warehouse', Addr1: 'Peenya Industrial Area', Loc: 'Bengaluru', Pin: 560058, Stcd: '29' };
    const r3 = ewbRequestFromInvoice(i, road({ Distance: 20 }));
    assert.equal(r3.transactionType, 3);
    assert.equal(r3.fromPincode, 560058);
    assert.equal(r3.fromGstin, SELLER);
    assert.equal(r3.dispatchFromTradeName, 'Deccan Warehouse');
    const r4 = ewbRequestFromInvoice(i, road({ Distance: 20 }), {
      ExpShipDtls: { Addr1: 'Whitefield', Loc: 'Bengaluru', Pin: 560066, Stcd: '29' },
    });
    assert.equal(r4.transactionType, 4);
    assert.equal(r4.toPincode, 560066);
  });
});

describe('validateEwbForIrn (reference nic-einvoice.md §7.4, codes §9.3)', () => {
  it('accepts a road e-way bill; Distance 0 takes the computed distance and says so in EWBPPD', () => {
    const km = pinDistanceKm(560001, 400001);
    assert.ok(km);
    const r = validateEwbForIrn(inv(), road(), ctx());
    assert.deepEqual(r.problems, []);
    assert.equal(r.actualDist, km);
    assert.deepEqual(r.info, [{ InfCd: 'EWBPPD', Desc: `Pin-Pin calc distance: ${km}KM` }]);
  });

  it('keeps a declared distance within 10% of the computed one, without info', () => {
    const km = pinDistanceKm(560001, 400001) as number;
    const r = validateEwbForIrn(inv(), road({ Distance: Math.floor(km * 1.1) }), ctx());
    assert.deepEqual(r.problems, []);
    assert.equal(r.actualDist, Math.floor(km * 1.1));
    assert.deepEqual(r.info, []);
  });

  it('accepts a Part-A slip: TransId alone', () => {
    assert.deepEqual(codesOf(inv(), { TransId: TRANSPORTER, Distance: 1000 }), []);
    assert.deepEqual(codesOf(inv(), { TransId: TRANSPORTER, TransMode: '1', Distance: 1000 }), []);
  });

  it('4000: the IRN is not active', () => {
    assert.deepEqual(codesOf(inv(), road(), { irnStatus: 'CNL' }), ['4000']);
  });

  it('4010: credit and debit notes, and invoices of services only', () => {
    const note = inv();
    note.DocDtls.Typ = 'CRN';
    assert.deepEqual(codesOf(note, road()), ['4010']);
    const services = inv();
    services.ItemList = services.ItemList.filter((it) => it.IsServc === 'Y');
    assert.deepEqual(codesOf(services, road()), ['4010']);
  });

  it('4009: no goods line carries a goods HSN', () => {
    const i = inv();
    i.ItemList[0].HsnCd = '998719';
    assert.deepEqual(codesOf(i, road()), ['4009']);
  });

  it('4019 / 4027: neither Part-B nor a transporter', () => {
    // IC's recorded answer to EwbDtls {"Distance":0} (§4.1)
    assert.deepEqual(codesOf(inv(), { Distance: 0 }), ['4019']);
    assert.deepEqual(codesOf(inv(), { Distance: 0, TransMode: '1', VehType: 'R' }), ['4027', '4011']);
  });

  it('4011 / 4022: road needs a vehicle number and type', () => {
    assert.deepEqual(codesOf(inv(), road({ VehNo: null, TransDocNo: 'LR/1', TransDocDt: DOC_DATE })), ['4011']);
    assert.deepEqual(codesOf(inv(), road({ VehType: null })), ['4022']);
  });

  it('4012 / 4023: rail and air need the transport document number and date', () => {
    assert.deepEqual(codesOf(inv(), road({ TransMode: '2', VehType: null })), ['4012', '4023']);
    assert.deepEqual(codesOf(inv(), road({ TransMode: '3', VehNo: null, VehType: null, TransDocNo: 'AWB/77' })), ['4023']);
    assert.deepEqual(codesOf(inv(), road({ TransMode: '3', VehNo: null, VehType: null, TransDocNo: 'AWB/77', TransDocDt: DOC_DATE })), []);
  });

  it('4040: ship needs a vehicle or a transport document', () => {
    assert.deepEqual(codesOf(inv(), { TransMode: '4', Distance: 0, VehType: 'O' }), ['4027', '4040']);
    assert.deepEqual(codesOf(inv(), road({ TransMode: '4', VehNo: null, VehType: null, TransDocNo: 'BL/1' })), []);
  });

  it('4028: vehicle or transport document without a mode', () => {
    assert.deepEqual(codesOf(inv(), road({ TransMode: null })), ['4028']);
    assert.deepEqual(codesOf(inv(), road({ TransMode: undefined, VehNo: null, TransDocNo: 'LR/1' })), ['4028']);
  });

  it('4014: vehicle number format (A8)', () => {
    assert.deepEqual(codesOf(inv(), road({ VehNo: 'KA1234' })), ['4014']);
    assert.deepEqual(codesOf(inv(), road({ VehNo: 'ka 01 ab 1234' })), []);
  });

  it('4020: vehicle type other than R or O', () => {
    assert.deepEqual(codesOf(inv(), road({ VehType: 'X' })), ['4020']);
  });

  it('4024: ODC by rail or air; 4039: regular cargo by ship', () => {
    const docs = { TransDocNo: 'RR/1', TransDocDt: DOC_DATE };
    assert.deepEqual(codesOf(inv(), road({ TransMode: '2', VehType: 'O', ...docs })), ['4024']);
    assert.deepEqual(codesOf(inv(), road({ TransMode: '3', VehType: 'O', ...docs })), ['4024']);
    assert.deepEqual(codesOf(inv(), road({ TransMode: '4', VehType: 'R' })), ['4039']);
    assert.deepEqual(codesOf(inv(), road({ TransMode: '4', VehType: 'O' })), []);
  });

  it('4018: transporter ID pattern', () => {
    assert.deepEqual(codesOf(inv(), road({ TransId: 'TRANS123' })), ['4018']);
  });

  it('4017 / 4016 / 4021: transport document date format, not future, not before the invoice', () => {
    const withDt = (TransDocDt: string) => road({ TransDocNo: 'LR/1', TransDocDt });
    assert.deepEqual(codesOf(inv(), withDt('2026-04-06')), ['4017']);
    assert.deepEqual(codesOf(inv(), withDt('31/04/2026')), ['4017']);
    assert.deepEqual(codesOf(inv(), withDt('11/04/2026')), ['4016']);
    assert.deepEqual(codesOf(inv(), withDt('04/04/2026')), ['4021']);
    assert.deepEqual(codesOf(inv(), withDt('10/04/2026')), []);
  });

  it('4015: a blocked supplier, recipient or transporter, named', () => {
    const entry = (gstin: string, blocked = false): RegistryEntry => ({
      gstin,
      status: 'ACT',
      taxpayerType: 'REG',
      registrationDate: '2017-07-01',
      blocked,
    });
    const registry = new Map([SELLER, BUYER_INTER, TRANSPORTER].map((g) => [g, entry(g, g !== SELLER)]));
    const r = validateEwbForIrn(inv(), road(), ctx({ registry }));
    assert.deepEqual(
      r.problems.map((p) => p.message),
      [
        `EWayBill will not be generated for blocked User -${BUYER_INTER}`,
        `EWayBill will not be generated for blocked User -${TRANSPORTER}`,
      ],
    );
    assert.deepEqual(ewbReferencedGstins(inv('export-wp'), road()), [SELLER, TRANSPORTER]);
  });

  it('4031: an export needs ship-to details (ShipDtls or ExpShipDtls)', () => {
    const i = inv('export-wp');
    delete i.ShipDtls;
    assert.deepEqual(codesOf(i, road({ Distance: 100 })), ['4031']);
    assert.deepEqual(codesOf(i, road({ Distance: 0 }), {}, { ExpShipDtls: { Addr1: 'Port', Loc: 'Mumbai', Pin: 400001, Stcd: '27' } }), []);
  });

  it('4032 / 4033: ship-to outside India (state 96, PIN 999999); 4034 with Distance 0', () => {
    const overrides = { ExpShipDtls: { Addr1: 'Jebel Ali', Loc: 'Dubai', Pin: 999999, Stcd: '96' } };
    assert.deepEqual(codesOf(inv('export-wp'), road({ Distance: 100 }), {}, overrides), ['4032', '4033']);
    assert.deepEqual(codesOf(inv('export-wp'), road({ Distance: 0 }), {}, overrides), ['4032', '4033', '4034']);
  });

  it('4035 / 4036: dispatch from outside India; 4034 with Distance 0', () => {
    const overrides = { DispDtls: { Nm: 'Overseas depot', Addr1: 'Jebel Ali', Loc: 'Dubai', Pin: 999999, Stcd: '96' } };
    assert.deepEqual(codesOf(inv(), road({ Distance: 100 }), {}, overrides), ['4035', '4036']);
    assert.deepEqual(codesOf(inv(), road({ Distance: 0 }), {}, overrides), ['4035', '4036', '4034']);
  });

  it('4029: the same PIN at both ends needs a distance (and at most 100 km, else 4038)', () => {
    // b2b-intra: seller and buyer both at 560001
    assert.deepEqual(codesOf(inv('b2b-intra'), road({ Distance: 0 })), ['4029']);
    assert.deepEqual(codesOf(inv('b2b-intra'), road({ Distance: 8 })), []);
    assert.deepEqual(codesOf(inv('b2b-intra'), road({ Distance: 101 })), ['4038']);
  });

  it('4030: a pair with no computed distance needs the actual distance, naming the PINs', () => {
    const i = inv('b2b-intra');
    i.BuyerDtls.Pin = UNKNOWN_PIN;
    const r = validateEwbForIrn(i, road({ Distance: 0 }), ctx());
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.message]),
      [
        [
          '4030',
          `The distance between the pincodes 560001 and ${UNKNOWN_PIN} is not available in the system, you need to pass the actual distance.`,
        ],
      ],
    );
    // a declared distance is taken as given
    assert.deepEqual(codesOf(i, road({ Distance: 12 })), []);
  });

  it('4038: more than 10% above the computed distance, or above 4000 km', () => {
    const km = pinDistanceKm(560001, 400001) as number;
    assert.deepEqual(codesOf(inv(), road({ Distance: Math.floor(km * 1.1) + 1 })), ['4038']);
    const unknown = inv('b2b-intra');
    unknown.BuyerDtls.Pin = UNKNOWN_PIN;
    assert.deepEqual(codesOf(unknown, road({ Distance: 4001 })), ['4038']);
  });

  it('reports every problem at once', () => {
    const i = inv();
    i.DocDtls.Typ = 'DBN';
    assert.deepEqual(codesOf(i, { TransMode: '1', TransId: 'X', Distance: 0, VehNo: 'K1', VehType: 'Z' }, { irnStatus: 'CNL' }), [
      '4000',
      '4010',
      '4014',
      '4020',
      '4018',
    ]);
  });
});
