/**
 * Test-only routes for the pre-render (`provincial-widgets render`), for browser tests:
 *
 *   POST /__render/:id   body {page, lang?, base?, feeds?: {<src>: <feed text or JSON>}} → runs the CLI
 *                        (built once from src/, in a child process) with `--feed <src>=<file>` for each;
 *                        answers {status, stderr} and keeps the written page
 *   POST /__render/:id   body {raw} → keeps `raw` as the page, unrendered (a pre-render edited by a test)
 *   GET  /__render/:id   serves that page (text/html); `?csp=…` sends that Content-Security-Policy with it
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../../scripts/build-cli.mjs';

const pages = new Map();
const dir = mkdtempSync(join(tmpdir(), 'pw-render-'));
let bundle;

const readJson = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });

function run(args) {
  const script = `import(${JSON.stringify(bundle)}).then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, ...args], {
    env: { ...process.env, NO_COLOR: '1', PW_LANG: '' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  child.stdout.resume();
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}

export async function renderServer(ctx, next) {
  const m = /^\/__render\/([\w-]+)$/.exec(ctx.path);
  if (!m) return next();
  const id = m[1];
  ctx.set('Cache-Control', 'no-store');
  if (ctx.method === 'GET') {
    if (!pages.has(id)) return next();
    ctx.type = 'text/html; charset=utf-8';
    if (ctx.query.csp) ctx.set('Content-Security-Policy', ctx.query.csp);
    ctx.body = pages.get(id);
    return;
  }
  const { page, raw, lang = 'vi', base, feeds = {} } = await readJson(ctx.req);
  if (raw !== undefined) {
    pages.set(id, raw);
    ctx.body = { status: 0, stderr: '' };
    return;
  }
  bundle ??= buildCli(join(dir, 'main.js'));
  bundle = await bundle;
  const input = join(dir, `${id}.html`);
  const output = join(dir, `${id}.out.html`);
  writeFileSync(input, page);
  const args = ['render', input, '-o', output, '--lang', lang, ...(base ? ['--base', base] : [])];
  Object.entries(feeds).forEach(([src, feed], i) => {
    const file = join(dir, `${id}.feed${i}.json`);
    writeFileSync(file, typeof feed === 'string' ? feed : JSON.stringify(feed));
    args.push('--feed', `${src}=${file}`);
  });
  const { status, stderr } = await run(args);
  try {
    pages.set(id, readFileSync(output, 'utf8'));
  } catch {
    pages.delete(id);
  }
  ctx.body = { status, stderr };
}
