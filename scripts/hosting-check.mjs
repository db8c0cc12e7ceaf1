#!/usr/bin/env node
/**
 * The widget host against the real servers (issue 23, docs/hosting.md): `provincial-widgets publish` runs
 * over a local "portal" (RSS + a JSON feed of training sessions), then Debian's nginx (127.0.0.1:8090) and
 * Apache (127.0.0.1:8091) serve its output with the shipped configs (hosting/), each with its own config,
 * pid and log files in a temporary folder. For each server:
 *   - the headers: CORS on feeds, .ics and assets/, immutable hashed chunks, short caching + a 304 on a
 *     conditional request, the MIME types with their charset, gzip, nosniff;
 *   - `validate <feed URL> --origin <agency origin>` passes;
 *   - an agency page on another origin, in headless Chromium, loads autoloader.js from the host and renders
 *     a news list, a full article and the calendar, with no console error and no failed request.
 * Then the portal goes down and publish runs again (exit 3): both servers serve the feed as it was.
 *
 *   node scripts/hosting-check.mjs            # needs `npm run build` first (dist/cdn, dist/cli)
 *   node scripts/hosting-check.mjs --wrk      # also measures nginx with wrk (docs/hosting.md's figures)
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin/provincial-widgets.mjs');
const NGINX = 8090;
const APACHE = 8091;
const wantWrk = process.argv.includes('--wrk');

let failures = 0;
const check = (ok, what) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

for (const need of ['dist/cdn/autoloader.js', 'dist/cli/main.js'])
  if (!existsSync(join(root, need))) {
    console.error(`hosting-check: ${need} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
const browserPath = findBrowser();
if (!browserPath) {
  console.error('hosting-check: no Chrome/Chromium found (CHROME_PATH).');
  process.exit(1);
}

// The servers' workers may run as another user: every folder they read must be world-readable.
const work = mkdtempSync(join(tmpdir(), 'pw-hosting-'));
chmodSync(work, 0o755);
const children = [];
const cleanup = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', cleanup);

/** Runs the CLI, asynchronously so that the portal (in this process) keeps answering: { status, stdout, stderr }. */
const runCli = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: work, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

// ---- the portal: news as RSS (26 items) and training sessions as a JSON feed (the sample, current weeks) ----
const portalDir = join(work, 'portal');
mkdirSync(portalDir);
const sample = await runCli(['sample-feed', '-o', join(portalDir, 'lich.vi.json')]);
if (sample.status !== 0) throw new Error(`sample-feed failed: ${sample.stderr}`);
const rssItems = Array.from({ length: 26 }, (_, i) => {
  const day = new Date(Date.UTC(2026, 10, 30 - i, 1, 30));
  return `<item><title>Tin hoạt động số ${i + 1}: Long An đẩy mạnh chuyển đổi số trong cải cách hành chính</title>
<link>https://www.longan.gov.vn/tin-tuc/tin-${i + 1}.html</link><guid>https://www.longan.gov.vn/tin-tuc/tin-${i + 1}.html</guid>
<pubDate>${day.toUTCString().replace('GMT', '+0000')}</pubDate>
<description>Sáng nay, Ủy ban nhân dân tỉnh Long An tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2027, với sự tham dự của lãnh đạo các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố. Hội nghị thống nhất các nhiệm vụ trọng tâm về dịch vụ công trực tuyến toàn trình.</description></item>`;
});
const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cổng thông tin điện tử tỉnh Long An</title><link>https://www.longan.gov.vn/</link><language>vi</language>
${rssItems.join('\n')}</channel></rss>`;
const portalState = { down: false };
const portal = createServer((req, res) => {
  if (portalState.down) return res.writeHead(503).end('Bảo trì');
  if (req.url === '/rss/tin-tuc.rss')
    return res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss);
  const file = join(portalDir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(portalDir) || !existsSync(file)) return res.writeHead(404).end();
  const type = file.endsWith('.json')
    ? 'application/feed+json'
    : file.endsWith('.jpg')
      ? 'image/jpeg'
      : 'application/octet-stream';
  res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
});
await new Promise((r) => portal.listen(0, '127.0.0.1', r));
const portalUrl = `http://127.0.0.1:${portal.address().port}`;

