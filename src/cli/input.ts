/** Reading a feed from a file, a URL or stdin, as bytes plus what the server said about them. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
}

export class InputError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}

export const MAX_BYTES = 5 * 1024 * 1024;
const TIMEOUT = 15_000;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readInput(source: string): Promise<Input> {
  if (/^https?:\/\//i.test(source)) {
    let res: Response;
    try {
      res = await fetch(source, {
        signal: AbortSignal.timeout(TIMEOUT),
        headers: { Accept: 'application/feed+json, application/json;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8, */*;q=0.1' },
        redirect: 'follow',
      });
    } catch (e) {
      const timeout = e instanceof Error && e.name === 'TimeoutError';
      throw new InputError(
        timeout
          ? t(`no answer from ${source} within ${TIMEOUT / 1000} s`, `${source} không trả lời trong ${TIMEOUT / 1000} giây`)
          : t(`could not reach ${source}`, `không kết nối được tới ${source}`),
        timeout
          ? t('Try again later, or download the file and check the copy.', 'Thử lại sau, hoặc tải tệp về rồi kiểm tra bản sao.')
          : t('Check the address and your connection (or a proxy/firewall).', 'Kiểm tra địa chỉ và kết nối mạng (hoặc proxy/tường lửa).'),
      );
    }
    const length = Number(res.headers.get('content-length'));
    if (length > MAX_BYTES) {
      const mb = (length / 1048576).toFixed(1);
      throw new InputError(
        t(`the feed is ${mb} MB, over the 5 MB limit`, `bản tin nặng ${mb} MB, vượt giới hạn 5 MB`),
        t('Publish fewer items per file (20–50) and link older ones with "next_url".', 'Mỗi tệp chỉ nên có 20–50 tin; liên kết các tin cũ hơn bằng "next_url".'),
      );
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { source, url: res.url || source, bytes, contentType: res.headers.get('content-type') ?? undefined, status: res.status };
  }
  if (source === '-') return { source: 'stdin', url: 'file:///dev/stdin', bytes: await readStdin() };
  const path = resolve(source);
  try {
    return { source, url: pathToFileURL(path).href, bytes: await readFile(path) };
  } catch (e) {
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
 * Decodes bytes as text: the BOM first, then the charset from the HTTP
 * header or the XML declaration, else UTF-8. Vietnamese sites sometimes still
 * serve windows-1258.
 */
export function decode(bytes: Uint8Array, contentType?: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /^<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1];
  let encoding = (declared ?? 'utf-8').toLowerCase();
  try {
    return { text: new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(bytes), encoding };
  } catch {
    // Invalid UTF-8, or a charset this Node does not know: decode leniently so the problems can still be shown.
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: `${encoding}, invalid bytes replaced` };
  }
}
