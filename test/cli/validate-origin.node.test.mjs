/** `validate URL --origin …` (issue 16 §2): the feed's response headers, as a cross-origin reader meets them. */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { runCli } from './helpers.mjs';

const ORIGIN = 'https://agency.example';
const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Sở Tư pháp',
  language: 'vi',
  items: [
    {
      id: 'tin-1',
      url: 'https://stp.example/tin-1',
      title: 'Tập huấn',
      content_text: 'Nội dung',
      date_published: '2026-11-30T08:00:00+07:00',
    },
  ],
});

const GOOD = {
  'Content-Type': 'application/feed+json; charset=utf-8',
  'Cache-Control': 'public, max-age=300',
  ETag: '"v1"',
};

/** Path → headers; a function gets the request's Origin. */
const ROUTES = {
  '/star': { ...GOOD, 'Access-Control-Allow-Origin': '*' },
  '/echo': (origin) => ({ ...GOOD, 'Access-Control-Allow-Origin': origin, Vary: 'Accept-Encoding, Origin' }),
  '/echo-no-vary': (origin) => ({ ...GOOD, 'Access-Control-Allow-Origin': origin }),
  '/none': { 'Content-Type': 'application/json' },
  '/html': { ...GOOD, 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/html; charset=utf-8' },
  '/other': { ...GOOD, 'Access-Control-Allow-Origin': 'https://other.example' },
  '/list': { ...GOOD, 'Access-Control-Allow-Origin': `https://other.example, ${ORIGIN}` },
  '/no-store': {
    'Access-Control-Allow-Origin': '*',
    'Content-Type': 'text/json; charset=windows-1258',
    'Cache-Control': 'no-store',
    'Last-Modified': 'Mon, 30 Nov 2026 01:00:00 GMT',
  },
};

/** Header findings of the plain report: { severity, path, message, fix }. */
function findings(stdout) {
  const out = [];
  const re = /^(FATAL|ERROR|WARNING|LỖI|CẢNH BÁO) +([\w-]+): (.*)\n +(?:Fix|Cách sửa): (.*)$/gm;
  for (const m of stdout.matchAll(re)) out.push({ severity: m[1], path: m[2], message: m[3], fix: m[4] });
  return out;
}

describe('validate --origin', () => {
  let server;
  let base;
  const origins = [];
  before(async () => {
    server = createServer((req, res) => {
      origins.push(req.headers.origin);
      const route = ROUTES[req.url];
      if (!route) return void res.writeHead(404).end();
      res.writeHead(200, typeof route === 'function' ? route(req.headers.origin) : route).end(FEED);
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  const check = (path, ...extra) => runCli(['validate', `${base}${path}`, '--origin', ORIGIN, ...extra]);

  it('passes a feed served with "*", a JSON Feed type in UTF-8, Cache-Control and an ETag', async () => {
    const r = await check('/star');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^Response headers checked for pages on https:\/\/agency\.example\.$/m);
    assert.deepEqual(findings(r.stdout), []);
  });

  it('sends the Origin header, and accepts the origin echoed back with "Vary: Origin"', async () => {
    const r = await check('/echo');
    assert.equal(r.status, 0, r.stdout);
    assert.equal(origins.at(-1), ORIGIN);
    assert.deepEqual(findings(r.stdout), []);
  });

  it('warns when the echoed origin comes without "Vary: Origin"', async () => {
    const r = await check('/echo-no-vary');
    assert.equal(r.status, 0);
    const [vary] = findings(r.stdout);
    assert.deepEqual([vary.severity, vary.path], ['WARNING', 'Vary']);
    assert.match(vary.fix, /Add "Vary: Origin"/);
  });

  it('fails without Access-Control-Allow-Origin, naming the origin and the header, and lists the other gaps', async () => {
    const r = await check('/none');
    assert.equal(r.status, 1);
    const f = findings(r.stdout);
    assert.deepEqual(
      f.map((x) => `${x.severity} ${x.path}`),
      ['ERROR Access-Control-Allow-Origin', 'WARNING Content-Type', 'WARNING Cache-Control', 'WARNING ETag'],
    );
    assert.match(f[0].message, /^missing: browsers stop pages on https:\/\/agency\.example from reading the feed/);
    assert.match(
      f[0].fix,
      /"Access-Control-Allow-Origin: \*".*"Access-Control-Allow-Origin: https:\/\/agency\.example"/,
    );
    assert.match(f[1].message, /no charset/);
    assert.match(f[1].fix, /application\/feed\+json; charset=utf-8/);
    assert.match(f[2].fix, /Cache-Control: public, max-age=300/);
    assert.match(f[3].message, /neither ETag nor Last-Modified/);
  });

  it('fails when the header names another origin, or several', async () => {
    const other = findings((await check('/other')).stdout);
    assert.match(other[0].message, /^"https:\/\/other\.example" is not https:\/\/agency\.example/);
    const list = await check('/list');
    assert.equal(list.status, 1);
    assert.match(findings(list.stdout)[0].message, /lists several origins, which browsers reject/);
  });

  it('warns about no-store, a non-JSON Feed type and a charset other than utf-8 (Last-Modified is enough)', async () => {
    const r = await check('/no-store', '--strict');
    assert.equal(r.status, 1); // warnings only, but --strict
    const f = findings(r.stdout);
    assert.deepEqual(
      f.map((x) => x.path),
      ['Content-Type', 'Content-Type', 'Cache-Control'],
    );
    assert.match(f[0].message, /"text\/json" is not a JSON Feed type/);
    assert.match(f[1].message, /charset "windows-1258" is not utf-8/);
    assert.match(f[2].message, /"no-store": every page view downloads the whole feed again/);
  });

  it('reads a JSON feed served as text/html (judged by the body) and warns with the header to send', async () => {
    const r = await check('/html');
    assert.equal(r.status, 0, r.stdout);
    assert.doesNotMatch(r.stdout, /FATAL|HTML page/);
    assert.match(
      r.stdout,
      /WARNING \$: the server calls it "text\/html; charset=utf-8" \(its Content-Type header\), but the body is a JSON feed.*\n +Fix: Send the header "Content-Type: application\/feed\+json; charset=utf-8"/,
    );
    assert.match(r.stdout, /1 of 1 items? will show/);
  });

  it('reports in Vietnamese and in JSON', async () => {
    const vi = await check('/none', '--lang', 'vi');
    assert.match(
      vi.stdout,
      /Access-Control-Allow-Origin: không có: trình duyệt chặn các trang trên https:\/\/agency\.example/,
    );
    const json = JSON.parse((await check('/none', '--json')).stdout);
    assert.equal(json.origin, ORIGIN);
    assert.deepEqual(
      json.findings.filter((f) => f.rule === 'headers').map((f) => f.path),
      ['Access-Control-Allow-Origin', 'Content-Type', 'Cache-Control', 'ETag'],
    );
  });

  it('refuses an origin with a path, and a file instead of a URL (exit 2)', async () => {
    const path = await runCli(['validate', `${base}/star`, '--origin', `${ORIGIN}/news`]);
    assert.equal(path.status, 2);
    assert.match(path.stderr, /--origin must be an origin such as https:\/\/agency\.example/);
    const file = await runCli(['validate', 'demo/feeds/portal.vi.json', '--origin', ORIGIN]);
    assert.equal(file.status, 2);
    assert.match(file.stderr, /--origin needs the feed URL/);
  });
});
