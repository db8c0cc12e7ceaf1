/**
 * Issue 16 §5, accessibility beyond axe: the week view reflows at 320 CSS px
 * (SC 1.4.10), the page's text spacing reaches the text without clipping it
 * (SC 1.4.12), and input borders and the focus ring keep 3:1 (SC 1.4.11).
 * Contrast is computed from computed styles. Forced colours: forced-colors.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { resetShared, until } from '../helpers/feeds.js';

const sr = (el: Element) => el.shadowRoot!;
const sample = () => new URL('/demo/feeds/portal.vi.json', location.href).href;

async function calendar(attrs: { view: string; month?: string }) {
  const el = await fixture(
    html`<pw-training-calendar view=${attrs.view} month=${attrs.month ?? '2017-11'} src=${sample()}></pw-training-calendar>`,
  );
  await until(() => sr(el).querySelector('[part~=event]'), 8000, 'events');
  return el;
}

/**
 * The calendar decides from its own width (a container query), so a 320 px column stands for a
 * 320 px viewport (400% zoom) in every browser, WebKitGTK included (its window cannot be that narrow).
 */
describe('week view reflows at 320 CSS px (SC 1.4.10)', function () {
  this.timeout(30000);
  beforeEach(resetShared);

  it("stacks each day's rows: events use the full width, no sideways scrolling, a readable height", async () => {
    const column = await fixture(html`<div style="width: 320px">
      <pw-training-calendar view="week" month="2017-11-22" src=${sample()}></pw-training-calendar></div>`);
    const el = column.firstElementChild!;
    await until(() => sr(el).querySelector('[part~=event]'), 8000, 'events');
    const width = el.getBoundingClientRect().width;
    expect(width).to.equal(320);
    expect(el.scrollWidth, 'calendar scroll width').to.be.at.most(320);
    const week = sr(el).querySelector('[part~=week]')!;
    expect(week.getBoundingClientRect().right).to.be.at.most(column.getBoundingClientRect().right + 0.5);
    const events = [...sr(el).querySelectorAll<HTMLElement>('[part~="week"] [part~=event]')];
    expect(events.length).to.be.above(0);
    for (const ev of events) expect(ev.getBoundingClientRect().width, 'event width').to.be.at.least(width * 0.8);
    for (const cell of sr(el).querySelectorAll<HTMLElement>('[part~="week"] td:not(.none)')) {
      expect(cell.getBoundingClientRect().width, 'cell width').to.be.at.least(width * 0.8);
    }
    // Seven days of a short week in a few screens, not thousands of pixels of one-word lines.
    expect(week.getBoundingClientRect().height).to.be.below(640 * 5);
    await expect(el).to.be.accessible();
  });

  it('keeps the table columns where there is room', async () => {
    const column = await fixture(html`<div style="width: 760px">
      <pw-training-calendar view="week" month="2017-11-22" src=${sample()}></pw-training-calendar></div>`);
    const el = column.firstElementChild!;
    await until(() => sr(el).querySelector('[part~=event]'), 8000, 'events');
    const row = sr(el).querySelector('[part~="week"] tbody tr')!;
    const cells = [...row.children].map((c) => c.getBoundingClientRect());
    expect(new Set(cells.map((r) => Math.round(r.top))).size, 'one line of cells').to.equal(1);
  });
});

