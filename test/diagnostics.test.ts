import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/news-list/define.js';
import '../src/components/article-card/define.js';
import '../src/components/training-calendar/define.js';
import '../src/components/language-switcher/define.js';
import '../src/components/share-bar/define.js';
import { resetShared, sleep, until } from './helpers/feeds.js';
import { fixtureUrl as fx, sr, text } from './helpers/dom.js';
import { nearest } from '../src/base/diagnostics.js';

const LIST = fx('news-list.vi.json');

/** Issue 16 §2: a webmaster's typo or wrong value gets one console warning, in English and Vietnamese. */
describe('console warnings for typos and wrong values', () => {
  let warnings: string[];
  const warn = console.warn;
  beforeEach(() => {
    resetShared();
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  /** The warnings that mention `needle`, once the lazy texts have loaded. */
  async function warningsAbout(needle: string, count = 1): Promise<string[]> {
    await until(
      () => warnings.filter((w) => w.includes(needle)).length >= count,
      3000,
      `warning about ${needle} in ${JSON.stringify(warnings)}`,
    );
    await sleep(50); // a duplicate would arrive by now
    return warnings.filter((w) => w.includes(needle));
  }

  /** English and Vietnamese halves, each naming the element. */
  function expectBilingual(message: string, tag: string, english: RegExp, vietnamese: RegExp): void {
    const [en, vi] = message.split(' / ');
    expect(en).to.include(`<${tag}`).and.match(english);
    expect(vi).to.include(`<${tag}`).and.match(vietnamese);
  }

  it('suggests `src` for `srcc` on a news list, names the missing src, and keeps the fallback', async () => {
    const el = await fixture(html`<pw-news-list srcc=${LIST}><a href="/tin-tuc">Tin tức</a></pw-news-list>`);
    const [typo] = await warningsAbout('"srcc"');
    expectBilingual(
      typo!,
      'pw-news-list',
      /unknown attribute "srcc".*did you mean "src"\?/,
      /"srcc" không tồn tại.*"src"/,
    );
    const [missing] = await warningsAbout('"src"', 2).then((ws) => ws.filter((w) => w.includes('no "src"')));
    expectBilingual(
      missing!,
      'pw-news-list',
      /no "src" attribute.*Fix: add src=/,
      /thiếu thuộc tính "src".*Sửa: thêm src=/,
    );
    const slot = sr(el).querySelector('slot')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Tin tức']);
  });

  it('names a calendar without src', async () => {
    await fixture(html`<pw-training-calendar></pw-training-calendar>`);
    const [message] = await warningsAbout('no "src"');
    expectBilingual(message!, 'pw-training-calendar', /no "src" attribute/, /thiếu thuộc tính "src"/);
  });

  it('warns once about layout="gird", naming the allowed values and the nearest', async () => {
    const el = await fixture<HTMLElement & { layout: string }>(
      html`<pw-news-list id="tin" src=${LIST} layout="gird"></pw-news-list>`,
    );
    el.setAttribute('page-size', '3'); // another update: no second warning
    el.layout = 'gird';
    await until(() => sr(el).querySelector('[part~="item"]'), 5000, 'items');
    const messages = await warningsAbout('layout=');
    expect(messages).to.have.length(1);
    expectBilingual(
      messages[0]!,
      'pw-news-list id="tin"',
      /layout="gird" is not a valid value.*Fix: use one of "list", "grid"\. Did you mean "grid"\?/,
      /layout="gird" không phải giá trị hợp lệ.*Sửa: dùng một trong "list", "grid"/,
    );
  });

  it('checks numbers, naming the attribute as written (the old `limit` too) and the default', async () => {
    await fixture(html`<pw-news-list src=${LIST} limit="abc"></pw-news-list>`);
    const [limit] = await warningsAbout('="abc"');
    expectBilingual(
      limit!,
      'pw-news-list',
      /limit="abc" is not a number.*whole number \(default 6\)/,
      /limit="abc" không phải là số.*mặc định 6/,
    );
    await fixture(html`<pw-training-calendar src=${LIST} max-events="two" heading-level="h3"></pw-training-calendar>`);
    const [maxEvents] = await warningsAbout('max-events="two"');
    expectBilingual(
      maxEvents!,
      'pw-training-calendar',
      /max-events="two" is not a number.*default 2/,
      /không phải là số/,
    );
    await warningsAbout('heading-level="h3"');
  });

  it('checks view, variant, mode and theme values', async () => {
    await fixture(html`<pw-training-calendar src=${LIST} view="mnth"></pw-training-calendar>`);
    expect((await warningsAbout('view="mnth"'))[0]).to.include('Did you mean "month"?');
    await fixture(html`<pw-article-card src=${LIST} variant="fulll" theme="drak"></pw-article-card>`);
    expect((await warningsAbout('variant="fulll"'))[0]).to.include('Did you mean "full"?');
    expect((await warningsAbout('theme="drak"'))[0]).to.include('"light", "dark"');
    await fixture(html`<pw-language-switcher mode="inplace"></pw-language-switcher>`);
    expect((await warningsAbout('mode="inplace"'))[0]).to.include('Did you mean "in-place"?');
    await fixture(html`<pw-share-bar layout="vertica"></pw-share-bar>`);
    expect((await warningsAbout('layout="vertica"'))[0]).to.include('Did you mean "vertical"?');
  });

  it('leaves global HTML attributes and valid values alone', async () => {
    await fixture(html`<div>
      <pw-news-list
        id="a"
        class="c"
        style="color: red"
        lang="vi"
        dir="ltr"
        title="t"
        slot="s"
        part="p"
        tabindex="0"
        role="region"
        aria-label="Tin"
        data-x="1"
        hidden
        inert
        translate="no"
        itemprop="news"
        accesskey="n"
        src=${LIST}
        layout="grid"
        page-size="3"
        theme="dark"
        hide-summaries
      ></pw-news-list>
      <pw-share-bar layout="vertical" icon-only></pw-share-bar>
    </div>`);
    await sleep(300);
    expect(warnings.filter((w) => !w.includes('deprecated'))).to.deep.equal([]);
  });

  it('names an unknown item-id with up to 3 ids that exist, and keeps the fallback link', async () => {
    const el = await fixture(
      html`<pw-article-card src=${LIST} item-id="tin-99"><a href="/tin-tuc/tin-99">Đọc bài</a></pw-article-card>`,
    );
    const [message] = await warningsAbout('item-id="tin-99"');
    expectBilingual(
      message!,
      'pw-article-card',
      new RegExp(`matches no item in the feed ${LIST}.*such as "tin-\\d", "tin-\\d", "tin-\\d"\\.$`),
      /không khớp bài nào.*ví dụ "tin-\d", "tin-\d", "tin-\d"\.$/,
    );
    expect(text(sr(el).querySelector('[part~="empty"]'))).to.equal('Không tìm thấy bài viết.');
    const slot = sr(el).querySelector('slot')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Đọc bài']);
    expect((slot.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
  });

  it('bounds the "did you mean" search: 10,000 ids of 500 characters take milliseconds (issue 22)', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `${i}-`.padEnd(500, 'x'));
    const start = performance.now();
    const found = nearest('7-'.padEnd(500, 'y'), ids, 3);
    // Unbounded: 10,000 × 500 × 500 steps, minutes.
    expect(performance.now() - start).to.be.below(250);
    expect(found).to.have.length(3);
    expect(nearest('tin-2', ['tin-1', 'bai-2', 'tin-2x', 'tin-02'], 2)).to.deep.equal(['tin-1', 'tin-2x']);
  });
});
