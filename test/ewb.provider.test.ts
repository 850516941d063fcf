/**
 * The emulated NIC e-way bill system (src/providers/sandbox/ewb.ts), called as the provider through
 * the real app: validity examples of reference A6.1 reproduced on the government clock, every time
 * window at its edges, the lifecycle rules of each action and a case for every code it raises.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { GstError } from '../src/core/errors.ts';
import {
  DEMO_GSTIN,
  type SampleEwbKind,
  sampleEwbRequest,
  TRANSPORTER_GSTIN,
  UNIVERSAL_GSTIN,
  WESTERN_GSTIN,
} from '../src/domain/ewaybill/fixtures.ts';
import { parseGenerate } from '../src/domain/ewaybill/parse.ts';
import type { ExtendRequest, GenerateEwbRequest, MultiVehicleInitiateRequest, PartBRequest } from '../src/domain/ewaybill/types.ts';
import type { SandboxEwb } from '../src/providers/sandbox/ewb.ts';
import type { ProviderSession } from '../src/providers/types.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { docNo, govDate, sqlRows } from './support.ts';

const DEMO: ProviderSession = { gstin: DEMO_GSTIN };
const WESTERN: ProviderSession = { gstin: WESTERN_GSTIN };
const UNIVERSAL: ProviderSession = { gstin: UNIVERSAL_GSTIN };
const SWIFT: ProviderSession = { gstin: TRANSPORTER_GSTIN };
/** A seeded taxpayer that is party to none of the bills. */
const STRANGER: ProviderSession = { gstin: '33GSPTN0791G1Z5' };
/** Seeded as blocked (returns not filed). */
const BLOCKED_GSTIN = '05AAACG2140A1ZL';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `dd/mm/yyyy hh:mm` (24 h) in IST → the instant. */
function ist(s: string): Date {
  const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(s);
  if (!m) throw new Error(`bad time ${s}`);
  return new Date(Date.UTC(+m[3], +m[2] - 1, +m[1], +m[4], +m[5]) - 5.5 * HOUR);
}

async function rejectsWith(p: Promise<unknown>, code: string): Promise<GstError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof GstError, String(e));
    assert.equal(e.code, code, e.message);
    return e;
  }
  assert.fail(`expected ${code}, got success`);
}

