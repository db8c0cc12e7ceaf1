/**
 * lazyModule(), the one loader of lazy chunks (the calendar's details, lunar dates and subscription
 * panel, the article body's sanitizer, the diagnostics): imported once, a failure warned in one
 * format and retried on the next use.
 */
import { expect } from '@open-wc/testing';
import { lazyModule } from '../src/base/lazy-module.js';

/** The console warnings written while `fn` runs. */
async function warningsDuring(fn: () => Promise<unknown>): Promise<unknown[][]> {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    await fn();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('lazyModule', () => {
  const host = document.createElement('pw-lazy-host');

  it('imports the chunk once, however many elements ask at the same time', async () => {
    let imports = 0;
    const chunk = lazyModule(async () => {
      imports++;
      return { answer: 42 };
    });
    expect(chunk.value).to.equal(undefined);
    const [a, b] = await Promise.all([chunk.load(host, 'the answer'), chunk.load()]);
    const c = await chunk.load(host, 'the answer');
    expect(imports).to.equal(1);
    expect(a).to.deep.equal({ answer: 42 });
    expect(b).to.equal(a);
    expect(c).to.equal(a);
    expect(chunk.value).to.equal(a);
  });

  it('warns in the one format when a chunk cannot be fetched, and only for an element', async () => {
    // A variable, so the bundler leaves the import alone; the test server answers 503 (a deployment under way, say).
    const missing = '/__feed/status/503';
    const chunk = lazyModule(() => import(/* @vite-ignore */ missing));
    let result: unknown = 'not settled';
    const warnings = await warningsDuring(async () => {
      result = await chunk.load(host, 'the missing part');
    });
    expect(result).to.equal(undefined);
    expect(chunk.value).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]![0]).to.equal('provincial-widgets: <pw-lazy-host>: the missing part could not be loaded.');
    expect(warnings[0]![1]).to.be.instanceOf(Error);
    // A prefetch (no element) fails silently: the element that needs the chunk reports it.
    expect(await warningsDuring(() => chunk.load())).to.deep.equal([]);
  });

  it('retries after a failure instead of keeping the element broken', async () => {
    let imports = 0;
    const chunk = lazyModule(async () => {
      if (++imports === 1) throw new TypeError('offline');
      return { ok: true };
    });
    const warnings = await warningsDuring(async () => {
      expect(await chunk.load(host, 'the part')).to.equal(undefined);
    });
    expect(warnings).to.have.length(1);
    expect(await chunk.load(host, 'the part')).to.deep.equal({ ok: true });
    expect(chunk.value).to.deep.equal({ ok: true });
    expect(imports).to.equal(2);
  });
});
