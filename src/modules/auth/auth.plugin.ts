/** Bearer-token and admin-key guards, as preHandlers routes opt into. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { constantTimeEqual } from '../../core/crypto/secrets.ts';
import { fail } from '../../core/errors.ts';
import type { AuthContext, AuthService } from './auth.service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
  }
}

export function bearerGuard(auth: AuthService) {
  return async function requireToken(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) fail('UNAUTHORIZED');
    request.auth = await auth.verify(match[1]);
  };
}

export function adminGuard(adminKey: string) {
  return async function requireAdmin(request: FastifyRequest): Promise<void> {
    const given = request.headers['x-admin-key'];
    if (typeof given !== 'string' || !constantTimeEqual(given, adminKey)) fail('ADMIN_KEY_REQUIRED');
  };
}

/** The authenticated context; routes behind bearerGuard always have it. */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) fail('UNAUTHORIZED');
  return request.auth;
}