describe('sandbox e-way bill system (provider level)', () => {
  let t: TestApp;
  const ewb = () => t.app.services.provider.ewaybill as SandboxEwb;

  before(async () => {
    t = await buildTestApp();
  });
  after(async () => {
    t.clock.reset();
    await t.close();
  });

  /** Sets the government clock to an IST minute. */
  const at = (s: string | Date) => t.clock.set(typeof s === 'string' ? ist(s) : s);

  function request(kind: SampleEwbKind, edit?: (raw: Record<string, unknown>) => void): GenerateEwbRequest {
    const raw = sampleEwbRequest(kind, { docNo: docNo('E'), docDate: govDate(t.clock) });
    edit?.(raw);
    const parsed = parseGenerate(raw);
    if (!parsed.ok) assert.fail(JSON.stringify(parsed.problems));
    return parsed.value;
  }

  async function generate(kind: SampleEwbKind = 'intra', edit?: (raw: Record<string, unknown>) => void, session = DEMO) {
    const req = request(kind, edit);
    const res = await ewb().generate(session, req);
    return { ...res, no: res.ewayBillNo, req };
  }

  const distance =
    (km: number, vehicleType = 'R') =>
    (raw: Record<string, unknown>) => {
      raw.transDistance = String(km);
      raw.vehicleType = vehicleType;
    };

  const partB = (ewbNo: number, extra: Partial<PartBRequest> = {}): PartBRequest => ({
    ewbNo,
    vehicleNo: 'KA05MN4321',
    fromPlace: 'Bengaluru',
    fromState: 29,
    reasonCode: '4',
    reasonRem: 'First time',
    transMode: '1',
    ...extra,
  });

  const extension = (ewbNo: number, remainingDistance: number, extra: Partial<ExtendRequest> = {}): ExtendRequest => ({
    ewbNo,
    vehicleNo: 'KA01AB1234',
    fromPlace: 'Bengaluru',
    fromState: 29,
    fromPincode: 560001,
    remainingDistance,
    transMode: '1',
    extnRsnCode: '1',
    extnRemarks: 'Flood',
    consignmentStatus: 'M',
    ...extra,
  });

  const initiation = (ewbNo: number, totalQuantity: number, unitCode = 'NOS'): MultiVehicleInitiateRequest => ({
    ewbNo,
    reasonCode: '1',
    reasonRem: 'vehicle broke down',
    fromPlace: 'Bengaluru',
    fromState: 29,
    toPlace: 'Mysuru',
    toState: 29,
    transMode: '1',
    totalQuantity,
    unitCode,
  });

  const consolidation = (ewbNos: number[]) => ({
    fromPlace: 'Bengaluru',
    fromState: 29,
    vehicleNo: 'KA09TS1234',
    transMode: '1' as const,
    ewbNos,
  });

  const regeneration = (tripSheetNo: number) => ({
    tripSheetNo,
    vehicleNo: 'KA09TS9999',
    fromPlace: 'Hosur',
    fromState: 29,
    transMode: '1' as const,
    reasonCode: '1',
    reasonRem: 'Break down',
  });

  /** A Part-A slip (no vehicle) carried by Swift Roadways, intra-state 158 km. */
  const partASlip = () =>
    generate('intra', (raw) => {
      Object.assign(raw, {
        transporterId: TRANSPORTER_GSTIN,
        transporterName: 'Swift Roadways',
        transMode: '',
        vehicleNo: '',
        vehicleType: '',
      });
    });

  /** An intra bill whose transporter (Swift) has entered Part-B. */
  async function withTransporterPartB() {
    const b = await partASlip();
    await ewb().updatePartB(SWIFT, partB(b.no));
    return b;
  }

  // ---- A6.1 validity, reproduced exactly

  describe('validity (A6.1)', () => {
    it('05/10/2022 12:39 PM, 10 km → 06/10/2022 11:59:00 PM', async () => {
      at('05/10/2022 12:39');
      const b = await generate('intra', distance(10));
      assert.equal(b.ewayBillDate, '05/10/2022 12:39:00 PM');
      assert.equal(b.validUpto, '06/10/2022 11:59:00 PM');
      assert.match(String(b.no), /^310\d{9}$/);
    });

    it('25/02/2024 11:10 AM, 10 km → 26/02/2024 11:59:00 PM', async () => {
      at('25/02/2024 11:10');
      const b = await generate('intra', distance(10));
      assert.equal(b.ewayBillDate, '25/02/2024 11:10:00 AM');
      assert.equal(b.validUpto, '26/02/2024 11:59:00 PM');
    });

    it('01/05/2024 07:04 PM, 1000 km → 06/05/2024 11:59:00 PM', async () => {
      at('01/05/2024 19:04');
      const b = await generate('inter', distance(1000));
      assert.equal(b.ewayBillDate, '01/05/2024 07:04:00 PM');
      assert.equal(b.validUpto, '06/05/2024 11:59:00 PM');
      const got = await ewb().getEwayBill(DEMO, b.no);
      assert.equal(got.noValidDays, 5);
      assert.equal(got.actualDist, 1000);
    });

    it('over-dimensional cargo gets a day per 20 km or part', async () => {
      at('01/05/2024 10:00');
      assert.equal((await generate('intra', distance(40, 'O'))).validUpto, '03/05/2024 11:59:00 PM');
      assert.equal((await generate('intra', distance(41, 'O'))).validUpto, '04/05/2024 11:59:00 PM');
      assert.equal((await generate('intra', distance(20, 'O'))).validUpto, '02/05/2024 11:59:00 PM');
    });

    it('extension 04/07/2023 06:13 PM, remaining 5 km → 05/07/2023 11:59:00 PM', async () => {
      at('03/07/2023 10:00');
      const b = await generate('intra', distance(10));
      assert.equal(b.validUpto, '04/07/2023 11:59:00 PM');
      at('04/07/2023 18:13');
      const res = await ewb().extend(DEMO, extension(b.no, 5));
      assert.deepEqual(res, { ewayBillNo: String(b.no), updatedDate: '04/07/2023 06:13:00 PM', validUpto: '05/07/2023 11:59:00 PM' });
      const got = await ewb().getEwayBill(DEMO, b.no);
      assert.equal(got.extendedTimes, 1);
      assert.equal(got.VehiclListDetails.length, 2);
    });

    it('a Part-A slip has no validity until its first Part-B, which starts it; later ones keep it', async () => {
      at('10/03/2025 09:30');
      const b = await partASlip();
      assert.equal(b.validUpto, null);
      assert.deepEqual((await ewb().getEwayBill(DEMO, b.no)).VehiclListDetails, []);
      at('12/03/2025 15:45');
      const first = await ewb().updatePartB(SWIFT, partB(b.no));
      // 158 km → 1 day from the Part-B day.
      assert.deepEqual(first, { vehUpdDate: '12/03/2025 03:45:00 PM', validUpto: '13/03/2025 11:59:00 PM' });
      at('13/03/2025 10:00');
      const later = await ewb().updatePartB(SWIFT, partB(b.no, { vehicleNo: 'KA05MN9999', reasonCode: '1' }));
      assert.equal(later.validUpto, '13/03/2025 11:59:00 PM');
      const got = await ewb().getEwayBill(SWIFT, b.no);
      assert.deepEqual(
        got.VehiclListDetails.map((v) => v.vehicleNo),
        ['KA05MN9999', 'KA05MN4321'],
      );
      assert.equal(got.VehiclListDetails[0].userGSTINTransin, TRANSPORTER_GSTIN);
    });
  });

  // ---- A6.2 windows at their edges

  describe('time windows (A6.2)', () => {
    it('extension opens exactly 8 h before validUpto, not a minute earlier (382)', async () => {
      at('01/06/2025 10:00');
      const b = await generate('intra', distance(10)); // valid until 02/06/2025 23:59
      at('02/06/2025 15:58');
      await rejectsWith(ewb().extend(DEMO, extension(b.no, 10)), '382');
      at('02/06/2025 15:59');
      assert.equal((await ewb().extend(DEMO, extension(b.no, 10))).validUpto, '03/06/2025 11:59:00 PM');
    });

    it('extension closes exactly 8 h after validUpto, not a minute later (382)', async () => {
      at('01/06/2025 10:00');
      const b = await generate('intra', distance(10));
      at('03/06/2025 08:00');
      await rejectsWith(ewb().extend(DEMO, extension(b.no, 10)), '382');
      at('03/06/2025 07:59');
      assert.equal((await ewb().extend(DEMO, extension(b.no, 10))).validUpto, '04/06/2025 11:59:00 PM');
    });

    it('cancel within 24 h of generation, the edge included (315)', async () => {
      at('01/06/2025 10:00');
      const a = await generate('inter');
      const b = await generate('inter');
      at('02/06/2025 10:00');
      assert.deepEqual(await ewb().cancel(DEMO, { ewbNo: a.no, cancelRsnCode: '3', cancelRmrk: 'Data entry' }), {
        ewayBillNo: String(a.no),
        cancelDate: '02/06/2025 10:00:00 AM',
      });
      assert.equal((await ewb().getEwayBill(DEMO, a.no)).status, 'CNL');
      at('02/06/2025 10:01');
      await rejectsWith(ewb().cancel(DEMO, { ewbNo: b.no, cancelRsnCode: '3' }), '315');
    });

    it('reject within 72 h of generation, the edge included (346)', async () => {
      at('01/06/2025 10:00');
      const a = await generate('inter'); // 1045 km: 6 days
      const b = await generate('inter');
      at('04/06/2025 10:00');
      assert.deepEqual(await ewb().reject(UNIVERSAL, { ewbNo: a.no }), {
        ewayBillNo: String(a.no),
        ewbRejectedDate: '04/06/2025 10:00:00 AM',
      });
      assert.equal((await ewb().getEwayBill(UNIVERSAL, a.no)).rejectStatus, 'Y');
      at('04/06/2025 10:01');
      await rejectsWith(ewb().reject(UNIVERSAL, { ewbNo: b.no }), '346');
    });

    it('a Part-A slip is discarded 15 days after generation: DIS, and 343 for its actions', async () => {
      at('01/06/2025 10:00');
      const b = await partASlip();
      at(new Date(ist('01/06/2025 10:00').getTime() + 15 * DAY));
      assert.equal((await ewb().getEwayBill(DEMO, b.no)).status, 'ACT');
      at(new Date(ist('01/06/2025 10:00').getTime() + 15 * DAY + MINUTE));
      assert.equal((await ewb().getEwayBill(DEMO, b.no)).status, 'DIS');
      assert.equal(await ewb().isActive(b.no), false);
      await rejectsWith(ewb().updatePartB(SWIFT, partB(b.no)), '343');
      await rejectsWith(ewb().reject(WESTERN, { ewbNo: b.no }), '343');
      await rejectsWith(ewb().consolidate(SWIFT, consolidation([b.no])), '343');
      await rejectsWith(ewb().initiateMultiVehicle(SWIFT, initiation(b.no, 1)), '343');
      await rejectsWith(ewb().updateTransporter(DEMO, { ewbNo: b.no, transporterId: WESTERN_GSTIN }), '280');
      await rejectsWith(ewb().extend(SWIFT, extension(b.no, 10)), '380');
      await rejectsWith(ewb().cancel(DEMO, { ewbNo: b.no, cancelRsnCode: '4' }), '312');
      await rejectsWith(ewb().getByDocument(DEMO, 'INV', b.req.docNo), '325');
      // The discarded slip frees its document for a new e-way bill.
      const again = await ewb().generate(DEMO, { ...b.req, docDate: govDate(t.clock) });
      assert.notEqual(again.ewayBillNo, b.no);
      assert.equal((await ewb().getEwayBill(DEMO, b.no)).status, 'DIS');
    });

    it('extension is capped at 360 days from the e-way bill date (28/12/2023 → 22/12/2024), then 821', async () => {
      at('28/12/2023 10:00');
      const b = await generate('inter', distance(1000, 'O')); // ODC: 50 days per 1000 km
      // As if extended until now: validity ends on 17/12/2024.
      await t.database.db.execute(sql`update ewb_bills set valid_until = ${ist('17/12/2024 23:59').toISOString()} where ewb_no = ${b.no}`);
      at('17/12/2024 18:00');
      const res = await ewb().extend(DEMO, extension(b.no, 200, { fromPincode: 560001 })); // 10 days wanted
      assert.equal(res.validUpto, '22/12/2024 11:59:00 PM');
      at('22/12/2024 18:00');
      await rejectsWith(ewb().extend(DEMO, extension(b.no, 200)), '821');
    });
  });

  // ---- GENEWAYBILL

  describe('generate', () => {
    it('one bill per document: 604 with the existing bill for whoever may see it, in any letter case', async () => {
      at('01/06/2025 10:00');
      const b = await generate('intra', (raw) => {
        raw.docNo = docNo('dup').toLowerCase();
      });
      const err = await rejectsWith(ewb().generate(DEMO, b.req), '604');
      assert.equal(err.status, 409);
      assert.deepEqual(err.info, [{ ewayBillNo: b.no, ewayBillDate: b.ewayBillDate }]);
      await rejectsWith(ewb().generate(DEMO, { ...b.req, docNo: b.req.docNo.toUpperCase() }), '604');
      // Cancelled, the document may be used again.
      await ewb().cancel(DEMO, { ewbNo: b.no, cancelRsnCode: '1' });
      const again = await ewb().generate(DEMO, b.req);
      assert.ok(again.ewayBillNo > b.no);
    });

    it('10 concurrent identical requests make exactly one e-way bill; the rest get 604', async () => {
      at('01/06/2025 10:00');
      const req = request('inter');
      const results = await Promise.allSettled(Array.from({ length: 10 }, () => ewb().generate(DEMO, req)));
      const ok = results.filter((r) => r.status === 'fulfilled');
      assert.equal(ok.length, 1);
      for (const r of results) {
        if (r.status === 'rejected') assert.equal((r.reason as GstError).code, '604', String(r.reason));
      }
      const rows = await sqlRows<{ n: number }>(t.database, sql`select count(*)::int as n from ewb_bills where doc_no = ${req.docNo}`);
      assert.equal(Number(rows[0].n), 1);
    });

    it('registers e-way bills for the IRP: findByIrn, isActive, and 604 with the number on a duplicate', async () => {
      at('01/06/2025 10:00');
      const req = request('intra');
      const irn = 'a'.repeat(64);
      const reg = await ewb().registerFromIrn({ request: req, generatorGstin: DEMO_GSTIN, irn, actualDist: 158 });
      assert.equal(reg.generatedAt.getTime(), ist('01/06/2025 10:00').getTime());
      assert.equal(reg.validUpto?.getTime(), ist('02/06/2025 23:59').getTime());
      const found = await ewb().findByIrn(irn);
      assert.deepEqual(found && { ...found }, {
        ewbNo: reg.ewbNo,
        status: 'ACT',
        generatorGstin: DEMO_GSTIN,
        generatedAt: reg.generatedAt,
        validUntil: reg.validUpto,
      });
      assert.equal(await ewb().isActive(reg.ewbNo), true);
      assert.equal((await ewb().getEwayBill(DEMO, reg.ewbNo)).irn, irn);
      const err = await rejectsWith(ewb().registerFromIrn({ request: req, generatorGstin: DEMO_GSTIN, irn, actualDist: 158 }), '604');
      assert.deepEqual(err.info, [{ ewayBillNo: reg.ewbNo }]);
      assert.equal(await ewb().findByIrn('b'.repeat(64)), undefined);
      await ewb().cancel(DEMO, { ewbNo: reg.ewbNo, cancelRsnCode: '2' });
      assert.equal(await ewb().isActive(reg.ewbNo), false);
      assert.equal((await ewb().findByIrn(irn))?.status, 'CNL');
    });
  });

  // ---- Row locks: concurrent actions on one bill serialise (also run on PostgreSQL)

  describe('concurrent actions on one bill', () => {
    const settle = async <T>(n: number, fn: () => Promise<T>) => {
      const results = await Promise.allSettled(Array.from({ length: n }, fn));
      const codes = results.filter((r) => r.status === 'rejected').map((r) => (r.reason as GstError).code);
      return { ok: results.length - codes.length, codes };
    };

    it('five simultaneous extensions: one extends, the rest find the new validity out of the window (382)', async () => {
      at('01/06/2025 10:00');
      const b = await generate('intra', distance(10)); // valid until 02/06/2025 23:59
      at('02/06/2025 18:00');
      const { ok, codes } = await settle(5, () => ewb().extend(DEMO, extension(b.no, 10)));
      assert.equal(ok, 1);
      assert.deepEqual(codes, ['382', '382', '382', '382']);
      const got = await ewb().getEwayBill(DEMO, b.no);
      assert.deepEqual([got.extendedTimes, got.validUpto, got.VehiclListDetails.length], [1, '03/06/2025 11:59:00 PM', 2]);
    });

    it('simultaneous vehicles of one group never load more than its quantity (400)', async () => {
      at('01/06/2025 10:00');
      const b = await generate('intra'); // 10 NOS
      await ewb().initiateMultiVehicle(DEMO, initiation(b.no, 10));
      let n = 0;
      const { ok, codes } = await settle(5, () =>
        ewb().addMultiVehicle(DEMO, { ewbNo: b.no, groupNo: 1, vehicleNo: `KA01MV000${++n}`, quantity: 4 }),
      );
      assert.equal(ok, 2);
      assert.deepEqual(codes, ['400', '400', '400']);
    });

    it('simultaneous Part-B entries on a Part-A slip: every entry kept, validity started once', async () => {
      at('01/06/2025 10:00');
      const b = await partASlip();
      let n = 0;
      const { ok } = await settle(5, () => ewb().updatePartB(SWIFT, partB(b.no, { vehicleNo: `KA05MN000${++n}` })));
      assert.equal(ok, 5);
      const got = await ewb().getEwayBill(DEMO, b.no);
      assert.deepEqual([got.VehiclListDetails.length, got.validUpto, got.noValidDays], [5, '02/06/2025 11:59:00 PM', 1]);
    });

    it('five simultaneous cancels: one cancels, the rest 312', async () => {
      at('01/06/2025 10:00');
      const b = await generate('intra');
      const { ok, codes } = await settle(5, () => ewb().cancel(DEMO, { ewbNo: b.no, cancelRsnCode: '1' }));
      assert.equal(ok, 1);
      assert.deepEqual(codes, ['312', '312', '312', '312']);
    });
  });

  // ---- GET APIs

  describe('get', () => {
    it('GetEwayBill answers the A5.1 shape to the parties, 357 to others and 325 for an unknown number', async () => {
      at('05/10/2022 12:39');
      const b = await generate('intra', distance(10));
      const got = await ewb().getEwayBill(WESTERN, b.no);
      assert.equal(got.ewbNo, b.no);
      assert.equal(got.ewayBillDate, '05/10/2022 12:39:00 PM');
      assert.equal(got.genMode, 'API');
      assert.equal(got.userGstin, DEMO_GSTIN);
      assert.equal(got.subSupplyType, '1  ');
      assert.equal(got.status, 'ACT');
      assert.equal(got.validUpto, '06/10/2022 11:59:00 PM');
      assert.equal(got.noValidDays, 1);
      assert.equal(got.rejectStatus, 'N');
      assert.equal(got.itemList[0].hsnCode, 84713010);
      assert.equal(got.itemList[0].productId, 0);
      assert.deepEqual(got.VehiclListDetails, [
        {
          updMode: 'API',
          vehicleNo: 'KA01AB1234',
          fromPlace: 'Bengaluru',
          fromState: 29,
          tripshtNo: 0,
          userGSTINTransin: DEMO_GSTIN,
          enteredDate: '05/10/2022 12:39:00 PM',
          transMode: '1',
          transDocNo: '',
          transDocDate: null,
          groupNo: '0',
        },
      ]);
      await rejectsWith(ewb().getEwayBill(STRANGER, b.no), '357');
      const unknown = await rejectsWith(ewb().getEwayBill(DEMO, 319999999999), '325');
      assert.equal(unknown.status, 404);
    });

    it('lists by generation day for the generator, the transporter and the other party', async () => {
      at('20/06/2025 09:00');
      const b = await partASlip();
      const row = (rows: { ewbNo: number }[]) => rows.find((r) => r.ewbNo === b.no);
      const mine = row(await ewb().listByDate(DEMO, '20/06/2025', 'generator'));
      assert.deepEqual(mine, {
        ewbNo: b.no,
        ewbDate: '20/06/2025 09:00:00 AM',
        status: 'ACT',
        genGstin: DEMO_GSTIN,
        docNo: b.req.docNo,
        docDate: '20/06/2025',
        delPinCode: 570001,
        delStateCode: 29,
        delPlace: 'Mysuru',
        validUpto: null,
        extendedTimes: 0,
        rejectStatus: 'N',
      });
      assert.ok(row(await ewb().listByDate(SWIFT, '20/06/2025', 'transporter')));
      assert.ok(row(await ewb().listByDate(WESTERN, '20/06/2025', 'other-party')));
      assert.equal(row(await ewb().listByDate(DEMO, '20/06/2025', 'other-party')), undefined);
      assert.equal(row(await ewb().listByDate(DEMO, '21/06/2025', 'generator')), undefined);
      await rejectsWith(ewb().listByDate(DEMO, '2025-06-20', 'generator'), 'VALIDATION_FAILED');
    });

    it('finds the active bill of a document for its consignor (325 otherwise)', async () => {
      at('01/06/2025 10:00');
      const b = await generate('inter');
      assert.deepEqual(await ewb().getByDocument(DEMO, 'INV', b.req.docNo.toLowerCase()), {
        ewayBillNo: b.no,
        ewayBillDate: b.ewayBillDate,
        validUpto: b.validUpto,
        alert: '',
      });
      await rejectsWith(ewb().getByDocument(UNIVERSAL, 'INV', b.req.docNo), '325');
      await ewb().cancel(DEMO, { ewbNo: b.no, cancelRsnCode: '1' });
      await rejectsWith(ewb().getByDocument(DEMO, 'INV', b.req.docNo), '325');
    });
  });

  // ---- VEHEWB

  describe('update Part-B', () => {
    it('the generator may until the assigned transporter enters Part-B (635); others 636', async () => {
      at('01/06/2025 10:00');
      const b = await partASlip();
      await ewb().updatePartB(DEMO, partB(b.no));
      await rejectsWith(ewb().updatePartB(STRANGER, partB(b.no)), '636');
      await ewb().updatePartB(SWIFT, partB(b.no, { vehicleNo: 'KA05MN1111' }));
      await rejectsWith(ewb().updatePartB(DEMO, partB(b.no)), '635');
    });

    it('refuses cancelled (312) and expired (311) bills and bills under multi-vehicle movement (412); 301 unknown', async () => {
      at('01/06/2025 10:00');
      const cancelled = await generate('intra');
      await ewb().cancel(DEMO, { ewbNo: cancelled.no, cancelRsnCode: '1' });
      await rejectsWith(ewb().updatePartB(DEMO, partB(cancelled.no)), '312');
      const expiring = await generate('intra', distance(10));
      const multi = await generate('intra');
      await ewb().initiateMultiVehicle(DEMO, initiation(multi.no, 5));
      await rejectsWith(ewb().updatePartB(DEMO, partB(multi.no)), '412');
      at('03/06/2025 00:00');
      await rejectsWith(ewb().updatePartB(DEMO, partB(expiring.no)), '311');
      await rejectsWith(ewb().updatePartB(DEMO, partB(319999999999)), '301');
    });

    it('checks the transport document: not dated before the bill’s document (362), railway receipts of 9–10 digits (823)', async () => {
      at('01/06/2025 10:00');
      const b = await generate('inter'); // document dated 01/06/2025
      await rejectsWith(ewb().updatePartB(DEMO, partB(b.no, { transDocNo: 'LR-9', transDocDate: '31/05/2025' })), '362');
      const rail = { vehicleNo: undefined, transMode: '2' as const, transDocDate: '01/06/2025' };
      await rejectsWith(ewb().updatePartB(DEMO, partB(b.no, { ...rail, transDocNo: 'RR-12' })), '823');
      const ok = await ewb().updatePartB(DEMO, partB(b.no, { ...rail, transDocNo: '1234567890' }));
      assert.equal(ok.vehUpdDate, '01/06/2025 10:00:00 AM');
    });
  });

  // ---- UPDATETRANSPORTER

  describe('update transporter', () => {
    it('assigns a transporter (its registry name), by the generator or the current transporter only (339)', async () => {
      at('01/06/2025 10:00');
      const b = await generate('intra');
      const res = await ewb().updateTransporter(DEMO, { ewbNo: b.no, transporterId: TRANSPORTER_GSTIN });
      assert.deepEqual(res, { ewayBillNo: String(b.no), transporterId: TRANSPORTER_GSTIN, transUpdateDate: '01/06/2025 10:00:00 AM' });
      const got = await ewb().getEwayBill(SWIFT, b.no);
      assert.equal(got.transporterId, TRANSPORTER_GSTIN);
      assert.equal(got.transporterName, 'Swift Roadways');
      await rejectsWith(ewb().updateTransporter(STRANGER, { ewbNo: b.no, transporterId: STRANGER.gstin }), '339');
    });

    it('338 for the generator once the current transporter entered Part-B; the transporter may hand over', async () => {
      at('01/06/2025 10:00');
      const b = await withTransporterPartB();
      await rejectsWith(ewb().updateTransporter(DEMO, { ewbNo: b.no, transporterId: WESTERN_GSTIN }), '338');
      await ewb().updateTransporter(SWIFT, { ewbNo: b.no, transporterId: WESTERN_GSTIN });
      // The new transporter has not entered Part-B: the generator may act again.
      await ewb().updateTransporter(DEMO, { ewbNo: b.no, transporterId: TRANSPORTER_GSTIN });
    });

    it('blocked transporter (719) or caller (718); cancelled (280); expired (281)', async () => {
      at('01/06/2025 10:00');
      const b = await partASlip();
      await rejectsWith(ewb().updateTransporter(DEMO, { ewbNo: b.no, transporterId: BLOCKED_GSTIN }), '719');
      await t.database.db.execute(sql`update taxpayers set blocked = true where gstin = ${TRANSPORTER_GSTIN}`);
      try {
        await rejectsWith(ewb().updateTransporter(SWIFT, { ewbNo: b.no, transporterId: WESTERN_GSTIN }), '718');
      } finally {
        await t.database.db.execute(sql`update taxpayers set blocked = false where gstin = ${TRANSPORTER_GSTIN}`);
      }
      const cancelled = await generate('intra');
      await ewb().cancel(DEMO, { ewbNo: cancelled.no, cancelRsnCode: '1' });
      await rejectsWith(ewb().updateTransporter(DEMO, { ewbNo: cancelled.no, transporterId: TRANSPORTER_GSTIN }), '280');
      const expiring = await generate('intra', distance(10));
      at('03/06/2025 00:00');
      await rejectsWith(ewb().updateTransporter(DEMO, { ewbNo: expiring.no, transporterId: TRANSPORTER_GSTIN }), '281');
    });
  });

  // ---- EXTENDVALIDITY

  describe('extend', () => {
    it('by the current transporter; the generator gets 384 (637 once it entered Part-B); others 700', async () => {
      at('01/06/2025 10:00');
      const assigned = await generate('intra', (raw) => {
        raw.transporterId = TRANSPORTER_GSTIN;
      });
      const entered = await withTransporterPartB();
      const own = await generate('intra');
      at('02/06/2025 18:00');
      await rejectsWith(ewb().extend(DEMO, extension(assigned.no, 10)), '384');
      await rejectsWith(ewb().extend(DEMO, extension(entered.no, 10)), '637');
      await rejectsWith(ewb().extend(SWIFT, extension(own.no, 10)), '700');
      await rejectsWith(ewb().extend(STRANGER, extension(assigned.no, 10)), '700');
      assert.equal((await ewb().extend(SWIFT, extension(entered.no, 10))).validUpto, '03/06/2025 11:59:00 PM');
    });

    it('cancelled 379; no Part-B 381; remaining distance above the actual one 390; above the PIN distance 702', async () => {
      at('01/06/2025 10:00');
      const cancelled = await generate('intra');
      await ewb().cancel(DEMO, { ewbNo: cancelled.no, cancelRsnCode: '1' });
      await rejectsWith(ewb().extend(DEMO, extension(cancelled.no, 10)), '379');
      const slip = await partASlip();
      await rejectsWith(ewb().extend(SWIFT, extension(slip.no, 10)), '381');
      const inter = await generate('inter', distance(1000)); // valid until 06/06/2025
      at('06/06/2025 20:00');
      await rejectsWith(ewb().extend(DEMO, extension(inter.no, 1001)), '390');
      // From Mumbai 400002, 2 km from the destination 400001: 500 km remaining is too high.
      const err = await rejectsWith(ewb().extend(DEMO, extension(inter.no, 500, { fromPincode: 400002 })), '702');
      assert.deepEqual(err.info, [{ fromPinCode: '400002', toPinCode: '400001', distance: 2 }]);
      assert.equal((await ewb().extend(DEMO, extension(inter.no, 2, { fromPincode: 400002 }))).validUpto, '07/06/2025 11:59:00 PM');
    });
  });

  // ---- CANEWB / REJEWB

  describe('cancel and reject', () => {
    it('cancel: the generator only (312, 403 for another GSTIN) and once (312, 400)', async () => {
      at('01/06/2025 10:00');
      const b = await generate('intra');
      assert.equal((await rejectsWith(ewb().cancel(WESTERN, { ewbNo: b.no, cancelRsnCode: '1' }), '312')).status, 403);
      assert.equal((await rejectsWith(ewb().cancel(STRANGER, { ewbNo: b.no, cancelRsnCode: '1' }), '312')).status, 403);
      await ewb().cancel(DEMO, { ewbNo: b.no, cancelRsnCode: '1' });
      assert.equal((await rejectsWith(ewb().cancel(DEMO, { ewbNo: b.no, cancelRsnCode: '1' }), '312')).status, 400);
    });

    it('reject: the other party only (341, 342), once (347), not cancelled (343) nor lapsed (345); 344 unknown', async () => {
      at('01/06/2025 10:00');
      const b = await generate('intra', distance(10)); // valid until 02/06/2025 23:59
      await rejectsWith(ewb().reject(DEMO, { ewbNo: b.no }), '341');
      await rejectsWith(ewb().reject(UNIVERSAL, { ewbNo: b.no }), '342');
      await ewb().reject(WESTERN, { ewbNo: b.no });
      await rejectsWith(ewb().reject(WESTERN, { ewbNo: b.no }), '347');
      const cancelled = await generate('intra');
      await ewb().cancel(DEMO, { ewbNo: cancelled.no, cancelRsnCode: '1' });
      await rejectsWith(ewb().reject(WESTERN, { ewbNo: cancelled.no }), '343');
      const lapsing = await generate('intra', distance(10));
      at('03/06/2025 08:00');
      await rejectsWith(ewb().reject(WESTERN, { ewbNo: lapsing.no }), '345');
      await rejectsWith(ewb().reject(WESTERN, { ewbNo: 319999999999 }), '344');
    });

    it('reject of a bill a transporter generated: either the consignor or the consignee', async () => {
      at('01/06/2025 10:00');
      const a = await generate(
        'inter',
        (raw) => Object.assign(raw, { userGstin: TRANSPORTER_GSTIN, transporterId: TRANSPORTER_GSTIN }),
        SWIFT,
      );
      const b = await generate(
        'inter',
        (raw) => Object.assign(raw, { userGstin: TRANSPORTER_GSTIN, transporterId: TRANSPORTER_GSTIN }),
        SWIFT,
      );
      await ewb().reject(DEMO, { ewbNo: a.no });
      await ewb().reject(UNIVERSAL, { ewbNo: b.no });
      await rejectsWith(ewb().reject(SWIFT, { ewbNo: b.no }), '341');
    });
  });

  // ---- GENCEWB / REGENTRIPSHEET

  describe('trip sheets', () => {
    it('consolidates, starts Part-A members, regenerates into a new number and cancels the old (392)', async () => {
      at('01/06/2025 10:00');
      const slip = await partASlip();
      const other = await generate('intra', (raw) => {
        raw.transporterId = TRANSPORTER_GSTIN;
      });
      const made = await ewb().consolidate(SWIFT, consolidation([slip.no, other.no]));
      assert.match(String(made.cEwbNo), /^11\d{8}$/);
      assert.equal(made.cEwbDate, '01/06/2025 10:00:00 AM');
      const got = await ewb().getEwayBill(DEMO, slip.no);
      assert.equal(got.validUpto, '02/06/2025 11:59:00 PM');
      assert.equal(got.VehiclListDetails[0].tripshtNo, made.cEwbNo);
      // Swift entered Part-B through the trip sheet: the generator is locked out (649).
      await rejectsWith(ewb().consolidate(DEMO, consolidation([slip.no])), '649');

      const sheet = await ewb().getTripSheet(DEMO, made.cEwbNo);
      assert.equal(sheet.status, 'ACT');
      assert.equal(sheet.transMode, '1  ');
      assert.equal(sheet.fromState, '29');
      assert.equal(sheet.userGstin, TRANSPORTER_GSTIN);
      assert.deepEqual(
        sheet.tripSheetEwbBills.map((m) => m.ewbNo),
        [slip.no, other.no],
      );

      await ewb().cancel(DEMO, { ewbNo: other.no, cancelRsnCode: '2' });
      at('01/06/2025 12:00');
      const again = await ewb().regenerateTripSheet(SWIFT, regeneration(made.cEwbNo));
      assert.notEqual(again.cEwbNo, made.cEwbNo);
      assert.deepEqual(again.tripSheetEwayBills, [{ ewbNo: slip.no }]);
      assert.equal((await ewb().getTripSheet(SWIFT, made.cEwbNo)).status, 'CNL');
      assert.equal((await ewb().getTripSheet(SWIFT, again.cEwbNo)).vehicleNo, 'KA09TS9999');
      await rejectsWith(ewb().regenerateTripSheet(SWIFT, regeneration(made.cEwbNo)), '392');
      await rejectsWith(ewb().regenerateTripSheet(STRANGER, regeneration(again.cEwbNo)), '650');
      await rejectsWith(ewb().getTripSheet(STRANGER, again.cEwbNo), '357');
      await rejectsWith(ewb().regenerateTripSheet(SWIFT, regeneration(1199999999)), '387');
      await rejectsWith(ewb().getTripSheet(SWIFT, 1199999999), '387');
    });

    it('each member must be the caller’s (650), exist (301), be live (653) and valid (818), without multi-vehicle movement (648)', async () => {
      at('01/06/2025 10:00');
      const ok = await generate('intra');
      const cancelled = await generate('intra');
      await ewb().cancel(DEMO, { ewbNo: cancelled.no, cancelRsnCode: '1' });
      const multi = await generate('intra');
      await ewb().initiateMultiVehicle(DEMO, initiation(multi.no, 2));
      const lapsing = await generate('intra', distance(10));
      await rejectsWith(ewb().consolidate(STRANGER, consolidation([ok.no])), '650');
      const err = await rejectsWith(ewb().consolidate(DEMO, consolidation([ok.no, 319999999999, cancelled.no, multi.no])), '301');
      assert.deepEqual(
        err.errors.map((e) => [e.code, e.field]),
        [
          ['301', 'tripSheetEwbBills[1].ewbNo'],
          ['653', 'tripSheetEwbBills[2].ewbNo'],
          ['648', 'tripSheetEwbBills[3].ewbNo'],
        ],
      );
      at('03/06/2025 00:00');
      await rejectsWith(ewb().consolidate(DEMO, consolidation([lapsing.no])), '818');
    });

    it('a party of some members sees only those in the trip sheet; moving a member needs its Part-B right (650)', async () => {
      at('01/06/2025 10:00');
      const carried = (raw: Record<string, unknown>) => {
        raw.transporterId = TRANSPORTER_GSTIN;
      };
      const a = await generate('intra', carried); // Demo → Western
      const b = await generate('inter', carried); // Demo → Universal
      const made = await ewb().consolidate(SWIFT, consolidation([a.no, b.no]));
      const members = async (who: ProviderSession) => (await ewb().getTripSheet(who, made.cEwbNo)).tripSheetEwbBills.map((m) => m.ewbNo);
      assert.deepEqual(await members(SWIFT), [a.no, b.no]);
      assert.deepEqual(await members(DEMO), [a.no, b.no]);
      assert.deepEqual(await members(WESTERN), [a.no]);
      assert.deepEqual(await members(UNIVERSAL), [b.no]);
      await rejectsWith(ewb().getTripSheet(STRANGER, made.cEwbNo), '357');

      // Swift hands b over: neither may now move the other's bill with a regenerated trip sheet.
      await ewb().updateTransporter(SWIFT, { ewbNo: b.no, transporterId: STRANGER.gstin });
      const bySwift = await rejectsWith(ewb().regenerateTripSheet(SWIFT, regeneration(made.cEwbNo)), '650');
      assert.deepEqual(
        bySwift.errors.map((e) => e.field),
        ['tripSheetEwbBills[1].ewbNo'],
      );
      const byNew = await rejectsWith(ewb().regenerateTripSheet(STRANGER, regeneration(made.cEwbNo)), '650');
      assert.deepEqual(
        byNew.errors.map((e) => e.field),
        ['tripSheetEwbBills[0].ewbNo'],
      );
      assert.equal((await ewb().getTripSheet(SWIFT, made.cEwbNo)).status, 'ACT');
      assert.equal((await ewb().getEwayBill(DEMO, a.no)).VehiclListDetails.length, 2);
    });

    it('regeneration with no member still active and valid: 391', async () => {
      at('01/06/2025 10:00');
      const a = await generate('intra');
      const made = await ewb().consolidate(DEMO, consolidation([a.no]));
      await ewb().cancel(DEMO, { ewbNo: a.no, cancelRsnCode: '2' });
      await rejectsWith(ewb().regenerateTripSheet(DEMO, regeneration(made.cEwbNo)), '391');
    });
  });

  // ---- MULTIVEH*

  describe('multi-vehicle movement', () => {
    it('initiates groups within the bill quantity (400), repeats an identical request, adds and changes vehicles', async () => {
      at('01/06/2025 10:00');
      const b = await generate('intra'); // 10 NOS
      const first = await ewb().initiateMultiVehicle(DEMO, initiation(b.no, 6));
      assert.deepEqual(first, { ewbNo: String(b.no), groupNo: '1', createdDate: '01/06/2025 10:00:00 AM' });
      assert.deepEqual(await ewb().initiateMultiVehicle(DEMO, initiation(b.no, 6)), first);
      await rejectsWith(ewb().initiateMultiVehicle(DEMO, initiation(b.no, 5)), '400');
      await rejectsWith(ewb().initiateMultiVehicle(DEMO, initiation(b.no, 4, 'KGS')), '399');
      await rejectsWith(ewb().initiateMultiVehicle(DEMO, initiation(b.no, 0)), '402');
      assert.equal((await ewb().initiateMultiVehicle(DEMO, initiation(b.no, 4))).groupNo, '2');

      const add = (quantity: number, vehicleNo: string, groupNo = 1) =>
        ewb().addMultiVehicle(DEMO, { ewbNo: b.no, groupNo, vehicleNo, quantity });
      assert.deepEqual(await add(4, 'KA01MV0001'), { ewbNo: String(b.no), groupNo: '1', vehAddedDate: '01/06/2025 10:00:00 AM' });
      await rejectsWith(add(3, 'KA01MV0002'), '400');
      await add(2, 'KA01MV0002');
      await rejectsWith(add(1, 'KA01MV0003', 9), '411');
      await rejectsWith(add(1, 'KA01MV0003', 0), '406');

      const change = (oldvehicleNo: string, newVehicleNo: string) =>
        ewb().changeMultiVehicle(DEMO, {
          ewbNo: b.no,
          groupNo: 1,
          oldvehicleNo,
          newVehicleNo,
          fromPlace: 'Hosur',
          fromState: 29,
          reasonCode: '1',
        });
      assert.deepEqual(await change('KA01MV0001', 'KA01MV0009'), {
        ewbNo: String(b.no),
        groupNo: '1',
        vehUpdDate: '01/06/2025 10:00:00 AM',
      });
      await rejectsWith(change('KA01MV0001', 'KA01MV0008'), '405');
      const got = await ewb().getEwayBill(DEMO, b.no);
      assert.deepEqual(
        got.VehiclListDetails.slice(0, 3).map((v) => [v.vehicleNo, v.groupNo]),
        [
          ['KA01MV0009', '1'],
          ['KA01MV0002', '1'],
          ['KA01MV0001', '1'],
        ],
      );
    });

    it('a later group must use the first one’s unit (413); a group vehicle starts a Part-A slip’s validity', async () => {
      at('01/06/2025 10:00');
      const b = await generate('intra', (raw) => {
        Object.assign(raw, { transporterId: TRANSPORTER_GSTIN, transMode: '', vehicleNo: '', vehicleType: '' });
        const item = (raw.itemList as Record<string, unknown>[])[0];
        raw.itemList = [
          { ...item, taxableAmount: 60000 },
          { ...item, itemNo: 2, qtyUnit: 'KGS', quantity: 50, taxableAmount: 40000 },
        ];
      });
      await ewb().initiateMultiVehicle(SWIFT, initiation(b.no, 10));
      await rejectsWith(ewb().initiateMultiVehicle(SWIFT, initiation(b.no, 5, 'KGS')), '413');
      assert.equal((await ewb().getEwayBill(SWIFT, b.no)).validUpto, null);
      await ewb().addMultiVehicle(SWIFT, { ewbNo: b.no, groupNo: 1, vehicleNo: 'KA01MV0001', quantity: 5 });
      assert.equal((await ewb().getEwayBill(SWIFT, b.no)).validUpto, '02/06/2025 11:59:00 PM');
    });

    it('who: the generator until the transporter entered Part-B (645); others 646; live and valid bills only', async () => {
      at('01/06/2025 10:00');
      const entered = await withTransporterPartB();
      await rejectsWith(ewb().initiateMultiVehicle(DEMO, initiation(entered.no, 1)), '645');
      await rejectsWith(ewb().initiateMultiVehicle(STRANGER, initiation(entered.no, 1)), '646');
      const cancelled = await generate('intra');
      await ewb().cancel(DEMO, { ewbNo: cancelled.no, cancelRsnCode: '1' });
      await rejectsWith(ewb().initiateMultiVehicle(DEMO, initiation(cancelled.no, 1)), '312');
      const lapsing = await generate('intra', distance(10));
      at('03/06/2025 00:00');
      await rejectsWith(ewb().initiateMultiVehicle(DEMO, initiation(lapsing.no, 1)), '311');
    });
  });
});
