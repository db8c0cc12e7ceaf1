/**
 * A tiny static server for the browser checks that run after the build:
 * serves the repository read-only on 127.0.0.1, plus in-memory pages with
 * their own headers (for CSP tests).
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
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.map': 'application/json',
};

/**
 * @param {string} root absolute directory to serve
 * @param {Record<string, {body: string, headers?: Record<string, string>}>} pages in-memory pages by path
 * @param {{allowNodeModules?: boolean}} options
 */
export async function startStaticServer(root, pages = {}, { allowNodeModules = false } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const page = pages[path];
    if (page) return res.writeHead(200, { 'content-type': types['.html'], ...page.headers }).end(page.body);
    const file = normalize(join(root, path));
    const blocked = !file.startsWith(root) || (!allowNodeModules && file.split(sep).includes('node_modules'));
    if (blocked || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}
