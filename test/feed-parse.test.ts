import { expect } from '@open-wc/testing';
import { parseFeedJson, parseFeedText } from '../src/feed/parse.js';
import { isFeedError, type FeedErrorKind } from '../src/feed/errors.js';
import { feedOf, item } from './helpers/feeds.js';

const URL_ = 'https://www.longan.gov.vn/feeds/news.vi.json';

function fatal(text: string): FeedErrorKind {
  try {
    parseFeedText(text, URL_);
  } catch (e) {
    if (isFeedError(e)) return e.kind;
    throw e;
  }
  throw new Error('expected a FeedError');
}

describe('feed parser: fatal problems', () => {
  it('rejects bodies that are not a feed, with a typed error', () => {
    expect(fatal('')).to.equal('empty');
    expect(fatal('   \n')).to.equal('empty');
    expect(fatal('<!DOCTYPE html><html><body>Đăng nhập</body></html>')).to.equal('html');
    expect(fatal('<?xml version="1.0"?><rss version="2.0"></rss>')).to.equal('not-json');
    expect(fatal('{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"a"')).to.equal('not-json');
    expect(fatal('null')).to.equal('not-object');
    expect(fatal('[1,2]')).to.equal('not-object');
    expect(fatal('{"version":"x"}')).to.equal('no-items');
    expect(fatal('{"items":{"0":{}}}')).to.equal('no-items');
  });

  it('names the feed URL in the error message', () => {
    try {
      parseFeedText('nope', URL_);
    } catch (e) {
      expect((e as Error).message).to.contain(URL_);
    }
  });

  it('accepts a UTF-8 BOM', () => {
    const { feed } = parseFeedText(`\uFEFF${JSON.stringify(feedOf([item('a')]))}`, URL_);
    expect(feed.items.map((i) => i.id)).to.deep.equal(['a']);
  });
});

