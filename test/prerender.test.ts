/**
 * Issue 24, pre-rendered first paint: `provincial-widgets render` writes each widget's content into
 * the page (Declarative Shadow DOM); the script adopts it. Each page is rendered by the real CLI and
 * loaded in an iframe twice: without any script (what a reader with JavaScript off, a crawler or a
 * feed reader gets) and with the widgets' module. Both must show the same text; with the script, no
 * frame may show a skeleton or an empty widget, heights may not change (CLS 0), no feed request is
 * made within max-age, and the widget then works as usual.
 */
import { expect } from '@open-wc/testing';
import { feedOf, item, resetShared, serveFeed, uniqueId, until } from './helpers/feeds.js';
import { byPart } from './helpers/parts.js';
import {
  adopted,
  closePages,
  frameLog,
  openPage,
  pageWith,
  prerender,
  readerText,
  widgetsIn,
  type FrameLog,
} from './helpers/prerender.js';

const news = feedOf(
  Array.from({ length: 7 }, (_, i) =>
    item(`tin-${i + 1}`, {
      title: `Tin thứ ${i + 1}: tập huấn quy chế dân chủ`,
      summary: `Tóm tắt ${i + 1}`,
      date_published: `2017-11-${String(22 - i).padStart(2, '0')}T11:16:00+07:00`,
    }),
  ),
  { language: 'vi' },
);

/** Renders `body` with `feed` at a fresh feed URL ({src} in `body`), and opens it with and without script. */
async function both(body: (src: string) => string, feed: unknown = news, lang = 'vi') {
  const id = uniqueId('pre');
  const src = await serveFeed(id, feed);
  const markup = body(src);
  const rendered = await prerender(pageWith(markup, { lang }), { lang, feeds: { [src]: feed } });
  expect(rendered.status, rendered.stderr).to.equal(0);
  const off = await openPage(rendered.url, { scripts: false });
  const on = await openPage(rendered.url);
  const widgets = await adopted(on);
  return { id, src, rendered, off, on, widgets };
}

/** The no-flash guarantees, read from the frame's recorder. */
function expectNoFlash(log: FrameLog) {
  expect(log.frames, 'frames recorded').to.be.greaterThan(0);
  expect(log.skeletonFrames, 'frames with a skeleton').to.equal(0);
  expect(log.emptyFrames, 'frames with an empty widget').to.equal(0);
  for (const [i, heights] of log.heights.entries()) expect(heights, `heights of widget ${i}`).to.have.length(1);
  if (log.cls !== null) expect(log.cls, 'CLS').to.equal(0);
  expect(log.feedRequests, 'feed requests').to.deep.equal([]);
}

describe('pre-rendered widgets (provincial-widgets render)', () => {
  beforeEach(resetShared);
  afterEach(closePages);

  it('news list: the same text without script as after it, no flash, no second fetch, "Xem thêm" works', async () => {
    const { off, on, widgets } = await both(
      (src) => `<pw-news-list src="${src}" page-size="3"><a href="/tin">Tin tức</a></pw-news-list>`,
    );
    const offText = readerText(off.contentDocument!.body);
    expect(offText).to.contain('Tin thứ 1: tập huấn quy chế dân chủ').and.contain('22/11/2017 - 11:16');
    expect(offText).not.to.contain('Tin thứ 4');
    expect(readerText(on.contentDocument!.body)).to.equal(offText);
    expectNoFlash(frameLog(on));
    const list = widgets[0]!;
    list.shadowRoot!.querySelector<HTMLButtonElement>(byPart('load-more'))!.click();
    await until(() => readerText(list).includes('Tin thứ 4'), 5000, 'next page');
  });
});
