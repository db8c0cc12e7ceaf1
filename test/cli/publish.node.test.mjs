/**
 * `provincial-widgets publish`: the config and its errors, the real-world sources, and "never worse than the
 * last good run": a source going down (local HTTP server), an empty source, two concurrent runs, a stale
 * lock, an unchanged second run, atomic replacement, the bundle copy and the `--json` line.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { Validator } from 'jsonschema';
import { assertValid, eventFixture, readIcs } from './events-helpers.mjs';
import { root, runCli, tempDir } from './helpers.mjs';

const SITE = 'https://widgets.longan.gov.vn';
const realWorld = (name) => join(root, 'test/fixtures/real-world/rss', name);
const schema = JSON.parse(readFileSync(join(root, 'schema/publish.schema.json'), 'utf8'));

/** A small stand-in for dist/cdn: an autoloader and one hashed chunk. */
function fakeBundle() {
  const dir = join(tempDir(), 'cdn');
  mkdirSync(join(dir, 'chunks'), { recursive: true });
  writeFileSync(join(dir, 'autoloader.js'), 'export const autoloader = 1;\n');
  writeFileSync(join(dir, 'chunks/sanitize-AbC123.js'), 'export const chunk = 1;\n');
  return dir;
}

/** Writes `config` into a fresh folder; resolves to { dir, path, out }. */
function project(config) {
  const dir = tempDir();
  const path = join(dir, 'publish.json');
  writeFileSync(path, JSON.stringify(config, null, 2));
  return { dir, path, out: join(dir, config.out ?? 'public') };
}

const feedConfig = (sources, extra = {}) => ({
  site: SITE,
  out: 'public',
  timeout: 2,
  feeds: { portal: { title: 'Cổng thông tin điện tử tỉnh Long An', languages: { vi: { sources } }, ...extra } },
});

const publish = (p, bundle, ...args) => runCli(['publish', p.path, '--bundle', bundle, '--json', ...args]);
/** The run's one `--json` line. */
function jsonLine(r) {
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1, r.stdout);
  return JSON.parse(lines[0]);
}
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const rss = (titles) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Cổng Long An</title><link>https://www.longan.gov.vn/</link>${titles
    .map(
      (title, i) =>
        `<item><title>${title}</title><link>https://www.longan.gov.vn/tin/${i}</link><guid>https://www.longan.gov.vn/tin/${i}</guid><pubDate>Mon, ${10 + i} Nov 2025 08:00:00 +0700</pubDate><description>${title}.</description></item>`,
    )
    .join('')}</channel></rss>`;

/** A JSON Feed with relative links, published by the portal next to its pages. */
const relativeFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Lịch',
  items: [
    {
      id: 'a',
      url: 'bai-1.html',
      image: 'anh/1.jpg',
      title: 'Bài 1',
      content_text: 'Bài 1.',
      date_published: '2025-11-20T08:00:00+07:00',
    },
  ],
};

/** A portal that can be taken down, emptied or slowed between runs. */
let server;
let portal;
const state = { mode: 'up', delay: 0, body: rss(['Tin một', 'Tin hai']) };
before(async () => {
  server = createServer((req, res) => {
    setTimeout(() => {
      if (state.mode === 'down') return res.writeHead(503).end('Service Unavailable');
      if (state.mode === 'hang') return; // never answers: the run's timeout
      if (req.url === '/tin/lich.json') {
        res.writeHead(200, { 'content-type': 'application/feed+json' });
        return res.end(JSON.stringify(relativeFeed));
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(state.mode === 'empty' ? '' : state.body);
    }, state.delay);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  portal = `http://127.0.0.1:${server.address().port}/rss/tin-tuc.rss`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});
const reset = () => Object.assign(state, { mode: 'up', delay: 0, body: rss(['Tin một', 'Tin hai']) });