/** The WCAG 1.4.12 values, as a reader's text-spacing bookmarklet sets them. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

async function everyWidget() {
  const page = await fixture(html`<div style="width: 360px">
    <pw-news-list page-size="3" src=${sample()}></pw-news-list>
    <pw-news-list layout="grid" page-size="2" src=${sample()}></pw-news-list>
    <pw-article-card variant="full" item-id="tap-huan-quy-che-dan-chu-2017" src=${sample()}></pw-article-card>
    <pw-article-card src=${sample()}></pw-article-card>
    <pw-training-calendar view="month" month="2017-11" src=${sample()}></pw-training-calendar>
    <pw-training-calendar view="list" month="2017-11" src=${sample()}></pw-training-calendar>
    <pw-training-calendar view="week" month="2017-11-22" src=${sample()}></pw-training-calendar>
    <pw-share-bar url="https://www.longan.gov.vn/a"></pw-share-bar>
    <pw-language-switcher></pw-language-switcher>
  </div>`);
  for (const w of page.children)
    await until(
      () => sr(w).querySelector('[part~=title], [part~=event], [part~=target], [part~=option]'),
      8000,
      w.localName,
    );
  await until(() => sr(page.querySelector('pw-article-card')!).querySelector('figcaption'), 8000, 'article body');
  return page;
}

/** Text cut off by its box: hidden overflow with more content than room (designed truncation with an ellipsis or line clamp aside). */
function clipped(page: Element): string[] {
  const out: string[] = [];
  for (const w of page.children) {
    for (const el of sr(w).querySelectorAll<HTMLElement>('*')) {
      const cs = getComputedStyle(el);
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      if (
        !el.textContent!.trim() ||
        el.closest('.visually-hidden, [aria-hidden="true"]') ||
        cs.clipPath === 'inset(50%)'
      )
        continue;
      if (cs.textOverflow === 'ellipsis' || cs.webkitLineClamp !== 'none') continue;
      if (
        (hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1)
      ) {
        out.push(`${w.localName} ${el.localName}.${el.className}`);
      }
    }
  }
  return out;
}

describe('text spacing (SC 1.4.12)', function () {
  this.timeout(30000);
  beforeEach(resetShared);

  it('letter, word and line spacing set on the page reach the text inside every widget', async () => {
    const style = Object.assign(document.createElement('style'), { textContent: SPACING });
    document.head.append(style);
    try {
      const page = await everyWidget();
      for (const w of page.children) {
        const size = parseFloat(getComputedStyle(w).fontSize);
        const text = sr(w).querySelector('[part~=title], .title, [part~=target], [part~=option]')!;
        const cs = getComputedStyle(text);
        expect(parseFloat(cs.letterSpacing), `${w.localName} letter-spacing`).to.be.closeTo(0.12 * size, 0.05);
        expect(parseFloat(cs.wordSpacing), `${w.localName} word-spacing`).to.be.closeTo(0.16 * size, 0.05);
        expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize), `${w.localName} line height`).to.be.at.least(1.3);
      }
      // Line spacing larger than the widget's own (1.6) reaches the text that has no line height of its own.
      style.textContent = '* { line-height: 2.5 !important }';
      for (const w of page.children) {
        const base = sr(w).querySelector('[part~=base]') ?? sr(w).firstElementChild!;
        expect(parseFloat(getComputedStyle(base).lineHeight), `${w.localName} line height`).to.be.at.least(
          2.5 * 16 - 0.5,
        );
      }
    } finally {
      style.remove();
    }
  });

  it('clips no text when the WCAG values apply everywhere, paragraph spacing included', async () => {
    const page = await everyWidget();
    // A reader's tool that reaches into shadow trees (a user style sheet) sets the values on every element.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SPACING);
    for (const w of page.children) sr(w).adoptedStyleSheets = [...sr(w).adoptedStyleSheets, sheet];
    const cal = page.querySelector('pw-training-calendar')!;
    sr(cal).querySelector<HTMLElement>('td[data-day="2017-11-22"] [part~=event]')!.click();
    await until(() => sr(cal).querySelector('#details-title'), 3000, 'details');
    expect(clipped(page)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(innerWidth);
  });
});

// ------------------------------------------------------------------ contrast from computed styles

/** sRGB channels of a computed colour (`rgb()`/`rgba()`, or `color(srgb …)`), alpha last. */
function rgba(color: string): [number, number, number, number] {
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.fillStyle = '#000';
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  probe.clearRect(0, 0, 1, 1);
  return [r!, g!, b!, a! / 255];
}

const luminance = ([r, g, b]: number[]) => {
  const c = [r, g, b].map((v) => {
    const s = v! / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
};

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(rgba(a)), luminance(rgba(b))].sort((x, y) => y - x);
  return (la! + 0.05) / (lb! + 0.05);
}

