/** The generated feeds the benchmark serves, and the dates they use. */
export const MONTH = '2017-11';
export const CALENDAR_SIZES = [50, 500, 2000];
export const NEWS_SIZES = [10, 100, 10_000];

const pad = (n) => String(n).padStart(2, '0');
const feed = (items) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Benchmark', items });

/** `n` events spread over MONTH: every tenth all-day, every 17th cancelled. */
export function calendarFeed(n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    const day = 1 + (i % 30);
    const allDay = i % 10 === 9;
    const hour = 7 + (i % 10);
    items.push({
      id: `ev-${n}-${i}`,
      url: `https://www.longan.gov.vn/tap-huan/${i}`,
      title: `Tập huấn chuyên đề số ${i + 1}: kỹ năng số cho cán bộ cấp xã`,
      date_published: `2017-10-01T08:00:00+07:00`,
      _pw: {
        event: allDay
          ? { start: `${MONTH}-${pad(day)}`, end: `${MONTH}-${pad(Math.min(30, day + 1))}`, all_day: true }
          : {
              start: `${MONTH}-${pad(day)}T${pad(hour)}:00:00+07:00`,
              end: `${MONTH}-${pad(day)}T${pad(hour + 2)}:00:00+07:00`,
              status: i % 17 === 0 ? 'cancelled' : 'scheduled',
              location: { name: 'Hội trường UBND tỉnh Long An' },
            },
      },
    });
  }
  return feed(items);
}

/** `n` news items, one hour apart. */
export function newsFeed(n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push({
      id: `news-${n}-${i}`,
      url: `https://www.longan.gov.vn/tin-tuc/${i}`,
      title: `Long An đẩy mạnh chuyển đổi số trong cải cách hành chính, tin số ${i + 1}`,
      summary:
        'Ủy ban nhân dân tỉnh Long An triển khai nhiều giải pháp nâng cao chất lượng phục vụ người dân và doanh nghiệp.',
      date_published: new Date(Date.UTC(2017, 10, 22, 4, 16) - i * 3_600_000).toISOString(),
      tags: ['Chuyển đổi số'],
    });
  }
  return feed(items);
}

/** Every feed by URL path. */
export function benchFeeds() {
  const feeds = new Map();
  for (const n of CALENDAR_SIZES) feeds.set(`/feeds/calendar-${n}.json`, calendarFeed(n));
  for (const n of NEWS_SIZES) feeds.set(`/feeds/news-${n}.json`, newsFeed(n));
  return feeds;
}