describe('publish: the config', () => {
  it('names an unknown key and its place, with a "did you mean"', async () => {
    const config = feedConfig(['a.rss']);
    config.feeds.portal.langauges = config.feeds.portal.languages;
    delete config.feeds.portal.languages;
    const p = project(config);
    const r = await publish(p, fakeBundle());
    assert.equal(r.status, 1);
    assert.match(r.stderr, /unknown key "langauges" in feeds\.portal/);
    assert.match(r.stderr, /did you mean "languages"\?/);
    // The typo's own "languages is missing" is the same mistake: not reported twice.
    assert.doesNotMatch(r.stderr, /"languages" is missing/);
    assert.equal(existsSync(p.out), false);
  });

  it('lists the allowed keys when nothing is close, and reports a missing key and a wrong type', async () => {
    const p = project({ site: SITE, feeds: { portal: { languages: { vi: { sources: 'a.rss' } } } }, colour: 'red' });
    const r = await publish(p, fakeBundle());
    assert.equal(r.status, 1);
    assert.match(r.stderr, /unknown key "colour" in the top level/);
    assert.match(r.stderr, /keys allowed here are: site, out, state, bundle, timeout, window, feeds/);
    assert.match(r.stderr, /feeds\.portal\.languages\.vi\.sources: is not of a type\(s\) array/);
    const noSite = project({ feeds: { portal: { languages: { vi: { sources: ['a.rss'] } } } } });
    assert.match((await publish(noSite, fakeBundle())).stderr, /"site" is missing in the top level/);
  });

  it('rejects a config that is not JSON, in Vietnamese with --lang vi', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), '{ "site": "https://x.vn", }');
    const r = await runCli(['publish', join(dir, 'bad.json'), '--lang', 'vi']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /không phải JSON hợp lệ/);
  });

  it("ships a JSON Schema that accepts the issue's example", () => {
    const example = {
      site: 'https://widgets.longan.gov.vn',
      out: 'public',
      feeds: {
        portal: {
          title: 'Cổng thông tin điện tử tỉnh Long An',
          languages: {
            vi: {
              sources: ['https://www.longan.gov.vn/rss/tin-tuc.rss', 'lich/lich-tap-huan.xlsx', 'lich/outlook.ics'],
            },
            en: { sources: ['https://en.longan.gov.vn/rss/news.rss'] },
          },
          ics: true,
        },
      },
    };
    assert.deepEqual(new Validator().validate(example, schema).errors, []);
    assert.equal(new Validator().validate({ ...example, site: 'widgets.longan.gov.vn' }, schema).valid, false);
  });

  it('says the bundle is not built (and writes nothing) when dist/cdn is missing', async () => {
    const p = project(feedConfig([realWorld('wordpress.xml')]));
    // No --bundle: the CLI built into a temporary folder has no ../cdn beside it, like a clone before `npm run build`.
    const r = await runCli(['publish', p.path]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bundle is not built: .*autoloader\.js is missing/);
    assert.match(r.stderr, /npm run build/);
    assert.equal(existsSync(p.out), false);
  });
});

