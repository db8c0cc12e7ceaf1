/**
 * The event details' .ics writer is a lazy chunk (issue 15). It starts loading when the reader shows
 * intent (a pointer over the calendar, or focus in it), so the first click on an event does not wait
 * for it; a page where nobody touches the calendar never fetches it. Its own file: the module must
 * not have been loaded by an earlier test.
 */
import { expect, fixture } from '@open-wc/testing';
import './define.js';
import type { PwTrainingCalendar } from './training-calendar.js';
import { serveFeed, uniqueId, until } from '../../../test/helpers/feeds.js';

const icsFetched = () =>
  performance.getEntriesByType('resource').some((e) => /\/training-calendar\/ics\.(ts|js)/.test(e.name));

describe('pw-training-calendar: the details chunk', () => {
  it('is not fetched on load, is fetched on pointer intent, and the click then opens the details', async () => {
    const body = await (await fetch('/test/fixtures/training-events.json')).json();
    const url = await serveFeed(uniqueId('cal-prefetch'), body);
    const el = await fixture<PwTrainingCalendar>(
      `<pw-training-calendar src="${url}" month="2017-11" view="month"></pw-training-calendar>`,
    );
    const button = await until(() => el.shadowRoot!.querySelector<HTMLElement>('[part~="event"]'), 5000, 'an event');
    await new Promise((r) => setTimeout(r, 100));
    expect(icsFetched(), 'fetched before any intent').to.equal(false);
    button.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await until(icsFetched, 5000, 'the .ics writer fetched on pointer intent');
    button.click();
    const dialog = await until(
      () => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'),
      5000,
      'open details',
    );
    expect(dialog.textContent).to.include(button.querySelector('.title')!.textContent!.trim());
  });
});
