/**
 * Issue 16 §5: in forced-colours mode the selected view button and the
 * outside-month days keep a look of their own. Needs the DevTools protocol
 * (Chromium only, like display.test.ts; see docs/browsers.md).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { resetShared, until } from '../helpers/feeds.js';

const sr = (el: Element) => el.shadowRoot!;

describe('forced colours keep states apart', function () {
  this.timeout(30000);
  beforeEach(resetShared);
  afterEach(() => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]));

  it('the selected view button and the outside-month days look different from the others', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture(html`<pw-training-calendar view="month" month="2017-11"
      src=${new URL('/demo/feeds/portal.vi.json', location.href).href}></pw-training-calendar>`);
    await until(() => sr(el).querySelector('[part~=event]'), 8000, 'events');
    const look = (e: Element) => {
      const cs = getComputedStyle(e);
      return [cs.backgroundColor, cs.color, cs.borderTopStyle, cs.borderTopWidth].join(' ');
    };
    const [pressed] = sr(el).querySelectorAll('[part~=view-button][aria-pressed=true]');
    const other = sr(el).querySelector('[part~=view-button][aria-pressed=false]')!;
    expect(look(pressed!)).to.not.equal(look(other));
    const outside = sr(el).querySelector('[part~=outside-month]')!;
    const inside = sr(el).querySelector('[part~=day]:not([part~=outside-month]):not([part~=today])')!;
    expect(look(outside)).to.not.equal(look(inside));
  });
});
