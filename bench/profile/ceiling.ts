/** The "ceiling" of issue 9 for drive.ts --case ceiling: fastify, JSON parse, SHA-256 and two async RS256 signs, nothing else. */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import Fastify from 'fastify';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const app = Fastify({ logger: false, bodyLimit: 10 * 1024 * 1024 });
const signAsync = (data: string) =>
  new Promise<string>((res, rej) => sign('sha256', Buffer.from(data), privateKey, (e, s) => (e ? rej(e) : res(s.toString('base64url')))));
app.post('/sign', async (req) => {
  const body = req.body as { DocDtls: { No: string } };
  const irn = createHash('sha256').update(`29AAFCD5862R1ZR2026INV${body.DocDtls.No}`).digest('hex');
  const text = JSON.stringify(body);
  const [a, b] = await Promise.all([signAsync(text), signAsync(irn)]);
  return { Irn: irn, SignedInvoice: a, SignedQRCode: b };
});
await app.listen({ port: Number(process.env.PERF_PORT ?? 3899), host: '127.0.0.1' });
console.log('READY');
