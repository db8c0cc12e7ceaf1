/**
 * Issue 26 §4: `variant="menu"` inside a host box with `overflow: hidden` (legacy themes' content
 * wrappers). The open menu must not be clipped: it is shown in the top layer and placed under its
 * toggle, by anchor positioning or, where that is missing, by script. Runs in all three browsers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { PwLanguageSwitcher } from './language-switcher.js';
import { getLocale, LOCALE_STORAGE_KEY, setLocale } from '../../locale/store.js';
import { resetShared, until } from '../../../test/helpers/feeds.js';
import { sr } from '../../../test/helpers/dom.js';
import { part } from '../../../test/helpers/parts.js';

const option = (el: PwLanguageSwitcher, code: string) =>
  sr(el).querySelector<HTMLElement>(`[part~="option"][lang="${code}"]`)!;
const box = (e: Element) => e.getBoundingClientRect();
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** The switcher in a 56 px high wrapper with `overflow: hidden`, a heading right under it. */
async function clippedPage(style = '') {
  const page = await fixture<HTMLElement>(html`<div style=${style}>
    <div class="wrapper" style="overflow: hidden; height: 56px; padding: 4px; border: 1px solid #999">
      <pw-language-switcher variant="menu"></pw-language-switcher>
    </div>
    <h2 style="margin: 0; background: #fff">Tin tức - Sự kiện</h2>
  </div>`);
  const el = page.querySelector<PwLanguageSwitcher>('pw-language-switcher')!;
  await el.updateComplete;
  return { page, el, toggle: part<HTMLButtonElement>(el, 'toggle')!, menu: part<HTMLElement>(el, 'menu')! };
}

async function openWithKeys(el: PwLanguageSwitcher, toggle: HTMLElement) {
  toggle.focus();
  await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  await frame();
}

/** What a click at the middle of `target` would hit, inside the switcher's shadow tree. */
function hitAt(el: PwLanguageSwitcher, target: Element): Element | null {
  const r = box(target);
  return sr(el).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
}

/** The menu sits under the toggle (4 px gap), starts at its left edge, and is at least as wide. */
function expectUnderToggle(menu: HTMLElement, toggle: HTMLElement) {
  expect(box(menu).top - box(toggle).bottom, 'gap under the toggle').to.be.closeTo(4, 1);
  expect(box(menu).left, 'left edge').to.be.closeTo(box(toggle).left, 1);
  expect(box(menu).width, 'width').to.be.at.least(box(toggle).width - 1);
}

describe('pw-language-switcher variant="menu" in a box with overflow: hidden', function () {
  this.timeout(20000);
  beforeEach(resetShared);
  afterEach(() => {
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    setLocale('vi', { persist: false });
  });

  it('shows every language over the host box and the heading under it, placed under the toggle', async () => {
    const { page, el, toggle, menu } = await clippedPage();
    await openWithKeys(el, toggle);
    const wrapper = page.querySelector('.wrapper')!;
    const en = option(el, 'en');
    // "English" lies below the wrapper's clip edge, over the heading: it must still be what a click hits.
    expect(box(en).bottom, 'English reaches past the clipping box').to.be.above(box(wrapper).bottom);
    for (const code of ['vi', 'en']) {
      const hit = hitAt(el, option(el, code));
      expect(hit && option(el, code).contains(hit), `${code} is visible and clickable`).to.equal(true);
    }
    expect(document.elementFromPoint(box(en).left + 5, box(en).top + box(en).height / 2)).to.equal(el);
    expectUnderToggle(menu, toggle);
    await expect(el).to.be.accessible();
  });

  it('keeps the keyboard and focus behaviour: arrows, Escape back to the toggle, Enter chooses', async () => {
    const { el, toggle, menu } = await clippedPage();
    await openWithKeys(el, toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(sr(el).activeElement).to.equal(option(el, 'vi'));
    await sendKeys({ press: 'ArrowDown' });
    expect(sr(el).activeElement).to.equal(option(el, 'en'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(menu.hidden).to.equal(true);
    expect(box(menu).height, 'closed menu takes no room').to.equal(0);
    expect(sr(el).activeElement).to.equal(toggle);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(sr(el).activeElement).to.equal(option(el, 'en'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(menu.hidden).to.equal(true);
    expect(sr(el).activeElement).to.equal(toggle);
  });

  it('opens above the toggle when there is no room below', async () => {
    const { el, toggle, menu } = await clippedPage('position: fixed; inset: auto 0 0 0');
    await openWithKeys(el, toggle);
    await until(() => box(menu).bottom <= box(toggle).top + 0.5, 2000, 'menu above the toggle');
    expect(box(menu).top).to.be.at.least(0);
    const hit = hitAt(el, option(el, 'en'));
    expect(hit && option(el, 'en').contains(hit)).to.equal(true);
  });

  describe('in a browser without CSS anchor positioning', () => {
    const supports = CSS.supports;
    beforeEach(() => {
      CSS.supports = ((property: string, value?: string) =>
        /anchor/.test(property)
          ? false
          : Reflect.apply(supports, CSS, value === undefined ? [property] : [property, value])) as typeof CSS.supports;
    });
    afterEach(() => {
      CSS.supports = supports;
      window.scrollTo(0, 0);
    });

    it('places the menu under the toggle by script, and moves it along when the page scrolls', async () => {
      const { page, el, toggle, menu } = await clippedPage();
      page.append(Object.assign(document.createElement('div'), { style: 'height: 200vh' }));
      await openWithKeys(el, toggle);
      // The placement script is a lazy chunk: wait for it to have placed the menu.
      await until(() => menu.style.top !== '', 3000, 'menu placed by script');
      expectUnderToggle(menu, toggle);
      const hit = hitAt(el, option(el, 'en'));
      expect(hit && option(el, 'en').contains(hit), 'English is visible and clickable').to.equal(true);
      window.scrollBy(0, 30);
      await until(() => Math.abs(box(menu).top - box(toggle).bottom - 4) < 1, 2000, 'menu follows the toggle');
      expectUnderToggle(menu, toggle);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(menu.hidden).to.equal(true);
      expect(menu.style.cssText, 'placement cleared on close').to.equal('');
    });
  });
});
