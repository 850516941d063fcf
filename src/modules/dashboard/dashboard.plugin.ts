/**
 * The dashboard (issue 7): the single-page app built from web/ by `npm run build:web` into web/dist,
 * served at /app/ with a fallback to index.html for the app's own routes. Hidden from OpenAPI.
 * Without a build, /app answers 503 DASHBOARD_NOT_BUILT.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { GstError } from '../../core/errors.ts';
import { sendProblem } from '../../core/http/problem.ts';

export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export function dashboardRoutes(root: string = DEFAULT_DASHBOARD_DIR) {
  return async (app: FastifyInstance) => {
    // serve: false: only reply.sendFile (with ETag, ranges, safe paths); the routes below decide what to send.
    await app.register(fastifyStatic, { root, serve: false, suppressWarning: true });

    const send = (reply: FastifyReply, path: string) => {
      if (!existsSync(join(root, 'index.html'))) return sendProblem(reply, GstError.of('DASHBOARD_NOT_BUILT'));
      const file = fileIn(root, path);
      if (file) {
        // Vite's hashed bundles never change; everything else is revalidated.
        const immutable = path.startsWith('assets/');
        return reply.sendFile(file, { maxAge: immutable ? 31536000000 : 0, immutable });
      }
      // The app's own routes (/app/documents/…): the SPA shell, never cached.
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', { maxAge: 0 });
    };

    app.get('/app', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/app/'));
    app.get('/app/', { schema: { hide: true } }, async (_request, reply) => send(reply, ''));
    app.get('/app/*', { schema: { hide: true } }, async (request, reply) => send(reply, (request.params as { '*': string })['*']));
  };
}

/** A regular file under root named by the URL path, or undefined (directories, escapes, missing). */
function fileIn(root: string, path: string): string | undefined {
  if (!path || path.includes('\0')) return undefined;
  const rel = normalize(path).replace(/^([/\\])+/, '');
  if (rel.startsWith('..') || rel.split(sep).includes('..')) return undefined;
  const abs = join(root, rel);
  try {
    return statSync(abs).isFile() ? rel : undefined;
  } catch {
    return undefined;
  }
}
