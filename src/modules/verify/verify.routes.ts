import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { qrVerifyExamples } from '../../core/http/docs-examples.ts';
import { bearerSecurity, ProblemSchema } from '../../core/http/openapi.ts';
import { VerifyBody, VerifyResponse } from './verify.schemas.ts';
import type { VerifyService } from './verify.service.ts';

export function verifyRoutes(
  service: VerifyService,
  requireToken: (req: never) => Promise<void>,
  limits: { bodyLimit: number; maxMegapixels: number },
): FastifyPluginAsyncZod {
  return async (app) => {
    // onRequest: an anonymous upload is refused before its body is read.
    app.addHook('onRequest', requireToken as never);
    app.addHook('onClose', async () => service.close());

    app.post(
      '/v1/einvoice/verify',
      {
        // A base64 photo is larger than a JSON payload: this route's own limit (GSTGATE_VERIFY_BODY_LIMIT_BYTES).
        bodyLimit: limits.bodyLimit,
        schema: {
          tags: ['e-Invoice'],
          summary: 'Verify a SignedQRCode / SignedInvoice, or the QR code of an image',
          description:
            "NIC's offline verifier as an API. Body `{ jws }` (a SignedQRCode or SignedInvoice string) or `{ image }` (base64 PNG or JPEG, " +
            'or a data: URL, of a printed or photographed QR code; its text is the JWS). `valid` is true when the RS256 signature verifies ' +
            "with gstgate's signing key (/.well-known/jwks.json, matched by the header's kid) or one of the NIC certificates of " +
            'GSTGATE_NIC_VERIFY_CERT; a signature that does not verify is still 200, with `valid: false` and a `reason`. `data` is the ' +
            "payload's data claim parsed from its JSON text; `kind` says whether it is a SignedQRCode or a SignedInvoice. Errors: " +
            "400 VERIFY_NOT_A_JWS (the text, or the QR code's text, is not a JWS compact), 400 VERIFY_NO_QR_FOUND, 400 " +
            `VERIFY_IMAGE_UNREADABLE (not base64, not PNG/JPEG, or it does not decode), 413 VERIFY_IMAGE_TOO_LARGE (above ${limits.maxMegapixels} ` +
            `megapixels), 413 PAYLOAD_TOO_LARGE (body above ${limits.bodyLimit} bytes), 400 VALIDATION_FAILED (neither or both of jws and image). ` +
            'Any valid token may verify any document: verification is not limited to its own GSTIN.',
          security: bearerSecurity,
          body: VerifyBody.meta(qrVerifyExamples),
          response: { 200: VerifyResponse, 400: ProblemSchema, 401: ProblemSchema, 413: ProblemSchema },
        },
      },
      async (request) => {
        const { jws, image } = request.body;
        return jws !== undefined ? service.verifyJws(jws) : service.verifyImage(image as string);
      },
    );
  };
}
