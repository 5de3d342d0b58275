/**
 * The browser pages, built by Vite into dist/web (see web/ and scripts/build-web.mjs):
 * GET / and GET /graphql from a browser (Accept: text/html, no query) show the GraphQL IDE,
 * GET /explore the graph explorer, GET /charts the charts, /assets/* their hashed, immutable files.
 */

import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

/** Cache header of hashed assets (their names change when their content does). */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Cache header of the HTML pages: always revalidated, so a new build shows at once. */
export const HTML_CACHE = 'no-cache';

/**
 * What the pages may load: only this server (scripts, styles, workers, GraphQL), plus inline styles
 * (GraphiQL, Monaco and the graph set element styles) and data:/blob: URLs (fonts, images, workers).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The folder holding package.json, found upwards from this file (src/web or dist/src/web). */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** Where the built pages are: dist/web under the project root. */
export function defaultWebDir(): string {
  return path.join(projectRoot(), 'dist', 'web');
}

/** True for a browser's page request: it prefers HTML to JSON and sends no GraphQL query. */
function wantsIdePage(req: Request): boolean {
  if (req.query['query'] !== undefined) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * Mounts the IDE, the explorer, the charts and their assets on the app. Call it before the GraphQL middleware:
 * it answers GET /graphql only for a browser's page request and passes every other request on.
 */
export function mountWebRoutes(app: Express, webDir: string = defaultWebDir()): void {
  const sendPage = (page: 'ide' | 'explore' | 'charts') => (_req: Request, res: Response) => {
    const file = path.join(webDir, page, 'index.html');
    if (!fs.existsSync(file)) {
      res
        .status(503)
        .type('text/plain')
        .set('Cache-Control', HTML_CACHE)
        .send('Autograph: the browser pages are not built. Run `npm run build`; meanwhile POST GraphQL to /graphql.\n');
      return;
    }
    res.set('Cache-Control', HTML_CACHE);
    res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.set('X-Content-Type-Options', 'nosniff');
    res.sendFile(file, { cacheControl: false, lastModified: true, etag: true });
  };

  app.use(
    '/assets',
    express.static(path.join(webDir, 'assets'), {
      index: false,
      fallthrough: false,
      etag: true,
      setHeaders: (res) => {
        res.setHeader('Cache-Control', IMMUTABLE_CACHE);
        res.setHeader('X-Content-Type-Options', 'nosniff');
      },
    }),
  );
  app.get('/', sendPage('ide'));
  app.get(['/explore', '/explore/'], sendPage('explore'));
  app.get(['/charts', '/charts/'], sendPage('charts'));
  app.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (wantsIdePage(req)) sendPage('ide')(req, res);
    else next();
  });
}