describe('feed parser: items', () => {
  it('maps the JSON Feed 1.1 fields and the _pw extension', () => {
    const { feed, problems } = parseFeedJson(
      feedOf(
        [
          item('seed', {
            url: '/tin-tuc/seed.html',
            external_url: 'https://baolongan.vn/x',
            summary: 'Sáng 22/11 …',
            content_html: '<p>Thân bài</p>',
            image: 'images/a.jpg',
            banner_image: '../b.jpg',
            date_modified: '2017-11-23T08:00:00+07:00',
            authors: [{ name: 'Phong Nhã', url: 'mailto:toasoan@longan.gov.vn' }],
            tags: ['Dân vận', 42 as unknown as string, ''],
            language: 'vi',
            _pw: {
              image_alt: 'Cán bộ dự lớp tập huấn',
              translations: { en: { url: '/en/news/seed', title: 'Democracy training' } },
            },
          }),
        ],
        { next_url: 'news.vi.2.json', home_page_url: 'https://www.longan.gov.vn/' },
      ),
      URL_,
    );
    expect(problems).to.deep.equal([]);
    const [i] = feed.items;
    expect(i!.url).to.equal('https://www.longan.gov.vn/tin-tuc/seed.html');
    expect(i!.image).to.equal('https://www.longan.gov.vn/feeds/images/a.jpg');
    expect(i!.bannerImage).to.equal('https://www.longan.gov.vn/b.jpg');
    expect(i!.externalUrl).to.equal('https://baolongan.vn/x');
    expect(i!.datePublished!.toISOString()).to.equal('2017-11-22T04:16:00.000Z');
    expect(i!.dateModified!.toISOString()).to.equal('2017-11-23T01:00:00.000Z');
    expect(i!.authors).to.deep.equal([{ name: 'Phong Nhã', url: 'mailto:toasoan@longan.gov.vn' }]);
    expect(i!.tags).to.deep.equal(['Dân vận']);
    expect(i!.imageAlt).to.equal('Cán bộ dự lớp tập huấn');
    expect(i!.translations.en).to.deep.equal({
      url: 'https://www.longan.gov.vn/en/news/seed',
      title: 'Democracy training',
    });
    expect(feed.nextUrl).to.equal('https://www.longan.gov.vn/feeds/news.vi.2.json');
  });

  it('accepts JSON Feed 1.0 with a singular author', () => {
    const { feed } = parseFeedJson(
      {
        version: 'https://jsonfeed.org/version/1',
        items: [{ id: 'x', content_text: 'a', author: { name: 'Phong Nhã' } }],
      },
      URL_,
    );
    expect(feed.items[0]!.authors).to.deep.equal([{ name: 'Phong Nhã', url: undefined }]);
  });

  it('normalizes text to NFC', () => {
    const nfd = 'Tập huấn'.normalize('NFD');
    const { feed } = parseFeedJson(feedOf([item('a', { title: nfd, summary: nfd, tags: [nfd] })]), URL_);
    expect(feed.items[0]!.title).to.equal('Tập huấn'.normalize('NFC'));
    expect(feed.items[0]!.title.length).to.equal(8);
    expect(feed.items[0]!.tags[0]).to.equal('Tập huấn');
  });

  it('drops the field, not the item, each with a JSON path, and keeps duplicate ids apart', () => {
    const { feed, problems } = parseFeedJson(
      feedOf([
        item('good-1'),
        { title: 'no id' } as never,
        { title: 'no id, a link', url: 'https://www.longan.gov.vn/a' } as never,
        item('bad-date', { date_published: '22/11/2017' }),
        item('bad-title', { title: { vi: 'x' } as unknown as string, content_text: 'Nội dung' }),
        'not an object' as never,
        item('bad-event', { _pw: { event: { start: '2017-11-22T11:00:00+07:00', end: '2017-11-22T07:30:00+07:00' } } }),
        item('good-1'),
      ]),
      URL_,
    );
    expect(feed.items.map((i) => i.id)).to.deep.equal([
      'good-1',
      '#1',
      'https://www.longan.gov.vn/a',
      'bad-date',
      'bad-title',
      'bad-event',
      'good-1#7',
    ]);
    expect(feed.items[3]!.datePublished).to.equal(undefined);
    expect(feed.items[4]!.title).to.equal('');
    expect(feed.items[5]!.event).to.equal(undefined);
    expect(problems.map((p) => [p.path, p.effect])).to.deep.equal([
      ['items[1].id', 'field'],
      ['items[2].id', 'field'],
      ['items[3].date_published', 'field'],
      ['items[4].title', 'field'],
      ['items[5]', 'item'],
      ['items[6]._pw.event.end', 'field'],
      ['items[7].id', 'field'],
    ]);
    expect(problems[1]!.itemId).to.equal('https://www.longan.gov.vn/a');
    expect(problems[6]!.message).to.equal('duplicate id "good-1"; read as "good-1#7"');
  });

  it('drops an item only when it has no title, no text and no link', () => {
    const { feed, problems } = parseFeedJson(
      feedOf([
        { id: 'empty', title: '  ', content_html: '<p> <img src="a.jpg"> </p><!-- x -->', tags: ['a'] },
        { id: 'html', content_html: '<p>Chào &amp; <b>hẹn</b> gặp lại</p>' },
        { id: 'text', content_text: 'Chỉ có nội dung' },
        { id: 'summary', summary: 'Tóm tắt' },
        { id: 'link', external_url: 'https://example.gov.vn/x' },
      ] as never),
      URL_,
    );
    expect(feed.items.map((i) => i.id)).to.deep.equal(['html', 'text', 'summary', 'link']);
    expect(problems).to.deep.equal([
      {
        path: 'items[0]',
        message: 'nothing readable is left: no title, no text and no link',
        effect: 'item',
        itemId: 'empty',
      },
    ]);
  });

  it('drops URLs outside the policy but keeps the item', () => {
    const { feed, problems } = parseFeedJson(
      feedOf([
        item('x', {
          url: ' JaVaScRiPt:alert(1)',
          image: 'data:image/svg+xml,<svg onload=alert(1)>',
          external_url: 'java\tscript:alert(1)',
        }),
        item('y', { url: 'https://www.longan.gov.vn@evil.example/tin', image: 'https://u:p@cdn.vn/a.jpg' }),
      ]),
      URL_,
    );
    expect(feed.items).to.have.length(2);
    expect(feed.items[0]!.url).to.equal(undefined);
    expect(feed.items[0]!.image).to.equal(undefined);
    expect(feed.items[0]!.externalUrl).to.equal(undefined);
    expect(feed.items[1]!.url).to.equal(undefined);
    expect(feed.items[1]!.image).to.equal(undefined);
    expect(problems.map((p) => [p.path, p.message])).to.deep.equal([
      ['items[0].url', '"url" is not an allowed http(s) or mailto URL'],
      ['items[0].external_url', '"external_url" is not an allowed http(s) or mailto URL'],
      ['items[0].image', '"image" is not an allowed http(s) URL'],
      ['items[1].url', '"url" is not an allowed http(s) or mailto URL'],
      ['items[1].image', '"image" is not an allowed http(s) URL'],
    ]);
    expect(problems.every((p) => p.effect === 'field')).to.equal(true);
  });

  it('drops an id longer than 500 characters, not its item: read by its URL, else its position (issue 22)', () => {
    const long = 'x'.repeat(900_000);
    const { feed, problems } = parseFeedJson(
      feedOf([
        item(long, { url: 'https://www.longan.gov.vn/tin/1' }),
        item(long, { url: `https://www.longan.gov.vn/tin/${long}` }),
        item('y'.repeat(500), { url: 'https://www.longan.gov.vn/tin/3' }),
      ]),
      URL_,
    );
    expect(feed.items.map((i) => i.id)).to.deep.equal(['https://www.longan.gov.vn/tin/1', '#1', 'y'.repeat(500)]);
    expect(problems.map((p) => [p.path, p.effect, p.itemId, p.message])).to.deep.equal([
      [
        'items[0].id',
        'field',
        'https://www.longan.gov.vn/tin/1',
        '"id" is longer than 500 characters; read as the item\'s URL ("https://www.longan.gov.vn/tin/1")',
      ],
      ['items[1].id', 'field', undefined, '"id" is longer than 500 characters; read as its position ("#1")'],
    ]);
  });

  it('caps huge text fields', () => {
    const { feed } = parseFeedJson(feedOf([item('x', { title: 'Tập '.repeat(40_000) })]), URL_);
    expect(feed.items[0]!.title.length).to.be.lessThan(2100);
  });

  it('reads dates without an offset as Vietnam time', () => {
    const { feed } = parseFeedJson(feedOf([item('x', { date_published: '2017-11-22T11:16:00' })]), URL_);
    expect(feed.items[0]!.datePublished!.toISOString()).to.equal('2017-11-22T04:16:00.000Z');
  });
});

