/**
 * The embed builder: pick an element, set its attributes, see it live, copy
 * the snippet (script tag + element). The attribute lists mirror the
 * elements' documented attributes (custom-elements.json).
 */
import '../src/index.js';
import { t, translatePage } from './chrome.js';
import { editorSafeMarkup, elementMarkup, ELEMENTS, escAttr, SCRIPTS, type Field } from './snippets.js';

const BUNDLE_KEY = 'pw-builder-bundle-url';

const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel)!;
const form = $<HTMLFormElement>('#builder');
const picker = $<HTMLSelectElement>('#element');
const fieldsBox = $<HTMLElement>('#fields');
const preview = $<HTMLElement>('#preview');
const code = $<HTMLElement>('#snippet');
const status = $<HTMLElement>('#copy-status');
const scriptKind = $<HTMLSelectElement>('#script-kind');
const formKind = $<HTMLSelectElement>('#snippet-form');
const fallbackInput = $<HTMLInputElement>('#fallback');
const bundleInput = $<HTMLInputElement>('#bundle-url');
try {
  bundleInput.value = localStorage.getItem(BUNDLE_KEY) ?? bundleInput.value;
} catch {
  /* storage disabled: keep the default */
}

/** The folder URL as typed, with the trailing slash the file names need. */
const bundleBase = () => {
  const v = bundleInput.value.trim() || '/assets/provincial-widgets/';
  return escAttr(v.endsWith('/') ? v : `${v}/`);
};

const spec = () => ELEMENTS.find((e) => e.tag === picker.value) ?? ELEMENTS[0];

/** `?element=pw-share-bar` opens the builder on that element. */
const wanted = new URLSearchParams(location.search).get('element');

function renderPicker(): void {
  const current = picker.value || (ELEMENTS.some((e) => e.tag === wanted) ? wanted! : ELEMENTS[0]!.tag);
  picker.replaceChildren(
    ...ELEMENTS.map((e) => new Option(`${t(...e.label)} — <${e.tag}>`, e.tag, false, e.tag === current)),
  );
}

function renderFields(): void {
  const s = spec();
  fieldsBox.replaceChildren(
    ...s!.fields.map((f) => {
      const id = `f-${f.name}`;
      const row = document.createElement('div');
      row.className = f.kind === 'bool' ? 'field field-bool' : 'field';
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = t(...f.label);
      const attr = document.createElement('code');
      attr.textContent = f.name;
      let input: HTMLInputElement | HTMLSelectElement;
      if (f.kind === 'select') {
        input = document.createElement('select');
        for (const o of f.options)
          input.add(new Option(o || t('(mặc định)', '(default)'), o, false, o === (f.value ?? '')));
      } else {
        input = document.createElement('input');
        input.type = f.kind === 'bool' ? 'checkbox' : f.kind === 'number' ? 'number' : 'text';
        if (f.kind === 'bool') input.checked = !!f.value;
        else input.value = f.value ?? '';
        if ('placeholder' in f && f.placeholder) input.placeholder = f.placeholder;
        if (f.kind === 'number' && f.min !== undefined) input.min = String(f.min);
        if (f.kind === 'number' && f.max !== undefined) input.max = String(f.max);
        if (f.kind === 'url') input.spellcheck = false;
        if ((f.kind === 'url' || f.kind === 'text') && f.required) input.required = true;
      }
      input.id = id;
      input.name = f.name;
      if (f.kind === 'bool') row.append(input, label, attr);
      else row.append(label, attr, input);
      if ((f.kind === 'url' || f.kind === 'text') && f.hint) {
        const hint = document.createElement('p');
        hint.className = 'hint field-hint';
        hint.id = `${id}-hint`;
        hint.textContent = t(...f.hint);
        input.setAttribute('aria-describedby', hint.id);
        row.append(hint);
      }
      return row;
    }),
  );
}

/**
 * The element's own default for a field: the first option of a select, the
 * preset of a number. The snippet leaves those out.
 */
const defaultOf = (f: Field): string | undefined =>
  f.kind === 'select' ? f.options[0] : f.kind === 'number' ? f.value : undefined;

/**
 * The chosen attributes, in field order, without empty values. For the snippet (`minimal`), without
 * defaults; for the preview, an empty required field takes its placeholder (the sample feed).
 */
