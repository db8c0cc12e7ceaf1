/**
 * dist/cdn/autoload/upgrade.js: the editor-safe form's upgrade, imported by the autoloader only on
 * pages that have one (src/autoloader.ts), so other pages do not pay for it.
 *
 * Rich-text editors drop elements they do not know, and CKEditor 5 (without its General HTML
 * Support) drops `data-*` attributes too, but every editor keeps a link's `href`. So the form is a
 * link whose fragment names the element and its attributes,
 * `<a href="https://portal/tin-tuc#pw=news-list&page-size=6&src=…">`, or, where `data-*` survives,
 * any element with `data-pw="news-list" data-pw-page-size="6"`. The element takes its place and
 * the form, without those instructions, becomes its fallback content.
 */

/** Where the link form keeps its instructions: `#pw=<name>&<attribute>=<value>…`. */
export const FRAGMENT = '#pw=';
/** Attribute names the form may set: plain lower-case names, never an `on…` event handler. */
const SAFE_NAME = /^(?!on)[a-z][a-z0-9-]*$/;

/**
 * Puts the element that `form` asks for in its place, with `form` inside as fallback content, and
 * returns it; null (with a console warning naming the element) when `known` rejects the element.
 * The instructions are removed from `form` either way, so it is never upgraded twice.
 */
export function upgrade(form: Element, known: (tag: string) => boolean): Element | null {
  let params: [string, string][];
  if (form instanceof HTMLAnchorElement && form.hash.startsWith(FRAGMENT)) {
    params = [...new URLSearchParams(form.hash.slice(1))];
    form.hash = '';
  } else {
    params = [['pw', form.getAttribute('data-pw') ?? '']];
    for (const { name, value } of [...form.attributes])
      if (name.startsWith('data-pw')) {
        form.removeAttribute(name);
        if (name.startsWith('data-pw-')) params.push([name.slice('data-pw-'.length), value]);
      }
  }
  const tag = `pw-${params[0]![1].trim().toLowerCase().replace(/^pw-/, '')}`;
  if (!known(tag)) {
    console.warn(`provincial-widgets: an editor-safe link or data-pw asks for <${tag}>, which does not exist.`);
    return null;
  }
  const el = document.createElement(tag);
  for (const [name, value] of params.slice(1)) {
    if (SAFE_NAME.test(name)) el.setAttribute(name, value);
    else console.warn(`provincial-widgets: <${tag}> from an editor-safe link or data-pw: ignored "${name}".`);
  }
  form.replaceWith(el);
  el.append(form);
  return el;
}
