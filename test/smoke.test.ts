import { expect, fixture, html } from '@open-wc/testing';
import './helpers/pw-test-feed.js';
import { feedOf, item, resetShared, serveFeed, uniqueId, until } from './helpers/feeds.js';

describe('smoke', () => {
  beforeEach(resetShared);
  it('renders a feed', async () => {
    const url = await serveFeed(uniqueId(), feedOf([item('a', { title: 'Tập huấn' })]));
    const el = await fixture(html`<pw-test-feed src=${url}></pw-test-feed>`);
    await until(() => el.shadowRoot!.querySelector('.title'));
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Tập huấn');
    expect(el.shadowRoot!.querySelector('.date')!.textContent).to.equal('22/11/2017 - 11:16');
  });
});