describe('publish: the real-world sources', () => {
  it('merges WordPress, Joomla and Drupal RSS, a JSON Feed, the Excel and the Outlook files, newest first', async () => {
    const p = project({
      ...feedConfig(
        [
          realWorld('wordpress.xml'),
          realWorld('joomla.xml'),
          realWorld('drupal.xml'),
          join(root, 'test/fixtures/news-list.vi.json'), // 8 of its 9 items have no content: left out, named
          eventFixture('lich-tap-huan.xlsx'),
          eventFixture('excel-semicolon-bom.csv'),
          eventFixture('outlook.ics'),
        ],
        { ics: true },
      ),
      window: { from: '2017-01-01', to: '2018-12-31' },
    });
    const bundle = fakeBundle();
    const r = await publish(p, bundle);
    assert.equal(r.status, 0, r.stderr);
    const run = jsonLine(r);
    assert.deepEqual(
      run.feeds[0].sources.map((s) => [s.kind, s.status]),
      [
        ['rss', 'ok'],
        ['rss', 'ok'],
        ['rss', 'ok'],
        ['json', 'ok'],
        ['xlsx', 'ok'],
        ['csv', 'ok'],
        ['ics', 'ok'],
      ],
    );
    assert.ok(run.duration_ms >= 0);
    const leftOut = run.feeds[0].warnings.filter((w) =>
      /news-list\.vi\.json items: items\[\d+\].*\(left out\)/.test(w),
    );
    assert.equal(leftOut.length, 8);
    const file = join(p.out, 'feeds/portal.vi.json');
    const feed = read(file);
    const total = run.feeds[0].sources.reduce((n, s) => n + s.items, 0);
    assert.equal(feed.items.length, run.feeds[0].items);
    assert.ok(feed.items.length > 10 && feed.items.length <= total);
    assert.equal(feed.feed_url, `${SITE}/feeds/portal.vi.json`);
    assert.equal(feed._pw.ics_url, `${SITE}/feeds/portal.vi.ics`);
    assert.equal(feed.language, 'vi');
    const dated = feed.items
      .map((i) => Date.parse(i.date_published ?? i._pw?.event?.start))
      .filter((n) => !Number.isNaN(n));
    assert.deepEqual(
      dated,
      [...dated].sort((a, b) => b - a),
    );
    await assertValid(file);
    const events = readIcs(readFileSync(join(p.out, 'feeds/portal.vi.ics'), 'utf8'));
    assert.ok(events.length >= run.feeds[0].ics.events && run.feeds[0].ics.events > 5);
    assert.equal(
      readFileSync(join(p.out, 'assets/provincial-widgets/chunks/sanitize-AbC123.js'), 'utf8'),
      'export const chunk = 1;\n',
    );
    assert.deepEqual(run.bundle, { files: 2, written: 2 });
    assert.match(r.stderr, /publish: published, [\d.]+ s → \/.*\/public\n/);
    // The state folder sits beside out/, never under what the web server serves.
    assert.ok(existsSync(`${p.out}.state`));
  });
});

describe('publish: a JSON Feed source', () => {
  it("makes its relative links absolute against the source's address (the feed is published elsewhere)", async () => {
    reset();
    const p = project(feedConfig([portal.replace('/rss/tin-tuc.rss', '/tin/lich.json')]));
    const r = await publish(p, fakeBundle());
    assert.equal(r.status, 0, r.stderr);
    const [item] = read(join(p.out, 'feeds/portal.vi.json')).items;
    const base = portal.replace('/rss/tin-tuc.rss', '/tin/');
    assert.equal(item.url, `${base}bai-1.html`);
    assert.equal(item.image, `${base}anh/1.jpg`);
  });
});

