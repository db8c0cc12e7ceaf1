/** `provincial-widgets from-rss`: RSS 2.0 / Atom → the feed contract, on real-looking and broken inputs. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixture, runCli, tempDir } from './helpers.mjs';

async function convert(name, extra = []) {
  const r = await runCli(['from-rss', fixture(name), ...extra]);
  assert.equal(r.status, 0, r.stderr);
  return { feed: JSON.parse(r.stdout), notes: r.stderr };
}

describe('from-rss: RSS 2.0 from a provincial portal', () => {
  it('keeps titles, links, ids, dates with +07:00, summaries, bodies, authors and categories', async () => {
    const { feed, notes } = await convert('longan-rss2.xml');
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.title, 'Cổng thông tin điện tử tỉnh Long An - Tin tức');
    assert.equal(feed.home_page_url, 'https://www.longan.gov.vn/');
    assert.equal(feed.language, 'vi-VN');
    assert.equal(feed.items.length, 6);
    const [seed, invest] = feed.items;
    assert.equal(seed.id, 'longan-tin-12345');
    assert.equal(seed.url, 'https://www.longan.gov.vn/tin-tuc/tap-huan-quy-che-dan-chu-2017');
    assert.equal(
      seed.title,
      'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017',
    );
    assert.equal(seed.date_published, '2017-11-22T11:16:00+07:00');
    assert.match(seed.summary, /^Sáng 22\/11, Ban Chỉ đạo Quy chế dân chủ tỉnh Long An/);
    assert.doesNotMatch(seed.summary, /<p>/);
    assert.match(seed.content_html, /<figure><img src="https:\/\/www\.longan\.gov\.vn\/images\/bao-cao-vien\.jpg"/);
    assert.deepEqual(seed.authors, [{ name: 'Phong Nhã' }]);
    assert.deepEqual(seed.tags, ['Tin tức', 'Dân vận']);
    assert.match(notes, /Converted RSS 2\.0 "Cổng thông tin điện tử tỉnh Long An - Tin tức": 6 items\./);

    assert.equal(invest.id, 'https://www.longan.gov.vn/tin-tuc/xuc-tien-dau-tu-2017');
    assert.equal(invest.date_published, '2017-11-21T16:40:00+07:00');
    assert.deepEqual(invest.authors, [{ name: 'Minh Thư' }]);
    assert.equal(
      invest.summary,
      'Tại Hội nghị xúc tiến đầu tư năm 2017, UBND tỉnh trao giấy chứng nhận cho 12 dự án & doanh nghiệp.',
    );
    assert.equal(invest.title, 'Long An trao giấy chứng nhận đầu tư cho 12 dự án');
  });

  it('takes images from enclosures, media:content (with its description as alt), media:thumbnail and the body', async () => {
    const { feed, notes } = await convert('longan-rss2.xml');
    const [seed, invest, fruit, bridge] = feed.items;
    assert.equal(seed.image, 'https://www.longan.gov.vn/images/tap-huan-qcdc-2017.jpg');
    assert.equal(invest.image, 'https://www.longan.gov.vn/images/xuc-tien.jpg');
    assert.deepEqual(invest._pw, { image_alt: 'Lãnh đạo tỉnh trao giấy chứng nhận đầu tư' });
    assert.equal(fruit.image, 'https://www.longan.gov.vn/images/thanh-long-thumb.jpg');
    assert.equal(bridge.image, '/images/cau-830.jpg');
    assert.match(notes, /items: 2 relative links kept as written: pass --base/);
    assert.deepEqual(bridge._pw, { image_alt: 'Cầu mới bắc qua sông Vàm Cỏ Đông' });
    assert.match(notes, /items\[0\]\._pw\.image_alt: the image has no description/);
  });

  it('reads RFC 822 dates in other zones and without seconds, and the portal’s own format as Vietnam time', async () => {
    const { feed, notes } = await convert('longan-rss2.xml');
    assert.equal(feed.items[2].date_published, '2017-11-20T09:05:00Z');
    assert.equal(feed.items[3].date_published, '2017-11-18T10:30:00+07:00');
    assert.match(notes, /items\[3\]\.date_published: "18\/11\/2017 - 10:30" has no time zone: read as Vietnam time/);
  });

  it('gives sensible output for missing fields, and says what it guessed', async () => {
    const { feed, notes } = await convert('longan-rss2.xml');
    const [, , , , noLink, noTitle] = feed.items;
    assert.equal(noLink.id.startsWith('item-'), true);
    assert.equal(noLink.url, undefined);
    assert.equal(noLink.date_published, undefined);
    assert.match(notes, /items\[4\]\.date_published: could not read the date "Thứ Sáu, 17\/11\/2017": left out/);
    assert.match(notes, /items\[4\]\.url: no link/);
    assert.equal(
      noTitle.title,
      'Một tin không có tiêu đề: thông báo lịch tiếp công dân tháng 12 của lãnh đạo UBND tỉnh…',
    );
    assert.equal(
      noTitle.summary,
      'Một tin không có tiêu đề: thông báo lịch tiếp công dân tháng 12 của lãnh đạo UBND tỉnh Long An.',
    );
    assert.match(notes, /items\[5\]\.title: no title: used the start of the summary/);
    assert.match(notes, /items\[5\]\.date_published: no date/);
    // Ids are stable: converting again gives the same ids.
    const again = await convert('longan-rss2.xml');
    assert.deepEqual(
      again.feed.items.map((i) => i.id),
      feed.items.map((i) => i.id),
    );
  });

  it('writes a file with -o, sets the language with --language, and the output validates', async () => {
    const out = join(tempDir(), 'portal.vi.json');
    const r = await runCli(['from-rss', fixture('longan-rss2.xml'), '-o', out, '--language', 'vi']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`→ ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(feed.language, 'vi');
    assert.ok(feed.items.every((i) => i.language === 'vi'));
    const v = await runCli(['validate', out]);
    assert.equal(v.status, 0, v.stdout);
    assert.match(v.stdout, /0 errors, \d+ warnings?; 6 of 6 items will show\./);
  });
});

describe('from-rss: relative links', () => {
  it('makes relative links absolute with --base: item links, images, and links and images in the body', async () => {
    const { feed, notes } = await convert('longan-atom.xml', ['--base', 'https://en.longan.gov.vn/feed.atom']);
    assert.match(feed.items[0].content_html, /<img src="https:\/\/en\.longan\.gov\.vn\/images\/speaker\.jpg"/);
    assert.doesNotMatch(notes, /relative link/);
    const rss = await convert('longan-rss2.xml', ['--base', 'https://www.longan.gov.vn/rss/tin-tuc.rss']);
    assert.equal(rss.feed.items[3].image, 'https://www.longan.gov.vn/images/cau-830.jpg');
  });

  it('resolves against the address when converting from a URL', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      res.end(readFileSync(fixture('longan-rss2.xml')));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${server.address().port}/rss/tin-tuc.rss`;
      const r = await runCli(['from-rss', url]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).items[3].image, `http://127.0.0.1:${server.address().port}/images/cau-830.jpg`);
    } finally {
      server.close();
    }
  });

  it('rejects a --base that is not http(s)', async () => {
    const r = await runCli(['from-rss', fixture('longan-rss2.xml'), '--base', 'file:///etc/']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--base must be an http\(s\) URL/);
  });
});

describe('from-rss: Atom', () => {
  it('converts entries: html/xhtml/text content, categories, enclosure and thumbnail images, published and updated', async () => {
    const { feed, notes } = await convert('longan-atom.xml');
    assert.equal(feed.title, 'Long An Provincial Portal — News');
    assert.equal(feed.home_page_url, 'https://en.longan.gov.vn/');
    assert.equal(feed.language, 'en');
    const [a, b, c] = feed.items;
    assert.equal(a.id, 'tag:en.longan.gov.vn,2017:news/12345');
    assert.equal(a.url, 'https://en.longan.gov.vn/news/democracy-training-2017');
    assert.equal(a.date_published, '2017-11-22T11:16:00+07:00');
    assert.equal(a.date_modified, '2017-11-23T08:00:00+07:00');
    assert.equal(a.summary, 'On the morning of 22 November, the Steering Committee held its 2017 training.');
    assert.equal(
      a.content_html,
      '<p>Participants were introduced to <em>basic issues</em> of democracy.</p><figure><img src="/images/speaker.jpg" alt="The speaker"><figcaption>Officials attending the training</figcaption></figure>',
    );
    assert.equal(a.image, 'https://en.longan.gov.vn/images/training.jpg');
    assert.deepEqual(a.authors, [{ name: 'Phong Nha' }]);
    assert.deepEqual(a.tags, ['News', 'mass-mobilization']);
    assert.equal(b.url, 'https://en.longan.gov.vn/news/investment-2017');
    assert.equal(b.date_published, '2017-11-21T09:40:00Z');
    assert.equal(b.summary, 'Plain text summary with a <tag> that is text.');
    assert.equal(b.content_html, undefined);
    assert.equal(b.image, 'https://en.longan.gov.vn/images/investment.jpg');
    assert.deepEqual(b.authors, [{ name: 'Long An Portal' }]);
    assert.equal(c.content_text, 'A body in plain text.\n\nSecond paragraph.');
    assert.match(notes, /^Converted Atom "Long An Provincial Portal — News": 3 items\./);
  });
});

describe('from-rss: broken and foreign inputs', () => {
  it('survives a broken CMS export: bad markup, unescaped &, undeclared prefix, HTML entities, impossible date, cut-off end', async () => {
    const { feed, notes } = await convert('broken-cms.xml');
    assert.equal(feed.title, 'Sở Nội vụ tỉnh Long An & các đơn vị');
    assert.equal(feed.items.length, 3);
    const [jobs, schedule, cut] = feed.items;
    assert.equal(jobs.title, 'Thông báo tuyển dụng công chức năm 2017\u00a0(đợt 2) &xxe;'.replace(/\s+/g, ' '));
    assert.doesNotMatch(JSON.stringify(feed), /root:|\/bin\/(ba)?sh/);
    assert.equal(jobs.url, 'https://snv.longan.gov.vn/tin/tuyen-dung?id=5&cat=2');
    assert.equal(jobs.summary, 'Sở Nội vụ thông báo tuyển dụng công chức năm 2017');
    assert.equal(jobs.content_html, '<p>Sở Nội vụ thông báo tuyển dụng<br>công chức <b>năm 2017</b></p>');
    assert.equal(jobs.image, 'https://snv.longan.gov.vn/img/tuyen-dung.png');
    assert.deepEqual(jobs.tags, ['Thông báo']);
    assert.equal(schedule.date_published, undefined);
    assert.match(notes, /items\[1\]\.date_published: could not read the date "Sun, 31 Nov 2017 25:00:00 \+0700"/);
    assert.equal(cut.title, 'Bài viết bị cắt giữa chừng');
    assert.equal(cut.summary, 'Nội dung bị cắt');
  });

  it('decodes a legacy windows-1258 feed to NFC Unicode', async () => {
    const { feed } = await convert('legacy-windows-1258.xml');
    assert.equal(feed.title, 'Tin tức Long An');
    assert.equal(feed.items[0].title, 'Tập huấn quy chế dân chủ năm 2017');
    assert.equal(feed.items[0].title, feed.items[0].title.normalize('NFC'));
  });

  it('reads standard input with "-"', async () => {
    const r = await runCli(['from-rss', '-'], { input: readFileSync(fixture('longan-atom.xml')) });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).items.length, 3);
  });

  const failures = [
    ['an HTML error page', 'error-page.html', /the input is an HTML page, not a feed\n {2}Fix: .*RSS link/],
    ['a JSON feed', 'cms-export-problems.json', /the input is JSON, not RSS or Atom\n {2}Fix: .*validate/],
    ['a missing file', 'no-such-feed.xml', /no such file: .*no-such-feed\.xml\n {2}Fix: Check the path/],
  ];
  for (const [what, name, message] of failures) {
    it(`explains ${what} and exits 1`, async () => {
      const r = await runCli(['from-rss', fixture(name)]);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    });
  }

  it('writes its notes in Vietnamese with --lang=vi; the feed itself is the same', async () => {
    const vi = await runCli(['from-rss', fixture('broken-cms.xml'), '--lang=vi']);
    const en = await runCli(['from-rss', fixture('broken-cms.xml')]);
    assert.equal(vi.status, 0);
    assert.equal(vi.stdout, en.stdout);
    assert.match(vi.stderr, /^Đã chuyển đổi RSS 2\.0 "Sở Nội vụ tỉnh Long An & các đơn vị": 3 mục\./);
    assert.match(
      vi.stderr,
      /ghi chú items\[1\]\.date_published: không đọc được ngày "Sun, 31 Nov 2017 25:00:00 \+0700": bỏ qua/,
    );
  });

  it('rejects bad usage with exit 2 and the help text', async () => {
    const r = await runCli(['from-rss']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /from-rss needs one file or URL[\s\S]*Usage:/);
    const unknown = await runCli(['convert', 'x']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command "convert"/);
  });
});
