/**
 * Issue 26 §2 and §5: the details dialog's layout. With `lunar`, every label stays beside (or, in one
 * column, above) its own value, in vi and en, wide and narrow; under a host's `body{zoom:1.1}` in a
 * 390 or 320 px viewport the dialog stays on screen, scrolls inside, and keeps its close button in reach.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { PwTrainingCalendar } from './training-calendar.js';
import { setLocale } from '../../locale/store.js';
import { feedOf, item, resetShared, serveFeed, uniqueId, until } from '../../../test/helpers/feeds.js';
import { part } from '../../../test/helpers/parts.js';
import { text } from '../../../test/helpers/dom.js';

const paragraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `Đoạn ${i + 1}: nội dung tập huấn về quy chế dân chủ ở cơ sở, trách nhiệm của cán bộ, công chức và người dân.`,
).join('\n\n');

/** One session with every fact the dialog lists, so the grid has all its rows. */
async function fullEventFeed(): Promise<string> {
  return serveFeed(
    uniqueId('details-layout'),
    feedOf([
      item('hoi-nghi', {
        title: 'Hội nghị tập huấn công tác thi đua, khen thưởng năm 2017 cho cán bộ cấp xã',
        content_text: paragraphs,
        _pw: {
          event: {
            start: '2017-11-22T07:30:00+07:00',
            end: '2017-11-22T11:00:00+07:00',
            location: { name: 'Hội trường UBND tỉnh', address: '61 Nguyễn Huệ, Phường 1, TP Tân An' },
            online_url: 'https://meet.example.org/hoi-nghi',
            organizer: { name: 'Sở Nội vụ tỉnh Long An', url: 'https://sonoivu.longan.gov.vn/' },
            audience: 'Cán bộ, công chức cấp xã',
            registration: { url: 'https://dichvucong.longan.gov.vn/dang-ky', capacity: 80 },
          },
        },
      } as never),
    ]),
  );
}

/** Opens the only event's details; resolves with the open dialog once the lunar line is in it. */
async function openDetails(cal: PwTrainingCalendar): Promise<HTMLDialogElement> {
  const root = cal.shadowRoot!;
  const event = await until(() => part(root, 'event'), 8000, 'the event');
  event.click();
  await until(() => root.querySelector('dialog[open] .facts [part~=lunar]'), 5000, 'details with the lunar date');
  return root.querySelector('dialog')!;
}

interface Pair {
  label: HTMLElement;
  values: HTMLElement[];
}

/** The facts list as label → values (a label may have several values, as the time has its lunar date). */
function pairs(dl: HTMLElement): Pair[] {
  const out: Pair[] = [];
  for (const child of dl.children) {
    if (child.localName === 'dt') out.push({ label: child as HTMLElement, values: [] });
    else out.at(-1)!.values.push(child as HTMLElement);
  }
  return out;
}

/**
 * Each label sits beside its first value (same top, value after it) or right above it (one column),
 * and no value shares a line with another pair's label.
 */
function expectLabelsBesideValues(dl: HTMLElement, where: string): void {
  const list = pairs(dl);
  expect(list.length, `${where}: labels`).to.be.at.least(6);
  const overlaps = (a: DOMRect, b: DOMRect) => a.top < b.bottom - 1 && b.top < a.bottom - 1;
  for (const { label, values } of list) {
    const name = `${where}: "${text(label)}"`;
    expect(values.length, `${name} has a value`).to.be.at.least(1);
    const l = label.getBoundingClientRect();
    const v = values[0]!.getBoundingClientRect();
    const beside = Math.abs(l.top - v.top) < 1 && v.left >= l.right - 1;
    const above = v.top >= l.bottom - 1 && v.top - l.bottom < 16 && Math.abs(v.left - l.left) < 1;
    expect(beside || above, `${name} beside or above "${text(values[0])}"`).to.equal(true);
    for (const other of list) {
      if (other.label === label) continue;
      for (const value of values) {
        expect(
          overlaps(value.getBoundingClientRect(), other.label.getBoundingClientRect()),
          `${where}: "${text(value)}" on the line of "${text(other.label)}"`,
        ).to.equal(false);
      }
    }
  }
}

