/**
 * The one static server of the scripts (build check, isolation test, Storybook smoke test,
 * benchmarks): read-only files on 127.0.0.1, plus in-memory pages with their own headers
 * (for CSP tests) and a hook for the few dynamic answers a script needs (slow feeds).
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The content type the server sends for `file`. */
export const contentType = (file) => types[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** `dir` joined with `rel` when that stays inside `dir`, else undefined. */
function inside(dir, rel) {
  const base = dir.endsWith(sep) ? dir.slice(0, -1) : dir;
  const file = normalize(join(base, rel));
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

/**
 * @param {string | undefined} root absolute directory served at `/` (undefined: only `mounts`)
 * @param {Record<string, {body: string | (() => string), headers?: Record<string, string>}>} pages in-memory pages by path
 * @param {object} [options]
 * @param {boolean} [options.allowNodeModules] serve files under node_modules (default: 404)
 * @param {Record<string, string>} [options.mounts] more directories by URL prefix ('/pw/' → dir)
 * @param {(path: string) => Record<string, string> | undefined} [options.headers] extra headers for a file
 * @param {(path: string, req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) =>
 *   Promise<boolean | string | void> | boolean | string | void} [options.route] runs first:
 *   true when it answered, a string to serve another path instead
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function startStaticServer(
  root,
  pages = {},
  { allowNodeModules = false, mounts = {}, headers, route } = {},
) {
  const dirs = Object.entries({ ...mounts, ...(root ? { '/': root } : {}) });
  const locate = (path) => {
    for (const [prefix, dir] of dirs) {
      if (!path.startsWith(prefix)) continue;
      let file = inside(dir, path.slice(prefix.length));
      if (!file || (!allowNodeModules && file.split(sep).includes('node_modules'))) return undefined;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      return existsSync(file) && statSync(file).isFile() ? file : undefined;
    }
    return undefined;
  };
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    const routed = route ? await route(path, req, res) : undefined;
    if (routed === true) return;
    if (typeof routed === 'string') path = routed;
    const page = pages[path];
    if (page) {
      const body = typeof page.body === 'function' ? page.body() : page.body;
      return res.writeHead(200, { 'content-type': types['.html'], ...page.headers }).end(body);
    }
    const file = locate(path);
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': contentType(file), ...headers?.(path) });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}
