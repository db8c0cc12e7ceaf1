/** One JSON Feed item from the fields the RSS or Atom mapping found, with a note for every guess. */
import type { RawItem } from '../../feed/types.js';
import { toRfc3339 } from '../common/dates.js';
import { hashId } from '../common/hash-id.js';
import type { Note } from '../common/types.js';
import { clean, cut, htmlToText, looksLikeHtml } from './html-text.js';
import { t } from '../common/i18n.js';

export interface ImageFound {
  url: string;
  alt?: string;
}

export interface Author {
  name?: string;
  url?: string;
}

export interface ItemFields {
  id?: string;
  link?: string;
  title?: string;
  /** The title is HTML (Atom `type="html"`); undefined: guess from its look (RSS). */
  titleIsHtml?: boolean;
  summaryHtml?: string;
  bodyHtml?: string;
  bodyText?: string;
  date?: string;
  modified?: string;
  authors: Author[];
  tags: string[];
  image?: ImageFound;
}

const SUMMARY_MAX = 400;

/**
 * An RSS author string as publishers write it: `Name (email)`, `email (Name)`,
 * `Name <email>`, or either alone. The address is not published in the JSON
 * (it is not needed to show a by-line); a bare address is kept as the name.
 */
export function parseAuthor(raw: string | undefined): Author {
  const v = clean(raw);
  if (!v) return {};
  const email = /^([^\s()<>@]+@[^\s()<>@]+)$/;
  let m = /^(.+?)\s*\(([^()]+)\)$/.exec(v) ?? /^(.+?)\s*<([^<>]+)>$/.exec(v);
  if (m) {
    const [a, b] = [m[1]!.trim(), m[2]!.trim()];
    // `email (Name)` or `Name (email)` / `Name <email>`
    return { name: email.test(a) && !email.test(b) ? b : email.test(b) ? a : v };
  }
  m = /^<([^<>]+)>$/.exec(v);
  return { name: m ? m[1] : v };
}

/** BCP 47 tag from `vi`, `vi-vn`, `en_US`; undefined when it is not one. */
export function languageOf(raw: string | undefined): string | undefined {
  const v = clean(raw);
  if (!v || !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(v)) return undefined;
  const [primary, ...rest] = v.replace(/_/g, '-').split('-');
  return [primary!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

/** JSON Feed authors, without duplicates or empty ones. */
export function authorsOf(list: Author[]): Array<{ name: string; url?: string }> {
  const out: Array<{ name: string; url?: string }> = [];
  const seen = new Set<string>();
  for (const a of list) {
    const name = clean(a.name);
    if (!name || seen.has(name)) continue;
    seen.add(name);
    out.push(a.url && /^(https?|mailto):/i.test(a.url) ? { name, url: a.url } : { name });
  }
  return out;
}

/** Builds one item and records what had to be guessed. */
export function buildItem(index: number, fields: ItemFields, notes: Note[], seen: Set<string>): RawItem {
  const at = (f: string) => `items[${index}]${f ? `.${f}` : ''}`;
  const out: Partial<RawItem> = {};
  let id = clean(fields.id) ?? clean(fields.link);
  if (!id) {
    id = `item-${hashId(`${fields.title ?? ''}|${fields.date ?? ''}|${fields.summaryHtml ?? ''}|${index}`)}`;
    notes.push({
      path: at('id'),
      message: t(
        `no guid, id or link: made the id "${id}" from the item's content`,
        `không có guid, id hay link: tạo mã "${id}" từ nội dung của mục`,
      ),
    });
  }
  if (seen.has(id)) {
    const unique = `${id}#${index}`;
    notes.push({
      path: at('id'),
      message: t(
        `id "${id}" is used twice: this one became "${unique}"`,
        `mã "${id}" bị dùng hai lần: mục này đổi thành "${unique}"`,
      ),
    });
    id = unique;
  }
  seen.add(id);
  out.id = id;
  const link = clean(fields.link);
  if (link) out.url = link;
  else
    notes.push({
      path: at('url'),
      message: t(
        'no link: readers will see the item without a link',
        'không có liên kết: mục sẽ hiển thị không kèm liên kết',
      ),
    });

  const summaryText = fields.summaryHtml ? htmlToText(fields.summaryHtml) : '';
  // RSS titles are HTML in practice: tags, or entities escaped twice by the CMS (`&amp;quot;`).
  const titleIsHtml =
    fields.titleIsHtml ??
    (!!fields.title && (looksLikeHtml(fields.title) || /&(#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(fields.title)));
  let title = fields.title ? (titleIsHtml ? htmlToText(fields.title) : clean(fields.title)) : undefined;
  if (!title) {
    const fromBody = summaryText || (fields.bodyHtml ? htmlToText(fields.bodyHtml) : (clean(fields.bodyText) ?? ''));
    if (fromBody) {
      title = cut(fromBody, 90);
      notes.push({
        path: at('title'),
        message: t('no title: used the start of the summary', 'không có tiêu đề: dùng phần đầu của tóm tắt'),
      });
    } else {
      notes.push({ path: at('title'), message: t('no title and no text', 'không có tiêu đề và nội dung') });
    }
  }
  if (title) out.title = title;
  if (summaryText) out.summary = cut(summaryText, SUMMARY_MAX);

  if (fields.bodyHtml && fields.bodyHtml.trim()) out.content_html = fields.bodyHtml.trim();
  else if (fields.summaryHtml && looksLikeHtml(fields.summaryHtml)) out.content_html = fields.summaryHtml.trim();
  else if (fields.bodyText && fields.bodyText.trim()) out.content_text = fields.bodyText.trim();
  // JSON Feed requires content_html or content_text: the summary, else the title, else the link stands in.
  else if (summaryText || title || link) out.content_text = summaryText || title || link;

  if (fields.image) {
    out.image = fields.image.url;
    if (fields.image.alt) out._pw = { image_alt: fields.image.alt };
    else
      notes.push({
        path: at('_pw.image_alt'),
        message: t(
          'the image has no description: add _pw.image_alt for screen-reader users',
          'ảnh không có mô tả: hãy thêm _pw.image_alt cho người dùng trình đọc màn hình',
        ),
      });
  }

  const setDate = (key: 'date_published' | 'date_modified', raw: string | undefined) => {
    if (!raw?.trim()) return;
    const d = toRfc3339(raw);
    if (!d) {
      notes.push({
        path: at(key),
        message: t(`could not read the date "${raw.trim()}": left out`, `không đọc được ngày "${raw.trim()}": bỏ qua`),
      });
      return;
    }
    out[key] = d.value;
    if (d.assumedZone)
      notes.push({
        path: at(key),
        message: t(
          `"${raw.trim()}" has no time zone: read as Vietnam time (+07:00)`,
          `"${raw.trim()}" không có múi giờ: hiểu là giờ Việt Nam (+07:00)`,
        ),
      });
  };
  setDate('date_published', fields.date);
  setDate('date_modified', fields.modified);
  if (!out.date_published && !fields.date?.trim())
    notes.push({
      path: at('date_published'),
      message: t('no date: the item will be listed after dated ones', 'không có ngày: mục sẽ xếp sau các mục có ngày'),
    });

  const authors = authorsOf(fields.authors);
  if (authors.length) out.authors = authors;
  const tags = [...new Set(fields.tags.map(clean).filter((t): t is string => !!t))];
  if (tags.length) out.tags = tags;
  return out as RawItem;
}