describe('feed parser: coercions, each noted with the item and field', () => {
  const one = (raw: Record<string, unknown>, extra = {}) =>
    parseFeedJson(feedOf([{ title: 'T', ...raw } as never], extra), URL_);
  const notes = (r: ReturnType<typeof one>) => r.problems.map((p) => [p.path, p.effect, p.itemId, p.message]);

  it('reads a numeric id as a string', () => {
    const r = one({ id: 42 });
    expect(r.feed.items[0]!.id).to.equal('42');
    expect(notes(r)).to.deep.equal([['items[0].id', 'coerced', '42', '"id" is a number; read as "42"']]);
  });

  it('splits string tags on commas', () => {
    const r = one({ id: 'a', tags: 'workflow,omnifocus, Dân vận ,' });
    expect(r.feed.items[0]!.tags).to.deep.equal(['workflow', 'omnifocus', 'Dân vận']);
    expect(notes(r)).to.deep.equal([
      ['items[0].tags', 'coerced', 'a', '"tags" is a string; read as tags split on commas'],
    ]);
    expect(one({ id: 'a', tags: '' }).feed.items[0]!.tags).to.deep.equal([]);
  });

  it('reads one author object given as "authors", and 1.0\'s "author" without a note', () => {
    const r = one({ id: 'a', authors: { name: 'Phong Nhã' } });
    expect(r.feed.items[0]!.authors).to.deep.equal([{ name: 'Phong Nhã', url: undefined }]);
    expect(notes(r)).to.deep.equal([
      ['items[0].authors', 'coerced', 'a', '"authors" is an object; read as a list of one'],
    ]);
    const old = one({ id: 'a', author: { name: 'Phong Nhã' } });
    expect(old.feed.items[0]!.authors).to.have.length(1);
    expect(old.problems).to.deep.equal([]);
  });

  it('reads a date without seconds, or without an offset, saying what it assumed', () => {
    const r = one({ id: 'a', date_published: '2017-11-22T11:16+07:00', date_modified: '2017-11-22T11:16' });
    expect(r.feed.items[0]!.datePublished!.toISOString()).to.equal('2017-11-22T04:16:00.000Z');
    expect(r.feed.items[0]!.dateModified!.toISOString()).to.equal('2017-11-22T04:16:00.000Z');
    expect(notes(r)).to.deep.equal([
      [
        'items[0].date_published',
        'coerced',
        'a',
        '"date_published" ("2017-11-22T11:16+07:00") has no seconds (read as :00)',
      ],
      [
        'items[0].date_modified',
        'coerced',
        'a',
        '"date_modified" ("2017-11-22T11:16") has no seconds (read as :00) and no time zone offset (read as Vietnam time, +07:00)',
      ],
    ]);
  });

  it('reads a leap second (:60) without a note', () => {
    const r = one({ id: 'a', date_published: '2016-12-31T23:59:60Z' });
    expect(r.feed.items[0]!.datePublished!.toISOString()).to.equal('2016-12-31T23:59:59.999Z');
    expect(r.problems).to.deep.equal([]);
  });
});

