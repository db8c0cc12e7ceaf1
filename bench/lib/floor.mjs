/**
 * The floor of issue 15: a news list and a month grid written by hand from the same JSON Feed,
 * no framework. Each does only what the issue lists: fetch, `JSON.parse`, build the DOM, adopt
 * one stylesheet (constructed when the page loads, as Lit builds an element's styles when its
 * class is defined), lay out. They show what the widgets show in their first frame (the newest
 * `limit` items with title, date and summary; a Monday-first month grid with 3 events a day and
 * "+N"), with none of the widgets' checks (no validation, no sanitizing, no URL policy, no
 * locale, no cache). The functions are serialized into the page (`floorScript`), so they use
 * only browser globals.
 */

/** The sheet the floor adopts: card rows for the news list, a 7-column grid for the month. */
const FLOOR_CSS = `
  :host { display: block; font: 16px/1.5 sans-serif; }
  .item { display: grid; grid-template-columns: 34% 1fr; gap: .75em; padding: 1em 0; border-bottom: 1px solid #ddd; }
  .item .thumb { aspect-ratio: 16 / 9; background: #eee; }
  .item h3 { margin: 0; font-size: 1.125em; line-height: 1.4; }
  .item time { color: #555; font-size: .875em; }
  .item p { margin: .35em 0 0; line-height: 1.6; }
  .grid { display: grid; grid-template-columns: repeat(7, 1fr); border: 1px solid #ccc; }
  .head { font-weight: 600; text-align: center; padding: .25em; }
  .day { min-height: 6em; border: 1px solid #eee; padding: 2px; overflow: hidden; }
  .day.out { color: #999; }
  .num { font-size: .875em; }
  .event { display: block; font-size: .8125em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .event.cancelled { text-decoration: line-through; }
  .more { font-size: .8125em; border: 0; background: none; padding: 0; color: #06c; }
`;

/** Creation of a news list of the newest `limit` items of the feed at `url` into `host`. */
async function floorNews(host, url, limit) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [window.floorSheet];
  const feed = JSON.parse(await (await fetch(url)).text());
  const items = feed.items
    .map((item) => ({ item, t: Date.parse(item.date_published) }))
    .sort((a, b) => b.t - a.t)
    .slice(0, limit);
  const pad = (n) => String(n).padStart(2, '0');
  const list = document.createElement('ul');
  list.style.cssText = 'list-style:none;margin:0;padding:0';
  for (const { item, t } of items) {
    const d = new Date(t + 7 * 3_600_000); // Vietnam wall clock, +07:00
    const li = document.createElement('li');
    li.className = 'item';
    const thumb = document.createElement('div');
    thumb.className = 'thumb';
    const text = document.createElement('div');
    const h = document.createElement('h3');
    const a = document.createElement('a');
    a.href = item.url;
    a.textContent = item.title;
    h.append(a);
    const time = document.createElement('time');
    time.dateTime = item.date_published;
    time.textContent = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} - ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    const p = document.createElement('p');
    p.textContent = item.summary ?? '';
    text.append(h, time, p);
    li.append(thumb, text);
    list.append(li);
  }
  root.append(list);
}

/** Creation of a Monday-first month grid (`month` = 'YYYY-MM') of the feed's `_pw.event`s. */
async function floorCalendar(host, url, month) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [window.floorSheet];
  const feed = JSON.parse(await (await fetch(url)).text());
  const byDay = new Map();
  for (const item of feed.items) {
    const ev = item._pw?.event;
    if (!ev || !ev.start.startsWith(month)) continue;
    const day = ev.start.slice(0, 10);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push({ item, ev });
  }
  for (const list of byDay.values()) list.sort((a, b) => (a.ev.start < b.ev.start ? -1 : 1));
  const [y, m] = month.split('-').map(Number);
  const first = Date.UTC(y, m - 1, 1);
  const start = first - ((new Date(first).getUTCDay() + 6) % 7) * 86_400_000;
  const h2 = document.createElement('h2');
  h2.textContent = `Tháng ${m} năm ${y}`;
  const grid = document.createElement('div');
  grid.className = 'grid';
  for (const name of ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']) {
    const head = document.createElement('div');
    head.className = 'head';
    head.textContent = name;
    grid.append(head);
  }
  for (let i = 0; i < 42; i++) {
    const d = new Date(start + i * 86_400_000);
    const iso = d.toISOString().slice(0, 10);
    const cell = document.createElement('div');
    cell.className = d.getUTCMonth() === m - 1 ? 'day' : 'day out';
    const num = document.createElement('span');
    num.className = 'num';
    num.textContent = String(d.getUTCDate());
    cell.append(num);
    const events = byDay.get(iso) ?? [];
    for (const { item, ev } of events.slice(0, 3)) {
      const a = document.createElement('a');
      a.className = ev.status === 'cancelled' ? 'event cancelled' : 'event';
      a.href = item.url;
      a.textContent = ev.all_day ? item.title : `${ev.start.slice(11, 16)} ${item.title}`;
      cell.append(a);
    }
    if (events.length > 3) {
      const more = document.createElement('button');
      more.className = 'more';
      more.textContent = `+${events.length - 3}`;
      cell.append(more);
    }
    grid.append(cell);
  }
  root.append(h2, grid);
}

/** The floor page's script: the sheet, and both functions on `window`. */
export const floorScript = `<script type="module">
  window.floorSheet = new CSSStyleSheet();
  window.floorSheet.replaceSync(${JSON.stringify(FLOOR_CSS)});
  window.floorNews = ${floorNews.toString()};
  window.floorCalendar = ${floorCalendar.toString()};
  window.benchReady = true;
</script>`;
