/** Reading a feed from a file, a URL or stdin, as bytes plus what the server said about them. */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from './errors.js';
import { t } from './i18n.js';

export interface Input {
  /** What the user typed. */
  source: string;
  /** Absolute URL (http(s) or file:) of the input. */
  url: string;
  bytes: Uint8Array;
  contentType?: string;
  /** HTTP status, for URLs. */
  status?: number;
  /** HTTP Content-Location (the document's base for relative links) and Content-Language. */
  contentLocation?: string;
  contentLanguage?: string;
  /** All response headers, lower-cased names (URLs only). */
  headers?: Record<string, string>;
}

export const MAX_BYTES = 5 * 1024 * 1024;
/** Default time allowed for a URL to answer in full, in ms. */
export const TIMEOUT = 15_000;

const tooLarge = (what: string) =>
  new InputError(
    t(`${what} is over the 5 MB limit`, `${what} vượt giới hạn 5 MB`),
    t(
      'Publish fewer items per file (20–50) and link older ones with "next_url".',
      'Mỗi tệp chỉ nên có 20–50 tin; liên kết các tin cũ hơn bằng "next_url".',
    ),
  );

/**
 * Reads a stream to its end, counting while reading: stops past MAX_BYTES
 * (a chunked response with no length, /dev/zero) instead of filling memory.
 */
async function readCapped(chunks: AsyncIterable<Uint8Array>, what: string, stop?: () => void): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > MAX_BYTES) {
      stop?.();
      throw tooLarge(what);
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

const timeoutError = (source: string, timeout: number) =>
  new InputError(
    t(`no answer from ${source} within ${timeout / 1000} s`, `${source} không trả lời trong ${timeout / 1000} giây`),
    t(
      'Try again later, or download the file and check the copy.',
      'Thử lại sau, hoặc tải tệp về rồi kiểm tra bản sao.',
    ),
  );
const isTimeout = (e: unknown) =>
  e instanceof Error && (e.name === 'TimeoutError' || (e.cause instanceof Error && e.cause.name === 'TimeoutError'));

/**
 * Reads a file, `-` (stdin) or an http(s) URL; `timeout` (ms) bounds a URL's whole answer.
 * `origin` is sent as the `Origin` header, as a browser on that site would.
 */
export async function readInput(source: string, timeout = TIMEOUT, origin?: string): Promise<Input> {
  if (/^https?:\/\//i.test(source)) {
    let res: Response;
    try {
      res = await fetch(source, {
        signal: AbortSignal.timeout(timeout),
        headers: {
          Accept:
            'application/feed+json, application/json;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8, */*;q=0.1',
          ...(origin ? { Origin: origin } : {}),
        },
        redirect: 'follow',
      });
    } catch (e) {
      if (isTimeout(e)) throw timeoutError(source, timeout);
      throw new InputError(
        t(`could not reach ${source}`, `không kết nối được tới ${source}`),
        t(
          'Check the address and your connection (or a proxy/firewall).',
          'Kiểm tra địa chỉ và kết nối mạng (hoặc proxy/tường lửa).',
        ),
      );
    }
    const length = Number(res.headers.get('content-length'));
    if (length > MAX_BYTES) {
      await res.body?.cancel();
      throw tooLarge(
        t(`the feed (${(length / 1048576).toFixed(1)} MB)`, `bản tin (${(length / 1048576).toFixed(1)} MB)`),
      );
    }
    let bytes: Uint8Array;
    try {
      // Leaving the loop early cancels the body through its iterator: cancel() itself would throw
      // "ReadableStream is locked" after the message.
      bytes = res.body
        ? await readCapped(res.body as unknown as AsyncIterable<Uint8Array>, t('the feed', 'bản tin'))
        : new Uint8Array();
    } catch (e) {
      if (e instanceof InputError) throw e;
      if (isTimeout(e)) throw timeoutError(source, timeout);
      // undici's "terminated": the connection closed, or a body it could not decode (stacked Content-Encoding).
      throw new InputError(
        t(
          `the answer from ${source} broke off or could not be decoded`,
          `câu trả lời từ ${source} bị ngắt hoặc không giải mã được`,
        ),
        t(
          'Try again; if it repeats, the server should send the feed with one Content-Encoding (gzip or br) or none.',
          'Thử lại; nếu vẫn lỗi, máy chủ cần gửi bản tin với một Content-Encoding (gzip hoặc br) hoặc không nén.',
        ),
      );
    }
    const header = (name: string) => res.headers.get(name) ?? undefined;
    return {
      source,
      url: res.url || source,
      bytes,
      contentType: header('content-type'),
      contentLocation: header('content-location'),
      contentLanguage: header('content-language'),
      headers: Object.fromEntries(res.headers),
      status: res.status,
    };
  }
  if (source === '-')
    return {
      source: 'stdin',
      url: 'file:///dev/stdin',
      bytes: await readCapped(process.stdin, t('standard input', 'dữ liệu vào chuẩn')),
    };
  const path = resolve(source);
  const stream = createReadStream(path);
  try {
    return { source, url: pathToFileURL(path).href, bytes: await readCapped(stream, source, () => stream.destroy()) };
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as { code?: string }).code;
    throw new InputError(
      code === 'ENOENT'
        ? t(`no such file: ${source}`, `không có tệp: ${source}`)
        : code === 'EISDIR'
          ? t(`${source} is a folder, not a file`, `${source} là thư mục, không phải tệp`)
          : t(`cannot read ${source} (${code ?? 'error'})`, `không đọc được ${source} (${code ?? 'lỗi'})`),
      code === 'ENOENT'
        ? t('Check the path, or give an http(s) URL.', 'Kiểm tra đường dẫn, hoặc dùng địa chỉ http(s).')
        : t('Give the path of a feed file.', 'Hãy chỉ đường dẫn tới tệp bản tin.'),
    );
  }
}