describe('feed parser: prototype names from the feed', () => {
  /** Raw JSON text, so `__proto__` is an own key, as a feed served over the network gives it. */
  const parseRaw = (json: string) => parseFeedText(json, URL_);
  const withTranslations = (translations: string) =>
    parseRaw(
      `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"a","title":"A","_pw":{"translations":${translations}}}]}`,
    );

  it('keeps _pw.translations.__proto__ as an entry instead of replacing the prototype', () => {
    const { feed } = withTranslations(
      '{"__proto__":{"url":"https://evil.example/x","title":"Evil"},"en":{"url":"/en/a"}}',
    );
    const t = feed.items[0]!.translations;
    const proto = Object.getPrototypeOf(t);
    expect(
      proto === null || proto === Object.prototype,
      'prototype of item.translations is null or Object.prototype',
    ).to.equal(true);
    expect('url' in t, 'item.translations.url inherited').to.equal(false);
    expect(Object.keys(t).sort()).to.deep.equal(['__proto__', 'en']);
    expect(JSON.stringify(Object.getOwnPropertyDescriptor(t, '__proto__')?.value)).to.equal(
      '{"url":"https://evil.example/x","title":"Evil"}',
    );
  });

  it('treats constructor, toString and hasOwnProperty in _pw.translations as plain language codes', () => {
    const { feed } = withTranslations(
      '{"constructor":{"url":"/c"},"toString":{"url":"/t"},"hasOwnProperty":{"url":"/h"}}',
    );
    const t = feed.items[0]!.translations;
    expect(Object.keys(t).sort()).to.deep.equal(['constructor', 'hasOwnProperty', 'toString']);
    expect(Object.entries(t).find(([k]) => k === 'toString')?.[1].url).to.equal('https://www.longan.gov.vn/t');
    expect(Object.entries(t).every(([, v]) => typeof v === 'object')).to.equal(true);
  });

  it('gives an item without translations no inherited entries', () => {
    const { feed } = parseFeedJson(feedOf([item('a')]), URL_);
    const t = feed.items[0]!.translations;
    expect(Object.keys(t)).to.deep.equal([]);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(Object.hasOwn(t, name), name).to.equal(false);
      expect(typeof (t as Record<string, unknown>)[name], name).to.equal('undefined');
    }
  });
});

