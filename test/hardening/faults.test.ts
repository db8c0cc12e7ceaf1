/**
 * Issue 7, faults: every way a feed goes wrong, each with a healthy widget
 * beside the broken one. Expected: the error state with retry, or the valid
 * items only, and never an uncaught error in the host page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PwNewsList } from '../../src/index.js';
import type { RawItem } from '../../src/feed/types.js';
import { feedOf, item, resetShared, serveFeed, setFeedState, uniqueId, until } from '../helpers/feeds.js';
import { newPage } from '../helpers/loader.js';
import { sr } from '../helpers/dom.js';

const titles = (el: Element) => [...sr(el).querySelectorAll('[part~=title]')].map((t) => t.textContent!.trim());
const errorShown = (el: Element) => until(() => sr(el).querySelector('[part~=error]'), 8000, 'error state');
const itemsShown = (el: Element) => until(() => sr(el).querySelector('[part~=item]'), 8000, 'items');

const uncaught: unknown[] = [];
const record = (e: Event) => uncaught.push(e);

/** A healthy neighbour on its own feed. */
async function neighbour() {
  const url = await serveFeed(uniqueId('healthy'), feedOf([item('ok', { title: 'Tin láng giềng' })]));
  return html`<pw-article-card id="healthy" src=${url}></pw-article-card>`;
}

async function page(src: string, attrs: { timeout?: number; pageSize?: number } = {}) {
  const el = await fixture(html`<div>
    <pw-news-list id="broken" src=${src} timeout=${attrs.timeout ?? 10000} page-size=${attrs.pageSize ?? 6}></pw-news-list>
    ${await neighbour()}
  </div>`);
  const healthy = el.querySelector('#healthy')!;
  await itemsShown(healthy);
  expect(titles(healthy)).to.deep.equal(['Tin láng giềng']);
  return { broken: el.querySelector<PwNewsList>('#broken')!, healthy };
}

const route = (path: string) => new URL(`${path}${path.includes('?') ? '&' : '?'}u=${uniqueId()}`, location.href).href;

