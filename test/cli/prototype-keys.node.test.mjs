/** `from-rss`: names every plain object inherits are ordinary text in a feed, never Object's members. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from './helpers.mjs';

const rss = (title) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:constructor="urn:x-constructor"><channel>
  <title>Tin &amp; sự kiện</title><link>https://www.longan.gov.vn/</link>
  <item>
    <guid>a</guid><link>https://www.longan.gov.vn/tin-tuc/a</link>
    <title>${title}</title>
    <pubDate>Wed, 22 Nov 2017 11:16:00 +0700</pubDate>
  </item>
</channel></rss>`;

describe('from-rss: prototype names in the input', () => {
  it('leaves &constructor;, &toString;, &hasOwnProperty; and &valueOf; as written', async () => {
    const title = 'Tin &constructor; &toString; &hasOwnProperty; &valueOf; &amp; Long An';
    const r = await runCli(['from-rss', '-'], { input: rss(title) });
    assert.equal(r.status, 0, r.stderr);
    const [item] = JSON.parse(r.stdout).items;
    assert.equal(item.title, 'Tin &constructor; &toString; &hasOwnProperty; &valueOf; & Long An');
    assert.doesNotMatch(r.stdout, /native code|function/);
  });
});
