/**
 * The words of `validate`: fatal problems, and the parser's problems (English,
 * for console.warn) in the run's language, each with a plain-words fix.
 */
import type { FeedErrorKind } from '../../feed/errors.js';
import type { FeedProblem } from '../../feed/parse.js';
import { t } from '../common/i18n.js';

export const FATAL = (): Record<FeedErrorKind, [string, string]> => ({
  http: [
    t('the server answered with an error status', 'máy chủ trả về mã lỗi'),
    t(
      'Open the URL in a browser; check the address and that the file is published.',
      'Mở địa chỉ bằng trình duyệt; kiểm tra địa chỉ và tệp đã được đăng chưa.',
    ),
  ],
  network: [
    t('the feed could not be fetched', 'không tải được bản tin'),
    t('Check the address and the network.', 'Kiểm tra địa chỉ và kết nối mạng.'),
  ],
  cors: [
    t('the server does not let other sites read the feed', 'máy chủ không cho trang khác đọc bản tin'),
    t(
      'Send "Access-Control-Allow-Origin: *" with the feed.',
      'Gửi kèm tiêu đề "Access-Control-Allow-Origin: *" với bản tin.',
    ),
  ],
  timeout: [
    t('the server did not answer in time', 'máy chủ không trả lời kịp'),
    t(
      'Try again; if it is slow, serve the feed as a static file.',
      'Thử lại; nếu chậm, hãy phục vụ bản tin dưới dạng tệp tĩnh.',
    ),
  ],
  'too-large': [
    t('the feed is over the 5 MB limit', 'bản tin vượt quá giới hạn 5 MB'),
    t(
      'Publish fewer items per file (20–50) and link older ones with "next_url".',
      'Mỗi tệp chỉ nên có 20–50 tin; liên kết các tin cũ hơn bằng "next_url".',
    ),
  ],
  empty: [
    t('the file is empty', 'tệp rỗng'),
    t('Check that the CMS export wrote the feed.', 'Kiểm tra chức năng xuất bản tin của CMS.'),
  ],
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
export function messageFor(p: FeedProblem): string {
  const m = p.message;
  const field = p.path.replace(/^items\[\d+\]\.?/, '');
  const vi = (re: RegExp, f: (...g: string[]) => string) => {
    const g = re.exec(m);
    return g ? t(m, f(...g.slice(1))) : undefined;
  };
  const coerced =
    vi(/^"id" is a number; read as "(.*)"$/, (v) => `"id" là số; được đọc thành chuỗi "${v}"`) ??
    vi(
      /^"tags" is a string; read as tags split on commas$/,
      () => '"tags" là chuỗi; được tách thành thẻ theo dấu phẩy',
    ) ??
    vi(/^"authors" is an object/, () => '"authors" là một đối tượng; được đọc thành danh sách một tác giả') ??
    vi(
      /^"(.*)" \("(.*)"\) has (.*)$/,
      (f, v, what) =>
        `"${f}" ("${v}") ${what
          .replace('no time (read as 00:00)', 'không có giờ (đọc là 00:00)')
          .replace('no seconds (read as :00)', 'không có giây (đọc là :00)')
          .replace(
            'no time zone offset (read as Vietnam time, +07:00)',
            'không có múi giờ (đọc theo giờ Việt Nam, +07:00)',
          )
          .replace(' and ', ' và ')}`,
    ) ??
    vi(/^duplicate id "(.*)"; read as "(.*)"$/, (a, b) => `mã "${a}" bị trùng; được đọc thành "${b}"`) ??
    vi(
      /^(no usable "id"|"id" is longer than (\d+) characters); read as (the item's URL|its position) \("(.*)"\)$/,
      (_, max, how, id) =>
        `${max ? `"id" dài quá ${max} ký tự` : 'thiếu "id" hợp lệ'}; dùng ${how === 'its position' ? 'vị trí của mục' : 'địa chỉ của mục'} ("${id}")`,
    ) ??
    vi(/^nothing readable is left/, () => 'không còn gì để đọc: không có tiêu đề, nội dung hay liên kết') ??
    vi(/^the item is not an object$/, () => 'mục này không phải là đối tượng');
  if (coerced) return coerced;
  if (/is before its start/.test(m)) return t(m, `"${field}" sớm hơn thời điểm bắt đầu`);
  if (/"_pw\.event\.status" must be/.test(m))
    return t(m, '"_pw.event.status" phải là scheduled, cancelled, postponed hoặc rescheduled');
  if (/"_pw\.event\.start" is required/.test(m)) return t(m, 'thiếu "_pw.event.start"');
  if (/is not an RFC 3339 date|is not a date|not an RFC 3339 date/.test(m))
    return t(m, `"${field}" không phải ngày giờ RFC 3339`);
  if (/is not an allowed/.test(m)) return t(m, `"${field}" không phải địa chỉ http(s) hợp lệ`);
  const ics = /is not an http\(s\) URL of at most (\d+) characters/.exec(m);
  if (ics)
    return t(
      m,
      `"${field}" không phải địa chỉ http(s) dài tối đa ${ics[1]} ký tự, không chứa tên người dùng hay mật khẩu`,
    );
  if (/must be an array/.test(m)) return t(m, `"${field}" phải là mảng`);
  if (/is outside the years/.test(m)) return t(m, `"${field}" nằm ngoài các năm 1–9999`);
  if (/must be an object/.test(m)) return t(m, `"${field}" phải là đối tượng`);
  if (/must be a string/.test(m)) return t(m, `"${field}" phải là chuỗi`);
  return m;
}

/** A plain-words fix for a problem the parser reported. */
export function hintFor(p: FeedProblem): string {
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
  if (/nothing readable/.test(m)) {
    return t(
      'Give the item a "title", its text ("content_html" or "content_text") or a "url".',
      'Thêm "title", nội dung ("content_html" hoặc "content_text") hoặc "url" cho mục này.',
    );
  }
  if (field === '')
    return t(
      'Each entry of "items" must be an object: { "id": "…", "title": "…", … }.',
      'Mỗi phần tử của "items" phải là một đối tượng: { "id": "…", "title": "…", … }.',
    );
  if (/before its start/.test(m)) {
    return t(
      'Check "end". For all-day events "end" is the last day, inclusive ("start": "2017-11-09", "end": "2017-11-10" is two days).',
      'Kiểm tra "end". Với sự kiện cả ngày, "end" là ngày cuối cùng, tính cả ngày đó ("start": "2017-11-09", "end": "2017-11-10" là hai ngày).',
    );
  }
  if (field.endsWith('status'))
    return t(
      'Use one of: scheduled, cancelled, postponed, rescheduled.',
      'Dùng một trong các giá trị: scheduled, cancelled, postponed, rescheduled.',
    );
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
  if (/must be an object/.test(m))
    return t(`Make "${field}" an object: { … }.`, `Đổi "${field}" thành đối tượng: { … }.`);
  if (/must be a string/.test(m))
    return t(`Make "${field}" text in quotes.`, `Đổi "${field}" thành chuỗi trong dấu ngoặc kép.`);
  return t('See docs/feed.md for the expected form.', 'Xem định dạng đúng trong docs/feed.md.');
}

/** Where a JSON syntax error is, as "line 12, column 5", from V8's message. */
export function jsonErrorPlace(text: string): string | undefined {
  try {
    JSON.parse(text.replace(/^\ufeff/, ''));
    return undefined;
  } catch (e) {
    const msg = e instanceof Error ? e.message : '';
    const pos = /position (\d+)/.exec(msg)?.[1];
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const end = t('the end of the file (it is cut short)', 'cuối tệp (tệp bị cắt cụt)');
    const at = (line: number | string, col: number | string) =>
      t(`line ${line}, column ${col}`, `dòng ${line}, cột ${col}`);
    if (lc) return at(lc[1]!, lc[2]!);
    if (pos === undefined) return /Unexpected end/.test(msg) ? end : undefined;
    if (Number(pos) >= text.trimEnd().length - 2 && /Unterminated|Unexpected end|Expected/.test(msg)) return end;
    const before = text.slice(0, Number(pos)).split('\n');
    return at(before.length, before[before.length - 1]!.length + 1);
  }
}