// ---- publish: the site's address is the one the browser reaches (both servers serve the same out/) ----
const publishConfig = (site) => ({
  site,
  out: 'public',
  feeds: {
    portal: {
      title: 'Cổng thông tin điện tử tỉnh Long An',
      languages: { vi: { sources: [`${portalUrl}/rss/tin-tuc.rss`, `${portalUrl}/lich.vi.json`] } },
      ics: true,
    },
  },
});
writeFileSync(join(work, 'publish.json'), JSON.stringify(publishConfig(`http://127.0.0.1:${NGINX}`), null, 2));
const out = join(work, 'public');
console.log('publish (first run)');
const first = await runCli(['publish', 'publish.json', '--json']);
check(first.status === 0, `publish exits 0 (${first.stderr.split('\n')[0]})`);
const run1 = JSON.parse(first.stdout);
check(run1.feeds[0].items >= 45, `portal.vi.json has ${run1.feeds[0].items} items (news + training sessions)`);
spawnSync('chmod', ['-R', 'a+rX', work]);

// ---- the two servers, each on its own port with its own files ----
function startNginx() {
  const dir = join(work, 'nginx');
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${dir}/tmp/body;
    proxy_temp_path ${dir}/tmp/proxy;
    fastcgi_temp_path ${dir}/tmp/fastcgi;
    uwsgi_temp_path ${dir}/tmp/uwsgi;
    scgi_temp_path ${dir}/tmp/scgi;
    server {
        listen 127.0.0.1:${NGINX};
        server_name localhost;
        root ${out};
        include ${join(root, 'hosting/nginx/provincial-widgets.conf')};
    }
}
`,
  );
  const test = spawnSync('nginx', ['-t', '-c', conf, '-p', dir], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  children.push(spawn('nginx', ['-c', conf, '-p', dir], { stdio: 'inherit' }));
  return dir;
}

function startApache() {
  const dir = join(work, 'apache');
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'httpd.conf');
  const modules = ['mpm_event', 'authz_core', 'mime', 'headers', 'deflate', 'filter', 'dir'];
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    conf,
    `ServerRoot ${dir}
