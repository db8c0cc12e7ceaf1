/** `merge` and `to-ics`, and the round trip .ics → feed → subscription calendar / the widget's own export, read by ical.js. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertValid, eventFixture, NOV_DEC_2017, readIcs, runTo, widgetExport } from './events-helpers.mjs';
import { root, runCli, tempDir } from './helpers.mjs';

const FEED_URL = 'https://www.longan.gov.vn/feeds/portal.vi.json';
const news = join(root, 'demo/feeds/portal.vi.json');

async function eventsFeed() {
  const r = await runTo(['from-ics', eventFixture('google.ics'), ...NOV_DEC_2017]);
  return r.path;
}

describe('merge', () => {
  it('unions items by id, newest first, and passes validate', async () => {
    const events = await eventsFeed();
    const r = await runTo(['merge', news, events]);
    assert.equal(r.status, 0, r.stderr);
    const newsCount = JSON.parse(readFileSync(news, 'utf8')).items.length;
    assert.equal(r.feed.items.length, newsCount + 5);
    const keys = r.feed.items.map((i) => Date.parse(i.date_published ?? i._pw.event.start));
    assert.deepEqual(
      keys,
      [...keys].sort((a, b) => b - a),
    );
    assert.equal(r.feed.title, JSON.parse(readFileSync(news, 'utf8')).title);
    assert.match(r.stderr, /Merged 2 feeds: \d+ items/);
    await assertValid(r.path);
  });

  it("reports a duplicate id and keeps the later file's item", async () => {
    const dir = tempDir();
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const item = (title, start) => ({ id: 'su-kien-1', title, content_text: title, _pw: { event: { start } } });
    writeFileSync(
      a,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'A',
        items: [item('Cũ', '2017-11-22T07:30:00+07:00')],
      }),
    );
    writeFileSync(
      b,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'B',
        items: [item('Mới', '2017-11-23T07:30:00+07:00')],
      }),
    );
    const r = await runTo(['merge', a, b]);
    assert.deepEqual(
      r.feed.items.map((i) => i.title),
      ['Mới'],
    );
    assert.match(
      r.stderr,
      /items\["su-kien-1"\]: the id is in both .*a\.json and .*b\.json: kept the one from .*b\.json/,
    );
  });

  it('keeps a single next_url, and drops next_url when two files page separately', async () => {
    const dir = tempDir();
    const feed = (name, next) => {
      const path = join(dir, name);
      writeFileSync(
        path,
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: name,
          ...(next && { next_url: next }),
          items: [{ id: name, title: name, content_text: name, date_published: '2017-11-22T07:30:00+07:00' }],
        }),
      );
      return path;
    };
    const one = await runTo(['merge', feed('a.json', 'https://x.gov.vn/a-2.json'), feed('b.json')]);
    assert.equal(one.feed.next_url, 'https://x.gov.vn/a-2.json');
    const two = await runTo([
      'merge',
      feed('c.json', 'https://x.gov.vn/c-2.json'),
      feed('d.json', 'https://x.gov.vn/d-2.json'),
    ]);
    assert.equal(two.feed.next_url, undefined);
    assert.match(two.stderr, /next_url: left out: .*c\.json, .*d\.json each have a next page/);
    const bad = await runCli(['merge', feed('e.json'), eventFixture('google.ics')]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /google\.ics is not a JSON Feed/);
  });

  it("keeps the feed-level _pw (the subscription calendar): the first file's wins, a conflict is noted", async () => {
    const dir = tempDir();
    const feed = (name, pw) => {
      const path = join(dir, name);
      writeFileSync(
        path,
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: name,
          ...(pw && { _pw: pw }),
          items: [{ id: name, title: name, content_text: name, date_published: '2017-11-22T07:30:00+07:00' }],
        }),
      );
      return path;
    };
    const kept = await runTo(['merge', feed('news.json'), feed('events.json', { ics_url: 'lich-tap-huan.ics' })]);
    assert.equal(kept.status, 0, kept.stderr);
    assert.deepEqual(kept.feed._pw, { ics_url: 'lich-tap-huan.ics' });
    assert.doesNotMatch(kept.stderr, /_pw/);
    await assertValid(kept.path);
    const clash = await runTo([
      'merge',
      feed('a.json', { ics_url: 'a.ics', note: 'x' }),
      feed('b.json', { ics_url: 'b.ics' }),
      feed('c.json', { ics_url: 'a.ics' }),
    ]);
    assert.deepEqual(clash.feed._pw, { ics_url: 'a.ics', note: 'x' });
    assert.match(
      clash.stderr,
      /note _pw\.ics_url: .*a\.json and .*b\.json differ: kept "a\.ics" from .*a\.json \(the first file wins\)/,
    );
    assert.equal(clash.stderr.match(/_pw\.ics_url/g).length, 1);
  });
});

describe('to-ics', () => {
  it('writes one subscription calendar: name, refresh interval, TTL, VTIMEZONE, every event, CRLF and 75-octet lines', async () => {
    const r = await runTo(['to-ics', news, '--name', 'Lịch tập huấn tỉnh Long An', '--feed-url', FEED_URL], 'ics');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.text.split('\r\n');
    assert.equal(lines.at(-1), '');
    for (const l of lines) assert.ok(Buffer.byteLength(l) <= 75, l);
    const unfolded = r.text.replace(/\r\n /g, '').split('\r\n');
    for (const want of [
      'X-WR-CALNAME:Lịch tập huấn tỉnh Long An',
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
      'X-PUBLISHED-TTL:PT1H',
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Ho_Chi_Minh',
    ]) {
      assert.ok(unfolded.includes(want), want);
    }
    const events = JSON.parse(readFileSync(news, 'utf8')).items.filter((i) => i._pw?.event);
    assert.equal(readIcs(r.text).length, events.length);
    assert.match(r.stderr, new RegExp(`Wrote "Lịch tập huấn tỉnh Long An": ${events.length} event\\(s\\)`));
  });

  it("gives the same UIDs as the widget's per-event export", async () => {
    const r = await runTo(['to-ics', news, '--feed-url', FEED_URL], 'ics');
    const { buildIcs, parseFeedJson } = await widgetExport();
    const { feed } = parseFeedJson(JSON.parse(readFileSync(news, 'utf8')), FEED_URL);
    const widgetUids = feed.items
      .filter((i) => i.event)
      .map((i) => readIcs(buildIcs(i, { feedUrl: FEED_URL }))[0].uid)
      .sort();
    assert.deepEqual(
      readIcs(r.text)
        .map((e) => e.uid)
        .sort(),
      widgetUids,
    );
    assert.ok(widgetUids.includes('lich-tap-huan-quy-che-dan-chu-2017@www.longan.gov.vn'));
  });

  it('warns when the feed has no feed_url to put in the UIDs', async () => {
    const events = await eventsFeed();
    const r = await runTo(['to-ics', events], 'ics');
    assert.match(r.stderr, /the feed has no feed_url, so the UIDs differ .*--feed-url/);
  });
});

describe('round trip: .ics → feed → .ics, read by ical.js', () => {
  const same = (e) => ({
    start: e.start,
    end: e.end,
    summary: e.summary,
    location: e.location,
    cancelled: e.cancelled,
  });

  for (const name of ['google.ics', 'outlook.ics']) {
    it(`${name}: the subscription calendar and the widget's export give the same start, end, summary, location and status`, async () => {
      const source = readIcs(readFileSync(eventFixture(name), 'utf8')).filter(
        (e) => e.start >= '2017-11-01' && e.start < '2018',
      );
      const feedPath = (await runTo(['from-ics', eventFixture(name), ...NOV_DEC_2017])).path;
      const sub = await runTo(['to-ics', feedPath, '--feed-url', FEED_URL], 'ics');
      assert.deepEqual(readIcs(sub.text).map(same), source.map(same));
      const { buildIcs, parseFeedJson } = await widgetExport();
      const { feed } = parseFeedJson(JSON.parse(readFileSync(feedPath, 'utf8')), FEED_URL);
      const exported = feed.items.flatMap((i) => readIcs(buildIcs(i, { feedUrl: FEED_URL })));
      assert.deepEqual(
        exported.map(same).sort((a, b) => a.start.localeCompare(b.start)),
        source.map(same),
      );
    });
  }

  it('holds for an event from 1972, when the zone database says +08:00', async () => {
    const path = join(tempDir(), '1972.ics');
    writeFileSync(
      path,
      readFileSync(eventFixture('google.ics'), 'utf8')
        .replace('20171122T073000', '19720515T073000')
        .replace('20171122T110000', '19720515T110000'),
    );
    const feedPath = (await runTo(['from-ics', path, '--from', '1972-01-01', '--to', '1972-12-31'])).path;
    const sub = await runTo(['to-ics', feedPath, '--feed-url', FEED_URL], 'ics');
    const [event] = readIcs(sub.text);
    assert.deepEqual([event.start, event.end], ['1972-05-15T00:30:00.000Z', '1972-05-15T04:00:00.000Z']);
    const { buildIcs, parseFeedJson } = await widgetExport();
    const { feed } = parseFeedJson(JSON.parse(readFileSync(feedPath, 'utf8')), FEED_URL);
    assert.deepEqual(
      readIcs(buildIcs(feed.items[0], { feedUrl: FEED_URL })).map((e) => [e.start, e.end]),
      [[event.start, event.end]],
    );
  });
});