describe('feed parser: events', () => {
  const ev = (event: object) => parseFeedJson(feedOf([item('e', { _pw: { event } as never })]), URL_);

  it('parses a timed event with its details', () => {
    const { feed } = ev({
      start: '2017-11-22T07:30:00+07:00',
      end: '2017-11-22T11:00:00+07:00',
      location: { name: 'Hội trường UBND tỉnh', address: '61 Nguyễn Huệ, Tân An' },
      online_url: 'https://meet.longan.gov.vn/abc',
      organizer: { name: 'Ban Chỉ đạo Quy chế dân chủ tỉnh', url: 'https://www.longan.gov.vn/' },
      audience: 'Trưởng Ban Chỉ đạo',
      registration: { url: 'https://dangky.longan.gov.vn/', deadline: '2017-11-20T17:00:00+07:00', capacity: 120 },
    });
    const e = feed.items[0]!.event!;
    expect(e.allDay).to.equal(false);
    expect(e.status).to.equal('scheduled');
    expect(e.start.toISOString()).to.equal('2017-11-22T00:30:00.000Z');
    expect(e.end.toISOString()).to.equal('2017-11-22T04:00:00.000Z');
    expect(e.location).to.deep.equal({ name: 'Hội trường UBND tỉnh', address: '61 Nguyễn Huệ, Tân An' });
    expect(e.registration!.capacity).to.equal(120);
    expect(e.registration!.deadline!.toISOString()).to.equal('2017-11-20T10:00:00.000Z');
  });

  it('reads all-day ends inclusively and a string location as the name', () => {
    const e = ev({ start: '2017-11-09', end: '2017-11-10', location: 'Trường Chính trị Long An' }).feed.items[0]!
      .event!;
    expect(e.allDay).to.equal(true);
    expect([e.startDay, e.endDay]).to.deep.equal(['2017-11-09', '2017-11-10']);
    expect(e.end.toISOString()).to.equal('2017-11-10T17:00:00.000Z'); // 11/11 00:00 +07:00, exclusive
    expect(e.location).to.deep.equal({ name: 'Trường Chính trị Long An' });
  });

  it('drops events with a bad status, a bad start or an end before the start', () => {
    expect(ev({ start: '2017-11-22T07:30:00+07:00', status: 'done' }).problems[0]!.path).to.equal(
      'items[0]._pw.event.status',
    );
    expect(ev({ start: 'sáng 22/11' }).problems[0]!.path).to.equal('items[0]._pw.event.start');
    expect(ev({ start: '2017-11-10', end: '2017-11-09' }).problems[0]!.path).to.equal('items[0]._pw.event.end');
    expect(ev({ start: '2017-11-10', status: 'cancelled' }).feed.items[0]!.event!.status).to.equal('cancelled');
  });

  it('drops events whose dates fall outside the years 1–9999, naming the item and field, and keeps the item', () => {
    const dropped = (event: object) => {
      const { feed, problems } = ev(event);
      expect(feed.items, JSON.stringify(event)).to.have.length(1);
      expect(feed.items[0]!.event, JSON.stringify(event)).to.equal(undefined);
      expect(problems, JSON.stringify(event)).to.have.length(1);
      const [p] = problems;
      expect(p!.itemId).to.equal('e');
      expect(p!.effect).to.equal('field');
      expect(p!.message).to.contain('1–9999');
      return p!.path;
    };
    // All-day: the exclusive end (the day after the last) must be a year-9999 day too.
    expect(dropped({ start: '9999-12-01', end: '9999-12-31' })).to.equal('items[0]._pw.event.end');
    expect(dropped({ start: '9999-12-31' })).to.equal('items[0]._pw.event.start');
    expect(dropped({ start: '9999-12-31T08:00:00+07:00', all_day: true })).to.equal('items[0]._pw.event.start');
    expect(dropped({ start: '0000-12-31', end: '0001-01-02' })).to.equal('items[0]._pw.event.start');
    // Timed: in range in UTC and in Vietnam time.
    expect(dropped({ start: '9999-12-31T08:00:00+07:00', end: '9999-12-31T20:00:00-05:00' })).to.equal(
      'items[0]._pw.event.end',
    );
    expect(dropped({ start: '9999-12-31T18:00:00Z' })).to.equal('items[0]._pw.event.start');
    expect(dropped({ start: '0000-06-01T08:00:00+07:00', end: '2017-11-22T08:00:00+07:00' })).to.equal(
      'items[0]._pw.event.start',
    );
    expect(
      dropped({ start: '2017-11-22T08:00:00+07:00', registration: { deadline: '9999-12-31T20:00:00-05:00' } }),
    ).to.equal('items[0]._pw.event.registration.deadline');

    const last = ev({ start: '9999-12-01', end: '9999-12-30' });
    expect(last.problems).to.deep.equal([]);
    expect(last.feed.items[0]!.event!.endDay).to.equal('9999-12-30');
    const late = ev({ start: '9999-12-31T08:00:00+07:00', end: '9999-12-31T23:59:00+07:00' });
    expect(late.problems).to.deep.equal([]);
    const first = ev({ start: '0001-01-01', end: '0001-01-02' });
    expect(first.problems).to.deep.equal([]);
  });

  it('ignores item dates outside the years 1–9999 but keeps the item', () => {
    const { feed, problems } = parseFeedJson(
      feedOf([item('x', { date_published: '9999-12-31T20:00:00-05:00', date_modified: '9999-12-31T18:00:00Z' })]),
      URL_,
    );
    expect(feed.items).to.have.length(1);
    expect(feed.items[0]!.datePublished).to.equal(undefined);
    expect(feed.items[0]!.dateModified).to.equal(undefined);
    expect(problems.map((p) => [p.path, p.effect, p.itemId])).to.deep.equal([
      ['items[0].date_published', 'field', 'x'],
      ['items[0].date_modified', 'field', 'x'],
    ]);
  });
});

