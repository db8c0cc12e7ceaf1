/**
 * Checks shared by the sanitizer, news-list and article-card tests: a tree
 * holds nothing that could run, load active content or escape the widget.
 */
import { expect } from '@open-wc/testing';
import { deepElements } from './dom.js';

export const FORBIDDEN_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'input',
  'button:not(.retry):not(.more):not(.link-button)',
  'textarea',
  'select',
  'base',
  'meta',
  'link',
  'template',
  'noscript',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'details',
];

/** Asserts that `root` contains no executable or dangerous markup. `allowButtons` is for widget chrome. */
export function expectClean(root: ParentNode): void {
  for (const sel of FORBIDDEN_TAGS) {
    expect(root.querySelectorAll(sel).length, `<${sel}> left in the tree`).to.equal(0);
  }
  for (const el of deepElements(root)) {
    expect(el.namespaceURI, `${el.localName} namespace`).to.equal('http://www.w3.org/1999/xhtml');
    for (const attr of el.attributes) {
      const where = `${el.localName}[${attr.name}="${attr.value.slice(0, 60)}"]`;
      expect(attr.name.startsWith('on'), `event handler ${where}`).to.equal(false);
      expect(
        ['srcset', 'srcdoc', 'formaction', 'action', 'background', 'xlink:href', 'cite', 'name'],
        where,
      ).not.to.include(attr.name);
      if (attr.name === 'style') {
        // Only the widget's own skeleton placeholders carry inline sizes.
        expect(el.classList.contains('skeleton'), `inline style ${where}`).to.equal(true);
      }
      if (attr.name === 'href') expect(attr.value, where).to.match(/^(https?:|mailto:)/i);
      if (attr.name === 'src') expect(attr.value, where).to.match(/^https?:/i);
      expect(attr.value, where).not.to.match(/^\s*(javascript|vbscript|data):/i);
    }
  }
}

/** Content parts (sanitized body) must not carry ids, names, classes or inline styles. */
export function expectNoClobbering(root: ParentNode): void {
  for (const el of root.querySelectorAll('*')) {
    for (const name of ['id', 'name', 'class', 'style']) {
      expect(el.hasAttribute(name), `${el.localName}[${name}] in sanitized content`).to.equal(false);
    }
  }
}

/** Resolves when every image under `root` has loaded or failed, so any onerror/onload would have run. */
export async function imagesSettled(root: ParentNode): Promise<void> {
  const imgs = [...root.querySelectorAll('img')];
  await Promise.all(
    imgs.map((img) => {
      img.loading = 'eager';
      return img.complete
        ? undefined
        : new Promise((r) => {
            img.addEventListener('load', r, { once: true });
            img.addEventListener('error', r, { once: true });
          });
    }),
  );
  // One more task for any queued handler.
  await new Promise((r) => setTimeout(r, 0));
}

declare global {
  interface Window {
    __pwned?: unknown;
  }
}
