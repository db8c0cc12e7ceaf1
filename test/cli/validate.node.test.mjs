/** `provincial-widgets validate`: problems with JSON paths and fix hints, exit status, files and URLs. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fixture, root, runCli } from './helpers.mjs';

/** Splits the plain report into findings: { severity, path, message, fix }. */
function findings(stdout) {
  const out = [];
  const re = /^(FATAL|ERROR|WARNING) +(\S+): (.*)\n +Fix: (.*)$/gm;
  for (const m of stdout.matchAll(re)) out.push({ severity: m[1], path: m[2], message: m[3], fix: m[4] });
  return out;
}

describe('validate: files', () => {
  it('passes the demo feed (exit 0) and reports its counts, with relative URLs as one warning', async () => {
    const r = await runCli(['validate', 'demo/feeds/portal.vi.json']);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^Checking demo\/feeds\/portal\.vi\.json \(JSON Feed 1\.1, 24 items, 11 events\)/);
    const f = findings(r.stdout);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'WARNING');
    assert.match(f[0].message, /^63 relative URLs: items\[0\]\.url = "\.\.\/\?item=/);
    assert.match(r.stdout, /0 errors, 1 warning; 24 of 24 items will show\.$/m);
  });

  it('accepts --base, the address the feed will be published at, to resolve relative URLs', async () => {
    const r = await runCli([
      'validate',
      'demo/feeds/portal.en.json',
      '--base',
      'https://www.longan.gov.vn/feeds/portal.en.json',
    ]);
    assert.equal(r.status, 0);
    // --base resolves the URLs; relative ones are still worth knowing about.
    assert.equal(findings(r.stdout).filter((f) => !/relative URL/.test(f.message)).length, 0);
  });

  it('lists each problem of a broken CMS export with its JSON path and a fix, and exits 1', async () => {
    const r = await runCli(['validate', fixture('cms-export-problems.json')]);
    assert.equal(r.status, 1);
    const f = findings(r.stdout);
    const at = (path) => f.find((x) => x.path === path) ?? assert.fail(`no finding at ${path}:\n${r.stdout}`);

    assert.equal(at('items[0]').severity, 'ERROR');
    assert.match(at('items[0]').message, /the item has neither "content_html" nor "content_text"/);
    assert.equal(at('items[1].id').severity, 'ERROR');
    assert.match(
      at('items[1].id').message,
      /no usable "id"; read as the item's URL \("https:\/\/snv\.longan\.gov\.vn\/tin\/khong-co-id"\)$/,
    );
    assert.match(at('items[1].id').fix, /unique, stable "id"/);

    assert.match(at('items[2].date_published').message, /not an RFC 3339 date — this field is ignored/);
    assert.match(at('items[2].date_published').fix, /"2017-11-22T11:16:00\+07:00" \(not "22\/11\/2017 - 11:16"\)/);

    assert.equal(at('items[3].id').severity, 'ERROR');
    assert.match(
      at('items[3].id').message,
      /duplicate id "tuyen-dung-2017-dot-2" \(also items\[0\]\) — read as "tuyen-dung-2017-dot-2#3"/,
    );
    assert.equal(at('items[4]._pw.event.end').severity, 'ERROR');
    assert.match(
      at('items[4]._pw.event.end').message,
      /before its start — the event is ignored \(the item shows as news\)/,
    );
    assert.match(at('items[4]._pw.event.end').fix, /last day, inclusive/);
    assert.match(at('items[5]._pw.event.status').fix, /scheduled, cancelled, postponed, rescheduled/);

    assert.equal(at('items[6].url').severity, 'ERROR');
    assert.match(at('items[6].url').message, /not an allowed http\(s\) or mailto URL — this field is ignored/);
    // Read anyway, so a warning; the fix is the schema's own description.
    assert.equal(at('items[6].date_published').severity, 'WARNING');
    assert.match(
      at('items[6].date_published').message,
      /has no time zone offset \(read as Vietnam time, \+07:00\) — the widgets read it anyway/,
    );
    assert.match(
      at('items[6].date_published').fix,
      /RFC 3339 date-time with seconds and an offset, for example `2017-11-22T11:16:00\+07:00`/,
    );

    // Accessibility and relative URLs.
    assert.match(at('items[0]._pw.image_alt').message, /the image has no text alternative/);
    assert.match(at('items[0]._pw.image_alt').fix, /screen-reader/);
    assert.match(at('items[6].image').message, /1 relative URL: items\[6\]\.image = "images\/anh-tuong-doi\.jpg"/);

    assert.match(r.stdout, /13 errors, 3 warnings; 7 of 7 items will show\.$/m);
  });

  it('groups many images without alt text into one warning', async () => {
    const items = Array.from({ length: 8 }, (_, i) => ({
      id: `tin-${i}`,
      title: `Tin ${i}`,
      content_text: 'x',
      image: `https://www.longan.gov.vn/i/${i}.jpg`,
    }));
    const r = await runCli(['validate', '-'], {
      input: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items }),
    });
    assert.equal(r.status, 0);
    const f = findings(r.stdout);
    assert.equal(f.length, 1);
    assert.equal(f[0].path, 'items[0]._pw.image_alt');
    assert.equal(f[0].message, '8 images have no text alternative: items[0], items[1], items[2], and 5 more');
  });

  it('speaks Vietnamese with --lang vi (or PW_LANG=vi), paths and exit status unchanged', async () => {
    const r = await runCli(['validate', fixture('cms-export-problems.json'), '--lang', 'vi']);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^Kiểm tra .*cms-export-problems\.json \(JSON Feed 1\.1, 7 mục, 0 sự kiện\)/);
    assert.match(
      r.stdout,
      /LỖI +items\[1\]\.id: thiếu "id" hợp lệ; dùng địa chỉ của mục \("https:\/\/snv\.longan\.gov\.vn\/tin\/khong-co-id"\)\n +Cách sửa: Đặt cho mỗi mục một "id" duy nhất/,
    );
    assert.match(
      r.stdout,
      /CẢNH BÁO items\[6\]\.date_published: "date_published" \("2017-11-17T09:00:00"\) không có múi giờ \(đọc theo giờ Việt Nam, \+07:00\) — các tiện ích vẫn đọc được/,
    );
    assert.match(r.stdout, /LỖI +items\[2\]\.date_published: "date_published" không phải ngày giờ RFC 3339/);
    assert.match(r.stdout, /CẢNH BÁO items\[0\]\._pw\.image_alt: ảnh không có văn bản thay thế/);
    assert.match(r.stdout, /13 lỗi, 3 cảnh báo; 7\/7 mục sẽ hiển thị\.$/m);
    const env = await runCli(['validate', 'nowhere.json'], { env: { PW_LANG: 'vi_VN.UTF-8' } });
    assert.match(env.stderr, /không có tệp: nowhere\.json\n +Cách sửa: Kiểm tra đường dẫn/);
  });

  it('names an over-long id, an over-long ics_url and drops a URL with credentials, in Vietnamese too (issue 22)', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      _pw: { ics_url: `https://www.longan.gov.vn/lich.ics?${'a'.repeat(3000)}` },
      items: [
        { id: 'x'.repeat(600), url: 'https://www.longan.gov.vn/tin/1', title: 'Một' },
        { id: 'b', url: 'https://user:pass@www.longan.gov.vn/tin/2', title: 'Hai' },
      ],
    };
    const en = await runCli(['validate', '-'], { input: JSON.stringify(feed) });
    assert.match(
      en.stdout,
      /items\[0\]\.id: "id" is longer than 500 characters; read as the item's URL \("https:\/\/www\.longan\.gov\.vn\/tin\/1"\)/,
    );
    assert.match(en.stdout, /_pw\.ics_url: "_pw\.ics_url" is not an http\(s\) URL of at most 2048 characters/);
    assert.match(en.stdout, /items\[1\]\.url: "url" is not an allowed http\(s\) or mailto URL/);
    const vi = await runCli(['validate', '-', '--lang', 'vi'], { input: JSON.stringify(feed) });
    assert.match(vi.stdout, /items\[0\]\.id: "id" dài quá 500 ký tự; dùng địa chỉ của mục \("https:/);
    assert.match(vi.stdout, /_pw\.ics_url: "_pw\.ics_url" không phải địa chỉ http\(s\) dài tối đa 2048 ký tự/);
    assert.match(vi.stdout, /items\[1\]\.url: "url" không phải địa chỉ http\(s\) hợp lệ/);
  });

  it('gives a machine-readable report with --json', async () => {
    const r = await runCli(['validate', fixture('cms-export-problems.json'), '--json']);
    assert.equal(r.status, 1);
    const report = JSON.parse(r.stdout);
    assert.equal(report.items, 7);
    assert.equal(report.shown, 7);
    assert.ok(
      report.findings.some((f) => f.severity === 'error' && f.rule === 'schema' && f.path === 'items[1].id' && f.hint),
    );
    assert.ok(
      report.findings.some(
        (f) => f.severity === 'warning' && f.rule === 'coerced' && f.path === 'items[6].date_published',
      ),
    );
    assert.ok(report.findings.some((f) => f.severity === 'error' && f.rule === 'semantic' && f.path === 'items[3].id'));
  });

  it('fails on warnings only with --strict', async () => {
    const plain = await runCli(['validate', 'demo/feeds/portal.vi.json', '--strict']);
    assert.equal(plain.status, 1);
  });

  const fatal = [
    [
      'a file cut short',
      'truncated.json',
      /FATAL +\$: this is not valid JSON at the end of the file \(it is cut short\)/,
    ],
    [
      'an HTML error page',
      'error-page.html',
      /FATAL +\$: this is an HTML page, not a JSON feed\n +Fix: .*URL of the \.json file/,
    ],
    [
      'an RSS feed',
      'longan-rss2.xml',
      /FATAL +\$: this is an RSS or Atom \(XML\) feed, not a JSON feed\n +Fix: Convert it: `npx provincial-widgets from-rss/,
    ],
  ];
  for (const [what, name, message] of fatal) {
    it(`is fatal for ${what} (exit 1)`, async () => {
      const r = await runCli(['validate', fixture(name)]);
      assert.equal(r.status, 1);
      assert.match(r.stdout, message);
      assert.match(r.stdout, /The widgets cannot use this feed\./);
    });
  }

  it('points at the line and column of a JSON syntax error', async () => {
    const r = await runCli(['validate', '-'], {
      input: '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [ { "id": "a" } ]\n  "title": "x"\n}\n',
    });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /this is not valid JSON at line 4, column 3/);
  });

  it('reports a missing version, an item that is not an object, and no "items" array', async () => {
    const r = await runCli(['validate', '-'], { input: JSON.stringify({ items: ['oops', { id: 'a', title: 'A' }] }) });
    assert.equal(r.status, 1);
    const f = findings(r.stdout);
    assert.ok(f.some((x) => x.path === 'version' && /"version" is missing/.test(x.message)));
    assert.ok(
      f.some(
        (x) =>
          x.path === 'items[0]' &&
          x.severity === 'ERROR' &&
          /the item is not an object — this item will not be shown/.test(x.message),
      ),
    );
    const none = await runCli(['validate', '-'], { input: '{"version":"https://jsonfeed.org/version/1.1"}' });
    assert.equal(none.status, 1);
    assert.match(none.stdout, /FATAL +\$: the feed has no "items" array\n +Fix: Add "items": \[/);
  });

  it('explains a missing file', async () => {
    const r = await runCli(['validate', 'nowhere/feed.json']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no such file: nowhere\/feed\.json\n +Fix: Check the path, or give an http\(s\) URL\./);
  });
});

describe('validate: strict where the widgets are liberal', () => {
  const ok = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Sở Nội vụ',
    home_page_url: 'https://snv.longan.gov.vn/',
    items: [],
  };
  const okItem = { id: 'a', title: 'Tin', content_text: 'Nội dung', date_published: '2017-11-22T11:16:00+07:00' };
  const check = async (feed) => {
    const r = await runCli(['validate', '-', '--json'], { input: JSON.stringify(feed) });
    return { status: r.status, findings: JSON.parse(r.stdout).findings, shown: JSON.parse(r.stdout).shown };
  };

  it('passes a valid feed with no finding, leap seconds included', async () => {
    const r = await check({ ...ok, items: [{ ...okItem, date_modified: '2016-12-31T23:59:60Z' }] });
    assert.deepEqual([r.status, r.findings], [0, []]);
  });

  it('accepts the feed-level subscription calendar _pw.ics_url, and rejects one that is not http(s) (issue 14 §4)', async () => {
    const good = await check({
      ...ok,
      _pw: { ics_url: 'https://snv.longan.gov.vn/lich-tap-huan.ics' },
      items: [okItem],
    });
    assert.deepEqual([good.status, good.findings], [0, []]);
    const bad = await check({ ...ok, _pw: { ics_url: 'javascript:alert(1)' }, items: [okItem] });
    assert.equal(bad.status, 1);
    assert.deepEqual(
      bad.findings.map((f) => [f.severity, f.path]),
      [['error', '_pw.ics_url']],
    );
    assert.match(bad.findings[0].message, /"_pw\.ics_url" is not an http\(s\) URL/);
  });

  const violations = {
    'a missing feed title': [{ ...ok, title: undefined, items: [okItem] }, 'title', /"title" is missing/],
    'a missing version': [{ ...ok, version: undefined, items: [okItem] }, 'version', /"version" is missing/],
    'a wrong version': [
      { ...ok, version: 'https://jsonfeed.org/version/2', items: [okItem] },
      'version',
      /not one of "https:\/\/jsonfeed\.org\/version\/1\.1", "https:\/\/jsonfeed\.org\/version\/1"/,
    ],
    'an item with neither content_html nor content_text': [
      { ...ok, items: [{ id: 'a', title: 'Tin' }] },
      'items[0]',
      /neither "content_html" nor "content_text"/,
    ],
    'next_url equal to feed_url': [
      {
        ...ok,
        feed_url: 'https://snv.longan.gov.vn/f.json',
        next_url: 'https://snv.longan.gov.vn/f.json',
        items: [okItem],
      },
      'next_url',
      /"next_url" is the same as "feed_url"/,
    ],
    'a relative home_page_url': [
      { ...ok, home_page_url: '/', items: [okItem] },
      'home_page_url',
      /does not have the required form/,
    ],
    'a feed_url that is not a URL': [
      { ...ok, feed_url: 'feed.json', items: [okItem] },
      'feed_url',
      /does not have the required form/,
    ],
    'duplicate ids': [{ ...ok, items: [okItem, okItem] }, 'items[1].id', /duplicate id "a" \(also items\[0\]\)/],
  };
  for (const [what, [feed, path, message]] of Object.entries(violations)) {
    it(`reports ${what} as an error and exits 1`, async () => {
      const r = await check(feed);
      assert.equal(r.status, 1, JSON.stringify(r.findings));
      assert.deepEqual(
        r.findings.map((f) => [f.severity, f.path]),
        [['error', path]],
      );
      assert.match(r.findings[0].message, message);
    });
  }

  const coercions = {
    'a numeric id': [{ id: 42 }, 'items[0].id', /"id" is a number; read as "42"/],
    'string tags': [
      { tags: 'workflow,omnifocus' },
      'items[0].tags',
      /"tags" is a string; read as tags split on commas/,
    ],
    'one author object as "authors"': [
      { authors: { name: 'Phong Nhã' } },
      'items[0].authors',
      /"authors" is an object; read as a list of one/,
    ],
    'a date without seconds': [
      { date_published: '2017-11-22T11:16+07:00' },
      'items[0].date_published',
      /has no seconds \(read as :00\)/,
    ],
  };
  for (const [what, [change, path, message]] of Object.entries(coercions)) {
    it(`reports ${what} as a warning, exits 0 and shows the item`, async () => {
      const r = await check({ ...ok, items: [{ ...okItem, ...change }] });
      assert.equal(r.status, 0, JSON.stringify(r.findings));
      assert.deepEqual(
        r.findings.map((f) => [f.severity, f.rule, f.path]),
        [['warning', 'coerced', path]],
      );
      assert.match(r.findings[0].message, message);
      assert.equal(r.shown, 1);
    });
  }

  it('reports null members as warnings (read as absent) and exits 0', async () => {
    const r = await check({ ...ok, next_url: null, items: [{ ...okItem, external_url: null, image: null }] });
    assert.equal(r.status, 0, JSON.stringify(r.findings));
    assert.deepEqual(
      r.findings.map((f) => [f.severity, f.rule, f.path, f.message]),
      [
        ['warning', 'coerced', 'next_url', '"next_url" is null; read as absent'],
        ['warning', 'coerced', 'items[0].external_url', '"external_url" is null; read as absent'],
        ['warning', 'coerced', 'items[0].image', '"image" is null; read as absent'],
      ],
    );
  });

  it('reports the JSON Feed 1.0 http:// version URL as a warning and exits 0', async () => {
    const r = await check({ ...ok, version: 'http://jsonfeed.org/version/1', items: [okItem] });
    assert.equal(r.status, 0);
    assert.deepEqual(
      r.findings.map((f) => [f.severity, f.path]),
      [['warning', 'version']],
    );
    assert.match(r.findings[0].message, /read as "https:\/\/jsonfeed\.org\/version\/1"/);
  });
});

describe('validate: URLs', () => {
  let server;
  let base;
  const sample = readFileSync(`${root}demo/feeds/portal.vi.json`);
  before(async () => {
    server = createServer((req, res) => {
      const routes = {
        '/feeds/portal.vi.json': [200, 'application/feed+json; charset=utf-8', sample],
        '/feeds/as-text.json': [200, 'text/plain', sample],
        '/feeds/login': [200, 'text/html; charset=utf-8', readFileSync(fixture('error-page.html'))],
        '/feeds/as-html.json': [200, 'text/html; charset=utf-8', sample],
        '/feeds/fragment': [200, 'text/html', '<p>Lỗi hệ thống</p>'],
      };
      const route = routes[req.url];
      if (!route) {
        res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>404</h1>');
        return;
      }
      res.writeHead(route[0], { 'Content-Type': route[1] }).end(route[2]);
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  it('checks a published feed, resolving relative URLs against its address', async () => {
    const r = await runCli(['validate', `${base}/feeds/portal.vi.json`]);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /24 of 24 items will show/);
  });

  it('warns when the server does not call it JSON', async () => {
    const r = await runCli(['validate', `${base}/feeds/as-text.json`]);
    assert.equal(r.status, 0);
    assert.match(
      r.stdout,
      /WARNING \$: the server calls it "text\/plain" \(its Content-Type header\), but the body is a JSON feed: the widgets show it, with a console warning\n +Fix: Send the header "Content-Type: application\/feed\+json; charset=utf-8"/,
    );
  });

  it('judges a JSON feed served as text/html by its body: a warning with the header to send, not "an HTML page"', async () => {
    const r = await runCli(['validate', `${base}/feeds/as-html.json`]);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /24 of 24 items will show/);
    assert.match(
      r.stdout,
      /WARNING \$: the server calls it "text\/html; charset=utf-8" \(its Content-Type header\).*\n +Fix: Send the header "Content-Type: application\/feed\+json; charset=utf-8"/,
    );
    assert.doesNotMatch(r.stdout, /FATAL|HTML page|login/);
    const vi = await runCli(['validate', `${base}/feeds/as-html.json`, '--lang', 'vi']);
    assert.match(vi.stdout, /máy chủ gửi tệp với kiểu "text\/html; charset=utf-8" \(tiêu đề Content-Type\)/);
  });

  it('is fatal for a 404 and for an HTML page served with 200', async () => {
    const missing = await runCli(['validate', `${base}/feeds/gone.json`]);
    assert.equal(missing.status, 1);
    assert.match(missing.stdout, /FATAL +\$: the server answered with an error status \(HTTP 404\)/);
    const login = await runCli(['validate', `${base}/feeds/login`]);
    assert.equal(login.status, 1);
    assert.match(login.stdout, /FATAL +\$: this is an HTML page, not a JSON feed/);
    // Only a body that really is HTML, a fragment too, is called a page (login or error page?).
    const fragment = await runCli(['validate', `${base}/feeds/fragment`]);
    assert.equal(fragment.status, 1);
    assert.match(
      fragment.stdout,
      /FATAL +\$: this is an HTML page, not a JSON feed\n +Fix: The address probably shows an error or login page/,
    );
  });

  it('explains an unreachable server', async () => {
    const r = await runCli(['validate', 'http://127.0.0.1:9/feed.json']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /could not reach http:\/\/127\.0\.0\.1:9\/feed\.json\n +Fix: Check the address/);
  });
});
