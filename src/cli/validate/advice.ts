/**
 * What a webmaster should fix although the contract allows it: images
 * without alt text, relative URLs, several languages in one feed.
 */
import type { Finding } from './report.js';
import { t } from '../common/i18n.js';
import { oneLine } from '../common/terminal.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRelative = (v: unknown): v is string =>
  typeof v === 'string' && !!v.trim() && !/^[a-z][a-z0-9+.-]*:/i.test(v.trim());

/** Adds the advice for `json`, a feed the parser accepted. */
export function advisories(json: unknown, add: (f: Pick<Finding, 'path' | 'message' | 'hint'>) => void): void {
  if (!isObject(json)) return;
  // Relative URLs are legal (they resolve against the feed's URL) but break
  // when the file is copied elsewhere: one warning lists them all.
  const relatives: string[] = [];
  const relative = (path: string, value: unknown) => {
    if (isRelative(value)) relatives.push(`${path} = "${value}"`);
  };
  relative('next_url', json.next_url);
  // A line break or control character in a title can start new lines of a calendar or a terminal.
  const controls: string[] = [];
  const control = (path: string, value: unknown) => {
    if (typeof value === 'string' && oneLine(value) !== value) controls.push(path);
  };
  control('title', json.title);
  if (Array.isArray(json.items))
    json.items.forEach((item, i) => isObject(item) && control(`items[${i}].title`, item.title));
  if (controls.length)
    add({
      path: controls[0]!,
      message: t(
        `control characters or line breaks in ${controls.length === 1 ? 'a title' : `${controls.length} titles`} (${controls.slice(0, 3).join(', ')})`,
        `tiêu đề có ký tự điều khiển hoặc xuống dòng (${controls.length}: ${controls.slice(0, 3).join(', ')})`,
      ),
      hint: t(
        'Keep a title on one line of plain text: remove the line breaks and invisible characters from the CMS field.',
        'Tiêu đề chỉ là một dòng chữ thường: xóa các dấu xuống dòng và ký tự ẩn trong trường của CMS.',
      ),
    });
  if (!Array.isArray(json.items)) return;
  const languages = new Set<string>();
  const noAlt: string[] = [];
  json.items.forEach((item, i) => {
    if (!isObject(item)) return;
    const at = (f: string) => `items[${i}].${f}`;
    const pw = isObject(item._pw) ? item._pw : {};
    if (
      typeof item.image === 'string' &&
      item.image.trim() &&
      (typeof pw.image_alt !== 'string' || !pw.image_alt.trim())
    ) {
      noAlt.push(at('_pw.image_alt'));
    }
    for (const key of ['url', 'external_url', 'image', 'banner_image']) relative(at(key), item[key]);
    if (isObject(pw.translations)) {
      for (const [lang, tr] of Object.entries(pw.translations))
        if (isObject(tr)) relative(at(`_pw.translations.${lang}.url`), tr.url);
    }
    const ev = isObject(pw.event) ? pw.event : undefined;
    if (ev) {
      relative(at('_pw.event.online_url'), ev.online_url);
      if (isObject(ev.registration)) relative(at('_pw.event.registration.url'), ev.registration.url);
    }
    if (typeof item.content_html === 'string') {
      for (const m of item.content_html.matchAll(/\s(src|href)\s*=\s*["']([^"']*)["']/gi)) {
        if (isRelative(m[2]) && !m[2].startsWith('#')) relative(at(`content_html (${m[1]}="${m[2]}")`), m[2]);
      }
    }
    if (typeof item.language === 'string') languages.add(item.language);
  });
  // Images without alt text: one warning each, or one for all when there are many.
  const listed = (paths: string[]) =>
    paths
      .slice(0, 3)
      .map((p) => p.replace(/\._pw\.image_alt$/, ''))
      .join(', ');
  const altHint = t(
    'Add "_pw": { "image_alt": "…" } describing the picture (for example "Cán bộ dự lớp tập huấn"), so screen-reader users know what it shows.',
    'Thêm "_pw": { "image_alt": "…" } mô tả nội dung ảnh (ví dụ "Cán bộ dự lớp tập huấn") để người dùng trình đọc màn hình biết ảnh thể hiện gì.',
  );
  if (noAlt.length > 5) {
    add({
      path: noAlt[0]!,
      message: t(
        `${noAlt.length} images have no text alternative: ${listed(noAlt)}, and ${noAlt.length - 3} more`,
        `${noAlt.length} ảnh không có văn bản thay thế: ${listed(noAlt)} và ${noAlt.length - 3} ảnh khác`,
      ),
      hint: altHint,
    });
  } else {
    for (const path of noAlt)
      add({ path, message: t('the image has no text alternative', 'ảnh không có văn bản thay thế'), hint: altHint });
  }
  if (relatives.length) {
    const shown = relatives.slice(0, 3).join(', ');
    add({
      path: relatives[0]!.split(' = ')[0]!,
      message: t(
        `${relatives.length} relative URL${relatives.length === 1 ? '' : 's'}: ${shown}${relatives.length > 3 ? `, and ${relatives.length - 3} more` : ''}`,
        `${relatives.length} địa chỉ tương đối: ${shown}${relatives.length > 3 ? ` và ${relatives.length - 3} địa chỉ khác` : ''}`,
      ),
      hint: t(
        "They resolve against the feed's own URL: fine when the feed and its pages and images are published together. Use absolute https:// URLs if the file is copied to another site.",
        'Chúng được tính theo địa chỉ của chính bản tin: ổn khi bản tin, các trang và ảnh được đăng cùng nhau. Hãy dùng địa chỉ https:// đầy đủ nếu tệp được sao chép sang website khác.',
      ),
    });
  }
  if (languages.size > 1) {
    add({
      path: 'items[*].language',
      message: t(
        `items in several languages (${[...languages].join(', ')}) in one feed`,
        `một bản tin có mục ở nhiều ngôn ngữ (${[...languages].join(', ')})`,
      ),
      hint: t(
        'Publish one feed per language (feed.vi.json, feed.en.json) and use src="…feed.{lang}.json".',
        'Mỗi ngôn ngữ một bản tin (feed.vi.json, feed.en.json) và dùng src="…feed.{lang}.json".',
      ),
    });
  }
}
