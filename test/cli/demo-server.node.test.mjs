/**
 * `npm start`: the demo server serves the pages, the library source and the
 * sample feeds (shifted to the current weeks, with feed-host headers), on
 * localhost only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ANCHOR_MONDAY, shiftDate, shiftFeed, vietnamToday, weeksSinceAnchor } from '../../src/cli/sample/shift.mjs';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { readFileSync, rmSync } from 'node:fs';
import ICAL from 'ical.js';
import { tempDir } from './helpers.mjs';

/** Vite's dependency cache for one server, removed when the tests end. */
const caches = [];
const tempCache = () => {
  caches.push(tempDir());
  return caches.at(-1);
};
process.on('exit', () => caches.forEach((d) => rmSync(d, { recursive: true, force: true })));

const published = JSON.parse(readFileSync(new URL('../../demo/feeds/portal.vi.json', import.meta.url), 'utf8'));
const SEED_EVENT = 'lich-tap-huan-quy-che-dan-chu-2017';
const events = (feed) => feed.items.filter((i) => i._pw?.event);

describe('src/cli/sample/shift.mjs', () => {
  it('counts whole weeks from the anchor week, in any weekday of the target week', () => {
    assert.equal(weeksSinceAnchor(ANCHOR_MONDAY), 0);
    assert.equal(weeksSinceAnchor('2017-11-26'), 0); // Sunday of the same week
    assert.equal(weeksSinceAnchor('2017-11-27'), 1);
    assert.equal(weeksSinceAnchor('2026-11-28'), 470);
  });

  it('moves dates and date-times by days, keeping time and offset', () => {
    assert.equal(shiftDate('2017-11-27', 7), '2017-12-04');
    assert.equal(shiftDate('2017-12-30T07:30:00+07:00', 7), '2018-01-06T07:30:00+07:00');
    assert.equal(shiftDate('not a date', 7), 'not a date');
    assert.equal(shiftDate(undefined, 7), undefined);
  });

  it('takes Vietnam’s date, not the server’s', () => {
    assert.equal(vietnamToday(new Date('2026-11-27T17:30:00Z')), '2026-11-28');
    assert.equal(vietnamToday(new Date('2026-11-27T16:59:00Z')), '2026-11-27');
  });

  it('moves every event but the seed session into the current weeks', () => {
    const today = '2031-03-12'; // a Wednesday
    const shifted = shiftFeed(published, today);
    const weeks = weeksSinceAnchor(today);
    assert.equal(shifted.items.length, published.items.length);
    for (const item of events(shifted)) {
      const original = published.items.find((i) => i.id === item.id)._pw.event;
      if (item.id === SEED_EVENT) {
        assert.deepEqual(item._pw.event, original);
        continue;
      }
      const ev = item._pw.event;
      assert.equal(ev.start, shiftDate(original.start, weeks * 7));
      assert.equal(new Date(ev.start.slice(0, 10)).getUTCDay(), new Date(original.start.slice(0, 10)).getUTCDay());
      if (original.end) assert.equal(ev.end, shiftDate(original.end, weeks * 7));
      if (original.registration?.deadline)
        assert.equal(ev.registration.deadline, shiftDate(original.registration.deadline, weeks * 7));
      assert.ok(
        ev.start.slice(0, 10) >= '2031-03-01' && ev.start.slice(0, 10) <= '2031-04-30',
        `${item.id} ${ev.start}`,
      );
    }
    const upcoming = events(shifted).filter((i) => i.id !== SEED_EVENT && i._pw.event.start.slice(0, 10) >= today);
    assert.ok(upcoming.length >= 6, `${upcoming.length} upcoming events`);
    // News keeps its dates; the published object is not modified.
    assert.equal(shifted.items[0].date_published, '2017-11-22T11:16:00+07:00');
    assert.equal(events(published)[1]._pw.event.start, '2017-11-27');
  });
});

