/**
 * qr verify <png|jpeg file | JWS>: is this e-invoice QR code (or SignedInvoice) signed by the IRP?
 * POST /v1/einvoice/verify with `{ image }` for a file, `{ jws }` for a string. A signature that does
 * not verify is an answer (valid: false and the reason), exit 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { act } from '../action.ts';
import { EXIT } from '../exit-codes.ts';
import { emit, formatKeyValues, print } from '../output.ts';
import { clientFor, type ServerOptions, serverOptions } from '../session.ts';

export function registerQrCommands(program: Command): void {
  const qr = program.command('qr').description('e-invoice QR codes');
  serverOptions(
    qr
      .command('verify')
      .description('verify the signature of an e-invoice QR code: a PNG/JPEG image file, or the SignedQRCode (or SignedInvoice) string')
      .argument('<input>', 'an image file, or a JWS string'),
  ).action(
    act(async (input: string, opts: ServerOptions) => {
      // A JWS has two dots and no path separators; anything that names an existing file is read as an image.
      const body = existsSync(input) ? { image: readFileSync(input).toString('base64') } : { jws: input.trim() };
      const answer = (await clientFor(opts).einvoice.verify(body)) as Record<string, unknown> & { valid: boolean };
      emit(opts, answer, () => {
        const { data, ...head } = answer;
        print(formatKeyValues({ ...head, valid: answer.valid ? 'yes' : 'NO' }));
        if (data && typeof data === 'object') print(`\n${formatKeyValues(data as Record<string, unknown>)}`);
      });
      return answer.valid ? EXIT.OK : EXIT.REFUSED;
    }),
  );
}
