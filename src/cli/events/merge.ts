/**
 * `merge`: several feeds (news, events) → one. Items are unioned by id (a
 * duplicate is reported and the later file wins), newest first.
 */
import type { RawFeed, RawItem } from '../../feed/types.js';
import { parseInstant } from '../../shared/dates.js';
import type { Note } from '../common/types.js';
import { t } from '../common/i18n.js';
import { oneLine } from '../common/terminal.js';

export interface NamedFeed {
  /** What the user typed, for messages. */
  source: string;
  feed: RawFeed;
}

/** The instant an item is sorted by: its publication date, else its event's start. */
function sortKey(item: RawItem): number | undefined {
  const value = item.date_published ?? item._pw?.event?.start ?? item.date_modified;
  return value === undefined ? undefined : parseInstant(value)?.getTime();
}

/**
 * The feed-level `_pw` members (`ics_url`, and any a publisher added): each from the first file that has
 * it, as for the title; a different value in a later file is named in a note, never silently dropped.
 */
function mergeFeedPw(inputs: NamedFeed[], notes: Note[]): RawFeed['_pw'] {
  const out: NonNullable<RawFeed['_pw']> = {};
  const from = new Map<string, string>();
  for (const { source, feed } of inputs) {
    const pw = feed._pw;
    if (!pw || typeof pw !== 'object' || Array.isArray(pw)) continue;
    for (const [key, value] of Object.entries(pw)) {
      if (!from.has(key)) {
        out[key] = value;
        from.set(key, source);
      } else if (JSON.stringify(value) !== JSON.stringify(out[key])) {
        notes.push({
          path: `_pw.${key}`,
          message: t(
            `${from.get(key)} and ${source} differ: kept ${JSON.stringify(out[key])} from ${from.get(key)} (the first file wins)`,
            `${from.get(key)} và ${source} khác nhau: giữ ${JSON.stringify(out[key])} của ${from.get(key)} (tệp đầu tiên được ưu tiên)`,
          ),
        });
      }
    }
  }
  return from.size ? out : undefined;
}

/** Several feeds → one: items unioned by id (the later file wins), newest first; feed members from the first file. */
export function mergeFeeds(inputs: NamedFeed[]): { feed: RawFeed; notes: Note[] } {
  const notes: Note[] = [];
  const byId = new Map<string, { item: RawItem; source: string; order: number }>();
  let order = 0;
  for (const { source, feed } of inputs) {
    for (const [i, item] of feed.items.entries()) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        notes.push({
          path: `${source}: items[${i}]`,
          message: t('left out: not an object', 'đã bỏ: không phải một đối tượng'),
        });
        continue;
      }
      const earlier = byId.get(item.id);
      if (earlier) {
        notes.push({
          path: `items["${item.id}"]`,
          message: t(
            `the id is in both ${earlier.source} and ${source}: kept the one from ${source}`,
            `mã này có trong cả ${earlier.source} và ${source}: giữ bản trong ${source}`,
          ),
        });
        byId.delete(item.id);
      }
      byId.set(item.id, { item, source, order: order++ });
    }
  }
  // Newest first; undated items after dated ones, in input order.
  const items = [...byId.values()]
    .map((e) => ({ ...e, key: sortKey(e.item) }))
    .sort((a, b) =>
      a.key === undefined
        ? b.key === undefined
          ? a.order - b.order
          : 1
        : b.key === undefined
          ? -1
          : b.key - a.key || a.order - b.order,
    )
    .map((e) => e.item);
  const first = <K extends keyof RawFeed>(k: K) => inputs.find((i) => i.feed[k] !== undefined)?.feed[k];
  const feed: RawFeed = { version: 'https://jsonfeed.org/version/1.1', items: [] };
  for (const k of ['title', 'home_page_url', 'language'] as const) {
    const v = first(k);
    if (v !== undefined) feed[k] = v as string;
  }
  const pw = mergeFeedPw(inputs, notes);
  if (pw) feed._pw = pw;
  // A line break in the title would follow the merged feed into every calendar made from it.
  if (typeof feed.title === 'string' && oneLine(feed.title) !== feed.title) {
    feed.title = oneLine(feed.title);
    notes.push({
      path: 'title',
      message: t(
        'line breaks and control characters in the title were replaced by spaces',
        'các dấu xuống dòng và ký tự điều khiển trong tiêu đề đã được thay bằng dấu cách',
      ),
    });
  }
  const paged = inputs.filter((i) => i.feed.next_url);
  if (paged.length === 1) {
    feed.next_url = paged[0]!.feed.next_url;
    if (inputs.length > 1)
      notes.push({
        path: 'next_url',
        message: t(
          `kept the next page of ${paged[0]!.source}: older items of the other files are not paged`,
          `giữ trang tiếp theo của ${paged[0]!.source}: các mục cũ hơn của những tệp khác không được phân trang`,
        ),
      });
  } else if (paged.length > 1) {
    notes.push({
      path: 'next_url',
      message: t(
        `left out: ${paged.map((p) => p.source).join(', ')} each have a next page, and one next_url cannot follow both; merge their next pages into a second file and link it`,
        `đã bỏ: ${paged.map((p) => p.source).join(', ')} đều có trang tiếp theo, một next_url không thể trỏ tới cả hai; hãy gộp các trang tiếp theo thành một tệp thứ hai rồi liên kết tới đó`,
      ),
    });
  }
  if (inputs.some((i) => i.feed.feed_url))
    notes.push({
      path: 'feed_url',
      message: t(
        'left out: it named an input file; set it to where the merged feed will be published',
        'đã bỏ: nó trỏ tới tệp đầu vào; hãy đặt lại thành địa chỉ sẽ đăng bản tin gộp',
      ),
    });
  return { feed: { ...feed, items }, notes };
}
