/**
 * Issue 26 §5: the console warning for a feed answered with an error status (a 404 above all) is in
 * English and Vietnamese, like the markup warnings, names the URL and says what probably went wrong.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/news-list/define.js';
import { resetShared, until } from './helpers/feeds.js';
import { sr } from './helpers/dom.js';

/** The warnings about the feed at `url` while a news list fails on it (the advice comes from a lazy chunk). */
async function failingList(status: number) {
  const url = new URL(`/__feed/status/${status}`, location.href).href;
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    const el = await fixture(html`<pw-news-list src=${url}></pw-news-list>`);
    await until(() => sr(el).querySelector('[part="error"]'), 5000, 'error state');
    await until(() => warnings.some((w) => w.includes(url)), 5000, 'the warning');
  } finally {
    console.warn = warn;
  }
  return { url, warnings: warnings.filter((w) => w.includes(url)) };
}

describe('the console warning for a feed with an error status', () => {
  beforeEach(resetShared);

  it('404: once, in both languages, naming the URL, the likely causes and the fix', async () => {
    const { url, warnings } = await failingList(404);
    expect(warnings.length, warnings.join('\n')).to.equal(1);
    const [en, vi] = warnings[0]!.split(' / nguồn tin ');
    expect(en).to.match(/^provincial-widgets: feed \S+: the server has no file at this address \(HTTP 404\)\./);
    expect(en).to.contain(url);
    for (const cause of ['typo in src', 'not uploaded or published', '{lang}', 'Fix: open the address'])
      expect(en).to.contain(cause);
    expect(vi).to.match(/^\S+: máy chủ không có tệp ở địa chỉ này \(HTTP 404\)\./);
    expect(vi).to.contain(url);
    for (const cause of ['gõ sai src', 'chưa được tải lên hoặc chưa xuất bản', '{lang}', 'Cách sửa: mở địa chỉ'])
      expect(vi).to.contain(cause);
  });

  it('403 and 500: their own causes, in both languages', async () => {
    const forbidden = (await failingList(403)).warnings.join('\n');
    expect(forbidden).to.contain('refuses to send the feed (HTTP 403)');
    expect(forbidden).to.contain('máy chủ từ chối gửi bản tin (HTTP 403)');
    const failed = (await failingList(500)).warnings.join('\n');
    expect(failed).to.contain('error status (HTTP 500)');
    expect(failed).to.contain('máy chủ trả về mã lỗi (HTTP 500)');
  });
});
