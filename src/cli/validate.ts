/**
 * `validate`: checks a feed against the contract with the widgets' own parser
 * (src/feed/parse.ts, so the tool and the widgets never disagree), then adds
 * what a webmaster should fix even though the widgets cope: images without
 * alt text, relative URLs, dates without an offset, a missing version.
 */
import { isFeedError, type FeedErrorKind } from '../feed/errors.js';
import { parseFeedText, type FeedProblem } from '../feed/parse.js';
import type { Input } from './input.js';
import { decode, MAX_BYTES } from './input.js';
import { t } from './i18n.js';

export type Severity = 'fatal' | 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** JSON path, e.g. `items[3].date_published`; `$` for the whole document. */
  path: string;
  message: string;
  hint: string;
}

export interface Report {
  source: string;
  findings: Finding[];
  /** Items in the file, and items the widgets will show. */
  items?: number;
  shown?: number;
  events?: number;
  version?: string;
  encoding?: string;
}

const FATAL = (): Record<FeedErrorKind, [string, string]> => ({
  http: [
    t('the server answered with an error status', 'máy chủ trả về mã lỗi'),
    t('Open the URL in a browser; check the address and that the file is published.', 'Mở địa chỉ bằng trình duyệt; kiểm tra địa chỉ và tệp đã được đăng chưa.'),
  ],
  network: [t('the feed could not be fetched', 'không tải được bản tin'), t('Check the address and the network.', 'Kiểm tra địa chỉ và kết nối mạng.')],
  cors: [
    t('the server does not let other sites read the feed', 'máy chủ không cho trang khác đọc bản tin'),
    t('Send "Access-Control-Allow-Origin: *" with the feed.', 'Gửi kèm tiêu đề "Access-Control-Allow-Origin: *" với bản tin.'),
  ],
  timeout: [
    t('the server did not answer in time', 'máy chủ không trả lời kịp'),
    t('Try again; if it is slow, serve the feed as a static file.', 'Thử lại; nếu chậm, hãy phục vụ bản tin dưới dạng tệp tĩnh.'),
  ],
  'too-large': [
    t('the feed is over the 5 MB limit', 'bản tin vượt quá giới hạn 5 MB'),
    t('Publish fewer items per file (20–50) and link older ones with "next_url".', 'Mỗi tệp chỉ nên có 20–50 tin; liên kết các tin cũ hơn bằng "next_url".'),
  ],
  empty: [t('the file is empty', 'tệp rỗng'), t('Check that the CMS export wrote the feed.', 'Kiểm tra chức năng xuất bản tin của CMS.')],
  html: [
    t('this is an HTML page, not a JSON feed', 'đây là trang HTML, không phải bản tin JSON'),
    t(
      'The address probably shows an error or login page. Give the URL of the .json file itself.',
      'Địa chỉ này có lẽ là trang báo lỗi hoặc trang đăng nhập. Hãy dùng đúng địa chỉ của tệp .json.',
    ),
  ],
  'not-json': [
    t('this is not valid JSON', 'đây không phải JSON hợp lệ'),
    t(
      'Check for a missing comma or quote, or a file cut short. If it is RSS or Atom, convert it with `provincial-widgets from-rss`.',
      'Kiểm tra dấu phẩy, dấu ngoặc kép bị thiếu hoặc tệp bị cắt cụt. Nếu là RSS hay Atom, hãy chuyển đổi bằng `provincial-widgets from-rss`.',
    ),
  ],
  'not-object': [
    t('the JSON is not an object', 'JSON không phải là một đối tượng'),
    t(
      'A feed is one object: { "version": "https://jsonfeed.org/version/1.1", "items": [ … ] }.',
      'Bản tin là một đối tượng: { "version": "https://jsonfeed.org/version/1.1", "items": [ … ] }.',
    ),
  ],
  'no-items': [
    t('the feed has no "items" array', 'bản tin không có mảng "items"'),
    t(
      'Add "items": [ … ] with one object per news item or event (an empty array is fine).',
      'Thêm "items": [ … ] với mỗi tin hoặc sự kiện là một đối tượng (mảng rỗng cũng được).',
    ),
  ],
});

