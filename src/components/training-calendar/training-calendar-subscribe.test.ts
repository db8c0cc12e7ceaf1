/**
 * Issue 14 §4: "Đăng ký lịch" / "Subscribe" on `pw-training-calendar` when the feed declares `_pw.ics_url`.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { PwTrainingCalendar } from './training-calendar.js';
import { setLocale } from '../../locale/store.js';
import { resetShared, serveFeed, uniqueId, until } from '../../../test/helpers/feeds.js';
import { text } from '../../../test/helpers/dom.js';

async function mount(pw?: unknown): Promise<{ el: PwTrainingCalendar; url: string }> {
  const body = (await (await fetch('/test/fixtures/training-events.json')).json()) as Record<string, unknown>;
  if (pw !== undefined) body._pw = pw;
  const url = await serveFeed(uniqueId('subscribe'), body);
  const el = await fixture<PwTrainingCalendar>(
    `<pw-training-calendar src="${url}" month="2017-11" view="month"></pw-training-calendar>`,
  );
  await until(() => el.shadowRoot!.querySelector('.grid'), 5000, 'calendar content');
  await el.updateComplete;
  return { el, url: new URL(url, location.href).href };
}

const part = <T extends HTMLElement = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

/** Clicks "Đăng ký lịch" and waits for the links (their code is loaded on that click). */
async function open(el: PwTrainingCalendar): Promise<void> {
  part<HTMLButtonElement>(el, 'subscribe-button')!.click();
  await until(() => part(el, 'subscribe-webcal'), 3000, 'subscription links');
  await el.updateComplete;
}

const restores: Array<() => void> = [];
function stub(obj: object, key: string, value: unknown) {
  const own = Object.getOwnPropertyDescriptor(obj, key);
  Object.defineProperty(obj, key, { value, configurable: true, writable: true });
  restores.push(() => (own ? Object.defineProperty(obj, key, own) : delete (obj as Record<string, unknown>)[key]));
}

describe('pw-training-calendar: subscribe (_pw.ics_url)', () => {
  beforeEach(resetShared);
  afterEach(() => {
    setLocale('vi', { persist: false });
    while (restores.length) restores.pop()!();
  });

  it('is absent when the feed declares no subscription calendar, or a bad one', async () => {
    expect(part((await mount()).el, 'subscribe')).to.equal(null);
    expect(part((await mount({ ics_url: 'javascript:alert(1)' })).el, 'subscribe')).to.equal(null);
  });

  it('offers a webcal: link, Google Calendar "add by URL" and copy, in a disclosure (vi and en)', async () => {
    const { el, url } = await mount({ ics_url: 'lich-tap-huan.ics' });
    const ics = new URL('lich-tap-huan.ics', url).href;
    const webcal = ics.replace(/^https?:/, 'webcal:');
    const button = part<HTMLButtonElement>(el, 'subscribe-button')!;
    expect(text(button)).to.equal('Đăng ký lịch');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, 'subscribe-panel')!.hidden).to.be.true;
    await open(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(part(el, 'subscribe-panel')!.hidden).to.be.false;
    const webcalLink = part<HTMLAnchorElement>(el, 'subscribe-webcal')!;
    expect(webcalLink.getAttribute('href')).to.equal(webcal);
    expect(text(webcalLink)).to.equal('Mở bằng ứng dụng lịch');
    const google = part<HTMLAnchorElement>(el, 'subscribe-google')!;
    expect(google.href).to.equal(`https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`);
    expect(google.rel).to.equal('noopener noreferrer');
    expect(text(part(el, 'subscribe-copy'))).to.equal('Sao chép liên kết');
    await expect(el).to.be.accessible();
    setLocale('en', { persist: false });
    await el.updateComplete;
    expect(text(button)).to.equal('Subscribe');
    expect(text(part(el, 'subscribe-webcal'))).to.equal('Open in your calendar app');
    expect(text(part(el, 'subscribe-google'))).to.equal('Subscribe in Google Calendar (opens in a new tab)');
    expect(text(part(el, 'subscribe-copy'))).to.equal('Copy link');
    await expect(el).to.be.accessible();
  });

  it('makes no request to a third party before a click', async () => {
    const { el } = await mount({ ics_url: 'https://example.gov.vn/lich-tap-huan.ics' });
    await open(el);
    await new Promise((r) => setTimeout(r, 100));
    const hosts = performance.getEntriesByType('resource').map((e) => new URL(e.name).host);
    expect(hosts.filter((h) => h !== location.host)).to.deep.equal([]);
  });

  it('copies the link like the share bar: announced, focus kept on the button', async () => {
    const copied: string[] = [];
    stub(navigator, 'clipboard', { writeText: (t: string) => (copied.push(t), Promise.resolve()) });
    const { el, url } = await mount({ ics_url: 'lich-tap-huan.ics' });
    await open(el);
    const copy = part<HTMLButtonElement>(el, 'subscribe-copy')!;
    copy.click();
    await until(() => text(part(el, 'subscribe-status')), 2000, 'status');
    expect(copied).to.deep.equal([new URL('lich-tap-huan.ics', url).href]);
    expect(part(el, 'subscribe-status')!.getAttribute('role')).to.equal('status');
    expect(text(part(el, 'subscribe-status'))).to.equal('Đã sao chép liên kết');
    expect(el.shadowRoot!.activeElement).to.equal(copy);
  });

  it('offers the link to copy by hand when copying fails (en)', async () => {
    stub(navigator, 'clipboard', undefined);
    stub(document, 'execCommand', () => false);
    setLocale('en', { persist: false });
    const { el, url } = await mount({ ics_url: 'lich-tap-huan.ics' });
    await open(el);
    part<HTMLButtonElement>(el, 'subscribe-copy')!.click();
    await until(() => text(part(el, 'subscribe-status')), 2000, 'status');
    expect(text(part(el, 'subscribe-status'))).to.equal('Could not copy the link. Select and copy the link below.');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('.subscribe-field input')!;
    expect(input.value).to.equal(new URL('lich-tap-huan.ics', url).href);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await expect(el).to.be.accessible();
  });

  it('closes on Escape and returns focus to its button', async () => {
    const { el } = await mount({ ics_url: 'lich-tap-huan.ics' });
    const button = part<HTMLButtonElement>(el, 'subscribe-button')!;
    await open(el);
    part<HTMLAnchorElement>(el, 'subscribe-webcal')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'subscribe-panel')!.hidden).to.be.true;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });
});
