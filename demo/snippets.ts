/**
 * The snippets the embed builder writes (demo/builder.ts), as pure functions, so that the editor
 * tests (test/editors.test.ts) paste exactly what a webmaster copies.
 */

/** One attribute field of the builder's form. */
export type Field =
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

/** An element the builder offers: its tag, label ([vi, en]), fields and fallback-link text. */
export interface ElementSpec {
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

/** The elements, with their documented attributes (custom-elements.json) as form fields. */
export const ELEMENTS: ElementSpec[] = [
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

/** The script tag of each kind, for the self-hosted copy of dist/cdn/ at `base` (escaped, ending in '/'). */
export const SCRIPTS: Record<string, (base: string) => string> = {
  autoloader: (base) => `<script type="module" src="${base}autoloader.js"></script>`,
  module: (base) => `<script type="module" src="${base}provincial-widgets.js"></script>`,
  classic: (base) => `<script src="${base}provincial-widgets.iife.js" defer></script>`,
};

/** Escapes an attribute value for a double-quoted attribute. */
export const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** Escapes text content. */
export const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A fallback link: where readers without scripts go, and its text. */
export interface Fallback {
  href: string;
  text: string;
}

/**
 * The element with its attributes (`''` = a boolean attribute) and, when given, its fallback link
 * inside. Long attribute lists go one per line.
 */
export function elementMarkup(tag: string, attrs: Array<[string, string]>, fallback?: Fallback): string {
  const list = attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escAttr(v)}"`));
  const open =
    list.join('').length > 70 ? `<${tag}${list.map((a) => `\n  ${a.trim()}`).join('')}>` : `<${tag}${list.join('')}>`;
  const inner = fallback ? `\n  <a href="${escAttr(fallback.href)}">${escText(fallback.text)}</a>\n` : '';
  return `${open}${inner}</${tag}>`;
}

/**
 * The editor-safe form: a plain link to `fallback.href` whose fragment names the element and its
 * attributes (`#pw=news-list&page-size=6`). Every rich-text editor keeps a link's href, and the
 * autoloader turns the link into the element (src/autoloader-upgrade.ts).
 */
export function editorSafeMarkup(tag: string, attrs: Array<[string, string]>, fallback: Fallback): string {
  const params = new URLSearchParams([['pw', tag.replace(/^pw-/, '')], ...attrs]);
  const href = `${fallback.href.replace(/#.*$/, '')}#${params}`;
  return `<a href="${escAttr(href)}">${escText(fallback.text)}</a>`;
}