/** The parser's message (English, for console.warn) in the run's language. */
function messageFor(p: FeedProblem): string {
  const m = p.message;
  const field = p.path.replace(/^items\[\d+\]\.?/, '');
  if (/duplicate id "(.*)"/.test(m)) return t(m, `mã "${/duplicate id "(.*)"/.exec(m)![1]}" bị trùng`);
  if (/^missing "id"/.test(m)) return t(m, 'thiếu "id"');
  if (/"id" must be a non-empty string/.test(m)) return t(m, '"id" phải là chuỗi không rỗng');
  if (/item is not an object/.test(m)) return t(m, 'mục này không phải là đối tượng');
  if (/is before its start/.test(m)) return t(m, `"${field}" sớm hơn thời điểm bắt đầu`);
  if (/"_pw\.event\.status" must be/.test(m)) return t(m, '"_pw.event.status" phải là scheduled, cancelled, postponed hoặc rescheduled');
  if (/"_pw\.event\.start" is required/.test(m)) return t(m, 'thiếu "_pw.event.start"');
  if (/is not an RFC 3339 date|is not a date|not an RFC 3339 date/.test(m)) return t(m, `"${field}" không phải ngày giờ RFC 3339`);
  if (/is not an allowed/.test(m)) return t(m, `"${field}" không phải địa chỉ http(s) hợp lệ`);
  if (/must be an array/.test(m)) return t(m, `"${field}" phải là mảng`);
  if (/must be an object/.test(m)) return t(m, `"${field}" phải là đối tượng`);
  if (/must be a string/.test(m)) return t(m, `"${field}" phải là chuỗi`);
  return m;
}

