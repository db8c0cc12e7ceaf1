/**
 * from-rss on real-world material: the shapes WordPress, Joomla, Drupal,
 * Blogger, Medium and Vietnamese portal platforms publish, and feedparser's
 * public test corpus (the reference behaviour), with every converted feed
 * checked by `validate`.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCorpus } from './feedparser-checks.mjs';
import { cliBundle, root, runCli, tempDir } from './helpers.mjs';

const realWorld = (name) => join(root, 'test/fixtures/real-world/rss', name);

async function convert(name, extra = []) {
  const r = await runCli(['from-rss', realWorld(name), ...extra]);
  assert.equal(r.status, 0, r.stderr);
  return { feed: JSON.parse(r.stdout), notes: r.stderr };
}

describe('from-rss: feeds as CMSs publish them', () => {
  it('WordPress: numeric entities, CDATA, content:encoded with its image and alt, dc:creator, categories, channel image', async () => {
    const { feed } = await convert('wordpress.xml');
    assert.equal(feed.title, 'Sở Giáo dục và Đào tạo – Tin tức');
    assert.equal(feed.icon, 'https://sgddt.example.gov.vn/wp-content/uploads/2023/05/cropped-logo-32x32.png');
    const [exam, agenda] = feed.items;
    assert.equal(exam.title, 'Kỳ thi tuyển sinh lớp 10 năm học 2024–2025: “Không để thí sinh nào bị bỏ lại”');
    assert.equal(
      exam.summary,
      'Sáng 29/2, Sở GD&ĐT tổ chức hội nghị triển khai kỳ thi tuyển sinh lớp 10 năm học 2024–2025 […]',
    );
    assert.equal(exam.image, 'https://sgddt.example.gov.vn/wp-content/uploads/2024/03/hoi-nghi-1024x683.jpg');
    assert.deepEqual(exam._pw, { image_alt: 'Quang cảnh hội nghị' });
    assert.deepEqual(exam.authors, [{ name: 'Phòng Khảo thí' }]);
    assert.deepEqual(exam.tags, ['Tin tức', 'Tuyển sinh']);
    assert.equal(exam.date_published, '2024-03-01T02:30:00Z');
    // A PDF enclosure is not an image.
    assert.equal(agenda.image, undefined);
  });

  it('Joomla: entities escaped twice, "email (Name)" and "Name <email>" authors, relative image paths made absolute with --base', async () => {
    const { feed } = await convert('joomla.xml', ['--base', 'https://canduoc.example.gov.vn/']);
    const [trees, jobs] = feed.items;
    assert.equal(trees.title, 'Huyện Cần Đước ra quân hưởng ứng "Tết trồng cây" năm 2024');
    assert.equal(trees.summary, 'Sáng 2/3, UBND huyện Cần Đước tổ chức lễ ra quân hưởng ứng “Tết trồng cây”.');
    assert.equal(trees.image, 'https://canduoc.example.gov.vn/images/2024/03/tet-trong-cay.jpg');
    assert.deepEqual(trees._pw, { image_alt: 'Lễ ra quân' });
    assert.deepEqual(trees.authors, [{ name: 'Văn phòng HĐND-UBND' }]);
    assert.deepEqual(jobs.authors, [{ name: 'Văn phòng' }]);
    assert.match(jobs.content_html, /href="https:\/\/canduoc\.example\.gov\.vn\/images\/2024\/03\/thong-bao\.pdf"/);
    assert.equal(feed.language, 'vi-VN');
  });

  it('Drupal: relative item links and body links resolved through xml:base on <rss>', async () => {
    const { feed, notes } = await convert('drupal.xml');
    const [talk] = feed.items;
    assert.equal(talk.url, 'https://sokhcn.example.gov.vn/tin-tuc/hoi-thao-chuyen-doi-so');
    assert.match(talk.content_html, /<a href="https:\/\/sokhcn\.example\.gov\.vn\/chuyen-muc\/chuyen-doi-so">/);
    assert.equal(talk.image, 'https://sokhcn.example.gov.vn/sites/default/files/2024-03/hoi-thao.jpg');
    assert.equal(talk.id, '512 at https://sokhcn.example.gov.vn');
    assert.doesNotMatch(notes, /relative link/);
  });

  it('Blogger (Atom): type="text" titles keep a literal "<3", html content, feed author for entries, media:thumbnail, untitled posts', async () => {
    const { feed } = await convert('blogger.xml');
    const [lotus, note] = feed.items;
    assert.equal(lotus.title, 'Mùa sen ở Tháp Mười <3');
    assert.equal(lotus.url, 'https://dongthapmuoi.blogspot.com/2024/03/mua-sen.html');
    assert.match(lotus.content_html, /^<p>Sen nở rộ khắp &quot;đồng&quot; Tháp Mười\.<\/p>/);
    assert.equal(lotus.image, 'https://blogger.googleusercontent.com/img/b/R29v/s72-c/sen.jpg');
    assert.equal(lotus.date_published, '2024-03-02T20:45:00+07:00');
    assert.equal(lotus.date_modified, '2024-03-02T21:05:11+07:00');
    assert.deepEqual(lotus.authors, [{ name: 'Hai Lúa', url: 'http://www.blogger.com/profile/01234567890123456789' }]);
    assert.equal(note.title, 'Ghi chú nhanh: chợ nổi Cái Bè mở cửa từ 4 giờ sáng.');
    assert.equal(feed.description, 'Ghi chép về miền Tây');
  });

  it('Medium: no description, the body’s first image, CDATA everywhere', async () => {
    const { feed } = await convert('medium.xml');
    const [post] = feed.items;
    assert.equal(post.title, 'Web components cho cổng thông tin tỉnh: bài học sau một năm');
    assert.equal(post.image, 'https://cdn-images-1.medium.com/max/1024/1*Qx7.jpeg');
    assert.deepEqual(post.tags, ['web-components', 'e-government']);
    assert.match(post.content_html, /<strong>web components<\/strong>/);
  });

  it('a Vietnamese portal in windows-1258 (combining tone marks) comes out as NFC Unicode', async () => {
    const { feed } = await convert('portal-vi-1258.xml');
    assert.equal(feed.title, 'Sở Tư pháp tỉnh Đồng Tháp – Tin hoạt động');
    const [law] = feed.items;
    assert.equal(law.title, 'Phổ biến Luật Đất đai năm 2024 đến cán bộ, người dân xã Mỹ Hiệp');
    assert.equal(law.title, law.title.normalize('NFC'));
    assert.equal(
      law.summary,
      'Ngày 8/3, Sở Tư pháp phối hợp UBND xã Mỹ Hiệp tổ chức phổ biến “Luật Đất đai” – 150 người tham dự.',
    );
    assert.deepEqual(law.authors, [{ name: 'Ban biên tập' }]);
  });

  it('a Vietnamese portal written in entities: the 16 named vowel entities, numeric and hex references, a DOCTYPE entity, GMT+7 and dd/MM/yyyy HH:mm:ss dates', async () => {
    const { feed, notes } = await convert('portal-vi-entities.xml');
    assert.equal(feed.title, 'Cổng thông tin điện tử Ủy ban nhân dân tỉnh Long An');
    const [exam, online] = feed.items;
    assert.equal(exam.title, 'Thông báo về việc tổ chức kỳ thi nâng ngạch công chức năm 2024');
    assert.equal(
      exam.summary,
      'Ủy ban nhân dân tỉnh thông báo lịch thi nâng ngạch: Hà Nội, Đà Nẵng, Thừa Thiên Huế và Cà Mau.',
    );
    assert.deepEqual(exam.authors, [{ name: 'Ủy ban nhân dân tỉnh Long An' }]);
    assert.deepEqual(exam.tags, ['Thông báo']);
    assert.equal(exam.url, 'https://www.longan.gov.vn/Pages/ChiTiet.aspx?ItemID=8721&CateID=12');
    assert.equal(exam.date_published, '2024-03-07T15:30:00+07:00');
    assert.equal(online.title, 'Hướng dẫn đăng ký hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia');
    // `&constructor;` is not an entity: it stays as written, never Object's source.
    assert.equal(
      online.summary,
      'Người dân có thể nộp hồ sơ trực tuyến 24/7; kết quả trả về qua bưu điện. &constructor;',
    );
    assert.equal(online.date_published, '2024-03-06T08:05:00+07:00');
    assert.match(notes, /items\[1\]\.date_published: "06\/03\/2024 08:05:00" has no time zone: read as Vietnam time/);
  });

  it('every real-world feed converts to output that validate accepts', async () => {
    const dir = tempDir();
    for (const name of [
      'wordpress.xml',
      'joomla.xml',
      'drupal.xml',
      'blogger.xml',
      'medium.xml',
      'portal-vi-1258.xml',
      'portal-vi-entities.xml',
    ]) {
      const out = join(dir, name.replace('.xml', '.json'));
      const converted = await runCli([
        'from-rss',
        realWorld(name),
        '-o',
        out,
        '--base',
        'https://portal.example.gov.vn/rss',
      ]);
      assert.equal(converted.status, 0, converted.stderr);
      const checked = await runCli(['validate', out, '--json']);
      assert.equal(checked.status, 0, `${name}: ${checked.stdout}`);
    }
  });
});

describe('from-rss: feedparser’s test corpus (tests/wellformed, illformed, entities, encoding; BSD licence in the folder)', () => {
  const known = JSON.parse(readFileSync(realWorld('feedparser-differences.json'), 'utf8'));
  let results;
  const results$ = () => (results ??= runCorpus());

  it('meets feedparser’s expectation wherever JSON Feed has the field, except the documented differences', async (t) => {
    const all = await results$();
    const failing = all.filter((r) => !r.ok).map((r) => `${r.file} :: ${r.check.source}`);
    const expected = known.map((k) => `${k.file} :: ${k.check}`);
    t.diagnostic(
      `feedparser corpus: ${all.length - failing.length}/${all.length} checks pass (${((100 * (all.length - failing.length)) / all.length).toFixed(1)}%)`,
    );
    assert.deepEqual(
      failing.filter((f) => !expected.includes(f)),
      [],
      'new differences from feedparser',
    );
    assert.deepEqual(
      expected.filter((e) => !failing.includes(e)),
      [],
      'documented differences that no longer occur: update feedparser-differences.json',
    );
    assert.ok(known.every((k) => k.reason));
  });

  it('never crashes, and every feed it converts passes validate', async () => {
    const { main } = await import(await cliBundle());
    const dir = tempDir();
    const seen = new Set();
    for (const r of await results$()) {
      // A non-zero exit is allowed only as a one-line error with a hint.
      if (!r.feed) {
        assert.match(r.err, /^provincial-widgets: .+\n {2}Fix: .+\n$/, r.file);
        continue;
      }
      if (seen.has(r.file)) continue;
      seen.add(r.file);
      const file = join(dir, 'feed.json');
      writeFileSync(file, JSON.stringify(r.feed));
      let out = '';
      const status = await main(['validate', file], { out: (s) => (out += s), err: (s) => (out += s), color: false });
      assert.equal(status, 0, `${r.file}: ${out}`);
    }
    assert.ok(seen.size > 550, `${seen.size} feeds converted`);
  });
});
