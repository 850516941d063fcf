/**
 * E-way bills through the IRP (api.md §4; reference nic-einvoice.md §4.1 EwbDtls, §4.5, §4.6, §7.4):
 * generate with EwbDtls (success, EWBPPD, EWBERR with the IRN kept), EWB by IRN and its codes, the
 * e-way bill of an IRN, and cancellation while the e-way bill is live (2230). The rules themselves
 * are covered case by case in src/domain/ewaybill/irn.test.ts; these cover the wiring.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GstError } from '../src/core/errors.ts';
import { formatIstDateTime } from '../src/domain/dates.ts';
import { pinDistanceKm } from '../src/domain/ewaybill/distance.ts';
import { ewbRequestFromInvoice } from '../src/domain/ewaybill/irn.ts';
import { validUpto } from '../src/domain/ewaybill/validity.ts';
import type { Inv01 } from '../src/domain/invoice/index.ts';
import type { SandboxEwb } from '../src/providers/sandbox/ewb.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, codesOf, DEMO_GSTIN, docNo, expectProblem, govDate, invoice } from './support.ts';

type EwbDtls = NonNullable<Inv01['EwbDtls']>;

const OTHER_GSTIN = '29AAACW4202F1ZM';
const TRANSPORTER = '29AAECS4417K1Z2'; // seeded Swift Roadways
const IRP_DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00$/;
/** Bengaluru 560001 → Mumbai 400001, as the portal computes it. */
const BLR_BOM = pinDistanceKm(560001, 400001) as number;

/** yyyy-MM-dd HH:mm:ss IST → instant. */
const istInstant = (s: string) => new Date(`${s.replace(' ', 'T')}+05:30`);
/** The validity NIC gives an e-way bill generated at `ewbDt` for `km` of regular cargo (reference §6.4). */
const expectedValidTill = (ewbDt: string, km: number) => formatIstDateTime(validUpto(istInstant(ewbDt), km, 'R').validUpto);

const road = (over: Record<string, unknown> = {}) => ({
  TransId: TRANSPORTER,
  TransName: 'Swift Roadways',
  TransMode: '1',
  Distance: 0,
  VehNo: 'KA01AB1234',
  VehType: 'R',
  ...over,
});

