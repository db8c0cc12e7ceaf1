/**
 * The console warning for a feed answered with an error status, in English and Vietnamese like the
 * markup warnings: what the status means, its likely causes and the fix. A lazy chunk: the loader
 * imports it only when a feed fails so (a page whose feeds work never downloads these words).
 */

/** [English, Vietnamese] advice for `status`. */
function advice(status: number | undefined): [string, string] {
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

/** The whole warning for the feed at `url`, both languages, each naming the URL. */
export function httpWarning(url: string, status: number | undefined): string {
  const [en, vi] = advice(status);
  return `provincial-widgets: feed ${url}: ${en} / nguồn tin ${url}: ${vi}`;
}