describe('faults: each broken feed beside a healthy widget', function () {
  this.timeout(30000);
  before(() => {
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
  });
  after(() => {
    window.removeEventListener('error', record);
    window.removeEventListener('unhandledrejection', record);
  });
  beforeEach(() => {
    resetShared();
    uncaught.length = 0;
  });
  afterEach(() => expect(uncaught, 'uncaught errors in the page').to.deep.equal([]));

  const errorCases: [string, () => Promise<string>][] = [
    ['404', async () => route('/__feed/status/404')],
    ['500', async () => route('/__feed/status/500')],
    ['an HTML login page served with 200', async () => route('/__feed/html')],
    ['a connection reset', async () => route('/__feed/reset')],
    ['a truncated body', async () => route('/__feed/truncated')],
    ['an oversized body (stopped at the cap)', async () => route('/__feed/big?bytes=5300000')],
    ['an empty body', () => serveFeed(uniqueId(), '', 'application/json')],
    ['JSON null', () => serveFeed(uniqueId(), 'null', 'application/json')],
    ['a JSON array', () => serveFeed(uniqueId(), '[{"id":"a"}]', 'application/json')],
    [
      'items of the wrong type',
      () => serveFeed(uniqueId(), '{"version":"https://jsonfeed.org/version/1.1","items":{"id":"a"}}'),
    ],
    [
      'RSS XML',
      () =>
        serveFeed(
          uniqueId(),
          '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Tin</title></item></channel></rss>',
          'application/rss+xml',
        ),
    ],
  ];
  for (const [what, src] of errorCases) {
    it(`shows the error state with retry for ${what}`, async () => {
      const { broken } = await page(await src());
      await errorShown(broken);
      expect(sr(broken).querySelector('[part~=retry]')!.textContent).to.equal('Thử lại');
    });
  }

  it('shows the error state once the timeout passes for a server that never answers', async () => {
    const { broken } = await page(route('/__feed/hang'), { timeout: 500 });
    expect(sr(broken).querySelector('[part~=error]')).to.equal(null);
    await errorShown(broken);
  });

  const itemCases: [string, () => unknown, string[]][] = [
    ['a UTF-8 BOM', () => `\uFEFF${JSON.stringify(feedOf([item('a', { title: 'Có BOM' })]))}`, ['Có BOM']],
    [
      'JSON Feed 1.0',
      () => ({
        version: 'https://jsonfeed.org/version/1',
        items: [{ id: 'a', title: 'Bản 1.0', author: { name: 'Phong Nhã' } }],
      }),
      ['Bản 1.0'],
    ],
    ['NFD text', () => feedOf([item('a', { title: 'Tập huấn'.normalize('NFD') })]), ['Tập huấn']],
    [
      'a mix of good and broken items (only the unreadable one, null, is dropped)',
      () =>
        feedOf([
          item('a', { title: 'Tốt' }),
          { title: 'no id' } as RawItem,
          item('b', { date_published: 'x' }),
          null as unknown as RawItem,
        ]),
      ['Tốt', 'no id', 'Tin b'],
    ],
  ];
  for (const [what, body, expected] of itemCases) {
    it(`shows the valid items for ${what}`, async () => {
      const { broken } = await page(await serveFeed(uniqueId(), body()));
      await itemsShown(broken);
      expect(titles(broken)).to.deep.equal(expected);
    });
  }

  it('wraps 150,000-character titles and unbroken words without sideways scrolling', async () => {
    const long = 'Tậphuấnquychếdânchủ'.repeat(7900);
    const { broken } = await page(await serveFeed(uniqueId(), feedOf([item('a', { title: long, summary: long })])));
    broken.style.width = '320px';
    await itemsShown(broken);
    const base = sr(broken).querySelector('[part~=base]') as HTMLElement;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(broken.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('renders only what is shown from a 10,000-item feed', async () => {
    const items = Array.from({ length: 10000 }, (_, i) =>
      item(`n${i}`, {
        title: `Tin số ${i}`,
        date_published: new Date(Date.UTC(2017, 0, 1) + i * 3600_000).toISOString(),
      }),
    );
    const { broken } = await page(await serveFeed(uniqueId(), feedOf(items)), { pageSize: 10 });
    await itemsShown(broken);
    expect(sr(broken).querySelectorAll('[part~=item]')).to.have.length(10);
    expect(titles(broken)[0]).to.equal('Tin số 9999');
  });

  it('keeps cached content when the server goes down, and recovers on retry', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, feedOf([item('a', { title: 'Còn nguyên' })]));
    const first = await page(url);
    await itemsShown(first.broken);
    newPage(); // leaving the page saves the copy; the next page starts with an empty memory
    await setFeedState(id, 'down');
    const el = await fixture<PwNewsList>(html`<pw-news-list max-age="0" src=${url}></pw-news-list>`);
    await itemsShown(el);
    await until(() => sr(el).querySelector('[part~=stale]'), 5000, 'stale note');
    expect(titles(el)).to.deep.equal(['Còn nguyên']);
    await setFeedState(id, 'up');
    await serveFeed(id, feedOf([item('b', { title: 'Đã cập nhật' })]));
    sr(el).querySelector<HTMLButtonElement>('[part~=stale] button')!.click();
    await until(() => titles(el)[0] === 'Đã cập nhật', 5000, 'refreshed content');
    expect(sr(el).querySelector('[part~=stale]')).to.equal(null);
  });

  it('retries after the server recovers', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, feedOf([item('a', { title: 'Đã trở lại' })]));
    await setFeedState(id, 'down');
    const { broken } = await page(url);
    await errorShown(broken);
    await setFeedState(id, 'up');
    sr(broken).querySelector<HTMLButtonElement>('[part~=retry]')!.click();
    await itemsShown(broken);
    expect(titles(broken)).to.deep.equal(['Đã trở lại']);
  });
});
