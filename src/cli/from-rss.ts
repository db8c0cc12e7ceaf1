/**
 * RSS 2.0 (and RSS 1.0/RDF) or Atom → the feed contract (JSON Feed 1.1 + `_pw`).
 *
 * Keeps titles, links, ids, dates (RFC 822 `+0700` becomes `+07:00`),
 * summaries, bodies, images (enclosures, media:content, media:thumbnail, and
 * the first <img> of the body as a last resort) with their alt text when the
 * feed has one, categories and authors. Missing fields are left out or
 * derived sensibly, and every guess is reported as a note.
 */
import type { RawFeed, RawItem } from '../feed/types.js';
import { toRfc3339 } from './dates.js';
import { t } from './i18n.js';
import { child, children, descendants, innerXml, NS, parseXml, textOf, type XmlElement } from './xml.js';

export interface Note {
  /** Where in the output, e.g. `items[3].date_published`. */
  path: string;
  message: string;
}

export interface ConvertResult {
  feed: RawFeed;
  format: 'rss' | 'atom' | 'rdf';
  notes: Note[];
}

export class ConvertError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}

const SUMMARY_MAX = 400;

/** Plain text from a fragment of HTML: tags dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const spaced = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    // Line breaks and block boundaries separate words.
    .replace(/<(br|hr|\/?(p|div|li|ul|ol|h[1-6]|figure|figcaption|blockquote|tr|td|th|table))\b[^>]*>/gi, ' $&');
  const root = parseXml(`<x>${spaced}</x>`);
  const text = root ? textOf(root) : html;
  return text.replace(/\s+/g, ' ').trim();
}

const looksLikeHtml = (s: string) => /<\/?(p|br|div|img|a|strong|em|b|i|ul|ol|li|figure|table|span|h[1-6])\b/i.test(s);

function cut(text: string, max = SUMMARY_MAX): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max + 1);
  const space = slice.lastIndexOf(' ');
  return `${(space > max * 0.6 ? slice.slice(0, space) : text.slice(0, max)).replace(/[\s,.;:–-]+$/, '')}…`;
}

const clean = (s: string | undefined) => {
  const v = s?.replace(/\s+/g, ' ').trim();
  return v ? v.normalize('NFC') : undefined;
};

/** A short, stable id from text (FNV-1a), for items that have neither guid nor link. */
export function hashId(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const isImageType = (type: string | undefined, url: string | undefined) =>
  (type ? /^image\//i.test(type) : false) || (!type && !!url && /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i.test(url));

interface ImageFound {
  url: string;
  alt?: string;
}

/** The item's image: enclosure, media:content, media:thumbnail (also inside media:group), else the body's first <img>. */
function findImage(el: XmlElement, bodyHtml: string | undefined): ImageFound | undefined {
  for (const enc of children(el, 'enclosure')) {
    const url = enc.attrs.url;
    if (url && isImageType(enc.attrs.type, url)) return { url };
  }
  for (const link of children(el, 'link', NS.atom)) {
    if (link.attrs.rel === 'enclosure' && link.attrs.href && isImageType(link.attrs.type, link.attrs.href)) return { url: link.attrs.href };
  }
  const groups = [el, ...children(el, 'group', NS.media)];
  for (const g of groups) {
    for (const mc of children(g, 'content', NS.media)) {
      const url = mc.attrs.url;
      if (url && (mc.attrs.medium === 'image' || isImageType(mc.attrs.type, url))) {
        return { url, alt: clean(textOf(child(mc, 'description', NS.media)) || textOf(child(mc, 'title', NS.media))) };
      }
    }
  }
  for (const g of groups) {
    const thumb = child(g, 'thumbnail', NS.media);
    if (thumb?.attrs.url) return { url: thumb.attrs.url };
  }
  if (bodyHtml) {
    const img = /<img\b[^>]*>/i.exec(bodyHtml)?.[0];
    const src = img && /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(img);
    const alt = img && /\salt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(img);
    const url = src && (src[1] ?? src[2] ?? src[3]);
    if (url) return { url: url.replace(/&amp;/g, '&'), alt: clean(alt ? (alt[1] ?? alt[2]) : undefined) };
  }
  return undefined;
}

/** `editor@longan.gov.vn (Phong Nhã)` → `Phong Nhã`; a bare address is kept. */
function authorName(raw: string | undefined): string | undefined {
  const v = clean(raw);
  if (!v) return undefined;
  const m = /^\S+@\S+\s*\((.+)\)$/.exec(v);
  return m ? m[1].trim() : v;
}

function languageOf(raw: string | undefined): string | undefined {
  const v = clean(raw);
  if (!v || !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(v)) return undefined;
  const [primary, ...rest] = v.replace(/_/g, '-').split('-');
  return [primary.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

/** Builds one item and records what had to be guessed. */
function item(
  index: number,
  fields: {
    id?: string; link?: string; title?: string; summaryHtml?: string; bodyHtml?: string; bodyText?: string; date?: string;
    modified?: string; authors: string[]; tags: string[]; image?: ImageFound;
  },
  notes: Note[],
  seen: Set<string>,
): RawItem {
  const at = (f: string) => `items[${index}]${f ? `.${f}` : ''}`;
  const out: Partial<RawItem> = {};
  let id = clean(fields.id) ?? clean(fields.link);
  if (!id) {
    id = `item-${hashId(`${fields.title ?? ''}|${fields.date ?? ''}|${fields.summaryHtml ?? ''}|${index}`)}`;
    notes.push({ path: at('id'), message: t(`no guid, id or link: made the id "${id}" from the item's content`, `không có guid, id hay link: tạo mã "${id}" từ nội dung của mục`) });
  }
  if (seen.has(id)) {
    const unique = `${id}#${index}`;
    notes.push({ path: at('id'), message: t(`id "${id}" is used twice: this one became "${unique}"`, `mã "${id}" bị dùng hai lần: mục này đổi thành "${unique}"`) });
    id = unique;
  }
  seen.add(id);
  out.id = id;
  const link = clean(fields.link);
  if (link) out.url = link;
  else notes.push({ path: at('url'), message: t('no link: readers will see the item without a link', 'không có liên kết: mục sẽ hiển thị không kèm liên kết') });

  const summaryText = fields.summaryHtml ? htmlToText(fields.summaryHtml) : '';
  let title = fields.title ? (looksLikeHtml(fields.title) ? htmlToText(fields.title) : clean(fields.title)) : undefined;
  if (!title) {
    const fromBody = summaryText || (fields.bodyHtml ? htmlToText(fields.bodyHtml) : clean(fields.bodyText) ?? '');
    if (fromBody) {
      title = cut(fromBody, 90);
      notes.push({ path: at('title'), message: t('no title: used the start of the summary', 'không có tiêu đề: dùng phần đầu của tóm tắt') });
    } else {
      notes.push({ path: at('title'), message: t('no title and no text', 'không có tiêu đề và nội dung') });
    }
  }
  if (title) out.title = title;
  if (summaryText) out.summary = cut(summaryText);

  if (fields.bodyHtml && fields.bodyHtml.trim()) out.content_html = fields.bodyHtml.trim();
  else if (fields.summaryHtml && looksLikeHtml(fields.summaryHtml)) out.content_html = fields.summaryHtml.trim();
  else if (fields.bodyText && fields.bodyText.trim()) out.content_text = fields.bodyText.trim();

  if (fields.image) {
    out.image = fields.image.url;
    if (fields.image.alt) out._pw = { image_alt: fields.image.alt };
    else notes.push({ path: at('_pw.image_alt'), message: t('the image has no description: add _pw.image_alt for screen-reader users', 'ảnh không có mô tả: hãy thêm _pw.image_alt cho người dùng trình đọc màn hình') });
  }

  const setDate = (key: 'date_published' | 'date_modified', raw: string | undefined) => {
    if (!raw?.trim()) return;
    const d = toRfc3339(raw);
    if (!d) {
      notes.push({ path: at(key), message: t(`could not read the date "${raw.trim()}": left out`, `không đọc được ngày "${raw.trim()}": bỏ qua`) });
      return;
    }
    out[key] = d.value;
    if (d.assumedZone) notes.push({ path: at(key), message: t(`"${raw.trim()}" has no time zone: read as Vietnam time (+07:00)`, `"${raw.trim()}" không có múi giờ: hiểu là giờ Việt Nam (+07:00)`) });
  };
  setDate('date_published', fields.date);
  setDate('date_modified', fields.modified);
  if (!out.date_published && !fields.date?.trim()) notes.push({ path: at('date_published'), message: t('no date: the item will be listed after dated ones', 'không có ngày: mục sẽ xếp sau các mục có ngày') });

  const authors = [...new Set(fields.authors.map(authorName).filter((a): a is string => !!a))];
  if (authors.length) out.authors = authors.map((name) => ({ name }));
  const tags = [...new Set(fields.tags.map(clean).filter((t): t is string => !!t))];
  if (tags.length) out.tags = tags;
  return out as RawItem;
}

function fromRss(channel: XmlElement, itemEls: XmlElement[], notes: Note[]): RawFeed {
  const seen = new Set<string>();
  const items = itemEls.map((el, i) => {
    // The item's own namespace ('' for RSS 2.0, RSS 1.0's for RDF), so that
    // media:title or media:description never stand in for title or description.
    const R = el.ns;
    const guid = child(el, 'guid', R);
    const encoded = textOf(child(el, 'encoded', NS.content));
    // A description written as raw tags (no CDATA, not escaped) is kept as HTML.
    const descEl = child(el, 'description', R);
    const description = descEl?.children.some((c) => typeof c !== 'string') ? innerXml(descEl) : textOf(descEl);
    const link = clean(textOf(child(el, 'link', R)))
      ?? (guid && guid.attrs.isPermaLink !== 'false' && /^https?:/i.test(textOf(guid).trim()) ? textOf(guid).trim() : undefined)
      ?? el.attrs['rdf:about'];
    return item(
      i,
      {
        id: textOf(guid) || el.attrs['rdf:about'],
        link,
        title: textOf(child(el, 'title', R)),
        summaryHtml: description,
        bodyHtml: encoded,
        date: textOf(child(el, 'pubDate', R)) || textOf(child(el, 'date', NS.dc)),
        authors: [...children(el, 'author', R), ...children(el, 'creator', NS.dc)].map((a) => textOf(a)),
        tags: [...children(el, 'category', R), ...children(el, 'subject', NS.dc)].map((c) => textOf(c)),
        image: findImage(el, encoded || description),
      },
      notes,
      seen,
    );
  });
  const feed: RawFeed = { version: 'https://jsonfeed.org/version/1.1', items };
  const C = channel.ns;
  const title = clean(textOf(child(channel, 'title', C)));
  if (title) feed.title = htmlToText(title);
  const home = clean(textOf(child(channel, 'link', C)));
  if (home) feed.home_page_url = home;
  const language = languageOf(textOf(child(channel, 'language', C)) || textOf(child(channel, 'language', NS.dc)));
  if (language) feed.language = language;
  return feed;
}

function atomText(el: XmlElement | undefined): { html?: string; text?: string } {
  if (!el) return {};
  const type = (el.attrs.type ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const div = child(el, 'div');
    return { html: innerXml(div ?? el).trim() };
  }
  if (type === 'html' || type === 'text/html') return { html: textOf(el) };
  return { text: textOf(el) };
}

function atomLink(el: XmlElement): string | undefined {
  const links = children(el, 'link', el.ns);
  const alt = links.find((l) => !l.attrs.rel || l.attrs.rel === 'alternate') ?? links.find((l) => l.attrs.rel !== 'self' && l.attrs.rel !== 'enclosure');
  return clean(alt?.attrs.href);
}

function fromAtom(root: XmlElement, notes: Note[]): RawFeed {
  const seen = new Set<string>();
  const A = root.ns; // Atom's namespace, so that media:content or media:title never stand in for Atom's own
  const entries = children(root, 'entry', A);
  const items = entries.map((el, i) => {
    const summary = atomText(child(el, 'summary', A));
    const content = atomText(child(el, 'content', A));
    const title = atomText(child(el, 'title', A));
    const published = textOf(child(el, 'published', A)) || textOf(child(el, 'issued', A));
    const updated = textOf(child(el, 'updated', A)) || textOf(child(el, 'modified', A));
    return item(
      i,
      {
        id: textOf(child(el, 'id', A)),
        link: atomLink(el),
        title: title.html ?? title.text,
        summaryHtml: summary.html ?? (summary.text ? summary.text.replace(/&/g, '&amp;').replace(/</g, '&lt;') : undefined),
        bodyHtml: content.html,
        bodyText: content.text,
        date: published || updated,
        modified: published && updated && updated.trim() !== published.trim() ? updated : undefined,
        authors: [...children(el, 'author', A), ...(children(el, 'author', A).length ? [] : children(root, 'author', A))].map((a) =>
          textOf(child(a, 'name', A)),
        ),
        tags: children(el, 'category', A).map((c) => c.attrs.label || c.attrs.term || textOf(c)),
        image: findImage(el, content.html ?? summary.html),
      },
      notes,
      seen,
    );
  });
  const feed: RawFeed = { version: 'https://jsonfeed.org/version/1.1', items };
  const title = atomText(child(root, 'title', A));
  const feedTitle = title.html ? htmlToText(title.html) : clean(title.text);
  if (feedTitle) feed.title = feedTitle;
  const home = atomLink(root);
  if (home) feed.home_page_url = home;
  const language = languageOf(root.attrs['xml:lang']);
  if (language) feed.language = language;
  return feed;
}

const isRelativeUrl = (v: string) => !!v && !/^[a-z][a-z0-9+.-]*:/i.test(v) && !v.startsWith('#');

function absolutize(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/**
 * Makes the feed's links absolute against `base` (the address the RSS/Atom was
 * read from): the converted file will be published somewhere else, where
 * relative links would point to the wrong place. Without a base, relative
 * links are kept and listed in one note.
 */
export function resolveLinks(feed: RawFeed, base: string | undefined, notes: Note[]): void {
  let kept = 0;
  const fix = (v: string | undefined): string | undefined => {
    if (!v || !isRelativeUrl(v)) return v;
    if (base) return absolutize(v, base);
    kept++;
    return v;
  };
  feed.home_page_url = fix(feed.home_page_url);
  for (const item of feed.items) {
    item.url = fix(item.url);
    item.image = fix(item.image);
    if (item.content_html) {
      item.content_html = item.content_html.replace(
        /(\s(?:src|href)\s*=\s*)(["'])([^"']*)\2/gi,
        (m, pre: string, q: string, v: string) => (isRelativeUrl(v) ? `${pre}${q}${fix(v)}${q}` : m),
      );
    }
  }
  if (kept) {
    notes.push({
      path: 'items',
      message: t(
        `${kept} relative link${kept === 1 ? '' : 's'} kept as written: pass --base <the RSS address> to make them absolute`,
        `giữ nguyên ${kept} liên kết tương đối: dùng --base <địa chỉ RSS> để đổi thành địa chỉ đầy đủ`,
      ),
    });
  }
}

/** Converts the text of an RSS or Atom document. Throws {@link ConvertError} when it is neither. */
export function convertFeed(xml: string): ConvertResult {
  const body = xml.replace(/^\ufeff/, '').trim();
  if (!body) throw new ConvertError(t('the input is empty', 'dữ liệu vào rỗng'), t('Check the file name or the URL.', 'Kiểm tra tên tệp hoặc địa chỉ.'));
  if (body.startsWith('{') || body.startsWith('[')) {
    throw new ConvertError(
      t('the input is JSON, not RSS or Atom', 'dữ liệu vào là JSON, không phải RSS hay Atom'),
      t('It may already be a JSON Feed: check it with `provincial-widgets validate`.', 'Có thể đây đã là JSON Feed: kiểm tra bằng `provincial-widgets validate`.'),
    );
  }
  const root = parseXml(body);
  if (!root) {
    throw new ConvertError(
      t('the input is not XML', 'dữ liệu vào không phải XML'),
      t(
        'Give the address of the RSS or Atom feed itself (it usually ends in .rss, .xml or /feed).',
        'Dùng đúng địa chỉ của bản tin RSS hoặc Atom (thường kết thúc bằng .rss, .xml hoặc /feed).',
      ),
    );
  }
  const notes: Note[] = [];
  const name = root.local.toLowerCase();
  let result: ConvertResult;
  if (name === 'rss') {
    const channel = child(root, 'channel');
    if (!channel) {
      throw new ConvertError(
        t('the RSS document has no <channel>', 'tài liệu RSS không có <channel>'),
        t('An RSS 2.0 feed is <rss><channel>…<item>…</item></channel></rss>.', 'Bản tin RSS 2.0 có dạng <rss><channel>…<item>…</item></channel></rss>.'),
      );
    }
    result = { feed: fromRss(channel, children(channel, 'item', channel.ns), notes), format: 'rss', notes };
  } else if (name === 'feed') {
    result = { feed: fromAtom(root, notes), format: 'atom', notes };
  } else if (name === 'rdf') {
    const channel = child(root, 'channel') ?? root;
    result = { feed: fromRss(channel, descendants(root, 'item', NS.rss1), notes), format: 'rdf', notes };
  } else if (name === 'html') {
    throw new ConvertError(
      t('the input is an HTML page, not a feed', 'dữ liệu vào là trang HTML, không phải bản tin'),
      t(
        'Open the page in a browser and look for its RSS link; give that address instead.',
        'Mở trang bằng trình duyệt, tìm liên kết RSS của trang và dùng địa chỉ đó.',
      ),
    );
  } else {
    throw new ConvertError(
      t(`the root element is <${root.name}>, not <rss> or <feed>`, `phần tử gốc là <${root.name}>, không phải <rss> hay <feed>`),
      t('Give an RSS 2.0 or Atom feed.', 'Hãy dùng bản tin RSS 2.0 hoặc Atom.'),
    );
  }
  if (!result.feed.items.length) notes.push({ path: 'items', message: t('the feed has no items', 'bản tin không có mục nào') });
  return result;
}
