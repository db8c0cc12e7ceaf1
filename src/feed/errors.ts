/** Why a feed could not be used at all. Item-level problems are warnings, not errors. */
export type FeedErrorKind =
  'http' | 'network' | 'cors' | 'timeout' | 'too-large' | 'empty' | 'html' | 'not-json' | 'not-object' | 'no-items';

/** What each problem means; an error status has its own advice (httpAdvice). */
const explanations: Record<Exclude<FeedErrorKind, 'http'>, string> = {
  network: 'the request failed (offline, or connection reset)',
  cors: 'the server answered, but without an Access-Control-Allow-Origin header that lets this page read it',
  timeout: 'the server did not answer in time',
  'too-large': 'the body is larger than the size cap',
  empty: 'the body is empty',
  html: 'the server sent an HTML page instead of JSON (a login or error page?)',
  'not-json': 'the body is not valid JSON (truncated, or RSS/XML?)',
  'not-object': 'the JSON is not an object',
  'no-items': 'the feed has no "items" array',
};

/**
 * An error status, in English and Vietnamese like the markup warnings: what it means and the likely
 * causes, by status (a webmaster reads it in the console, in either language).
 */
function httpAdvice(status = 0): [string, string] {
  const code = `(HTTP ${status})`;
  if (status === 404 || status === 410)
    return [
      `the server has no file at this address ${code}. Likely causes: a typo in src (the path, upper or lower case, the file extension); the feed not uploaded or published yet; or, when src has {lang}, no file for this language. Fix: open the address in a browser; it must show the feed's JSON.`,
      `máy chủ không có tệp ở địa chỉ này ${code}. Nguyên nhân thường gặp: gõ sai src (đường dẫn, chữ hoa hay chữ thường, đuôi tệp); bản tin chưa được tải lên hoặc chưa xuất bản; hoặc, khi src có {lang}, chưa có tệp cho ngôn ngữ này. Cách sửa: mở địa chỉ này bằng trình duyệt; phải thấy nội dung JSON của bản tin.`,
    ];
  if (status === 401 || status === 403)
    return [
      `the server refuses to send the feed ${code}: it is behind a login, or file permissions or hotlink protection block it. Fix: publish the feed at a public address.`,
      `máy chủ từ chối gửi bản tin ${code}: tệp nằm sau trang đăng nhập, hoặc bị quyền truy cập tệp hay chế độ chống liên kết ngoài chặn. Cách sửa: đăng bản tin ở một địa chỉ công khai.`,
    ];
  return [
    `the server answered with an error status ${code}. Fix: open the address in a browser, and ask the server's administrator to check its error log.`,
    `máy chủ trả về mã lỗi ${code}. Cách sửa: mở địa chỉ này bằng trình duyệt, và nhờ người quản trị máy chủ xem nhật ký lỗi.`,
  ];
}

/** What the feed's host must add, naming this page's origin. */
const corsFix = () => {
  const origin = globalThis.location?.origin;
  return `. Fix: the feed's server must send "Access-Control-Allow-Origin: *"${origin && origin !== 'null' ? ` (or "${origin}", this page's origin)` : ''} with the feed.`;
};

/** The console text of a FeedError: the one place the browser side words them. */
function message(kind: FeedErrorKind, url: string, status?: number): string {
  if (kind === 'http') {
    const [en, vi] = httpAdvice(status);
    return `provincial-widgets: feed ${url}: ${en} / nguồn tin ${url}: ${vi}`;
  }
  return `provincial-widgets: feed ${url}: ${explanations[kind]}${status ? ` (HTTP ${status})` : ''}${kind === 'cors' ? corsFix() : ''}`;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message(kind, url, status));
  }
}

export const isFeedError = (e: unknown): e is FeedError => e instanceof Error && e.name === 'FeedError' && 'kind' in e;