describe('feed parser: what a date lacks, noted once per field', () => {
  const notes = (r: ReturnType<typeof parseFeedJson>) => r.problems.map((p) => [p.path, p.effect, p.message]);
  const ev = (event: object, extra = {}) =>
    parseFeedJson(feedOf([item('e', { ...extra, _pw: { event } as never })]), URL_);

  it('notes a bare day as having no time and no offset, and nothing for a full date-time', () => {
    const r = parseFeedJson(
      feedOf([
        item('a', { date_published: '2017-11-22' }),
        item('b', { date_published: '2017-11-22T11:16:05.5Z', date_modified: '2017-11-22 11:16:05-05:30' }),
      ]),
      URL_,
    );
    expect(r.feed.items[0]!.datePublished!.toISOString()).to.equal('2017-11-21T17:00:00.000Z');
    expect(notes(r)).to.deep.equal([
      [
        'items[0].date_published',
        'coerced',
        '"date_published" ("2017-11-22") has no time (read as 00:00) and no time zone offset (read as Vietnam time, +07:00)',
      ],
    ]);
  });

  it("notes a timed event's start and end, each once, after the item's other notes", () => {
    const r = ev({ start: '2017-11-22T07:30', end: '2017-11-22T11:00:00' }, { date_published: '2017-11-22T11:16' });
    const e = r.feed.items[0]!.event!;
    expect([e.start.toISOString(), e.end.toISOString()]).to.deep.equal([
      '2017-11-22T00:30:00.000Z',
      '2017-11-22T04:00:00.000Z',
    ]);
    expect(notes(r)).to.deep.equal([
      [
        'items[0].date_published',
        'coerced',
        '"date_published" ("2017-11-22T11:16") has no seconds (read as :00) and no time zone offset (read as Vietnam time, +07:00)',
      ],
      [
        'items[0]._pw.event.start',
        'coerced',
        '"_pw.event.start" ("2017-11-22T07:30") has no seconds (read as :00) and no time zone offset (read as Vietnam time, +07:00)',
      ],
      [
        'items[0]._pw.event.end',
        'coerced',
        '"_pw.event.end" ("2017-11-22T11:00:00") has no time zone offset (read as Vietnam time, +07:00)',
      ],
    ]);
  });

  it('notes nothing for the days of an all-day event, and what a date-time given for one lacks', () => {
    expect(ev({ start: '2017-11-09', end: '2017-11-10' }).problems).to.deep.equal([]);
    const r = ev({ start: '2017-11-09T08:00', end: '2017-11-10T17:00:00+07:00', all_day: true });
    expect([r.feed.items[0]!.event!.startDay, r.feed.items[0]!.event!.endDay]).to.deep.equal([
      '2017-11-09',
      '2017-11-10',
    ]);
    expect(notes(r)).to.deep.equal([
      [
        'items[0]._pw.event.start',
        'coerced',
        '"_pw.event.start" ("2017-11-09T08:00") has no seconds (read as :00) and no time zone offset (read as Vietnam time, +07:00)',
      ],
    ]);
  });

  it('reads a bare day as midnight for an event marked all_day: false, without a note', () => {
    const r = ev({ start: '2017-11-22', all_day: false });
    const e = r.feed.items[0]!.event!;
    expect(e.allDay).to.equal(false);
    expect([e.start.toISOString(), e.end.toISOString()]).to.deep.equal([
      '2017-11-21T17:00:00.000Z',
      '2017-11-21T17:00:00.000Z',
    ]);
    expect(r.problems).to.deep.equal([]);
  });

  it('notes nothing about the dates of an event it drops', () => {
    const r = ev({ start: '2017-11-22T07:30', status: 'done' });
    expect(r.feed.items[0]!.event).to.equal(undefined);
    expect(notes(r).map(([path, effect]) => [path, effect])).to.deep.equal([['items[0]._pw.event.status', 'field']]);
  });
});

