import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildQrPayload } from './qr.ts';

const IRN = '706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7';
const inv = (items: { HsnCd: string; AssAmt: number }[]) => ({
  SellerDtls: { Gstin: '01AMBPG7773M002', LglNm: 'ignored' },
  BuyerDtls: { Gstin: '36AMBPG7773M002' },
  DocDtls: { No: 'SINV-CFY-00067', Typ: 'INV', Dt: '16/09/2022' },
  ValDtls: { TotInvVal: 100, AssVal: 84.75 },
  ItemList: items,
});

describe('buildQrPayload (§6.3)', () => {
  it('matches the recorded NIC payload, key order included', () => {
    // Reference sample with NIC's `100.0` written as JSON's `100`.
    const sample =
      '{"SellerGstin":"01AMBPG7773M002","BuyerGstin":"36AMBPG7773M002","DocNo":"SINV-CFY-00067",' +
      '"DocTyp":"INV","DocDt":"16/09/2022","TotInvVal":100,"ItemCnt":1,"MainHsnCode":"61149090",' +
      `"Irn":"${IRN}","IrnDt":"2022-09-16 19:29:00"}`;
    const payload = buildQrPayload(inv([{ HsnCd: '61149090', AssAmt: 84.75 }]), { Irn: IRN, AckDt: '2022-09-16 19:29:00' });
    assert.equal(JSON.stringify(payload), sample);
  });
  it('MainHsnCode is the HSN of the highest AssAmt, first on ties; ItemCnt counts items', () => {
    const ack = { Irn: IRN, AckDt: '2022-09-16 19:29:00' };
    const p = buildQrPayload(
      inv([
        { HsnCd: '1001', AssAmt: 10 },
        { HsnCd: '8471', AssAmt: 50 },
        { HsnCd: '998314', AssAmt: 20 },
      ]),
      ack,
    );
    assert.equal(p.MainHsnCode, '8471');
    assert.equal(p.ItemCnt, 3);
    const tie = buildQrPayload(
      inv([
        { HsnCd: '1001', AssAmt: 50 },
        { HsnCd: '8471', AssAmt: 50 },
      ]),
      ack,
    );
    assert.equal(tie.MainHsnCode, '1001');
  });
});
