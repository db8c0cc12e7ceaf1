import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { clearFeedCache, loadFeed, refreshFeed } from '../src/feed/loader.js';
import type { FeedErrorKind } from '../src/feed/errors.js';
import type { PwTestFeed } from './helpers/pw-test-feed.js';
import './helpers/pw-test-feed.js';
import {
  feedOf,
  item,
  requestCount,
  resetShared,
  serveFeed,
  setFeedState,
  sleep,
  uniqueId,
  until,
} from './helpers/feeds.js';
import {
  cacheChars,
  cacheKey,
  cacheKeys,
  cachedCopy,
  leavePage,
  learnCacheLayout,
  newPage,
  seedCache,
} from './helpers/loader.js';

const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('.title')].map((t) => t.textContent);
const shown = (el: Element) => until(() => el.shadowRoot!.querySelector('.title'), 5000, 'feed content');
const errorShown = (el: Element) => until(() => el.shadowRoot!.querySelector('[part=error]'), 8000, 'error state');

describe('feed loader: sharing', () => {
  beforeEach(resetShared);

  it('makes one request for three widgets on the same feed', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, feedOf([item('a')]));
    const wrap = await fixture(html`<div>
      <pw-test-feed src=${url}></pw-test-feed><pw-test-feed src=${url}></pw-test-feed><pw-test-feed src=${url}></pw-test-feed>
    </div>`);
    for (const el of wrap.querySelectorAll('pw-test-feed')) await shown(el);
    expect(await requestCount(id)).to.equal(1);
  });

  it('shares requests with a second copy of the library on the page', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, `${JSON.stringify(feedOf([item('a')]))}`);
    const copy = (await import(
      /* @vite-ignore */ `${'/src/feed/loader.ts'}?copy=2`
    )) as typeof import('../src/feed/loader.js');
    expect(copy.loadFeed).not.to.equal(loadFeed);
    const [a, b] = await Promise.all([loadFeed(`${url}?delay=100`), copy.loadFeed(`${url}?delay=100`)]);
    expect(a.feed.items[0]!.id).to.equal('a');
    expect(b.feed).to.equal(a.feed);
    expect(await requestCount(id)).to.equal(1);
  });

  it('loads again for a widget moved in the page while its feed loads (its request was cancelled on leaving)', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, feedOf([item('a', { title: 'Moved' })]), undefined, 150);
    const wrap = await fixture(html`<div><section></section><aside></aside></div>`);
    const el = document.createElement('pw-test-feed');
    el.setAttribute('src', url);
    wrap.firstElementChild!.append(el);
    await sleep(20); // the request is on its way
    wrap.lastElementChild!.append(el); // a CMS tab or carousel script moves it: disconnect, then connect
    await shown(el);
    expect(titles(el)).to.deep.equal(['Moved']);
  });

  it('starts a new request for a caller that comes after every earlier one gave up', async () => {
    const url = await serveFeed(uniqueId(), feedOf([item('a')]), undefined, 150);
    const gaveUp = new AbortController();
    const first = loadFeed(url, { signal: gaveUp.signal });
    gaveUp.abort();
    first.catch(() => {});
    // At once: the cancelled request has not settled yet.
    const { feed } = await loadFeed(url);
    expect(feed.items[0]!.id).to.equal('a');
  });

  it('aborts the request when src changes or the element leaves, unless another widget still waits', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).includes('/__feed/hang')) signals.push(init!.signal!);
      return realFetch(input, init);
    };
    try {
      const hang = new URL(`/__feed/hang?${uniqueId()}`, location.href).href;
      const el = await fixture<PwTestFeed>(html`<pw-test-feed src=${hang}></pw-test-feed>`);
      await until(() => signals.length === 1);
      el.src = await serveFeed(uniqueId(), feedOf([item('b')]));
      await shown(el);
      expect(signals[0]!.aborted).to.equal(true);

      const hang2 = new URL(`/__feed/hang?${uniqueId()}`, location.href).href;
      const wrap = await fixture(
        html`<div><pw-test-feed src=${hang2}></pw-test-feed><pw-test-feed src=${hang2}></pw-test-feed></div>`,
      );
      await until(() => signals.length === 2);
      const [first, second] = wrap.querySelectorAll('pw-test-feed');
      first!.remove();
      await sleep(20);
      expect(signals[1]!.aborted, 'still needed by the second widget').to.equal(false);
      second!.remove();
      await until(() => signals[1]!.aborted, 2000, 'abort after the last widget left');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('starts the request when the element connects, before its first render', async () => {
    const url = await serveFeed(uniqueId(), feedOf([item('a')]));
    const started: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      started.push(String(input));
      return realFetch(input, init);
    };
    try {
      const el = document.createElement('pw-test-feed') as PwTestFeed;
      el.setAttribute('src', url);
      document.body.append(el);
      // Synchronously after connection: no render has happened yet, the request is on its way.
      expect(el.hasUpdated).to.equal(false);
      expect(started).to.deep.equal([url]);
      await shown(el);
      expect(started, 'the first render joins the same request').to.deep.equal([url]);
      el.remove();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('reuses a <link rel="preload" as="fetch" crossorigin> of the feed instead of fetching it again', async () => {
    const id = uniqueId();
    // Served cacheable, as a portal serves its feed: WebKit does not reuse a `no-store` preload.
    const url = `${await serveFeed(id, feedOf([item('a')]))}?max-age=60`;
    const link = Object.assign(document.createElement('link'), {
      rel: 'preload',
      as: 'fetch',
      href: url,
      crossOrigin: '',
    });
    const loaded = oneEvent(link, 'load');
    document.head.append(link);
    await loaded;
    const el = await fixture<PwTestFeed>(html`<pw-test-feed src=${url}></pw-test-feed>`);
    await shown(el);
    // WebKitGTK 2.50 never hands a preloaded response to fetch(), whatever the headers: it fetches again.
    const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
    expect(await requestCount(id)).to.equal(webkit ? 2 : 1);
    link.remove();
  });

  it('refetches nothing while a copy is fresh', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, feedOf([item('a')]));
    await shown(await fixture(html`<pw-test-feed src=${url}></pw-test-feed>`));
    await shown(await fixture(html`<pw-test-feed src=${url}></pw-test-feed>`));
    expect(await requestCount(id)).to.equal(1);
  });
});

