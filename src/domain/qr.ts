/**
 * SignedQRCode payload (reference nic-einvoice.md §6.3): the `data` claim of the JWS, with NIC's
 * exact key order. Numbers are plain JS numbers; NIC's `100.0` style is a serialisation concern.
 */

/** §6.3: SellerGstin, BuyerGstin, DocNo, DocTyp, DocDt, TotInvVal, ItemCnt, MainHsnCode, Irn, IrnDt (= AckDt). */
export function buildQrPayload(
  inv: {
    SellerDtls: { Gstin: string };
    BuyerDtls: { Gstin: string };
    DocDtls: { No: string; Typ: string; Dt: string };
    ValDtls: { TotInvVal: number };
    ItemList: { HsnCd: string; AssAmt: number }[];
  },
  ack: { Irn: string; AckDt: string },
): Record<string, unknown> {
  // MainHsnCode: HSN of the item with the highest taxable value (AssAmt); the first one on ties.
  let main = inv.ItemList[0];
  for (const item of inv.ItemList) if (item.AssAmt > main.AssAmt) main = item;
  return {
    SellerGstin: inv.SellerDtls.Gstin,
    BuyerGstin: inv.BuyerDtls.Gstin,
    DocNo: inv.DocDtls.No,
    DocTyp: inv.DocDtls.Typ,
    DocDt: inv.DocDtls.Dt,
    TotInvVal: inv.ValDtls.TotInvVal,
    ItemCnt: inv.ItemList.length,
    MainHsnCode: main?.HsnCd,
    Irn: ack.Irn,
    IrnDt: ack.AckDt,
  };
}
