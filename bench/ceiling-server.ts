/**
 * The ceiling of issue 9: the irreducible work of one IRN and nothing else — read the body,
 * JSON.parse it, the IRN as the SHA-256 of the canonical document key (seller GSTIN, financial
 * year, type, number: what NIC hashes), two RS256 signatures with async crypto.sign (a JWS of the
 * signed invoice and of the QR payload, shaped like gstgate's SignedInvoice and SignedQRCode) and a
 * JSON answer. No validation, no database, no framework: gstgate's throughput is measured against it.
 *
 *   node --import tsx bench/ceiling-server.ts [port]   (PORT env or argument; 0 picks one)
 * Prints `listening <port>` on stdout once ready. Any body that is not an invoice gets 400.
 */
import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer } from 'node:http';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const kid = createHash('sha1')
  .update(publicKey.export({ type: 'spki', format: 'der' }))
  .digest();
const headerB64 = Buffer.from(
  JSON.stringify({ alg: 'RS256', kid: kid.toString('hex').toUpperCase(), typ: 'JWT', x5t: kid.toString('base64url') }),
).toString('base64url');

/** JWS compact of `{"data": <json>, "iss": "NIC Sandbox"}`, as Signer.signData builds it. */
function signData(key: KeyObject, dataJson: string): Promise<string> {
  const input = `${headerB64}.${Buffer.from(JSON.stringify({ data: dataJson, iss: 'NIC Sandbox' })).toString('base64url')}`;
  return new Promise((resolve, reject) =>
    sign('sha256', Buffer.from(input), key, (err, sig) => (err ? reject(err) : resolve(`${input}.${sig.toString('base64url')}`))),
  );
}

interface Invoice {
  DocDtls: { Typ: string; No: string; Dt: string };
  SellerDtls: { Gstin: string };
  BuyerDtls: { Gstin: string };
  ValDtls: { TotInvVal: number };
  ItemList: { HsnCd: string; AssAmt: number }[];
}

let ackSequence = 0;

async function irn(invoice: Invoice) {
  const { DocDtls: doc } = invoice;
  const [, month, year] = doc.Dt.split('/').map(Number);
  const fy = month >= 4 ? `${year}-${String(year + 1).slice(2)}` : `${year - 1}-${String(year).slice(2)}`;
  const irnHex = createHash('sha256').update(`${invoice.SellerDtls.Gstin}${fy}${doc.Typ}${doc.No.toUpperCase()}`).digest('hex');
  const ackNo = 112600000000000 + ++ackSequence;
  const ackDt = new Date().toISOString().slice(0, 19).replace('T', ' ');
  let main = invoice.ItemList[0];
  for (const item of invoice.ItemList) if (item.AssAmt > main.AssAmt) main = item;
  const qr = {
    SellerGstin: invoice.SellerDtls.Gstin,
    BuyerGstin: invoice.BuyerDtls.Gstin,
    DocNo: doc.No,
    DocTyp: doc.Typ,
    DocDt: doc.Dt,
    TotInvVal: invoice.ValDtls.TotInvVal,
    ItemCnt: invoice.ItemList.length,
    MainHsnCode: main.HsnCd,
    Irn: irnHex,
    IrnDt: ackDt,
  };
  const [signedInvoice, signedQr] = await Promise.all([
    signData(privateKey, JSON.stringify({ AckNo: ackNo, AckDt: ackDt, Irn: irnHex, ...invoice })),
    signData(privateKey, JSON.stringify(qr)),
  ]);
  return { AckNo: ackNo, AckDt: ackDt, Irn: irnHex, SignedInvoice: signedInvoice, SignedQRCode: signedQr, Status: 'ACT' };
}

const server = createServer((req, res) => {
  // The public key, so a test can check the signatures.
  if (req.method === 'GET' && req.url === '/public-key') {
    res.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(publicKey.export({ type: 'spki', format: 'pem' }));
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let invoice: Invoice;
    try {
      invoice = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (!invoice?.DocDtls?.No || !Array.isArray(invoice.ItemList) || invoice.ItemList.length === 0) throw new Error('not an invoice');
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"not an invoice"}');
      return;
    }
    irn(invoice).then(
      (body) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      () => res.writeHead(500).end(),
    );
  });
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.argv[2] ?? process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
