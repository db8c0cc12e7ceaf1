/**
 * The embed builder: pick an element, set its attributes, see it live, copy
 * the snippet (script tag + element). The attribute lists mirror the
 * elements' documented attributes (custom-elements.json).
 */
import '../src/index.js';
import { t, translatePage } from './chrome.js';

type Field =
  | {
      name: string;
      kind: 'text' | 'url';
      label: [string, string];
      value?: string;
      placeholder?: string;
      /** The snippet needs it: the field is required; until it is filled in, the preview uses the placeholder. */
      required?: boolean;
      /** Shown under the field. */
      hint?: [string, string];
    }
  | { name: string; kind: 'number'; label: [string, string]; value?: string; min?: number; max?: number }
  | { name: string; kind: 'select'; label: [string, string]; options: string[]; value?: string }
  | { name: string; kind: 'bool'; label: [string, string]; value?: boolean };

interface ElementSpec {
  tag: string;
  label: [string, string];
  fields: Field[];
  /** Light-DOM fallback text for the snippet, when a fallback link is given. */
  fallback?: [string, string];
}

/** The demo's sample feed: the feed field's placeholder, and what the preview shows until a feed is given. */
const FEED = '/feeds/portal.{lang}.json';
const theme: Field = { name: 'theme', kind: 'select', label: ['Giao diện', 'Theme'], options: ['', 'light', 'dark'] };
// Required and empty: the snippet must carry the agency's own feed, never the demo server's.
const src: Field = {
  name: 'src',
  kind: 'url',
  label: ['Địa chỉ bản tin (feed) của bạn', 'Your feed URL'],
  placeholder: FEED,
  required: true,
  hint: [
    'Bắt buộc. Khi còn trống, bản xem trước dùng bản tin mẫu.',
    'Required. While it is empty, the preview uses the sample feed.',
  ],
};
const headingLevel = (value?: string): Field => ({
  name: 'heading-level',
  kind: 'number',
  label: value
    ? ['Cấp tiêu đề (h1–h6)', 'Heading level (h1–h6)']
    : ['Cấp tiêu đề (h1–h6; trống: theo trang)', 'Heading level (h1–h6; empty: from the page)'],
  value,
  min: 1,
  max: 6,
});

