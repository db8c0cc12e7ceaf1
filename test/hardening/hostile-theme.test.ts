/**
 * Issue 16 §3: a host theme must not bend the widgets. All five elements are
 * measured on a phone-width page (390 px) and in a 300 px sidebar, without and
 * then with test/fixtures/hostile/theme.css (`* { box-sizing: content-box }`,
 * `html { font-size: 13px !important }`, `button { all: unset }`, a
 * WordPress-like global stylesheet…): every shadow box keeps its place and
 * size, and nothing sticks out of the column.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { feedOf, item, resetShared, serveFeed, sleep, uniqueId, until } from '../helpers/feeds.js';
import { part } from '../helpers/parts.js';

const sr = (el: Element) => el.shadowRoot!;
const TAGS = ['pw-news-list', 'pw-article-card', 'pw-training-calendar', 'pw-language-switcher', 'pw-share-bar'];

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Every rendered shadow box of `host`, relative to the host, rounded to 0.1 px. */
function boxes(host: Element): Map<string, number[]> {
  const origin = host.getBoundingClientRect();
  const out = new Map<string, number[]>([['host', [origin.width, origin.height]]]);
  const seen = new Map<string, number>();
  for (const el of sr(host).querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.visually-hidden, style, template, dialog:not([open])') || !el.getClientRects().length) continue;
    const base = `${el.localName}.${[...el.classList].join('.')}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const r = el.getBoundingClientRect();
    out.set(
      `${base}#${n}`,
      [r.x - origin.x, r.y - origin.y, r.width, r.height].map((v) => Math.round(v * 10) / 10),
    );
  }
  return out;
}

/** The boxes that moved or changed size by more than 1 px (or appeared, or went). */
function differences(before: Map<string, number[]>, after: Map<string, number[]>): string[] {
  const out: string[] = [];
  for (const [key, a] of before) {
    const b = after.get(key);
    if (!b) out.push(`${key} gone`);
    else if (a.some((v, i) => Math.abs(v - b[i]!) > 1)) out.push(`${key} [${a.join(', ')}] → [${b.join(', ')}]`);
  }
  for (const key of after.keys()) if (!before.has(key)) out.push(`${key} new`);
  return out;
}

/** Shadow boxes whose right edge is past the column's (scrolling boxes clip their own content). */
function overflowing(host: Element, right: number): string[] {
  const out: string[] = [];
  for (const el of sr(host).querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.visually-hidden, style, dialog:not([open])') || !el.getClientRects().length) continue;
    let clip = el.parentElement;
    while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
    if (clip && clip !== el) continue;
    const r = el.getBoundingClientRect();
    if (r.right > right + 0.5)
      out.push(
        `${host.localName} ${el.localName}.${[...el.classList].join('.')} ends at ${r.right.toFixed(1)} > ${right}`,
      );
  }
  return out;
}

async function mountAll(width: number) {
  const news = await (await fetch('/test/fixtures/news-list.vi.json')).json();
  for (const i of news.items) if (i.image) i.image = new URL(`/test/fixtures/${i.image}`, location.href).href;
  const newsUrl = await serveFeed(uniqueId('news'), news);
  const articleUrl = await serveFeed(
    uniqueId('article'),
    feedOf([
      item('bai', {
        title: 'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước năm 2017',
        summary: 'Sáng 22/11, Ban Chỉ đạo Quy chế dân chủ tỉnh Long An tổ chức tập huấn.',
        content_html:
          '<p>Tại đây, cán bộ được giới thiệu một số vấn đề cơ bản về dân chủ ở cơ sở.</p>' +
          `<figure><img src="${new URL('/test/fixtures/images/news-1.svg', location.href).href}" alt="Lớp tập huấn" width="800" height="450"><figcaption>Lớp tập huấn</figcaption></figure>` +
          '<table><tr><th>Ngày</th><th>Nội dung</th></tr><tr><td>22/11</td><td>Quy chế dân chủ</td></tr></table>',
        tags: ['Dân vận', 'Tập huấn'],
      }),
    ]),
  );
  const events = await (await fetch('/test/fixtures/training-events.json')).json();
  const calendarUrl = await serveFeed(uniqueId('cal'), events);
  const stage = await fixture<HTMLElement>(html`<aside class="sidebar" style="width:${width}px">
    <pw-news-list src=${newsUrl} page-size="3"></pw-news-list>
    <pw-article-card src=${articleUrl} item-id="bai" variant="full"></pw-article-card>
    <pw-training-calendar src=${calendarUrl} month="2017-11" view="month"></pw-training-calendar>
    <pw-language-switcher></pw-language-switcher>
    <pw-share-bar url="https://www.longan.gov.vn/a" share-title="Tập huấn"></pw-share-bar>
  </aside>`);
  const [list, article, calendar] = TAGS.map((t) => stage.querySelector(t)!);
  await until(() => sr(list!).querySelector('[part~=title]'), 5000, 'news titles');
  await until(() => sr(article!).querySelector('[part~="body"] p'), 5000, 'article body');
  await until(() => sr(calendar!).querySelector('[part~="grid"] [part~="event"]'), 5000, 'calendar events');
  await document.fonts.ready;
  await frames();
  return stage;
}

