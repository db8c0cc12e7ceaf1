/**
 * Every example of src/components/<name>/<name>.examples.ts renders: the same examples as Storybook shows and the
 * accessibility sweep checks. Each one shows content (its `ready` part when it names one) and logs
 * no console error and raises no page error.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { allExamples, mountExample } from './helpers/examples.js';
import { resetShared } from './helpers/feeds.js';
import { learnCacheLayout } from './helpers/loader.js';

for (const set of allExamples) {
  describe(`examples: ${set.tag}`, function () {
    this.timeout(15000);
    const errors: string[] = [];
    const original = console.error;
    const onError = (e: ErrorEvent) => errors.push(`page error: ${e.message}`);
    before(learnCacheLayout);
    beforeEach(() => {
      resetShared();
      errors.length = 0;
      console.error = (...args: unknown[]) => {
        errors.push(args.map(String).join(' '));
        original.apply(console, args);
      };
      addEventListener('error', onError);
    });
    afterEach(() => {
      console.error = original;
      removeEventListener('error', onError);
      resetShared();
    });

    for (const name of Object.keys(set.examples)) {
      it(`renders ${name} with content and no console error`, async () => {
        const el = await mountExample(set, name);
        expect(el.shadowRoot!.textContent!.trim()).to.not.equal('');
        expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(errors).to.deep.equal([]);
      });
    }
  });
}