ServerName 127.0.0.1
Listen 127.0.0.1:${APACHE}
PidFile ${dir}/httpd.pid
DefaultRuntimeDir ${dir}
Mutex file:${dir} default
ErrorLog ${dir}/error.log
LogLevel warn
${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
${asRoot ? 'User www-data\nGroup www-data' : ''}
TypesConfig /etc/mime.types
DocumentRoot ${out}
<Directory ${out}>
    Require all granted
</Directory>
Include ${join(root, 'hosting/apache/provincial-widgets.conf')}
`,
  );
  const test = spawnSync('apache2', ['-t', '-f', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`apache2 -t failed:\n${test.stderr}`);
  children.push(spawn('apache2', ['-f', conf, '-DFOREGROUND'], { stdio: 'inherit' }));
  return dir;
}

/** One raw GET (no decompression, no cache): { status, headers, body }. */
const get = (url, headers = {}) =>
  new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      await get(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}

startNginx();
startApache();
const hosts = { nginx: `http://127.0.0.1:${NGINX}`, apache: `http://127.0.0.1:${APACHE}` };
for (const base of Object.values(hosts)) await waitFor(`${base}/feeds/portal.vi.json`);

// ---- the agency's page, on another origin (its own port) ----
const article = JSON.parse(readFileSync(join(out, 'feeds/portal.vi.json'), 'utf8')).items.find((i) => i.content_html);
const agencyPage = (host) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Sở Tư pháp</title>
<script type="module" src="${host}/assets/provincial-widgets/autoloader.js"></script></head>
<body>
<pw-news-list src="${host}/feeds/portal.vi.json" page-size="5"><a href="${host}/feeds/portal.vi.json">Tin tức</a></pw-news-list>
<pw-article-card variant="full" src="${host}/feeds/portal.vi.json" item-id="${article.id}"></pw-article-card>
<pw-training-calendar src="${host}/feeds/portal.vi.json"></pw-training-calendar>
</body></html>`;
const agency = createServer((req, res) => {
  const host = hosts[new URL(req.url, 'http://x').searchParams.get('host')];
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(agencyPage(host));
});
await new Promise((r) => agency.listen(0, '127.0.0.1', r));
const agencyOrigin = `http://127.0.0.1:${agency.address().port}`;

const CHUNK = /^(chunks|autoload)\/.+-(?![a-z-]{8}\.js)[A-Za-z0-9_-]{8}\.js$/;
const assetFiles = readFileSync(join(out, 'assets/provincial-widgets/autoloader.js'), 'utf8');
// pw-element-<hash>.js: a hashed chunk whose name starts like the stable entries (autoload/pw-news-list.js).
const hashed = /\.\/autoload\/(pw-element-[A-Za-z0-9_-]{8}\.js)/.exec(assetFiles)?.[1];

async function headers(name, base) {
  const origin = { Origin: agencyOrigin, 'Accept-Encoding': 'gzip' };
  const cases = [
    [
      'assets/provincial-widgets/autoloader.js',
      'text/javascript',
      /^public, max-age=300, stale-while-revalidate=3600$/,
    ],
    [
      'assets/provincial-widgets/provincial-widgets.js',
      'text/javascript',
      /^public, max-age=300, stale-while-revalidate=3600$/,
    ],
    [
      'assets/provincial-widgets/autoload/pw-news-list.js',
      'text/javascript',
      /^public, max-age=300, stale-while-revalidate=3600$/,
    ],
    // "switcher" is 8 lower-case letters after a dash, like a hash: a stable name all the same.
    [
      'assets/provincial-widgets/autoload/pw-language-switcher.js',
      'text/javascript',
      /^public, max-age=300, stale-while-revalidate=3600$/,
    ],
    [`assets/provincial-widgets/autoload/${hashed}`, 'text/javascript', /max-age=31536000, immutable/],
    [
      'feeds/portal.vi.json',
      'application/feed+json; charset=utf-8',
      /^public, max-age=300, stale-while-revalidate=3600$/,
    ],
    ['feeds/portal.vi.ics', 'text/calendar; charset=utf-8', /^public, max-age=300, stale-while-revalidate=3600$/],
  ];
  check(
    !!hashed && CHUNK.test(`autoload/${hashed}`) && !CHUNK.test('autoload/pw-language-switcher.js'),
    `${name}: a hashed chunk to check (${hashed})`,
  );
  for (const [path, type, cache] of cases) {
    const r = await get(`${base}/${path}`, origin);
    const h = r.headers;
    const tag = `${name} /${path}`;
    check(r.status === 200, `${tag}: 200`);
    check(h['access-control-allow-origin'] === '*', `${tag}: Access-Control-Allow-Origin: *`);
    check(
      (h['content-type'] ?? '').replace(/\s/g, '').toLowerCase().startsWith(type.replace(/\s/g, '')),
      `${tag}: Content-Type ${h['content-type']}`,
    );
    check(cache.test(h['cache-control'] ?? ''), `${tag}: Cache-Control ${h['cache-control']}`);
    check(h['x-content-type-options'] === 'nosniff', `${tag}: nosniff`);
    check(h['content-encoding'] === 'gzip', `${tag}: gzip`);
    // nginx sends publish's ready .gz twin (gzip_static): its length is known, not chunked.
    if (name === 'nginx' && path.startsWith('feeds/'))
      check(
        Number(h['content-length']) === statSync(join(out, `${path}.gz`)).size,
        `${tag}: the .gz twin sent as it is`,
      );
    if (/immutable/.test(cache.source)) continue;
    check(!!h.etag && !!h['last-modified'], `${tag}: ETag ${h.etag} and Last-Modified`);
    const again = await get(`${base}/${path}`, { ...origin, 'If-None-Match': h.etag });
    check(again.status === 304, `${tag}: If-None-Match → ${again.status}`);
    check(again.headers['access-control-allow-origin'] === '*', `${tag}: the 304 keeps CORS`);
    const since = await get(`${base}/${path}`, { ...origin, 'If-Modified-Since': h['last-modified'] });
    check(since.status === 304, `${tag}: If-Modified-Since → ${since.status}`);
  }
}

async function agencyRender(browser, name) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(`${agencyOrigin}/?host=${name}`, { waitUntil: 'load' });
  const count = (tag, part) =>
    page.evaluate(
      (t, p) => document.querySelector(t)?.shadowRoot?.querySelectorAll(`[part~="${p}"]`).length ?? 0,
      tag,
      part,
    );
  const waitParts = async (tag, part) => {
    try {
      await page.waitForFunction(
        (t, p) => (document.querySelector(t)?.shadowRoot?.querySelectorAll(`[part~="${p}"]`).length ?? 0) > 0,
        { timeout: 15_000 },
        tag,
        part,
      );
    } catch {
      /* counted below */
    }
    return count(tag, part);
  };
  check((await waitParts('pw-news-list', 'item')) === 5, `${name}: the agency page shows 5 news items`);
  const body = await waitParts('pw-article-card', 'body');
  const text = await page.evaluate(
    () =>
      document.querySelector('pw-article-card')?.shadowRoot?.querySelector('[part~="body"]')?.textContent?.trim()
        .length ?? 0,
  );
  check(body === 1 && text > 50, `${name}: the full article's body (${text} characters)`);
  check((await waitParts('pw-training-calendar', 'event')) > 0, `${name}: the calendar shows events`);
  check(
    problems.length === 0,
    `${name}: no console error, failed request or CORS block${problems.length ? `:\n      ${problems.join('\n      ')}` : ''}`,
  );
  await page.close();
}