for (const width of [390, 300]) {
  describe(`hostile host theme, ${width} px column`, function () {
    this.timeout(30000);
    let theme: HTMLStyleElement | undefined;
    beforeEach(resetShared);
    afterEach(() => theme?.remove());

    it('keeps every widget box in place and nothing sticks out of the column', async () => {
      const stage = await mountAll(width);
      const hosts = TAGS.map((t) => stage.querySelector(t)!);
      const before = hosts.map(boxes);
      const right = stage.getBoundingClientRect().right;
      expect(
        hosts.flatMap((h) => overflowing(h, right)),
        'boxes past the column without the theme',
      ).to.deep.equal([]);
      expect(stage.scrollWidth, 'no horizontal overflow without the theme').to.be.at.most(width);

      theme = document.createElement('style');
      theme.textContent = await (await fetch('/test/fixtures/hostile/theme.css')).text();
      document.head.append(theme);
      await sleep(50);
      await frames();

      const diffs = hosts.flatMap((h, i) => differences(before[i]!, boxes(h)).map((d) => `${h.localName}: ${d}`));
      expect(diffs, 'boxes that the theme moved').to.deep.equal([]);
      expect(
        hosts.flatMap((h) => overflowing(h, right)),
        'boxes past the column',
      ).to.deep.equal([]);
      expect(stage.scrollWidth, 'no horizontal overflow with the theme').to.be.at.most(stage.clientWidth);
    });

    it('gives form controls and buttons the widget font, not the root size', async () => {
      const stage = await mountAll(width);
      theme = document.createElement('style');
      theme.textContent = await (await fetch('/test/fixtures/hostile/theme.css')).text();
      document.head.append(theme);
      await frames();
      const calendar = stage.querySelector('pw-training-calendar')!;
      const controls = [...sr(calendar).querySelectorAll<HTMLElement>('input, select, button')];
      expect(controls.length).to.be.greaterThan(5);
      const family = getComputedStyle(calendar).fontFamily;
      for (const c of controls) expect(getComputedStyle(c).fontFamily, c.outerHTML.slice(0, 60)).to.equal(family);
      for (const c of sr(calendar).querySelectorAll<HTMLElement>('[part~="filters"] input, [part~="filters"] select')) {
        expect(getComputedStyle(c).fontSize, 'filter text follows the widget size').to.equal('16px');
      }
      for (const b of sr(calendar).querySelectorAll<HTMLElement>('[part~="nav-button"], [part~="view-button"]')) {
        expect(b.getBoundingClientRect().height, 'toolbar buttons stay 44 px tall').to.be.closeTo(44, 0.5);
      }
    });
  });
}

describe('line heights (README, Theming)', function () {
  this.timeout(30000);
  beforeEach(resetShared);

  it('gives body text and headings the line heights the README states, with and without a hostile theme', async () => {
    // "…a line-height of at least 1.5 (…); headings and titles use 1.35 to 1.4 …"
    const readme = await (await fetch('/README.md')).text();
    const claim = /line-height of at least ([\d.]+)[^;]*; headings and titles use ([\d.]+) to ([\d.]+)/.exec(
      readme.replace(/\s+/g, ' '),
    );
    expect(claim, 'the README states both figures').to.not.be.null;
    const [body, low, high] = claim!.slice(1).map(Number);
    const stage = await mountAll(390);
    const check = () => {
      const bad: string[] = [];
      for (const host of TAGS.map((t) => stage.querySelector(t)!)) {
        for (const el of sr(host).querySelectorAll<HTMLElement>('*')) {
          const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
          if (!text || el.closest('.visually-hidden, style, dialog:not([open])') || !el.getClientRects().length)
            continue;
          const cs = getComputedStyle(el);
          const ratio = Math.round((parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)) * 100) / 100;
          const heading = el.closest('h1, h2, h3, h4, h5, h6');
          const ok = heading ? ratio >= low! && ratio <= high! : ratio >= body!;
          if (!ok)
            bad.push(
              `${host.localName} ${heading ? `${heading.localName} ` : ''}${el.localName}.${[...el.classList].join('.')}: ${cs.lineHeight} / ${cs.fontSize}`,
            );
        }
      }
      return bad;
    };
    expect(check()).to.deep.equal([]);
    const calendar = stage.querySelector<HTMLElement & { view: string }>('pw-training-calendar')!;
    for (const view of ['week', 'list']) {
      calendar.view = view;
      await until(() => sr(calendar).querySelector(`.${view}`), 5000, `${view} view`);
      expect(check(), `${view} view`).to.deep.equal([]);
    }
    part<HTMLElement>(calendar, 'event')!.click();
    await until(() => sr(calendar).querySelector('dialog[open]'), 5000, 'details');
    expect(check(), 'details dialog').to.deep.equal([]);
    const theme = document.createElement('style');
    theme.textContent = await (await fetch('/test/fixtures/hostile/theme.css')).text();
    document.head.append(theme);
    try {
      await frames();
      expect(check()).to.deep.equal([]);
    } finally {
      theme.remove();
    }
  });
});