describe('feed loader: failures', () => {
  beforeEach(resetShared);

  const cases: [string, string, FeedErrorKind][] = [
    ['404', '/__feed/status/404', 'http'],
    ['500', '/__feed/status/500', 'http'],
    ['an HTML login page with 200', '/__feed/html', 'html'],
    ['a connection reset', '/__feed/reset', 'network'],
    ['a truncated body', '/__feed/truncated', 'network'],
    ['an oversized body without a Content-Length', '/__feed/big?bytes=6000000', 'too-large'],
    ['an oversized body with its Content-Length', '/__feed/big?bytes=6000000&length=1', 'too-large'],
  ];
  for (const [what, path, kind] of cases) {
    it(`shows the error state for ${what}, and a healthy neighbour is unaffected`, async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (m: string) => warnings.push(m);
      try {
        const good = await serveFeed(uniqueId(), feedOf([item('ok', { title: 'Láng giềng' })]));
        const bad = new URL(`${path}${path.includes('?') ? '&' : '?'}${uniqueId()}`, location.href).href;
        const wrap = await fixture(
          html`<div><pw-test-feed id="bad"></pw-test-feed><pw-test-feed id="good" src=${good}></pw-test-feed></div>`,
        );
        const badEl = wrap.querySelector<PwTestFeed>('#bad')!;
        const errorEvent = oneEvent(badEl, 'pw-feed-error');
        badEl.src = bad;
        const { detail } = await errorEvent;
        expect(detail.error.kind).to.equal(kind);
        expect(detail.url).to.equal(bad);
        await errorShown(badEl);
        expect(badEl.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('Không tải được nội dung.');
        expect(badEl.shadowRoot!.querySelector('[part=error]')!.textContent).not.to.contain('HTTP');
        expect(titles((await shown(wrap.querySelector('#good')!)) && wrap.querySelector('#good')!)).to.deep.equal([
          'Láng giềng',
        ]);
        expect(warnings.some((w) => w.includes(bad))).to.equal(true);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('shows a valid JSON feed served as text/html, and warns once naming the Content-Type and the header to send', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const url = await serveFeed(uniqueId(), feedOf([item('a', { title: 'Tin A' })]), 'text/html; charset=utf-8');
      const el = await fixture<PwTestFeed>(html`<pw-test-feed src=${url}></pw-test-feed>`);
      await shown(el);
      expect(titles(el)).to.deep.equal(['Tin A']);
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      await refreshFeed(url);
      const about = warnings.filter((w) => w.includes(url));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('"Content-Type: text/html; charset=utf-8"');
      expect(about[0]).to.contain('Fix: serve it with the header "Content-Type: application/feed+json; charset=utf-8"');
      expect(about[0]).not.to.contain('login');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the "login or error page?" message for a body that really is HTML, a whole page or a fragment', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const page = new URL(`/__feed/html?${uniqueId()}`, location.href).href;
      const fragment = await serveFeed(uniqueId(), '<p>Lỗi hệ thống</p>', 'text/html; charset=utf-8');
      for (const url of [page, fragment]) {
        const el = await fixture<PwTestFeed>(html`<pw-test-feed></pw-test-feed>`);
        const failed = oneEvent(el, 'pw-feed-error');
        el.src = url;
        expect((await failed).detail.error.kind).to.equal('html');
        await errorShown(el);
        expect(warnings.find((w) => w.includes(url))).to.contain('a login or error page?');
      }
    } finally {
      console.warn = warn;
    }
  });

  it('names CORS, the page origin and the header to add when another origin answers without Access-Control-Allow-Origin', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const same = new URL(await serveFeed(uniqueId(), feedOf([item('a')])));
      // The same test server under another host name is another origin; it sends no CORS header.
      same.hostname = same.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const el = await fixture<PwTestFeed>(html`<pw-test-feed></pw-test-feed>`);
      const failed = oneEvent(el, 'pw-feed-error');
      el.src = same.href;
      const { detail } = await failed;
      expect(detail.error.kind).to.equal('cors');
      const message = warnings.find((w) => w.includes(same.href)) ?? '';
      expect(message).to.contain('Access-Control-Allow-Origin: *');
      expect(message).to.contain(location.origin);
      await errorShown(el);

      // A server that does not answer at all stays a network failure.
      const gone = new URL(`http://${same.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:9/feed.json`);
      const el2 = await fixture<PwTestFeed>(html`<pw-test-feed></pw-test-feed>`);
      const failed2 = oneEvent(el2, 'pw-feed-error');
      el2.src = gone.href;
      expect((await failed2).detail.error.kind).to.equal('network');
    } finally {
      console.warn = warn;
    }
  });

  for (const [what, body, kind] of [
    ['an empty body', '', 'empty'],
    ['JSON null', 'null', 'not-object'],
    ['an array', '[]', 'not-object'],
    ['items of the wrong type', '{"version":"1.1","items":"none"}', 'no-items'],
    ['RSS XML', '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', 'not-json'],
  ] as const) {
    it(`shows the error state for ${what}`, async () => {
      const url = await serveFeed(uniqueId(), body, 'application/json');
      const el = await fixture<PwTestFeed>(html`<pw-test-feed></pw-test-feed>`);
      const ev = oneEvent(el, 'pw-feed-error');
      el.src = url;
      expect((await ev).detail.error.kind).to.equal(kind);
      await errorShown(el);
    });
  }

  it('times out a server that never answers', async () => {
    const el = await fixture<PwTestFeed>(html`<pw-test-feed timeout="300"></pw-test-feed>`);
    const ev = oneEvent(el, 'pw-feed-error');
    el.src = `/__feed/hang?${uniqueId()}`;
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    expect((await ev).detail.error.kind).to.equal('timeout');
    await errorShown(el);
  });

  it('warns once per dropped field or coerced value, naming the feed, the item and the field; the item shows', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const url = await serveFeed(
        uniqueId(),
        feedOf([item('ok'), item('bad', { date_published: 'hôm qua' }), item('tags', { tags: 'a,b' as never })]),
      );
      const el = await fixture<PwTestFeed>(html`<pw-test-feed src=${url}></pw-test-feed>`);
      await shown(el);
      expect(titles(el)).to.deep.equal(['Tin ok', 'Tin bad', 'Tin tags']);
      const mine = warnings.filter((w) => w.includes(url));
      expect(mine).to.have.length(2);
      expect(mine[0]).to.contain('items[1].date_published').and.contain('"bad"').and.contain('field ignored');
      expect(mine[1]).to.equal(
        `provincial-widgets: feed ${url}: items[2].tags (id "tags"): "tags" is a string; read as tags split on commas; coerced.`,
      );
    } finally {
      console.warn = warn;
    }
  });

  it('warns once for each date without an offset, the event start included, however many widgets read the feed', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const event = { start: '2017-11-22T07:30:00', end: '2017-11-22T11:00:00+07:00' };
      const url = await serveFeed(
        uniqueId(),
        feedOf([item('tz', { date_published: '2017-11-22T11:16:00', _pw: { event } as never })]),
      );
      const wrap = await fixture(
        html`<div><pw-test-feed src=${url}></pw-test-feed><pw-test-feed src=${url}></pw-test-feed></div>`,
      );
      for (const el of wrap.querySelectorAll('pw-test-feed')) await shown(el);
      const offset = 'has no time zone offset (read as Vietnam time, +07:00); coerced.';
      expect(warnings.filter((w) => w.includes(url))).to.deep.equal([
        `provincial-widgets: feed ${url}: items[0].date_published (id "tz"): "date_published" ("2017-11-22T11:16:00") ${offset}`,
        `provincial-widgets: feed ${url}: items[0]._pw.event.start (id "tz"): "_pw.event.start" ("2017-11-22T07:30:00") ${offset}`,
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it('retries after the server recovers', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, feedOf([item('back', { title: 'Đã trở lại' })]));
    await setFeedState(id, 'down');
    const el = await fixture<PwTestFeed>(html`<pw-test-feed src=${url}></pw-test-feed>`);
    await errorShown(el);
    await setFeedState(id, 'up');
    const load = oneEvent(el, 'pw-feed-load');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    expect((await load).detail.fromCache).to.equal(false);
    await shown(el);
    expect(titles(el)).to.deep.equal(['Đã trở lại']);
  });

  it('ignores a src that is not http(s), with a warning', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<PwTestFeed>(html`<pw-test-feed src="javascript:alert(1)//feed.json"></pw-test-feed>`);
      await errorShown(el);
      expect(warnings.join()).to.contain('not an http(s) URL');
    } finally {
      console.warn = warn;
    }
  });

  it('never lets an error reach the host page', async () => {
    const errors: unknown[] = [];
    const onError = (e: Event) => errors.push(e);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const wrap = await fixture(html`<div>
        <pw-test-feed src="/__feed/status/500?x=${uniqueId()}"></pw-test-feed>
        <pw-test-feed src="/__feed/html?x=${uniqueId()}"></pw-test-feed>
        <pw-test-feed timeout="100" src="/__feed/hang?x=${uniqueId()}"></pw-test-feed>
      </div>`);
      for (const el of wrap.querySelectorAll('pw-test-feed')) await errorShown(el);
      const gone = document.createElement('pw-test-feed');
      gone.src = `/__feed/hang?x=${uniqueId()}`;
      document.body.append(gone);
      await sleep(50);
      gone.remove();
      await sleep(100);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});