/** The colour painted behind `el`: the nearest opaque background up the (shadow-including) tree. */
function backdrop(el: Element): string {
  for (let n: Element | null = el; n; n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null) {
    const bg = getComputedStyle(n).backgroundColor;
    if (rgba(bg)[3] === 1) return bg;
  }
  return 'rgb(255, 255, 255)';
}

for (const theme of ['light', 'dark']) {
  describe(`contrast of boundaries and focus, ${theme} (SC 1.4.11, 2.4.7)`, function () {
    this.timeout(30000);
    beforeEach(resetShared);

    it('search box and select borders have at least 3:1 against their background', async () => {
      const el = await calendar({ view: 'month' });
      el.setAttribute('theme', theme);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const controls = [...sr(el).querySelectorAll<HTMLElement>('input, select')];
      expect(controls.length).to.be.at.least(2);
      for (const c of controls) {
        const cs = getComputedStyle(c);
        const ratio = contrast(cs.borderTopColor, backdrop(c.parentElement!));
        expect(ratio, `${c.localName} border ${cs.borderTopColor} on ${backdrop(c.parentElement!)}`).to.be.at.least(3);
        expect(
          contrast(cs.borderTopColor, cs.backgroundColor),
          `${c.localName} border against its fill`,
        ).to.be.at.least(3);
      }
    });

    it('every focus ring has at least 3:1 on both edges, whatever the host background', async () => {
      const page = await fixture(html`<div style="background: #0b57a4; padding: 0">
        <pw-news-list page-size="2" theme=${theme} src=${sample()}></pw-news-list>
        <pw-training-calendar theme=${theme} view="month" month="2017-11" src=${sample()}></pw-training-calendar>
        <pw-share-bar theme=${theme} url="https://www.longan.gov.vn/a"></pw-share-bar>
        <pw-language-switcher theme=${theme}></pw-language-switcher>
      </div>`);
      for (const w of page.children)
        await until(
          () => sr(w).querySelector('[part~=title], [part~=event], [part~=target], [part~=option]'),
          8000,
          w.localName,
        );
      const controls = [...page.children].flatMap((w) =>
        [
          ...sr(w).querySelectorAll<HTMLElement>('a[href], button:not([tabindex="-1"]), input, select, [tabindex="0"]'),
        ].slice(0, 8),
      );
      expect(controls.length).to.be.above(15);
      const bad: string[] = [];
      let rings = 0;
      for (const c of controls) {
        c.focus();
        // WebKit does not show :focus-visible on a select focused from script (the browser's own ring shows).
        if (!c.matches(':focus-visible')) continue;
        rings++;
        const cs = getComputedStyle(c);
        const width = parseFloat(cs.outlineWidth);
        const offset = parseFloat(cs.outlineOffset);
        const ring = cs.outlineColor;
        const name = `${(c.getRootNode() as ShadowRoot).host.localName} ${c.localName}.${c.className}`;
        if (cs.outlineStyle === 'none' || width < 2) {
          bad.push(`${name}: no ring`);
        } else if (offset <= -width) {
          // Drawn inside the control: both edges meet its own background.
          if (contrast(ring, backdrop(c)) < 3)
            bad.push(`${name}: inset ring ${contrast(ring, backdrop(c)).toFixed(2)}:1`);
        } else {
          // Drawn outside: a halo (box-shadow) must cover the gap and reach past the ring's outer edge.
          const halo = /^(rgba?\([^)]*\)|color\([^)]*\)) 0px 0px 0px (\d+(?:\.\d+)?)px/.exec(cs.boxShadow);
          if (!halo || parseFloat(halo[2]!) < offset + width + 1)
            bad.push(`${name}: no halo beyond the ring (${cs.boxShadow})`);
          else if (contrast(ring, halo[1]!) < 3)
            bad.push(`${name}: ring on halo ${contrast(ring, halo[1]!).toFixed(2)}:1`);
        }
      }
      expect(bad).to.deep.equal([]);
      expect(rings).to.be.above(15);
    });
  });
}
