import { existsSync, realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import serveStatic from 'serve-static';

/** The explorer's production build (same path from src/api/http and dist/api/http). */
export const EXPLORER_DIST = fileURLToPath(new URL('../../../src/explorer/dist/', import.meta.url));

/**
 * The explorer shows text taken from documents: a strict Content-Security-Policy makes any markup that slips
 * through inert (no inline or foreign scripts), and the page cannot be framed.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; '),
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Serve the explorer's built files (serve-static guards against path traversal and sets caching headers;
 * a real-path check keeps symbolic links from leading out of the folder). Without a build, `/` says how to
 * make one instead of a bare 404.
 */
export function staticHandler(dir: string = EXPLORER_DIST): StaticHandler {
  const available = existsSync(dir);
  const root = available ? realpathSync(dir) : dir;
  const serve = serveStatic(dir, { index: ['index.html'], fallthrough: true, dotfiles: 'ignore' });
  return (req, res) => {
    const notFound = () => {
      const message = available
        ? 'Not found'
        : 'The explorer is not built: run its build (see docs/explorer.md); the API is at /graphql.';
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${message}\n`);
    };
    if (!available) return notFound();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    void resolvesInside(root, req.url ?? '/').then((inside) =>
      inside ? serve(req, res, notFound) : notFound(),
    );
  };
}

/**
 * Whether the file a URL names (a folder: its index.html) is really inside `root` once symbolic links are
 * followed. A path that does not exist or does not decode is left to serve-static, which answers 404 or 400.
 */
async function resolvesInside(root: string, url: string): Promise<boolean> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return true;
  }
  const within = (path: string) => path === root || path.startsWith(root + sep);
  let real: string;
  try {
    real = await realpath(join(root, pathname));
  } catch {
    return true;
  }
  if (!within(real)) return false;
  try {
    if ((await stat(real)).isDirectory()) return within(await realpath(join(real, 'index.html')));
  } catch {
    // No index.html: serve-static answers 404.
  }
  return true;
}