describe('e-way bills through the IRP', () => {
  let t: TestApp;
  let otherToken: string;

  before(async () => {
    t = await buildTestApp();
    otherToken = await t.tenant(OTHER_GSTIN);
  });
  after(async () => {
    t.clock.reset();
    await t.close();
  });

  const today = () => govDate(t.clock);
  const generate = (body: unknown, token = t.demoToken) =>
    call(t.app, { method: 'POST', url: '/v1/einvoice/generate', headers: bearer(token), payload: body as object });
  const ewbByIrn = (body: Record<string, unknown>, token = t.demoToken) =>
    call(t.app, { method: 'POST', url: '/v1/einvoice/ewaybill', headers: bearer(token), payload: body });
  const ewbOfIrn = (irn: string, token = t.demoToken) =>
    call(t.app, { method: 'GET', url: `/v1/einvoice/irn/${irn}/ewaybill`, headers: bearer(token) });
  const getIrn = (irn: string) => call(t.app, { method: 'GET', url: `/v1/einvoice/irn/${irn}`, headers: bearer(t.demoToken) });
  const cancelIrn = (irn: string) =>
    call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/cancel',
      headers: bearer(t.demoToken),
      payload: { Irn: irn, CnlRsn: '2', CnlRem: 'Wrong entry' },
    });
  const cancelEwb = (ewbNo: number) =>
    t.backend.app.services.provider.ewaybill.cancel({ gstin: DEMO_GSTIN }, { ewbNo, cancelRsnCode: '2', cancelRmrk: 'Order cancelled' });

  /** Registers an inter-state invoice (Bengaluru → Mumbai), optionally with EwbDtls; returns the response. */
  async function registered(prefix: string, ewb?: EwbDtls) {
    const inv = invoice('b2b-inter', { docNo: docNo(prefix), docDate: today() });
    if (ewb) inv.EwbDtls = ewb;
    const res = await generate(inv);
    assert.equal(res.statusCode, 200, res.body);
    return { inv, body: res.json() };
  }

  describe('generate with EwbDtls (§4.1)', () => {
    it('generates the e-way bill with the IRN; Distance 0 takes the PIN-to-PIN distance and says so in EWBPPD', async () => {
      const { body } = await registered('EWG', road() as EwbDtls);
      assert.match(String(body.EwbNo), /^[0-9]{12}$/);
      assert.match(body.EwbDt, IRP_DATE_TIME);
      assert.ok(Math.abs(istInstant(body.EwbDt).getTime() - t.clock.now().getTime()) < 120_000);
      assert.equal(body.EwbValidTill, expectedValidTill(body.EwbDt, BLR_BOM));
      assert.match(body.EwbValidTill, / 23:59:00$/);
      assert.deepEqual(body.info, [{ InfCd: 'EWBPPD', Desc: `Pin-Pin calc distance: ${BLR_BOM}KM` }]);
      // the gateway's copy and the IRP keep it
      const again = await getIrn(body.Irn);
      assert.equal(again.json().EwbNo, body.EwbNo);
      const ewb = await ewbOfIrn(body.Irn);
      assert.equal(ewb.statusCode, 200, ewb.body);
      assert.equal(ewb.json().EwbNo, body.EwbNo);
    });

    it('a declared distance sets the validity (1000 km → 5 days); TransId alone is a Part-A slip without validity', async () => {
      const declared = await registered('EWD', road({ Distance: 1000 }) as EwbDtls);
      assert.equal(declared.body.EwbValidTill, expectedValidTill(declared.body.EwbDt, 1000));
      assert.equal(declared.body.info, undefined);
      const partA = await registered('EWA', { TransId: TRANSPORTER, Distance: 1000 });
      assert.match(String(partA.body.EwbNo), /^[0-9]{12}$/);
      assert.equal(partA.body.EwbValidTill, null);
    });

    it('a failing EwbDtls still registers the IRN and answers EWBERR with every e-way bill error', async () => {
      // IC's recorded case: {"Distance":0} only → 4019 (§4.1)
      const { body } = await registered('EWE', { Distance: 0 });
      assert.match(body.Irn, /^[0-9a-f]{64}$/);
      assert.equal(body.EwbNo, null);
      assert.equal(body.EwbValidTill, null);
      assert.deepEqual(body.info, [
        {
          InfCd: 'EWBERR',
          Desc: [{ ErrorCode: '4019', ErrorMessage: 'Provide Transporter ID in order to generate Part A of e-Way Bill' }],
        },
      ]);
      assert.equal((await getIrn(body.Irn)).statusCode, 200);

      const many = await registered(
        'EWM',
        road({ Distance: 4000, VehType: null, TransDocDt: '01/01/2020', TransDocNo: 'LR/1' }) as EwbDtls,
      );
      assert.deepEqual(
        (many.body.info[0].Desc as { ErrorCode: string }[]).map((e) => e.ErrorCode),
        ['4022', '4021', '4038'],
      );
    });
  });

  it('an unexpected failure of the e-way bill system keeps the IRN and answers EWBERR 4001', async () => {
    const ewb = t.backend.app.services.provider.ewaybill as SandboxEwb;
    const original = ewb.registerFromIrn;
    ewb.registerFromIrn = async () => {
      throw new Error('connection reset');
    };
    try {
      const { body } = await registered('EWU', road({ Distance: 1000 }) as EwbDtls);
      assert.match(body.Irn, /^[0-9a-f]{64}$/);
      assert.equal(body.EwbNo, null);
      assert.deepEqual(body.info, [
        { InfCd: 'EWBERR', Desc: [{ ErrorCode: '4001', ErrorMessage: 'Error ocurred while creating Eway Bill' }] },
      ]);
    } finally {
      ewb.registerFromIrn = original;
    }
  });

  describe('POST /v1/einvoice/ewaybill (EWB by IRN, §4.5)', () => {
    it('generates the e-way bill of a registered IRN (TransMode as a number); the second time 4002', async () => {
      const { body: doc } = await registered('EBI');
      const res = await ewbByIrn({ Irn: doc.Irn, ...road({ TransMode: 1 }) });
      assert.equal(res.statusCode, 200, res.body);
      const ewb = res.json();
      assert.deepEqual(Object.keys(ewb).sort(), ['EwbDt', 'EwbNo', 'EwbValidTill', 'info']);
      assert.match(String(ewb.EwbNo), /^[0-9]{12}$/);
      assert.equal(ewb.EwbValidTill, expectedValidTill(ewb.EwbDt, BLR_BOM));
      assert.deepEqual(ewb.info, [{ InfCd: 'EWBPPD', Desc: `Pin-Pin calc distance: ${BLR_BOM}KM` }]);
      // the e-invoice now carries it
      const stored = (await getIrn(doc.Irn)).json();
      assert.deepEqual([stored.EwbNo, stored.EwbDt, stored.EwbValidTill], [ewb.EwbNo, ewb.EwbDt, ewb.EwbValidTill]);

      expectProblem(await ewbByIrn({ Irn: doc.Irn, ...road() }), 409, '4002');
    });

    it('after the e-way bill is cancelled in the e-way bill system, the IRN may get a new one', async () => {
      const { body: doc } = await registered('EBR', road() as EwbDtls);
      await cancelEwb(doc.EwbNo);
      const res = await ewbByIrn({ Irn: doc.Irn, ...road({ Distance: 1000 }) });
      assert.equal(res.statusCode, 200, res.body);
      assert.notEqual(res.json().EwbNo, doc.EwbNo);
    });

    it('takes ExpShipDtls and DispDtls from the request', async () => {
      const { body: doc } = await registered('EBX');
      const res = await ewbByIrn({
        Irn: doc.Irn,
        ...road({ Distance: 20 }),
        DispDtls: { Nm: 'Deccan Warehouse', Addr1: 'Peenya Industrial Area', Loc: 'Bengaluru', Pin: '560058', Stcd: 29 },
        ExpShipDtls: { Addr1: 'Whitefield', Loc: 'Bengaluru', Pin: 560066, Stcd: '29' },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().EwbValidTill, expectedValidTill(res.json().EwbDt, 20));
    });

    it('§6.4 verified example: 2467 km generated 2022-09-16 19:29 → EwbValidTill 2022-09-29 23:59:00', async () => {
      t.clock.set(istInstant('2022-09-16 19:29:00'));
      try {
        const { body: doc } = await registered('E64');
        // Bengaluru → Guwahati: the portal's figure (2602 km) lets 2467 km through.
        const res = await ewbByIrn({
          Irn: doc.Irn,
          ...road({ Distance: 2467 }),
          ExpShipDtls: { Addr1: 'Fancy Bazar', Loc: 'Guwahati', Pin: 781001, Stcd: '18' },
        });
        assert.equal(res.statusCode, 200, res.body);
        assert.equal(res.json().EwbDt, '2022-09-16 19:29:00');
        assert.equal(res.json().EwbValidTill, '2022-09-29 23:59:00');
        const bill = await t.backend.app.services.provider.ewaybill.getEwayBill({ gstin: DEMO_GSTIN }, res.json().EwbNo);
        assert.deepEqual([bill.ewayBillDate, bill.validUpto, bill.noValidDays], ['16/09/2022 07:29:00 PM', '29/09/2022 11:59:00 PM', 13]);
      } finally {
        t.clock.reset();
      }
    });

    it('answers every rule failure at once', async () => {
      const { body: doc } = await registered('EBF');
      const res = await ewbByIrn({
        Irn: doc.Irn,
        Distance: 0,
        TransMode: '2',
        VehNo: 'KA01AB1234',
        VehType: 'O',
        TransId: 'BAD',
        TransDocDt: '2026-01-01',
      });
      expectProblem(res, 400, '4012');
      assert.deepEqual(codesOf(res), ['4012', '4024', '4018', '4017']);
    });

    it('4003 for an unknown IRN; 4000 for a cancelled one', async () => {
      expectProblem(await ewbByIrn({ Irn: 'ab'.repeat(32), ...road() }), 404, '4003');
      const { body: doc } = await registered('EBC');
      assert.equal((await cancelIrn(doc.Irn)).statusCode, 200);
      expectProblem(await ewbByIrn({ Irn: doc.Irn, ...road() }), 400, '4000');
    });

    it("another GSTIN's IRN: the gateway answers as for an unknown IRN (2148); the IRP itself says 4037", async () => {
      const { body: doc } = await registered('EBO');
      expectProblem(await ewbByIrn({ Irn: doc.Irn, ...road() }, otherToken), 404, '2148');
      expectProblem(await ewbOfIrn(doc.Irn, otherToken), 404, '2148');
      const irp = t.backend.app.services.provider.einvoice;
      const codeOf = (e: unknown) => (e instanceof GstError ? e.code : String(e));
      await assert.rejects(irp.generateEwbByIrn({ gstin: OTHER_GSTIN }, { Irn: doc.Irn, Distance: 0 }), (e) => codeOf(e) === '4037');
      await assert.rejects(irp.getEwbByIrn({ gstin: OTHER_GSTIN }, doc.Irn), (e) => codeOf(e) === '4037');
    });

    it('4026 when the document already has an e-way bill generated in the e-way bill system', async () => {
      const { inv, body: doc } = await registered('EBD');
      const direct = await t.backend.app.services.provider.ewaybill.generate(
        { gstin: DEMO_GSTIN },
        ewbRequestFromInvoice(inv, road({ Distance: 1000 }) as EwbDtls),
      );
      const res = await ewbByIrn({ Irn: doc.Irn, ...road() });
      const problem = expectProblem(res, 409, '4026');
      assert.equal(problem.errors[0].message, `Duplicate EwayBill for the given document numer, EwbNo - (${direct.ewayBillNo})`);
    });

    it('refuses a TransMode outside 1–4 and a missing Distance (schema)', async () => {
      const { body: doc } = await registered('EBS');
      expectProblem(await ewbByIrn({ Irn: doc.Irn, ...road({ TransMode: '9' }) }), 400, 'VALIDATION_FAILED');
      expectProblem(await ewbByIrn({ Irn: doc.Irn, TransId: TRANSPORTER }), 400, 'VALIDATION_FAILED');
    });
  });

  describe('GET /v1/einvoice/irn/{irn}/ewaybill (§4.6)', () => {
    it('answers the e-way bill as the e-way bill system has it now; 4005 when there is none', async () => {
      const { body: doc } = await registered('EGG', road({ Distance: 1000 }) as EwbDtls);
      const res = await ewbOfIrn(doc.Irn);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), {
        EwbNo: doc.EwbNo,
        Status: 'ACT',
        GenGstin: DEMO_GSTIN,
        EwbDt: doc.EwbDt,
        EwbValidTill: doc.EwbValidTill,
      });
      await cancelEwb(doc.EwbNo);
      assert.equal((await ewbOfIrn(doc.Irn)).json().Status, 'CNL');

      const { body: none } = await registered('EGN');
      expectProblem(await ewbOfIrn(none.Irn), 404, '4005');
    });
  });

  describe('cancel IRN with an e-way bill (§4.2, §7.5)', () => {
    it('2230 while the e-way bill is active; once it is cancelled in the e-way bill system, the IRN can be cancelled', async () => {
      const { body: doc } = await registered('ECN', road() as EwbDtls);
      expectProblem(await cancelIrn(doc.Irn), 400, '2230');
      await cancelEwb(doc.EwbNo);
      const res = await cancelIrn(doc.Irn);
      assert.equal(res.statusCode, 200, res.body);
    });
  });
});
