import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticateExamples, tokenExamples } from '../../core/http/docs-examples.ts';
import { ProblemSchema } from '../../core/http/openapi.ts';
import type { AuthService } from './auth.service.ts';

export const AuthenticateBody = z.object({
  gstin: z.string().min(15).max(15).describe('GSTIN the API user acts for'),
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const TokenResponse = z.object({
  token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().describe('Seconds until the token expires (GSTGATE_TOKEN_TTL_SECONDS, default 21600 as NIC)'),
});

export function authRoutes(auth: AuthService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/v1/authenticate',
      {
        schema: {
          tags: ['Auth'],
          summary: 'Get a bearer token for an API user',
          description: 'Exchange GSTIN, user name and password for an opaque bearer token that acts for that GSTIN only.',
          body: AuthenticateBody.meta(authenticateExamples),
          response: { 200: TokenResponse.meta(tokenExamples), 401: ProblemSchema },
        },
      },
      async (request) => auth.authenticate(request.body.gstin, request.body.username, request.body.password),
    );
  };
}