describe('feed parser: _pw.ics_url, the subscription calendar (issue 14 §4)', () => {
  const parse = (pw: unknown) =>
    parseFeedJson({ version: 'https://jsonfeed.org/version/1.1', items: [], _pw: pw }, URL_);

  it('resolves it against the feed URL', () => {
    expect(parse({ ics_url: 'lich-tap-huan.ics' }).feed.icsUrl).to.equal(
      'https://www.longan.gov.vn/feeds/lich-tap-huan.ics',
    );
    expect(parse(undefined).feed.icsUrl).to.equal(undefined);
  });

  it('drops one that is not an http(s) URL or not a string, naming the field', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/calendar,x', 42]) {
      const r = parse({ ics_url: bad });
      expect(r.feed.icsUrl).to.equal(undefined);
      expect(r.problems.map((p) => [p.path, p.effect])).to.deep.equal([['_pw.ics_url', 'field']]);
    }
    expect(parse('x').problems.map((p) => p.path)).to.deep.equal(['_pw']);
  });

  it('drops one over 2,048 characters or with a user name or password (issue 22)', () => {
    const long = `https://www.longan.gov.vn/lich.ics?${'a'.repeat(2_000_000)}`;
    const ok = `https://www.longan.gov.vn/lich.ics?${'a'.repeat(2048 - 35)}`;
    expect(parse({ ics_url: ok }).feed.icsUrl).to.equal(ok);
    const message = '"_pw.ics_url" is not an http(s) URL of at most 2048 characters without credentials';
    for (const bad of [long, 'https://user:pass@www.longan.gov.vn/lich.ics', '//lich@evil.example/lich.ics']) {
      const r = parse({ ics_url: bad });
      expect(r.feed.icsUrl).to.equal(undefined);
      expect(r.problems).to.deep.equal([{ path: '_pw.ics_url', message, effect: 'field' }]);
    }
  });
});
