/**
 * `validate URL --origin https://agency.example`: can a page on that origin
 * read the feed, and will browsers cache it? The widgets fetch the feed
 * cross-origin, so a missing `Access-Control-Allow-Origin` leaves only their
 * fallback content; the rest are warnings.
 */
import { t } from '../common/i18n.js';
import type { Finding } from './report.js';

/** An origin as a browser sends it: scheme, host and port, nothing else. */
export function parseOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username;
    return /^https?:$/.test(url.protocol) && bare ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

const finding = (severity: Finding['severity'], path: string, message: string, hint: string): Finding => ({
  severity,
  rule: 'headers',
  path,
  message,
  hint,
});

function corsFindings(headers: Record<string, string>, origin: string): Finding[] {
  const allow = headers['access-control-allow-origin']?.trim();
  const path = 'Access-Control-Allow-Origin';
  const add = t(
    `Send "Access-Control-Allow-Origin: *" with the feed (it is public), or "Access-Control-Allow-Origin: ${origin}" plus "Vary: Origin".`,
    `Gửi kèm bản tin tiêu đề "Access-Control-Allow-Origin: *" (bản tin là công khai), hoặc "Access-Control-Allow-Origin: ${origin}" cùng "Vary: Origin".`,
  );
  if (!allow) {
    return [
      finding(
        'error',
        path,
        t(
          `missing: browsers stop pages on ${origin} from reading the feed, so the widgets show only their fallback`,
          `không có: trình duyệt chặn các trang trên ${origin} đọc bản tin, nên tiện ích chỉ hiện nội dung dự phòng`,
        ),
        add,
      ),
    ];
  }
  if (allow === '*') return [];
  if (allow !== origin) {
    const list = /[,\s]/.test(allow);
    return [
      finding(
        'error',
        path,
        list
          ? t(
              `"${allow}" lists several origins, which browsers reject: pages on ${origin} cannot read the feed`,
              `"${allow}" liệt kê nhiều nguồn gốc, trình duyệt không chấp nhận: các trang trên ${origin} không đọc được bản tin`,
            )
          : t(
              `"${allow}" is not ${origin}: pages there cannot read the feed`,
              `"${allow}" không phải ${origin}: các trang trên đó không đọc được bản tin`,
            ),
        list
          ? t(
              `Send one value: "*", or the origin of the request (echo the Origin header when it is on your list) with "Vary: Origin".`,
              `Chỉ gửi một giá trị: "*", hoặc nguồn gốc của yêu cầu (lặp lại tiêu đề Origin nếu nó có trong danh sách) cùng "Vary: Origin".`,
            )
          : add,
      ),
    ];
  }
  const vary = (headers['vary'] ?? '').toLowerCase().split(/\s*,\s*/);
  return vary.includes('origin') || vary.includes('*')
    ? []
    : [
        finding(
          'warning',
          'Vary',
          t(
            `the server answers with the page's origin but without "Vary: Origin": a cache may serve this answer to another site, which is then refused`,
            `máy chủ trả lời theo nguồn gốc của trang nhưng thiếu "Vary: Origin": bộ nhớ đệm có thể đưa câu trả lời này cho trang khác và trang đó bị chặn`,
          ),
          t(
            'Add "Vary: Origin", or send "Access-Control-Allow-Origin: *".',
            'Thêm "Vary: Origin", hoặc gửi "Access-Control-Allow-Origin: *".',
          ),
        ),
      ];
}

function contentTypeFindings(type: string | undefined): Finding[] {
  const path = 'Content-Type';
  const fix = t(
    'Serve the feed as "Content-Type: application/feed+json; charset=utf-8".',
    'Gửi bản tin với "Content-Type: application/feed+json; charset=utf-8".',
  );
  if (!type) {
    return [
      finding(
        'warning',
        path,
        t('missing: the browser has to guess the type', 'không có: trình duyệt phải tự đoán kiểu tệp'),
        fix,
      ),
    ];
  }
  // Not JSON at all is reported by the feed checks already.
  if (!/json/i.test(type)) return [];
  const [mime = '', ...params] = type.split(';').map((s) => s.trim().toLowerCase());
  const out: Finding[] = [];
  if (mime !== 'application/feed+json' && mime !== 'application/json') {
    out.push(
      finding('warning', path, t(`"${mime}" is not a JSON Feed type`, `"${mime}" không phải kiểu của JSON Feed`), fix),
    );
  }
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  if (charset !== 'utf-8') {
    out.push(
      finding(
        'warning',
        path,
        charset
          ? t(`charset "${charset}" is not utf-8`, `bảng mã "${charset}" không phải utf-8`)
          : t(
              'no charset: some servers and proxies then re-encode Vietnamese text',
              'không ghi bảng mã: một số máy chủ và proxy khi đó mã hóa lại chữ tiếng Việt',
            ),
        fix,
      ),
    );
  }
  return out;
}

function cachingFindings(headers: Record<string, string>): Finding[] {
  const out: Finding[] = [];
  const cache = headers['cache-control']?.toLowerCase();
  const fix = t(
    'Send "Cache-Control: public, max-age=300, stale-while-revalidate=3600" (five minutes, the widgets\' own default).',
    'Gửi "Cache-Control: public, max-age=300, stale-while-revalidate=3600" (năm phút, bằng mặc định của tiện ích).',
  );
  if (!cache) {
    out.push(
      finding(
        'warning',
        'Cache-Control',
        t(
          'missing: each browser guesses how long to keep the feed',
          'không có: mỗi trình duyệt tự đoán giữ bản tin bao lâu',
        ),
        fix,
      ),
    );
  } else if (/\bno-store\b/.test(cache)) {
    out.push(
      finding(
        'warning',
        'Cache-Control',
        t(
          `"${cache}": every page view downloads the whole feed again`,
          `"${cache}": mỗi lượt xem trang lại tải toàn bộ bản tin`,
        ),
        fix,
      ),
    );
  }
  if (!headers['etag'] && !headers['last-modified']) {
    out.push(
      finding(
        'warning',
        'ETag',
        t(
          'neither ETag nor Last-Modified: a browser cannot ask "has it changed?" and must download the feed again',
          'không có ETag hay Last-Modified: trình duyệt không hỏi được "có thay đổi không?" và phải tải lại cả bản tin',
        ),
        t(
          'Let the web server send ETag or Last-Modified (static files get them by default), so an unchanged feed costs a 304.',
          'Để máy chủ gửi ETag hoặc Last-Modified (tệp tĩnh thường có sẵn), khi bản tin không đổi chỉ tốn một phản hồi 304.',
        ),
      ),
    );
  }
  return out;
}

/** What a reader on `origin` runs into, from the feed's response headers (lower-cased names). */
export function originFindings(headers: Record<string, string>, origin: string): Finding[] {
  return [
    ...corsFindings(headers, origin),
    ...contentTypeFindings(headers['content-type']),
    ...cachingFindings(headers),
  ];
}