/**
 * Decodes bytes as text: the BOM first, then UTF-16 recognised by its `<?`
 * without a BOM, then the charset from the HTTP header or the XML declaration,
 * else UTF-8. Node's TextDecoder (full ICU) knows windows-1252/1258 and
 * ISO-8859-x; Vietnamese sites sometimes still serve windows-1258.
 * `lossy` says that some bytes could not be decoded and became U+FFFD.
 */
export function decode(bytes: Uint8Array, contentType?: string): { text: string; encoding: string; lossy?: boolean } {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return strictly(b.subarray(3), 'utf-8');
  if (b[0] === 0xff && b[1] === 0xfe) return strictly(b.subarray(2), 'utf-16le');
  if (b[0] === 0xfe && b[1] === 0xff) return strictly(b.subarray(2), 'utf-16be');
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return strictly(b, 'utf-16le');
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return strictly(b, 'utf-16be');
  const head = new TextDecoder('latin1').decode(b.subarray(0, 200));
  const declared =
    /charset=["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /^<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(head)?.[1];
  let encoding = (declared ?? 'utf-8').toLowerCase();
  // A declared UTF-16 without a BOM or a UTF-16 `<?` is a mislabel: the bytes are ASCII-compatible.
  if (encoding.startsWith('utf-16')) encoding = 'utf-8';
  try {
    new TextDecoder(encoding);
  } catch {
    // A charset this Node does not know: decode as UTF-8 so the problems can still be shown.
    return { ...strictly(b, 'utf-8'), encoding: `utf-8 (${encoding} is not known)` };
  }
  const result = strictly(b, encoding);
  // Undeclared and not UTF-8: like feedparser, read it as windows-1252 (every byte is a character there) and say so.
  if (result.lossy && !declared)
    return {
      ...strictly(b, 'windows-1252'),
      encoding: 'windows-1252 (not valid UTF-8, no charset declared)',
      lossy: true,
    };
  return result;
}

/**
 * windows-1252's 0x80–0x9F. C1 controls in decoded text are such bytes read
 * with the wrong table: Node 20's TextDecoder decodes windows-1252 through its
 * Latin-1 fast path, and CMSs paste Word's quotes into UTF-8 as U+0091–U+0094.
 * Like feedparser, they become the characters meant.
 */
const CP1252 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

function strictly(bytes: Uint8Array, encoding: string): { text: string; encoding: string; lossy?: boolean } {
  const decoder = new TextDecoder(encoding, { fatal: true });
  try {
    const text = decoder.decode(bytes);
    return { text: text.replace(/[\x80-\x9f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] ?? c), encoding };
  } catch {
    return {
      text: new TextDecoder(encoding).decode(bytes),
      encoding: `${encoding}, invalid bytes replaced`,
      lossy: true,
    };
  }
}
