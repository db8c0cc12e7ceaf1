import { expect } from '@open-wc/testing';
import { until } from './helpers/feeds.js';

/**
 * The autoloader loaded as a classic script, as when a webmaster leaves out `type="module"` or a CMS
 * removes it: it must define the elements all the same (it has no `export` and no `import.meta`).
 * A `<base>` pointing elsewhere proves that the element modules are found relative to the script,
 * not to the page. (The built file, wrapped so that it adds no globals, is loaded the same way by
 * `npm run test:isolation`.)
 */
const dir = '../test/helpers/autoload';
Object.assign(globalThis, {
  __PW_ELEMENTS__: {
    'pw-auto-one': [`${dir}/pw-auto-one.ts`, `${dir}/shared.ts`],
    'pw-auto-two': [`${dir}/pw-auto-two.ts`, `${dir}/shared.ts`],
  },
  __PW_UPGRADE__: '../src/autoloader-upgrade.ts',
});

describe('autoloader as a classic script', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.message);
  const early = document.createElement('pw-auto-one');
  const base = Object.assign(document.createElement('base'), { href: '/nowhere/at/all/' });

  before(async () => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    document.body.append(early);
    document.head.prepend(base);
    const script = Object.assign(document.createElement('script'), {
      src: new URL('/src/autoloader.ts', location.href).href,
    });
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    early.remove();
    base.remove();
  });

  it('runs without a syntax error and defines the elements in the page', async () => {
    await until(() => customElements.get('pw-auto-one'), 3000, '<pw-auto-one> defined');
    expect(early.matches(':defined')).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('defines elements added later, and upgrades the editor-safe link', async () => {
    const p = document.createElement('p');
    p.innerHTML = '<a href="https://portal.example/tin-tuc#pw=auto-two&amp;page-size=4">Tin tức</a>';
    document.body.append(p);
    await until(() => customElements.get('pw-auto-two') && p.querySelector('pw-auto-two'), 3000, 'upgraded');
    expect(p.querySelector('pw-auto-two')!.getAttribute('page-size')).to.equal('4');
    expect(errors).to.deep.equal([]);
    p.remove();
  });
});