/** A feed widget appended to the page, recording for each `pw-feed-load` whether it came from the cache. */
function mountRecordingLoads(url: string, maxAge: number) {
  const el = document.createElement('pw-test-feed');
  el.maxAge = maxAge;
  const loads: boolean[] = [];
  el.addEventListener('pw-feed-load', (e) => loads.push(e.detail.fromCache));
  el.src = url;
  document.body.append(el);
  return { el, loads };
}

describe('feed loader: persistent cache', () => {
  before(learnCacheLayout);
  beforeEach(resetShared);
  after(clearFeedCache);

  it('renders a repeat visit from the cache at once, then refreshes in the background', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, feedOf([item('v1', { title: 'Bản cũ' })]));
    await shown(await fixture(html`<pw-test-feed src=${url}></pw-test-feed>`));
    newPage();
    await serveFeed(id, feedOf([item('v2', { title: 'Bản mới' })]), undefined, 300);
    const { el, loads } = mountRecordingLoads(url, 0);
    await el.updateComplete;
    await shown(el);
    expect(titles(el)).to.deep.equal(['Bản cũ']);
    await until(() => titles(el)[0] === 'Bản mới', 5000, 'background refresh');
    expect(loads).to.deep.equal([true, false]);
    expect(await requestCount(id)).to.equal(1); // counts reset when the feed was republished
    el.remove();
  });

  it('keeps the content, with a stale note, when the server goes down after a good load', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, feedOf([item('a', { title: 'Giữ nguyên' })]));
    await shown(await fixture(html`<pw-test-feed src=${url}></pw-test-feed>`));
    newPage();
    await setFeedState(id, 'down');
    const el = await fixture<PwTestFeed>(html`<pw-test-feed max-age="0" src=${url}></pw-test-feed>`);
    await shown(el);
    await until(() => el.shadowRoot!.querySelector('[part=stale]'), 5000, 'stale note');
    expect(titles(el)).to.deep.equal(['Giữ nguyên']);
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    await setFeedState(id, 'up');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=stale] button')!.click();
    await until(() => !el.shadowRoot!.querySelector('[part=stale]'), 5000, 'stale note cleared');
  });

  it('renders offline from the cache', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, feedOf([item('a', { title: 'Ngoại tuyến' })]));
    await shown(await fixture(html`<pw-test-feed src=${url}></pw-test-feed>`));
    newPage();
    const realFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const el = await fixture<PwTestFeed>(html`<pw-test-feed max-age="0" src=${url}></pw-test-feed>`);
      await shown(el);
      expect(titles(el)).to.deep.equal(['Ngoại tuyến']);
      await until(() => el.shadowRoot!.querySelector('[part=stale]'), 5000, 'stale note');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('writes the persistent copy after the widgets have the content: when idle, or at once when the page is left', async () => {
    const key = cacheKey;
    for (const leave of [false, true]) {
      const url = await serveFeed(uniqueId(), feedOf([item('a', { title: 'Lưu sau' })]));
      const el = document.createElement('pw-test-feed');
      let storedAtLoad: string | null = 'not fired';
      el.addEventListener('pw-feed-load', () => (storedAtLoad = localStorage.getItem(key(url))), { once: true });
      el.src = url;
      document.body.append(el);
      try {
        await shown(el);
        expect(storedAtLoad, 'written before the widgets were told').to.equal(null);
        if (leave) {
          leavePage();
          expect(localStorage.getItem(key(url)), 'written on pagehide').to.contain('Lưu sau');
        } else {
          await until(() => localStorage.getItem(key(url)), 5000, 'written when idle');
        }
        expect(cachedCopy(url)!.body).to.contain('Lưu sau');
      } finally {
        el.remove();
      }
    }
  });

  const DAY = 86_400_000;
  // A copy saved with the device clock wrong (a year ahead), or a damaged entry, must not count as fresh forever.
  const badTimestamps: [string, () => unknown][] = [
    ['in the future (saved with the clock a year ahead)', () => Date.now() + 365 * DAY],
    ['a minute in the future', () => Date.now() + 60_000],
    ['missing', () => undefined],
    ['NaN (which JSON stores as null)', () => NaN],
    ['the string "NaN"', () => 'NaN'],
    ['a numeric string', () => String(Date.now())],
  ];
  for (const [what, savedAt] of badTimestamps) {
    it(`refreshes a cached copy whose timestamp is ${what}: shows it at once, then the new feed`, async () => {
      const id = uniqueId();
      const url = await serveFeed(id, feedOf([item('v2', { title: 'Bản mới' })]), undefined, 300);
      seedCache(url, JSON.stringify(feedOf([item('v1', { title: 'Bản cũ' })])), savedAt());
      const { el, loads } = mountRecordingLoads(url, 60);
      try {
        await shown(el);
        expect(titles(el), 'the cached copy renders at once').to.deep.equal(['Bản cũ']);
        await until(() => titles(el)[0] === 'Bản mới', 5000, 'background refresh');
        expect(loads).to.deep.equal([true, false]);
        expect(await requestCount(id)).to.equal(1);
        leavePage();
        const saved = cachedCopy(url)!;
        expect(saved.body).to.contain('Bản mới');
        expect(saved.t)
          .to.be.a('number')
          .within(Date.now() - 60_000, Date.now());
      } finally {
        el.remove();
      }
    });
  }

  it('refreshes the copy saved on a visit when the device clock was a year ahead, once the clock is right', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, feedOf([item('v1', { title: 'Bản cũ' })]));
    const realNow = Date.now;
    Date.now = () => realNow() + 365 * DAY;
    try {
      await shown(await fixture(html`<pw-test-feed src=${url}></pw-test-feed>`));
      newPage();
    } finally {
      Date.now = realNow;
    }
    expect(cachedCopy(url)!.t).to.be.above(Date.now() + 300 * DAY);
    await serveFeed(id, feedOf([item('v2', { title: 'Bản mới' })]), undefined, 300);
    for (let visit = 0; visit < 2; visit++) {
      const el = await fixture<PwTestFeed>(html`<pw-test-feed max-age="60" src=${url}></pw-test-feed>`);
      await until(() => titles(el)[0] === 'Bản mới', 5000, `the new feed on visit ${visit + 1}`);
      newPage();
    }
    expect(await requestCount(id), 'refreshed once, then fresh').to.equal(1);
  });

  it('does not refetch a cached copy saved within max-age', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, feedOf([item('v2', { title: 'Bản mới' })]));
    seedCache(url, JSON.stringify(feedOf([item('v1', { title: 'Bản cũ' })])), Date.now() - 10_000);
    const el = await fixture<PwTestFeed>(html`<pw-test-feed max-age="60" src=${url}></pw-test-feed>`);
    await shown(el);
    await sleep(500);
    expect(titles(el)).to.deep.equal(['Bản cũ']);
    expect(await requestCount(id)).to.equal(0);
  });

  describe('total size', () => {
    const CAP = 1_500_000;
    const hostKeys = { 'host-cms:draft': 'Bản nháp của trang chủ '.repeat(2000), 'pw-feedback': 'not ours' };
    /** A feed of about `chars` characters. */
    const bigFeed = (id: string, chars: number) =>
      JSON.stringify(feedOf([item(id, { title: `Tin ${id}`, summary: 'x'.repeat(chars) })]));
    const flush = leavePage;

    beforeEach(() => Object.entries(hostKeys).forEach(([k, v]) => localStorage.setItem(k, v)));
    afterEach(() => Object.keys(hostKeys).forEach((k) => localStorage.removeItem(k)));

    it("stays under 1.5M characters, evicting the least recently used copy (a read counts as a use), never the host's keys", async () => {
      const ids = ['a', 'b', 'c', 'd'].map((n) => uniqueId(`big-${n}`));
      const urls: string[] = [];
      for (const id of ids) urls.push(await serveFeed(id, bigFeed(id, 450_000)));
      const [a, b, c, d] = urls;
      for (const url of [a, b, c]) {
        await loadFeed(url!);
        flush();
      }
      expect(
        [a, b, c].every((u) => cachedCopy(u!)),
        'three copies fit',
      ).to.equal(true);
      newPage();
      const read = await loadFeed(a!, { maxAge: 3600 }); // a is now more recent than b and c
      expect(read.fromCache).to.equal(true);
      flush();
      await loadFeed(d!);
      flush();
      expect(cacheChars()).to.be.at.most(CAP);
      expect(cachedCopy(b!), 'the least recently used copy is evicted').to.equal(null);
      expect(cachedCopy(a!)?.body, 'the copy read from the cache is kept').to.contain(`Tin ${ids[0]}`);
      expect(cachedCopy(c!)?.body).to.contain(`Tin ${ids[2]}`);
      expect(cachedCopy(d!)?.body, 'the copy just written is kept').to.contain(`Tin ${ids[3]}`);
      expect(await requestCount(ids[0]!), 'the read made no request').to.equal(1);
      for (const [k, v] of Object.entries(hostKeys)) expect(localStorage.getItem(k), k).to.equal(v);
    });

    it("counts copies it has no record of (an older version's) as least recently used", async () => {
      const old = new URL(`/__feed/inline/${uniqueId('old')}`, location.href).href;
      seedCache(old, bigFeed('old', 700_000), Date.now());
      const urls: string[] = [];
      for (const n of ['e', 'f']) urls.push(await serveFeed(uniqueId(n), bigFeed(n, 500_000)));
      for (const url of urls) {
        await loadFeed(url);
        flush();
      }
      expect(cacheChars()).to.be.at.most(CAP);
      expect(cachedCopy(old)).to.equal(null);
      expect(urls.every((u) => cachedCopy(u))).to.equal(true);
      for (const [k, v] of Object.entries(hostKeys)) expect(localStorage.getItem(k), k).to.equal(v);
    });

    it('five feeds just under the per-copy cap take at most 1.5M together', async () => {
      const urls: string[] = [];
      for (let i = 0; i < 5; i++) urls.push(await serveFeed(uniqueId(`max-${i}`), bigFeed(`max-${i}`, 990_000)));
      for (const url of urls) {
        await loadFeed(url);
        flush();
      }
      expect(cacheChars()).to.be.at.most(CAP);
      expect(cachedCopy(urls[4]!), 'the last one written is kept').not.to.equal(null);
      expect(
        cacheKeys().filter((k) => urls.some((u) => k === cacheKey(u))),
        'one copy fits beside the index',
      ).to.have.length(1);
      for (const [k, v] of Object.entries(hostKeys)) expect(localStorage.getItem(k), k).to.equal(v);
    });
  });

  it('survives a full storage quota', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const url = await serveFeed(uniqueId(), feedOf([item('a')]));
      const el = await fixture<PwTestFeed>(html`<pw-test-feed src=${url}></pw-test-feed>`);
      await shown(el);
      expect(titles(el)).to.deep.equal(['Tin a']);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