/** A plain-words fix for a problem the parser reported. */
function hintFor(p: FeedProblem): string {
  const field = p.path.replace(/^items\[\d+\]\.?/, '');
  const m = p.message;
  if (/duplicate id/.test(m)) {
    return t(
      'Every item needs its own "id"; two items share this one. Use the article\'s slug or database id.',
      'Mỗi mục cần một "id" riêng; hai mục đang dùng chung mã này. Hãy dùng đường dẫn rút gọn (slug) hoặc mã trong cơ sở dữ liệu của bài.',
    );
  }
  if (field === 'id') {
    return t(
      'Give every item a unique, stable "id" string, such as the article\'s slug ("tap-huan-quy-che-dan-chu-2017").',
      'Đặt cho mỗi mục một "id" duy nhất, không đổi, ví dụ slug của bài ("tap-huan-quy-che-dan-chu-2017").',
    );
  }
  if (field === '') return t('Each entry of "items" must be an object: { "id": "…", "title": "…", … }.', 'Mỗi phần tử của "items" phải là một đối tượng: { "id": "…", "title": "…", … }.');
  if (/before its start/.test(m)) {
    return t(
      'Check "end". For all-day events "end" is the last day, inclusive ("start": "2017-11-09", "end": "2017-11-10" is two days).',
      'Kiểm tra "end". Với sự kiện cả ngày, "end" là ngày cuối cùng, tính cả ngày đó ("start": "2017-11-09", "end": "2017-11-10" là hai ngày).',
    );
  }
  if (field.endsWith('status')) return t('Use one of: scheduled, cancelled, postponed, rescheduled.', 'Dùng một trong các giá trị: scheduled, cancelled, postponed, rescheduled.');
  if (/event\.(start|end)$/.test(field)) {
    return t(
      'Write "2017-11-22T07:30:00+07:00" for a time, or "2017-11-22" for an all-day event.',
      'Ghi "2017-11-22T07:30:00+07:00" cho giờ cụ thể, hoặc "2017-11-22" cho sự kiện cả ngày.',
    );
  }
  if (/RFC 3339|deadline|date/.test(m) || /date_/.test(field)) {
    return t(
      'Write dates as RFC 3339 with the offset, e.g. "2017-11-22T11:16:00+07:00" (not "22/11/2017 - 11:16").',
      'Ghi ngày giờ theo RFC 3339 kèm múi giờ, ví dụ "2017-11-22T11:16:00+07:00" (không ghi "22/11/2017 - 11:16").',
    );
  }
  if (/URL/.test(m)) {
    return t(
      'Use an https:// address (links may also be mailto:). javascript:, data: and file: addresses are never shown.',
      'Dùng địa chỉ https:// (liên kết có thể dùng mailto:). Địa chỉ javascript:, data: và file: không bao giờ được hiển thị.',
    );
  }
  if (/must be an array/.test(m)) return t(`Make "${field}" a list: [ … ].`, `Đổi "${field}" thành mảng: [ … ].`);
  if (/must be an object/.test(m)) return t(`Make "${field}" an object: { … }.`, `Đổi "${field}" thành đối tượng: { … }.`);
  if (/must be a string/.test(m)) return t(`Make "${field}" text in quotes.`, `Đổi "${field}" thành chuỗi trong dấu ngoặc kép.`);
  return t('See docs/feed.md for the expected form.', 'Xem định dạng đúng trong docs/feed.md.');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRelative = (v: unknown): v is string => typeof v === 'string' && !!v.trim() && !/^[a-z][a-z0-9+.-]*:/i.test(v.trim());
const OFFSETLESS = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Contract checks the parser tolerates but a webmaster should fix. */
function advisories(json: unknown, add: (f: Omit<Finding, 'severity'>) => void): void {
  if (!isObject(json)) return;
  if (json.version === undefined) {
    add({ path: 'version', message: t('"version" is missing', 'thiếu "version"'), hint: t('Add "version": "https://jsonfeed.org/version/1.1".', 'Thêm "version": "https://jsonfeed.org/version/1.1".') });
  } else if (typeof json.version !== 'string' || !/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/.test(json.version)) {
    add({ path: 'version', message: t(`"version" is ${JSON.stringify(json.version)}`, `"version" là ${JSON.stringify(json.version)}`), hint: t('Use "https://jsonfeed.org/version/1.1".', 'Dùng "https://jsonfeed.org/version/1.1".') });
  }
  // Relative URLs are legal (they resolve against the feed's URL) but break
  // when the file is copied elsewhere: one warning lists them all.
  const relatives: string[] = [];
  const relative = (path: string, value: unknown) => {
    if (isRelative(value)) relatives.push(`${path} = "${value}"`);
  };
  for (const key of ['home_page_url', 'feed_url', 'next_url']) relative(key, json[key]);
  if (!Array.isArray(json.items)) return;
  const languages = new Set<string>();
  const noAlt: string[] = [];
  json.items.forEach((item, i) => {
    if (!isObject(item)) return;
    const at = (f: string) => `items[${i}].${f}`;
    const pw = isObject(item._pw) ? item._pw : {};
    if (typeof item.image === 'string' && item.image.trim() && (typeof pw.image_alt !== 'string' || !pw.image_alt.trim())) {
      noAlt.push(at('_pw.image_alt'));
    }
    if (!item.title && !item.summary && !item.content_text && !item.content_html) {
      add({ path: at('title'), message: t('the item has no title and no text', 'mục này không có tiêu đề và nội dung'), hint: t('Add a "title".', 'Thêm "title".') });
    }
    for (const key of ['url', 'external_url', 'image', 'banner_image']) relative(at(key), item[key]);
    if (isObject(pw.translations)) {
      for (const [lang, tr] of Object.entries(pw.translations)) if (isObject(tr)) relative(at(`_pw.translations.${lang}.url`), tr.url);
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
    const dates: Array<[string, unknown]> = [
      ['date_published', item.date_published],
      ['date_modified', item.date_modified],
      ...(ev ? ([['_pw.event.start', ev.start], ['_pw.event.end', ev.end]] as Array<[string, unknown]>) : []),
    ];
    for (const [key, v] of dates) {
      if (typeof v === 'string' && OFFSETLESS.test(v.trim())) {
        add({
          path: at(key),
          message: t(`"${v}" has no time zone offset; it is read as Vietnam time`, `"${v}" không có múi giờ; được hiểu là giờ Việt Nam`),
          hint: t(`Write "${v.trim()}+07:00" to be explicit.`, `Ghi rõ "${v.trim()}+07:00".`),
        });
      }
    }
    if (typeof item.language === 'string') languages.add(item.language);
  });
  // Images without alt text: one warning each, or one for all when there are many.
  const listed = (paths: string[]) => paths.slice(0, 3).map((p) => p.replace(/\._pw\.image_alt$/, '')).join(', ');
  const altHint =
    t(
      'Add "_pw": { "image_alt": "…" } describing the picture (for example "Cán bộ dự lớp tập huấn"), so screen-reader users know what it shows.',
      'Thêm "_pw": { "image_alt": "…" } mô tả nội dung ảnh (ví dụ "Cán bộ dự lớp tập huấn") để người dùng trình đọc màn hình biết ảnh thể hiện gì.',
    );
  if (noAlt.length > 5) {
    add({
      path: noAlt[0],
      message: t(
        `${noAlt.length} images have no text alternative: ${listed(noAlt)}, and ${noAlt.length - 3} more`,
        `${noAlt.length} ảnh không có văn bản thay thế: ${listed(noAlt)} và ${noAlt.length - 3} ảnh khác`,
      ),
      hint: altHint,
    });
  } else {
    for (const path of noAlt) add({ path, message: t('the image has no text alternative', 'ảnh không có văn bản thay thế'), hint: altHint });
  }
  if (relatives.length) {
    const shown = relatives.slice(0, 3).join(', ');
    add({
      path: relatives[0].split(' = ')[0],
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
      message: t(`items in several languages (${[...languages].join(', ')}) in one feed`, `một bản tin có mục ở nhiều ngôn ngữ (${[...languages].join(', ')})`),
      hint: t(
        'Publish one feed per language (feed.vi.json, feed.en.json) and use src="…feed.{lang}.json".',
        'Mỗi ngôn ngữ một bản tin (feed.vi.json, feed.en.json) và dùng src="…feed.{lang}.json".',
      ),
    });
  }
}

/** Where a JSON syntax error is, as "line 12, column 5", from V8's message. */
function jsonErrorPlace(text: string): string | undefined {
  try {
    JSON.parse(text.replace(/^\ufeff/, ''));
    return undefined;
  } catch (e) {
    const msg = e instanceof Error ? e.message : '';
    const pos = /position (\d+)/.exec(msg)?.[1];
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const end = t('the end of the file (it is cut short)', 'cuối tệp (tệp bị cắt cụt)');
    const at = (line: number | string, col: number | string) => t(`line ${line}, column ${col}`, `dòng ${line}, cột ${col}`);
    if (lc) return at(lc[1], lc[2]);
    if (pos === undefined) return /Unexpected end/.test(msg) ? end : undefined;
    if (Number(pos) >= text.trimEnd().length - 2 && /Unterminated|Unexpected end|Expected/.test(msg)) return end;
    const before = text.slice(0, Number(pos)).split('\n');
    return at(before.length, before[before.length - 1].length + 1);
  }
}

/**
 * Validates an input. `base` is the URL the feed will be served from; it
 * resolves relative URLs (default: the input's URL, or an https placeholder
 * for local files, so relative URLs are warnings and not errors).
 */
export function validate(input: Input, base?: string): Report {
  const report: Report = { source: input.source, findings: [] };
  const fatal = (kind: FeedErrorKind, extra = '', status?: number) => {
    const [message, hint] = FATAL()[kind];
    report.findings.push({ severity: 'fatal', path: '$', message: `${message}${status ? ` (HTTP ${status})` : ''}${extra}`, hint });
    return report;
  };
  if (input.status !== undefined && (input.status < 200 || input.status > 299)) return fatal('http', '', input.status);
  if (input.bytes.byteLength > MAX_BYTES) return fatal('too-large');
  if (/text\/html/i.test(input.contentType ?? '')) return fatal('html');
  const { text, encoding } = decode(input.bytes, input.contentType);
  report.encoding = encoding;
  if (!/^utf-8$/.test(encoding)) {
    report.findings.push({
      severity: 'warning',
      path: '$',
      message: t(`the file is not plain UTF-8 (${encoding})`, `tệp không phải UTF-8 chuẩn (${encoding})`),
      hint: t(
        'Save and serve the feed as UTF-8 (Content-Type: application/feed+json; charset=utf-8), or Vietnamese text may arrive garbled.',
        'Lưu và phục vụ bản tin ở dạng UTF-8 (Content-Type: application/feed+json; charset=utf-8), nếu không chữ tiếng Việt có thể bị lỗi phông.',
      ),
    });
  }
  if (input.contentType && !/json/i.test(input.contentType)) {
    report.findings.push({
      severity: 'warning',
      path: '$',
      message: t(`the server calls it "${input.contentType}"`, `máy chủ gửi tệp với kiểu "${input.contentType}"`),
      hint: t('Serve it as "application/feed+json; charset=utf-8" (or application/json).', 'Hãy gửi với kiểu "application/feed+json; charset=utf-8" (hoặc application/json).'),
    });
  }
  const feedUrl = base ?? (/^https?:/i.test(input.url) ? input.url : `https://feed.invalid/${input.url.split('/').pop() || 'feed.json'}`);
  let result;
  try {
    result = parseFeedText(text, feedUrl);
  } catch (e) {
    if (!isFeedError(e)) throw e;
    const place = e.kind === 'not-json' ? jsonErrorPlace(text) : undefined;
    if (e.kind === 'not-json' && /^\s*<(\?xml|rss|feed|rdf)/i.test(text)) {
      report.findings.push({
        severity: 'fatal',
        path: '$',
        message: t('this is an RSS or Atom (XML) feed, not a JSON feed', 'đây là bản tin RSS hoặc Atom (XML), không phải bản tin JSON'),
        hint: t('Convert it: `npx provincial-widgets from-rss <file|url> > feed.vi.json`.', 'Hãy chuyển đổi: `npx provincial-widgets from-rss <tệp|địa chỉ> > feed.vi.json`.'),
      });
      return report;
    }
    return fatal(e.kind, place ? t(` at ${place}`, ` tại ${place}`) : '');
  }
  const json = JSON.parse(text.replace(/^\ufeff/, '')) as Record<string, unknown>;
  const { feed, problems } = result;
  report.version = typeof json.version === 'string' ? json.version : undefined;
  report.items = Array.isArray(json.items) ? json.items.length : 0;
  report.shown = feed.items.length;
  report.events = feed.items.filter((i) => i.event).length;
  for (const p of problems) {
    report.findings.push({
      severity: p.effect === 'item' ? 'error' : 'warning',
      path: p.path.replace(/\.$/, ''),
      message: `${messageFor(p)}${p.effect === 'item' ? t(' — this item will not be shown', ' — mục này sẽ không hiển thị') : t(' — this field is ignored', ' — trường này bị bỏ qua')}`,
      hint: hintFor(p),
    });
  }
  advisories(json, (f) => report.findings.push({ severity: 'warning', ...f }));
  return report;
}

/** Exit status: 1 when the feed cannot be used or items are dropped; with `strict`, warnings too. */
export function exitCode(report: Report, strict = false): number {
  const worst = report.findings.map((f) => f.severity);
  if (worst.includes('fatal') || worst.includes('error')) return 1;
  return strict && worst.includes('warning') ? 1 : 0;
}

/** The report in plain words, one finding per paragraph. */
export function formatReport(report: Report, color = false): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const label: Record<Severity, string> = {
    fatal: paint(31, t('FATAL  ', 'LỖI NẶNG')),
    error: paint(31, t('ERROR  ', 'LỖI    ')),
    warning: paint(33, t('WARNING', 'CẢNH BÁO')),
  };
  const lines: string[] = [];
  const version = report.version?.endsWith('1.1') ? 'JSON Feed 1.1' : report.version?.endsWith('/1') ? 'JSON Feed 1.0' : 'JSON Feed';
  const summary = report.items === undefined
    ? ''
    : t(` (${version}, ${report.items} items, ${report.events ?? 0} events)`, ` (${version}, ${report.items} mục, ${report.events ?? 0} sự kiện)`);
  lines.push(t(`Checking ${report.source}${summary}`, `Kiểm tra ${report.source}${summary}`));
  const fix = t('        Fix:', '        Cách sửa:');
  for (const f of report.findings) {
    lines.push('', `${label[f.severity]} ${f.path}: ${f.message}`, `${fix} ${f.hint}`);
  }
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const errors = count('fatal') + count('error');
  const warnings = count('warning');
  lines.push('');
  if (count('fatal')) lines.push(paint(31, t('The widgets cannot use this feed.', 'Các tiện ích không dùng được bản tin này.')));
  else {
    const shown = t(`${report.shown} of ${report.items} items will show`, `${report.shown}/${report.items} mục sẽ hiển thị`);
    const errorText = t(`${errors} error${errors === 1 ? '' : 's'}`, `${errors} lỗi`);
    const warningText = t(`${warnings} warning${warnings === 1 ? '' : 's'}`, `${warnings} cảnh báo`);
    lines.push(
      errors || warnings
        ? `${errors ? paint(31, errorText) : errorText}, ${warningText}; ${shown}.`
        : paint(32, t(`No problems; ${shown}.`, `Không có vấn đề; ${shown}.`)),
    );
  }
  return lines.join('\n');
}
