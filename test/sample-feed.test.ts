/**
 * The demo's sample feeds (demo/feeds/portal.{vi,en}.json) honour the
 * contract: they load through the one loader, parse with zero problems, hold
 * the seed article word for word, and give the calendar the events it needs.
 */
import { expect } from '@open-wc/testing';
import { loadFeed } from '../src/feed/loader.js';
import { parseFeedText } from '../src/feed/parse.js';
import type { Feed, FeedItem } from '../src/feed/types.js';
import { formatDateTime, formatTimeRange } from '../src/shared/dates.js';
import { localeInfo } from '../src/locale/locales.js';
import { resetShared } from './helpers/feeds.js';

const feedUrl = (lang: string) => new URL(`/demo/feeds/portal.${lang}.json`, location.href).href;

async function parse(lang: string) {
  const res = await fetch(feedUrl(lang));
  expect(res.ok, `portal.${lang}.json is served`).to.equal(true);
  return parseFeedText(await res.text(), feedUrl(lang));
}

const news = (feed: Feed) => feed.items.filter((i) => !i.event);
const events = (feed: Feed) => feed.items.filter((i) => i.event);
const byId = (feed: Feed, id: string): FeedItem => {
  const found = feed.items.find((i) => i.id === id);
  expect(found, id).to.exist;
  return found!;
};

describe('sample feeds (demo/feeds)', () => {
  beforeEach(resetShared);

  for (const lang of ['vi', 'en']) {
    it(`portal.${lang}.json parses with no problems and enough content`, async () => {
      const { feed, problems } = await parse(lang);
      expect(problems).to.deep.equal([]);
      expect(feed.version).to.equal('https://jsonfeed.org/version/1.1');
      expect(feed.language).to.equal(lang);
      expect(news(feed).length).to.be.at.least(12);
      expect(events(feed).length).to.be.at.least(8);
      for (const item of news(feed)) {
        expect(item.image, `${item.id} image`).to.match(/\/demo\/feeds\/images\/[\w-]+\.jpg$/);
        expect(item.imageAlt, `${item.id} alt`).to.be.a('string').and.not.empty;
        expect(item.datePublished, `${item.id} date`).to.be.instanceOf(Date);
        expect(item.language).to.equal(lang);
        expect(item.summary).to.be.a('string').and.not.empty;
      }
      for (const item of feed.items) {
        expect(Object.keys(item.translations), `${item.id} translations`).to.deep.equal([lang === 'vi' ? 'en' : 'vi']);
      }
    });

    it(`portal.${lang}.json loads through the shared loader`, async () => {
      const { feed, stale } = await loadFeed(feedUrl(lang));
      expect(stale).to.equal(false);
      expect(feed.items.length).to.equal((await parse(lang)).feed.items.length);
    });
  }

  it('every local image exists and is a modest JPEG', async () => {
    const { feed } = await parse('vi');
    const images = new Set<string>();
    for (const item of feed.items) {
      if (item.image) images.add(item.image);
      for (const m of (item.contentHtml ?? '').matchAll(/src="([^"]+)"/g)) images.add(new URL(m[1]!, feed.url).href);
    }
    expect(images.size).to.be.at.least(14);
    for (const src of images) {
      expect(new URL(src).origin, src).to.equal(location.origin);
      const res = await fetch(src);
      expect(res.ok, src).to.equal(true);
      const bytes = (await res.arrayBuffer()).byteLength;
      expect(bytes, src).to.be.within(1000, 40_000);
    }
  });

  it('holds the seed article word for word', async () => {
    const { feed } = await parse('vi');
    const seed = byId(feed, 'tap-huan-quy-che-dan-chu-2017');
    expect(seed.title).to.equal(
      'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017',
    );
    expect(formatDateTime(seed.datePublished!, localeInfo('vi'))).to.equal('22/11/2017 - 11:16');
    expect(seed.summary).to.match(/^Sáng 22\/11, Ban Chỉ đạo Quy chế dân chủ tỉnh Long An tổ chức tập huấn/);
    expect(seed.authors).to.deep.equal([{ name: 'Phong Nhã', url: undefined }]);
    const doc = new DOMParser().parseFromString(seed.contentHtml!, 'text/html');
    const captions = [...doc.querySelectorAll('figure figcaption')].map((c) => c.textContent);
    expect(captions).to.have.length(2);
    expect(captions[0]).to.match(/^Phó Vụ trưởng Vụ Dân vận .* quan điểm của Đảng về thực hiện dân chủ$/);
    expect(captions[1]).to.equal('Cán bộ dự lớp tập huấn');
    expect(doc.querySelectorAll('figure img')).to.have.length(2);
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent!);
    expect(paragraphs).to.have.length(4);
    expect(paragraphs[0]).to.match(/^Tại đây, cán bộ được giới thiệu/);
    expect(paragraphs[3]).to.match(/góp phần hoàn thành tốt nhiệm vụ chính trị ở từng cơ quan, đơn vị\.\/\.$/);
    expect(seed.translations.en!.url).to.equal(
      new URL('/demo/?item=tap-huan-quy-che-dan-chu-2017&lang=en', location.href).href,
    );
    expect(seed.translations.en!.title).to.match(/^Training on the grassroots democracy regulations/);
  });

  it('the English edition translates the same ids', async () => {
    const [vi, en] = await Promise.all([parse('vi'), parse('en')]);
    expect(en.feed.items.map((i) => i.id)).to.deep.equal(vi.feed.items.map((i) => i.id));
    const seed = byId(en.feed, 'tap-huan-quy-che-dan-chu-2017');
    expect(seed.url).to.match(/lang=en$/);
    expect(seed.translations.vi!.title).to.equal(byId(vi.feed, seed.id).title);
    const captions = [
      ...new DOMParser().parseFromString(seed.contentHtml!, 'text/html').querySelectorAll('figcaption'),
    ];
    expect(captions.map((c) => c.textContent)).to.include('Officials attending the training');
    for (const item of en.feed.items) expect(item.title, item.id).to.not.equal(byId(vi.feed, item.id).title);
  });

  it('gives the calendar every kind of event', async () => {
    const { feed } = await parse('vi');
    const seed = byId(feed, 'lich-tap-huan-quy-che-dan-chu-2017').event!;
    expect(formatTimeRange(seed.start, seed.end, localeInfo('vi'))).to.match(/^07:30\s*[–-]\s*11:00$/);
    expect(formatDateTime(seed.start, localeInfo('vi'))).to.equal('22/11/2017 - 07:30');
    expect(seed.location).to.deep.equal({
      name: 'Hội trường UBND tỉnh Long An',
      address: 'Số 61 Nguyễn Huệ, Phường 1, TP. Tân An, tỉnh Long An',
    });
    expect(seed.organizer!.name).to.equal('Ban Chỉ đạo Quy chế dân chủ tỉnh Long An');
    expect(seed.status).to.equal('scheduled');

    const all = events(feed).map((i) => i.event!);
    const multiDay = all.filter((e) => e.allDay && e.startDay !== e.endDay);
    expect(multiDay.length).to.be.at.least(1);
    expect(multiDay[0]).to.include({ startDay: '2017-11-27', endDay: '2017-12-01' });
    expect(all.some((e) => e.status === 'cancelled')).to.equal(true);
    expect(all.some((e) => e.status === 'postponed')).to.equal(true);
    expect(
      all.filter((e) => e.registration?.url && e.registration.deadline && e.registration.capacity).length,
    ).to.be.at.least(2);
    expect(all.some((e) => e.onlineUrl)).to.equal(true);
    expect(all.every((e) => e.organizer?.name && e.audience)).to.equal(true);
  });
});