describe('publish: never worse than the last good run', () => {
  it('keeps the last good items of a source that goes down, times out or comes back empty (exit 3)', async () => {
    reset();
    const p = project(feedConfig([portal, realWorld('drupal.xml')]));
    const bundle = fakeBundle();
    const first = await publish(p, bundle);
    assert.equal(first.status, 0, first.stderr);
    const file = join(p.out, 'feeds/portal.vi.json');
    const good = readFileSync(file, 'utf8');
    const mtime = statSync(file).mtimeMs;
    for (const mode of ['down', 'hang', 'empty']) {
      state.mode = mode;
      const r = await publish(p, bundle);
      assert.equal(r.status, 3, `${mode}: ${r.stderr}`);
      const source = jsonLine(r).feeds[0].sources[0];
      assert.equal(source.status, 'stale');
      assert.equal(source.items, 2);
      assert.match(source.error, { down: /HTTP 503/, hang: /no answer .* within 2 s/, empty: /empty/ }[mode]);
      assert.match(r.stderr, /STALE .*kept its last good items/);
      assert.equal(readFileSync(file, 'utf8'), good, mode);
      assert.equal(statSync(file).mtimeMs, mtime, mode);
    }
    reset();
    state.body = rss(['Tin một', 'Tin hai', 'Tin ba']);
    const back = await publish(p, bundle);
    assert.equal(back.status, 0);
    assert.equal(read(file).items.filter((i) => i.url?.includes('/tin/')).length, 3);
  });

  it('never replaces a good feed with an empty one (exit 1), and publishes nothing from an empty source', async () => {
    reset();
    state.mode = 'empty';
    const p = project(feedConfig([portal]));
    const bundle = fakeBundle();
    const none = await publish(p, bundle);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /FAILED .*the source is empty; no earlier copy/);
    assert.match(none.stderr, /nothing to publish/);
    assert.equal(existsSync(join(p.out, 'feeds/portal.vi.json')), false);

    reset();
    assert.equal((await publish(p, bundle)).status, 0);
    const file = join(p.out, 'feeds/portal.vi.json');
    const good = readFileSync(file, 'utf8');
    // The last good copies are lost (a new server), and the portal is empty tonight.
    rmSync(`${p.out}.state`, { recursive: true });
    state.mode = 'empty';
    const r = await publish(p, bundle);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /kept the published feed \(2 items\)/);
    assert.equal(readFileSync(file, 'utf8'), good);
  });

  it('rewrites nothing on an unchanged second run (mtimes kept), and replaces a changed file by rename', async () => {
    reset();
    const p = project({ ...feedConfig([portal, eventFixture('lich-tap-huan.xlsx')], { ics: true }) });
    const bundle = fakeBundle();
    assert.equal((await publish(p, bundle)).status, 0);
    const files = [
      'feeds/portal.vi.json',
      'feeds/portal.vi.ics',
      'feeds/portal.vi.json.gz',
      'feeds/portal.vi.ics.gz',
      'assets/provincial-widgets/autoloader.js',
    ].map((f) => join(p.out, f));
    // The gzip twins for nginx's gzip_static hold the same bytes as the files.
    for (const f of files.slice(0, 2))
      assert.equal(gunzipSync(readFileSync(`${f}.gz`)).toString(), readFileSync(f, 'utf8'));
    const before = files.map((f) => statSync(f));
    await new Promise((r) => setTimeout(r, 20));
    const second = await publish(p, bundle);
    assert.equal(second.status, 0);
    const run = jsonLine(second);
    assert.equal(run.feeds[0].written, false);
    assert.equal(run.feeds[0].ics.written, false);
    assert.equal(run.bundle.written, 0);
    assert.deepEqual(
      files.map((f) => statSync(f).mtimeMs),
      before.map((s) => s.mtimeMs),
    );
    assert.match(second.stderr, /portal\.vi: \d+ items \(unchanged\), \.ics 3 events \(unchanged\)/);

    state.body = rss(['Tin một', 'Tin hai', 'Tin mới']);
    const third = await publish(p, bundle);
    assert.equal(jsonLine(third).feeds[0].written, true);
    // A new inode: the file was renamed into place, not written over while a server might be reading it.
    assert.notEqual(statSync(files[0]).ino, before[0].ino);
    assert.equal(gunzipSync(readFileSync(`${files[0]}.gz`)).toString(), readFileSync(files[0], 'utf8'));
    assert.deepEqual(
      readdirSync(join(p.out, 'feeds')).sort(),
      ['portal.vi.ics', 'portal.vi.ics.gz', 'portal.vi.json', 'portal.vi.json.gz'],
      'no temporary file left behind',
    );
  });

  it('lets one run at a time: a concurrent run exits 1 with a clear message; a stale lock is taken over', async () => {
    reset();
    state.delay = 1500;
    // A generous timeout: the slow source must hold the lock, not fail (the machine may be busy).
    const p = project({ ...feedConfig([portal]), timeout: 30 });
    const bundle = fakeBundle();
    const slow = publish(p, bundle);
    const lock = join(`${p.out}.state`, 'publish.lock');
    while (!existsSync(lock)) await new Promise((r) => setTimeout(r, 20));
    const second = await publish(p, bundle);
    assert.equal(second.status, 1);
    assert.match(second.stderr, /another publish run is going on \(pid \d+, since .*\): it holds .*publish\.lock/);
    assert.equal(jsonLine(second).status, 1, 'monitoring gets its line when the run cannot start');
    assert.match(jsonLine(second).error, /another publish run/);
    const done = await slow;
    assert.equal(done.status, 0, done.stderr);
    assert.equal(existsSync(lock), false, 'the lock is released');

    // A run killed mid-way leaves its lock: its pid is gone, so the next run goes ahead.
    state.delay = 0;
    writeFileSync(lock, `999999999\n${new Date().toISOString()}\n`);
    const next = await publish(p, bundle);
    assert.equal(next.status, 0, next.stderr);
  });
});
