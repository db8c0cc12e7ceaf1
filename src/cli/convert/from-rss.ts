/**
 * RSS 2.0 / 1.0 / 0.90 or Atom 1.0 / 0.3 → the feed contract (JSON Feed 1.1 + `_pw`).
 *
 * Keeps titles, links (made absolute with `xml:base`), ids, dates (RFC 822
 * `+0700` becomes `+07:00`), summaries, bodies, images (enclosures,
 * media:content, media:thumbnail, and the first <img> of the body as a last
 * resort) with their alt text when the feed has one, categories and authors.
 * Missing fields are left out or derived sensibly, and every guess is
 * reported as a note. The mapping is in ./rss.ts and ./atom.ts; the XML is
 * read by htmlparser2 (./xml.ts).
 */
import { fromAtom } from './atom.js';
import { htmlToText } from './html-text.js';
import { t } from '../common/i18n.js';
import { absolutize, isRelativeUrl, rewriteHtmlLinks } from './links.js';
import { fromRss } from './rss.js';
import { ConvertError } from '../common/errors.js';
import type { ConvertedFeed, Note } from '../common/types.js';
import { child, children, descendants, NS, parseXml } from './xml.js';

export interface ConvertResult {
  feed: ConvertedFeed;
  format: 'rss' | 'atom' | 'rdf';
  notes: Note[];
}

/**
 * Makes the feed's links absolute against `base` (the address the RSS/Atom was
 * read from): the converted file will be published somewhere else, where
 * relative links would point to the wrong place. Without a base, relative
 * links are kept and listed in one note.
 */
export function resolveLinks(feed: ConvertedFeed, base: string | undefined, notes: Note[]): void {
  let kept = 0;
  const fix = (v: string): string => {
    if (!isRelativeUrl(v)) return v;
    if (base) return absolutize(v, base);
    kept++;
    return v;
  };
  const fixOpt = (v: string | undefined) => (v ? fix(v) : v);
  feed.home_page_url = fixOpt(feed.home_page_url);
  feed.icon = fixOpt(feed.icon);
  feed.favicon = fixOpt(feed.favicon);
  for (const item of feed.items) {
    item.url = fixOpt(item.url);
    item.image = fixOpt(item.image);
    if (item.content_html) item.content_html = rewriteHtmlLinks(item.content_html, fix);
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

const notAFeed = (message: string, hint: string) => new ConvertError(message, hint);

/**
 * Converts the text of an RSS or Atom document; `base` is its address, for
 * relative links. Throws {@link ConvertError} when it is neither.
 */
export function convertFeed(xml: string, base?: string): ConvertResult {
  const body = xml.replace(/^\ufeff/, '').trim();
  if (!body)
    throw notAFeed(
      t('the input is empty', 'dữ liệu vào rỗng'),
      t('Check the file name or the URL.', 'Kiểm tra tên tệp hoặc địa chỉ.'),
    );
  if (body.startsWith('{') || body.startsWith('[')) {
    throw notAFeed(
      t('the input is JSON, not RSS or Atom', 'dữ liệu vào là JSON, không phải RSS hay Atom'),
      t(
        'It may already be a JSON Feed: check it with `provincial-widgets validate`.',
        'Có thể đây đã là JSON Feed: kiểm tra bằng `provincial-widgets validate`.',
      ),
    );
  }
  const { root, warnings } = parseXml(body, base);
  if (!root) {
    throw notAFeed(
      t('the input is not XML', 'dữ liệu vào không phải XML'),
      t(
        'Give the address of the RSS or Atom feed itself (it usually ends in .rss, .xml or /feed).',
        'Dùng đúng địa chỉ của bản tin RSS hoặc Atom (thường kết thúc bằng .rss, .xml hoặc /feed).',
      ),
    );
  }
  const notes: Note[] = warnings.map((message) => ({ path: '(document)', message }));
  const name = root.local.toLowerCase();
  let result: ConvertResult;
  if (name === 'rss') {
    const channel = child(root, 'channel');
    if (!channel) {
      throw notAFeed(
        t(
          'the <rss> document has no <channel>, so it has no feed to convert',
          'tài liệu <rss> không có <channel> nên không có bản tin để chuyển đổi',
        ),
        t(
          'An RSS 2.0 feed is <rss><channel>…<item>…</item></channel></rss>: ask the publisher for a complete feed.',
          'Bản tin RSS 2.0 có dạng <rss><channel>…<item>…</item></channel></rss>: hãy đề nghị nơi xuất bản cung cấp bản tin đầy đủ.',
        ),
      );
    }
    result = { feed: fromRss(channel, children(channel, 'item', channel.ns), notes), format: 'rss', notes };
  } else if (name === 'feed') {
    result = { feed: fromAtom(root, notes), format: 'atom', notes };
  } else if (name === 'rdf') {
    // RSS 1.0 and 0.90 put the items beside the channel, not in it.
    const channel = child(root, 'channel') ?? root;
    const items = [...descendants(root, 'item', NS.rss1), ...descendants(root, 'item', NS.rss090)];
    result = { feed: fromRss(channel, items, notes), format: 'rdf', notes };
  } else if (name === 'html') {
    throw notAFeed(
      t('the input is an HTML page, not a feed', 'dữ liệu vào là trang HTML, không phải bản tin'),
      t(
        'Open the page in a browser and look for its RSS link; give that address instead.',
        'Mở trang bằng trình duyệt, tìm liên kết RSS của trang và dùng địa chỉ đó.',
      ),
    );
  } else if (name === 'channel' && !root.ns) {
    throw notAFeed(
      t(
        'the input is a CDF channel (Microsoft Channel Definition Format), which is not supported',
        'dữ liệu vào là kênh CDF (Microsoft Channel Definition Format), định dạng không được hỗ trợ',
      ),
      t(
        'Ask the publisher for an RSS 2.0 or Atom feed of the same content.',
        'Hãy đề nghị nơi xuất bản cung cấp bản tin RSS 2.0 hoặc Atom cho cùng nội dung.',
      ),
    );
  } else {
    throw notAFeed(
      t(
        `the root element is <${root.name}>, not <rss> or <feed>`,
        `phần tử gốc là <${root.name}>, không phải <rss> hay <feed>`,
      ),
      t('Give an RSS 2.0 or Atom feed.', 'Hãy dùng bản tin RSS 2.0 hoặc Atom.'),
    );
  }
  // An entry with nothing a reader could use (only an author, or a body without text) would fail `validate`
  // and be dropped by the widgets: leave it out, and say so.
  const before = result.feed.items.length;
  result.feed.items = result.feed.items.filter((item, i) => {
    if (item.title || item.content_text || item.url || (item.content_html && htmlToText(item.content_html)))
      return true;
    notes.push({
      path: `items[${i}]`,
      message: t('left out: no title, no text and no link', 'bỏ qua: không có tiêu đề, nội dung hay liên kết'),
    });
    return false;
  });
  if (!result.feed.items.length) {
    notes.push({
      path: 'items',
      message: before
        ? t('no item is readable', 'không có mục nào đọc được')
        : t('the feed has no items', 'bản tin không có mục nào'),
    });
  }
  return result;
}