const browser = await puppeteer.launch({ executablePath: browserPath, headless: true, args: browserArgs });
try {
  for (const [name, base] of Object.entries(hosts)) {
    console.log(`\n${name} (${base}), agency page on ${agencyOrigin}`);
    await headers(name, base);
    const v = await runCli(['validate', `${base}/feeds/portal.vi.json`, '--origin', agencyOrigin, '--json']);
    const report = JSON.parse(v.stdout);
    const bad = report.findings.filter((f) => f.severity !== 'warning');
    check(
      v.status === 0 && bad.length === 0,
      `${name}: validate --origin ${agencyOrigin} passes${bad.length ? `: ${JSON.stringify(bad)}` : ''}`,
    );
    await agencyRender(browser, name);
  }
} finally {
  await browser.close();
}

// ---- the portal goes down: publish keeps the last good items, both servers serve the feed as it was ----
console.log('\nthe portal goes down between two runs');
const before = await Promise.all(Object.values(hosts).map((b) => get(`${b}/feeds/portal.vi.json`)));
portalState.down = true;
const second = await runCli(['publish', 'publish.json', '--json']);
check(second.status === 3, `publish exits 3, published with stale sources (${second.status})`);
const run2 = JSON.parse(second.stdout);
check(
  run2.feeds[0].sources.every((s) => s.status === 'stale') && !run2.feeds[0].written,
  'both sources stale, feed not rewritten',
);
for (const [i, [name, base]] of Object.entries(hosts).entries()) {
  const now = await get(`${base}/feeds/portal.vi.json`, { 'If-None-Match': before[i].headers.etag });
  check(now.status === 304, `${name}: the served feed is unchanged (If-None-Match → ${now.status})`);
  const body = await get(`${base}/feeds/portal.vi.json`);
  check(body.body.equals(before[i].body), `${name}: same bytes as before the outage`);
}

// ---- wrk: nginx serving portal.vi.json, 50 connections (docs/hosting.md) ----
if (wantWrk) {
  const feedUrl = `${hosts.nginx}/feeds/portal.vi.json`;
  const etag = before[0].headers.etag;
  const size = readFileSync(join(out, 'feeds/portal.vi.json')).length;
  const gz = (await get(feedUrl, { 'Accept-Encoding': 'gzip' })).body.length;
  console.log(`\nwrk against nginx: portal.vi.json ${run1.feeds[0].items} items, ${size} bytes (${gz} gzip)`);
  for (const [label, extra] of [
    ['full, gzip', ['-H', 'Accept-Encoding: gzip']],
    ['full, identity', []],
    ['304 (If-None-Match)', ['-H', 'Accept-Encoding: gzip', '-H', `If-None-Match: ${etag}`]],
  ]) {
    const r = spawnSync('wrk', ['-t2', '-c50', '-d10s', ...extra, feedUrl], {
      encoding: 'utf8',
    });
    const rps = /Requests\/sec:\s+([\d.]+)/.exec(r.stdout)?.[1];
    const latency = /Latency\s+(\S+)/.exec(r.stdout)?.[1];
    const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(r.stdout)?.[1] ?? '0';
    console.log(`  ${label}: ${rps} req/s, mean latency ${latency}, non-2xx/3xx ${non2xx}`);
  }
}

agency.close();
portal.close();
cleanup();
await new Promise((r) => setTimeout(r, 300));
if (!failures) rmSync(work, { recursive: true, force: true });
console.log(
  failures
    ? `\nhosting-check: ${failures} check(s) failed (files kept in ${work})`
    : '\nhosting-check: all checks passed',
);
process.exit(failures ? 1 : 0);