const ELEMENTS: ElementSpec[] = [
  {
    tag: 'pw-news-list',
    label: ['Danh sách tin', 'News list'],
    fallback: ['Xem tin tức trên Cổng thông tin', 'Read the news on the portal'],
    fields: [
      src,
      { name: 'page-size', kind: 'number', label: ['Số tin', 'Number of items'], value: '6', min: 1 },
      { name: 'layout', kind: 'select', label: ['Bố cục', 'Layout'], options: ['list', 'grid'] },
      { name: 'tag', kind: 'text', label: ['Chỉ tin có thẻ', 'Only items tagged'], placeholder: 'Dân vận' },
      headingLevel('3'),
      {
        name: 'target',
        kind: 'select',
        label: ['Mở liên kết', 'Open links'],
        options: ['', '_blank', '_self', '_top'],
      },
      { name: 'hide-image', kind: 'bool', label: ['Ẩn ảnh', 'Hide images'] },
      { name: 'hide-date', kind: 'bool', label: ['Ẩn ngày', 'Hide dates'] },
      { name: 'hide-summary', kind: 'bool', label: ['Ẩn tóm tắt', 'Hide summaries'] },
      { name: 'hide-tags', kind: 'bool', label: ['Ẩn thẻ', 'Hide tags'] },
      { name: 'hide-load-more', kind: 'bool', label: ['Ẩn nút “Xem thêm”', 'Hide “More news”'] },
      theme,
    ],
  },
  {
    tag: 'pw-article-card',
    label: ['Bài viết', 'Article card'],
    fallback: ['Đọc bài viết trên Cổng thông tin', 'Read the article on the portal'],
    fields: [
      src,
      {
        name: 'item-id',
        kind: 'text',
        label: ['Mã bài viết (trống: bài mới nhất)', 'Item id (empty: newest)'],
        value: 'tap-huan-quy-che-dan-chu-2017',
      },
      { name: 'variant', kind: 'select', label: ['Kiểu', 'Variant'], options: ['card', 'full'], value: 'card' },
      headingLevel(),
      {
        name: 'target',
        kind: 'select',
        label: ['Mở liên kết', 'Open links'],
        options: ['', '_blank', '_self', '_top'],
      },
      { name: 'hide-image', kind: 'bool', label: ['Ẩn ảnh', 'Hide image'] },
      { name: 'hide-date', kind: 'bool', label: ['Ẩn ngày', 'Hide date'] },
      { name: 'hide-summary', kind: 'bool', label: ['Ẩn tóm tắt', 'Hide summary'] },
      { name: 'hide-tags', kind: 'bool', label: ['Ẩn thẻ', 'Hide tags'] },
      theme,
    ],
  },
  {
    tag: 'pw-training-calendar',
    label: ['Lịch tập huấn', 'Training calendar'],
    fallback: ['Xem lịch tập huấn trên Cổng thông tin', 'See the training calendar on the portal'],
    fields: [
      src,
      {
        name: 'view',
        kind: 'select',
        label: ['Chế độ xem (trống: theo độ rộng)', 'View (empty: by width)'],
        options: ['', 'month', 'week', 'list'],
      },
      {
        name: 'month',
        kind: 'text',
        label: ['Tháng mở đầu (YYYY-MM)', 'First month (YYYY-MM)'],
        placeholder: '2017-11',
      },
      { name: 'organizer', kind: 'text', label: ['Lọc theo đơn vị tổ chức', 'Filter by organiser'] },
      { name: 'audience', kind: 'text', label: ['Lọc theo đối tượng', 'Filter by audience'] },
      { name: 'tag', kind: 'text', label: ['Lọc theo thẻ', 'Filter by tag'] },
      { name: 'query', kind: 'text', label: ['Từ khóa', 'Search text'] },
      {
        name: 'time-zone',
        kind: 'text',
        label: ['Múi giờ (mặc định Asia/Ho_Chi_Minh)', 'Time zone (default Asia/Ho_Chi_Minh)'],
      },
      {
        name: 'max-events',
        kind: 'number',
        label: ['Số sự kiện mỗi ô ngày (còn lại: "+N")', 'Events per day cell (the rest: "+N")'],
        value: '2',
        min: 1,
      },
      {
        name: 'page-size',
        kind: 'number',
        label: ['Số sự kiện mỗi trang (danh sách)', 'Events per page (list view)'],
        value: '10',
        min: 1,
      },
      headingLevel(),
      { name: 'lunar', kind: 'bool', label: ['Âm lịch và ngày lễ', 'Lunar dates and holidays'] },
      theme,
    ],
  },
  {
    tag: 'pw-language-switcher',
    label: ['Chọn ngôn ngữ', 'Language switcher'],
    fields: [
      { name: 'variant', kind: 'select', label: ['Kiểu', 'Variant'], options: ['text', 'flags', 'menu'] },
      { name: 'mode', kind: 'select', label: ['Cách chuyển', 'Mode'], options: ['auto', 'in-place', 'link'] },
      {
        name: 'href-vi',
        kind: 'url',
        label: ['Trang tiếng Việt (chế độ liên kết)', 'Vietnamese site (link mode)'],
        placeholder: 'https://www.longan.gov.vn/',
      },
      {
        name: 'href-en',
        kind: 'url',
        label: ['Trang tiếng Anh (chế độ liên kết)', 'English site (link mode)'],
        placeholder: 'https://en.longan.gov.vn/',
      },
      { name: 'update-document-lang', kind: 'bool', label: ['Cập nhật <html lang>', 'Update <html lang>'] },
      { name: 'label', kind: 'text', label: ['Nhãn cho trình đọc màn hình', 'Screen-reader label'] },
      theme,
    ],
  },
  {
    tag: 'pw-share-bar',
    label: ['Chia sẻ bài viết', 'Share bar'],
    fields: [
      {
        name: 'url',
        kind: 'url',
        label: ['Địa chỉ chia sẻ (trống: trang hiện tại)', 'URL to share (empty: this page)'],
      },
      { name: 'share-title', kind: 'text', label: ['Tiêu đề chia sẻ', 'Title to share'] },
      {
        name: 'targets',
        kind: 'text',
        label: ['Nút (theo thứ tự)', 'Targets (in order)'],
        placeholder: 'zalo facebook x linkedin email copy print native',
      },
      { name: 'label', kind: 'text', label: ['Tiêu đề thanh', 'Heading'] },
      { name: 'layout', kind: 'select', label: ['Bố cục', 'Layout'], options: ['horizontal', 'vertical'] },
      { name: 'icon-only', kind: 'bool', label: ['Chỉ biểu tượng', 'Icons only'] },
      { name: 'zalo-oa-id', kind: 'text', label: ['Zalo OA id', 'Zalo OA id'] },
      theme,
    ],
  },
];

/** The file each script kind loads from the self-hosted copy of dist/cdn/. */
const SCRIPTS: Record<string, (base: string) => string> = {
  autoloader: (base) => `<script type="module" src="${base}autoloader.js"></script>`,
  module: (base) => `<script type="module" src="${base}provincial-widgets.js"></script>`,
  classic: (base) => `<script src="${base}provincial-widgets.iife.js" defer></script>`,
};
const BUNDLE_KEY = 'pw-builder-bundle-url';

const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel)!;
const form = $<HTMLFormElement>('#builder');
const picker = $<HTMLSelectElement>('#element');
const fieldsBox = $<HTMLElement>('#fields');
const preview = $<HTMLElement>('#preview');
const code = $<HTMLElement>('#snippet');
const status = $<HTMLElement>('#copy-status');
const scriptKind = $<HTMLSelectElement>('#script-kind');
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

const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function snippet(attrs: Array<[string, string]>): string {
  const s = spec();
  const script = (SCRIPTS[scriptKind.value] ?? SCRIPTS.autoloader)!(bundleBase());
  // URLs stay as typed: a relative one is relative to the webmaster's own page, not to this demo server.
  const list = attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escAttr(v)}"`));
  const open =
    list.join('').length > 70
      ? `<${s!.tag}${list.map((a) => `\n  ${a.trim()}`).join('')}>`
      : `<${s!.tag}${list.join('')}>`;
  const link = fallbackInput.value.trim();
  const inner = link && s!.fallback ? `\n  <a href="${escAttr(link)}">${escText(t(...s!.fallback))}</a>\n` : '';
  return `${script}\n\n${open}${inner}</${s!.tag}>`;
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