describe('pw-training-calendar details: labels beside their values with lunar (issue 26 §2)', () => {
  beforeEach(resetShared);
  afterEach(() => setLocale('vi', { persist: false }));

  for (const width of [760, 360]) {
    it(`keeps every label beside its own value at ${width} px, in vi and en`, async () => {
      const src = await fullEventFeed();
      const box = await fixture<HTMLElement>(html`<div style="width:${width}px">
        <pw-training-calendar src=${src} month="2017-11" view="list" lunar></pw-training-calendar>
      </div>`);
      const cal = box.querySelector('pw-training-calendar')!;
      const dialog = await openDetails(cal);
      const dl = dialog.querySelector<HTMLElement>('.facts')!;
      // The lunar date is the time's second value, not a cell of its own that shifts the rest.
      const time = pairs(dl)[0]!;
      expect(text(time.label)).to.equal('Thời gian');
      expect(time.values.map((v) => text(v)).join(' | ')).to.contain('Âm lịch: 5/10 Đinh Dậu');
      expectLabelsBesideValues(dl, `vi ${width}px`);
      setLocale('en', { persist: false });
      await cal.updateComplete;
      expect(text(pairs(dl)[1]!.label)).to.equal('Place');
      expectLabelsBesideValues(dl, `en ${width}px`);
    });
  }
});

describe('pw-training-calendar details under body{zoom:1.1} (issue 26 §5)', () => {
  beforeEach(resetShared);

  for (const width of [390, 320]) {
    it(`stays in a ${width}×760 viewport, scrolls inside and keeps the close button in reach`, async () => {
      const src = await fullEventFeed();
      // An iframe is the viewport: the same size in every browser (WebKit's window has a minimum width).
      const frame = await fixture<HTMLIFrameElement>(html`<iframe
        title="A phone-sized viewport"
        style="width:${width}px;height:760px;border:0"
        srcdoc=${`<!doctype html><html lang="vi"><style>body{zoom:1.1;margin:0}</style><body>
          <pw-training-calendar src="${src}" month="2017-11" view="list" lunar></pw-training-calendar>
          <script type="module" src="/src/components/training-calendar/define.ts"></script></body></html>`}
      ></iframe>`);
      const cal = await until(
        () => frame.contentDocument?.querySelector<PwTrainingCalendar>('pw-training-calendar:defined'),
        8000,
        'the calendar in the frame',
      );
      const dialog = await openDetails(cal);
      const view = frame.contentWindow!;
      // In the viewport's pixels: WebKit measures a zoomed element in its own unzoomed ones (1.1 times smaller).
      const doc = frame.contentDocument!;
      const scale = doc.documentElement.clientWidth / doc.body.getBoundingClientRect().width;
      const onScreen = (el: Element) => {
        const r = el.getBoundingClientRect();
        return new DOMRect(r.x * scale, r.y * scale, r.width * scale, r.height * scale);
      };
      const inView = (r: DOMRect, what: string) => {
        expect(r.top, `${what} top`).to.be.at.least(0);
        expect(r.bottom, `${what} bottom`).to.be.at.most(view.innerHeight);
        expect(r.left, `${what} left`).to.be.at.least(0);
        expect(r.right, `${what} right`).to.be.at.most(view.innerWidth);
      };
      inView(onScreen(dialog), 'dialog');
      expect(dialog.scrollHeight, 'the details are taller than the screen').to.be.above(dialog.clientHeight);
      const close = part<HTMLButtonElement>(cal.shadowRoot!, 'close')!;
      const reachable = (what: string) => {
        const r = onScreen(close);
        inView(r, what);
        const hit = cal.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        expect(close.contains(hit), `${what} is not covered`).to.equal(true);
      };
      reachable('close button');
      dialog.scrollTop = dialog.scrollHeight;
      await until(() => dialog.scrollTop > 0, 2000, 'the dialog to scroll');
      reachable('close button after scrolling');
    });
  }
});