describe('scripts/serve-demo.mjs', () => {
  let server;
  let base;
  before(async () => {
    server = await startDemoServer({ port: 0, logLevel: 'silent', live: false, cacheDir: tempCache() });
    base = server.resolvedUrls.local[0];
  });
  after(() => server?.close());

  it('listens on localhost only', () => {
    assert.match(base, /^http:\/\/(127\.0\.0\.1|localhost):\d+\/$/);
    const { address } = server.httpServer.address();
    assert.equal(address, '127.0.0.1');
  });

  it('serves the feed shifted to today, with feed-host headers', async () => {
    const res = await fetch(new URL('feeds/portal.vi.json', base));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/feed+json; charset=utf-8');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('cache-control'), /max-age=\d+/);
    const etag = res.headers.get('etag');
    assert.ok(etag);
    const feed = await res.json();
    const seed = feed.items.find((i) => i.id === SEED_EVENT);
    assert.equal(seed._pw.event.start, '2017-11-22T07:30:00+07:00');
    const today = vietnamToday();
    const upcoming = events(feed).filter((i) => (i._pw.event.end ?? i._pw.event.start).slice(0, 10) >= today);
    assert.ok(upcoming.length >= 5, `${upcoming.length} upcoming events on ${today}`);

    const again = await fetch(new URL('feeds/portal.vi.json', base), { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  it("serves the subscription calendar to-ics makes, with the widget's UIDs and the feed's events", async () => {
    const res = await fetch(new URL('feeds/lich-tap-huan.ics', base));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
    const text = await res.text();
    const host = new URL(base).host;
    const cal = new ICAL.Component(ICAL.parse(text));
    assert.equal(cal.getFirstPropertyValue('x-wr-calname'), 'Lịch tập huấn tỉnh Long An');
    const vevents = cal.getAllSubcomponents('vevent');
    assert.equal(vevents.length, events(published).length);
    const seed = vevents.find((v) => v.getFirstPropertyValue('uid') === `${SEED_EVENT}@${host}`);
    assert.ok(seed, 'the seed session, with the UID the widget gives it');
    assert.equal(seed.getFirstPropertyValue('dtstart').toString().slice(11), '07:30:00');
  });

  it('serves the file as published with ?as-published', async () => {
    const res = await fetch(new URL('feeds/portal.en.json?as-published', base));
    const feed = await res.json();
    assert.equal(events(feed)[1]._pw.event.start, '2017-11-27');
    assert.equal(feed.language, 'en');
  });

  it('serves the pages, the images and the library source', async () => {
    const page = await (await fetch(base)).text();
    assert.match(page, /<pw-article-card[^>]+variant="full"[^>]+item-id="tap-huan-quy-che-dan-chu-2017"/);
    assert.match(page, /<pw-language-switcher/);
    for (const path of [
      'builder.html',
      'cms.html',
      'feeds/images/tap-huan-qcdc-2017.jpg',
      'src/index.ts',
      'templates/lich-tap-huan.csv',
    ]) {
      const res = await fetch(new URL(path, base));
      assert.equal(res.status, 200, path);
      await res.arrayBuffer();
    }
  });
});

describe('scripts/serve-demo.mjs without a build', () => {
  let server;
  let base;
  before(async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    server = await startDemoServer({
      port: 0,
      logLevel: 'silent',
      live: false,
      cacheDir: tempCache(),
      distDir: mkdtempSync(join(tmpdir(), 'pw-nodist-')),
    });
    base = server.resolvedUrls.local[0];
  });
  after(() => server?.close());

  it('builds the classic CDN bundle on demand, so the CMS page works on a fresh clone', async () => {
    const res = await fetch(new URL('dist/cdn/provincial-widgets.iife.js', base));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('x-pw-built-on-demand'), /npm run build/);
    const code = await res.text();
    assert.match(code.slice(0, 200), /var ProvincialWidgets=/);
    for (const tag of [
      'pw-news-list',
      'pw-article-card',
      'pw-training-calendar',
      'pw-language-switcher',
      'pw-share-bar',
    ]) {
      assert.ok(code.includes(tag), tag);
    }
  });

  it('serves the CMS page as written: one classic script, no dev client', async () => {
    const page = await (await fetch(new URL('cms.html', base))).text();
    const scripts = [...page.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, ['<script src="/dist/cdn/provincial-widgets.iife.js" defer>']);
  });
});