function attributes(minimal = false): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const f of spec()!.fields) {
    const input = form.elements.namedItem(f.name) as HTMLInputElement | HTMLSelectElement | null;
    if (!input) continue;
    const value = input.value.trim();
    if (f.kind === 'bool') {
      if ((input as HTMLInputElement).checked) out.push([f.name, '']);
    } else if (value && !(minimal && value === defaultOf(f))) {
      out.push([f.name, value]);
    } else if (!value && !minimal && 'required' in f && f.required && f.placeholder) {
      out.push([f.name, f.placeholder]);
    }
  }
  return out;
}

/** URLs stay as typed: a relative one is relative to the webmaster's own page, not to this demo server. */
function snippet(attrs: Array<[string, string]>): string {
  const s = spec()!;
  const script = (SCRIPTS[scriptKind.value] ?? SCRIPTS.autoloader)!(bundleBase());
  const link = fallbackInput.value.trim();
  if (formKind.value === 'editor') {
    // The link form needs a page to send readers to: the one typed, or the placeholder's portal.
    const text = t(...(s.fallback ?? s.label));
    const once = t(
      '<!-- Một lần trong mẫu giao diện của trang (không dán vào trình soạn thảo): -->',
      "<!-- Once in the site's template (not in the editor): -->",
    );
    const paste = t(
      '<!-- Dán vào trình soạn thảo (chế độ mã nguồn), hoặc tạo liên kết với địa chỉ này: -->',
      '<!-- Paste into the page editor (source view), or make a link with this address: -->',
    );
    return `${once}\n${script}\n\n${paste}\n${editorSafeMarkup(s.tag, attrs, { href: link || fallbackInput.placeholder, text })}`;
  }
  return `${script}\n\n${elementMarkup(s.tag, attrs, link && s.fallback ? { href: link, text: t(...s.fallback) } : undefined)}`;
}

/** Rebuilds the snippet, and the preview unless `snippetOnly`. */
function update(snippetOnly = false): void {
  code.textContent = snippet(attributes(true));
  status.textContent = '';
  if (snippetOnly) return;
  const attrs = attributes();
  const el = document.createElement(spec()!.tag);
  for (const [n, v] of attrs) el.setAttribute(n, v);
  preview.replaceChildren(el);
  preview.classList.toggle(
    'dark',
    attrs.some(([n, v]) => n === 'theme' && v === 'dark'),
  );
}

/** An address being typed: the preview waits for `change`, so it does not fetch every half-typed URL. */
const typingUrl = (target: EventTarget | null) =>
  target instanceof HTMLInputElement && spec()!.fields.some((f) => f.kind === 'url' && f.name === target.name);

async function copy(): Promise<void> {
  // A snippet without the agency's feed would show the fallback only: ask for it first.
  const missing = [...form.querySelectorAll<HTMLInputElement>('#fields input:invalid')];
  if (missing.length) {
    status.textContent = t(
      'Hãy nhập địa chỉ bản tin của bạn trước khi sao chép mã.',
      'Enter your feed URL before copying the snippet.',
    );
    missing[0]!.focus();
    return;
  }
  const text = code.textContent ?? '';
  let ok: boolean;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    // Plain-HTTP sites have no Clipboard API: select a hidden textarea and copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    ok = document.execCommand('copy');
    area.remove();
  }
  status.textContent = ok
    ? t('Đã sao chép mã nhúng. Dán vào trang của bạn.', 'Snippet copied. Paste it into your page.')
    : t('Không sao chép được; hãy chọn mã và nhấn Ctrl+C.', 'Could not copy; select the code and press Ctrl+C.');
}

picker.addEventListener('change', () => {
  renderFields();
  update();
});
form.addEventListener('input', (e) => {
  if (e.target === bundleInput) {
    try {
      localStorage.setItem(BUNDLE_KEY, bundleInput.value.trim());
    } catch {
      /* storage disabled: the value lasts for this visit */
    }
  }
  if (e.target !== picker) update(typingUrl(e.target));
});
form.addEventListener('change', (e) => {
  if (e.target !== picker) update();
});
form.addEventListener('submit', (e) => e.preventDefault());
$('#copy').addEventListener('click', () => void copy());

translatePage(() => {
  // Labels are in the current language; values typed so far are kept.
  // What was typed (not the preview's stand-in feed); defaults come back with the fields.
  const values = new Map(attributes(true));
  renderPicker();
  renderFields();
  for (const [n, v] of values) {
    const input = form.elements.namedItem(n) as HTMLInputElement | HTMLSelectElement | null;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = true;
    else if (input) input.value = v;
  }
  update();
});
