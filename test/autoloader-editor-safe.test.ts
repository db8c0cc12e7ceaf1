import { expect } from '@open-wc/testing';
import { until } from './helpers/feeds.js';

/**
 * The editor-safe form (src/autoloader-upgrade.ts) through the autoloader, with the stand-in
 * elements of test/helpers/autoload/: a link whose fragment names the element and its attributes,
 * or an element with `data-pw`. The real elements after TinyMCE and CKEditor 5 are in
 * test/editors.test.ts.
 */
const dir = '../test/helpers/autoload';
// A script, not a module (no exports, so it also runs as a classic script): imported by URL.
const AUTOLOADER = new URL('../src/autoloader.ts', import.meta.url).href;
Object.assign(globalThis, {
  __PW_ELEMENTS__: {
    'pw-auto-one': [`${dir}/pw-auto-one.ts`, `${dir}/shared.ts`],
    'pw-auto-two': [`${dir}/pw-auto-two.ts`, `${dir}/shared.ts`],
    'pw-auto-three': [`${dir}/pw-auto-three.ts`, `${dir}/shared.ts`],
  },
  __PW_UPGRADE__: '../src/autoloader-upgrade.ts',
});

/** Puts `html` in a fresh container in the page and returns it. */
const mount = (html: string) => {
  const box = document.createElement('div');
  box.innerHTML = html;
  document.body.append(box);
  return box;
};
const upgraded = (box: Element, tag: string) =>
  until(() => customElements.get(tag) && box.querySelector(tag), 3000, `<${tag}> in place`);

describe('autoloader: the editor-safe form', () => {
  let warnings: string[] = [];
  const warn = console.warn;
  before(() => import(/* @vite-ignore */ AUTOLOADER));
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    document.querySelectorAll('body > div').forEach((d) => d.remove());
  });

  it('a link with #pw= becomes the element, and the link, without the fragment, its fallback', async () => {
    const box = mount(
      '<p>Tin: <a href="https://portal.example/tin-tuc#pw=auto-one&amp;page-size=6&amp;label=Tin%20t%E1%BB%A9c">Xem tin tức</a></p>',
    );
    const el = await upgraded(box, 'pw-auto-one');
    expect(el.parentElement!.localName).to.equal('p');
    expect(el.getAttribute('page-size')).to.equal('6');
    expect(el.getAttribute('label')).to.equal('Tin tức');
    const link = el.querySelector(':scope > a')!;
    expect(link.getAttribute('href')).to.equal('https://portal.example/tin-tuc');
    expect(link.textContent).to.equal('Xem tin tức');
    expect(box.querySelectorAll('a')).to.have.length(1);
  });

  it('data-pw on any element, with data-pw-* attributes, works the same way', async () => {
    const box = mount(
      '<div data-pw="pw-auto-two" data-pw-heading-level="3" class="keep"><a href="/lich">Lịch</a></div>',
    );
    const el = await upgraded(box, 'pw-auto-two');
    expect(el.getAttribute('heading-level')).to.equal('3');
    const fallback = el.firstElementChild!;
    expect(fallback.className).to.equal('keep');
    expect([...fallback.attributes].map((a) => a.name)).to.deep.equal(['class']);
  });

  it('upgrades forms added later', async () => {
    const box = mount('');
    const a = Object.assign(document.createElement('a'), { href: '/x#pw=auto-three', textContent: 'x' });
    box.append(a);
    await upgraded(box, 'pw-auto-three');
    expect(a.parentElement!.localName).to.equal('pw-auto-three');
  });

  it('never sets an event-handler attribute, and says which one it ignored', async () => {
    const box = mount('<a href="/x#pw=auto-one&amp;onclick=alert(1)&amp;Bad%20Name=1&amp;page-size=2">x</a>');
    const el = await upgraded(box, 'pw-auto-one');
    await until(() => el.getAttribute('page-size') === '2', 1000, 'attributes set');
    expect([...el.attributes].map((a) => a.name)).to.deep.equal(['page-size']);
    expect(warnings.join('\n')).to.include('ignored "onclick"').and.include('ignored "Bad Name"');
  });

  it('an unknown element name leaves the link as it is, with a console warning naming it', async () => {
    const box = mount('<a href="/x#pw=nuse-list">Tin tức</a>');
    await until(() => warnings.length > 0, 3000, 'a warning');
    expect(warnings[0]).to.include('<pw-nuse-list>');
    expect(box.querySelector('a')!.parentElement).to.equal(box);
    expect(box.querySelector('pw-nuse-list')).to.equal(null);
  });

  it('leaves the form alone inside a rich-text editor on the page (contenteditable)', async () => {
    const box = mount(
      '<div contenteditable="true"><p><a href="/x#pw=auto-one">x</a></p></div><a href="/y#pw=auto-one">y</a>',
    );
    await upgraded(box, 'pw-auto-one');
    expect(box.querySelector('[contenteditable] a')!.getAttribute('href')).to.equal('/x#pw=auto-one');
    expect(box.querySelector('[contenteditable] pw-auto-one')).to.equal(null);
  });

  it('ignores ordinary links and fragments', async () => {
    const box = mount('<a href="/x#pwa">a</a><a href="#top">b</a><span data-pwx="1">c</span>');
    await new Promise((r) => setTimeout(r, 100));
    expect(box.children).to.have.length(3);
    expect(warnings).to.deep.equal([]);
  });
});
