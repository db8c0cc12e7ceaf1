/**
 * Turns the bilingual content of demo/feeds/content/ into the two JSON Feed editions
 * and draws their placeholder pictures. Used by demo/feeds/generate.mjs.
 */
import { execFileSync } from 'node:child_process';

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const bodyHtml = (body, lang) =>
  body
    .map((b) =>
      b.p
        ? `<p>${esc(b.p[lang])}</p>`
        : `<figure><img src="images/${b.img}" alt="${esc(b.caption[lang])}" width="800" height="450"><figcaption>${esc(b.caption[lang])}</figcaption></figure>`,
    )
    .join('\n');

const pageUrl = (id, lang) => `../?item=${id}&lang=${lang}`;
const other = (lang) => (lang === 'vi' ? 'en' : 'vi');
const byLang = (v, lang) => (v && typeof v === 'object' && 'vi' in v ? v[lang] : v);

/** One news article as a JSON Feed item in `lang`, linked to its translation. */
function newsItem(n, lang) {
  const o = other(lang);
  return {
    id: n.id,
    url: pageUrl(n.id, lang),
    title: n.title[lang],
    summary: n.summary[lang],
    content_html: bodyHtml(n.body, lang),
    image: `images/${n.image}`,
    date_published: n.date,
    authors: [{ name: n.author }],
    tags: n.tags[lang],
    language: lang,
    _pw: {
      image_alt: n.alt[lang],
      translations: { [o]: { url: pageUrl(n.id, o), title: n.title[o] } },
    },
  };
}

/** One training event as a JSON Feed item with the `_pw.event` extension. */
function eventItem(e, lang) {
  const o = other(lang);
  const ev = e.event;
  const event = { start: ev.start };
  if (ev.end) event.end = ev.end;
  if (ev.all_day) event.all_day = true;
  if (ev.status) event.status = ev.status;
  if (ev.location) event.location = byLang(ev.location, lang);
  if (ev.online_url) event.online_url = ev.online_url;
  if (ev.organizer) event.organizer = byLang(ev.organizer, lang);
  if (ev.audience) event.audience = byLang(ev.audience, lang);
  if (ev.registration) event.registration = ev.registration;
  const link = e.article ?? e.id;
  return {
    id: e.id,
    url: pageUrl(link, lang),
    title: e.title[lang],
    summary: e.summary[lang],
    content_text: e.summary[lang],
    tags: e.tags[lang],
    language: lang,
    _pw: {
      translations: { [o]: { url: pageUrl(link, o), title: e.title[o] } },
      event,
    },
  };
}

/** The whole sample feed in `lang`: the news, then the events. */
export function buildFeed(lang, { news, events }) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: lang === 'vi' ? 'Cổng thông tin điện tử tỉnh Long An' : 'Long An Provincial Web Portal',
    description:
      lang === 'vi'
        ? 'Tin tức và lịch tập huấn của tỉnh Long An (dữ liệu mẫu cho bản trình diễn provincial-widgets).'
        : 'News and training calendar of Long An province (sample data for the provincial-widgets demo).',
    // Absolute, as JSON Feed requires (`validate` says so): the portal these sample feeds stand for.
    home_page_url: lang === 'vi' ? 'https://www.longan.gov.vn/' : 'https://en.longan.gov.vn/',
    feed_url: `https://www.longan.gov.vn/feeds/portal.${lang}.json`,
    language: lang,
    // The subscription calendar that npm start serves (to-ics of the Vietnamese feed), for "Đăng ký lịch".
    _pw: { ics_url: 'lich-tap-huan.ics' },
    items: [...news.map((n) => newsItem(n, lang)), ...events.map((e) => eventItem(e, lang))],
  };
}

/** Every picture the feed uses: one per article plus the seed article's two figures. */
export const feedImages = (news) => [
  ...news.map((n) => ({ file: n.image, colors: n.colors, label: n.alt.vi })),
  { file: 'tap-huan-qcdc-bao-cao-vien.jpg', colors: ['#6d1b1b', '#c98b3a'], label: 'Báo cáo viên tại lớp tập huấn' },
  { file: 'tap-huan-qcdc-hoc-vien.jpg', colors: ['#7a2e12', '#e2b35d'], label: 'Cán bộ dự lớp tập huấn' },
];

/** Draws one picture with ImageMagick's `convert` into `out`. */
export function drawImage(img, out) {
  const [a, b] = img.colors;
  // A gradient "photo" with soft shapes and a caption band: recognisably a
  // picture of the topic, small, and made here (nothing is downloaded).
  execFileSync('convert', [
    '-size',
    '800x450',
    `gradient:${a}-${b}`,
    '-fill',
    'rgba(255,255,255,0.18)',
    '-draw',
    'circle 640,120 640,40',
    '-fill',
    'rgba(0,0,0,0.12)',
    '-draw',
    'polygon 0,450 260,250 470,380 640,300 800,420 800,450',
    '-fill',
    'rgba(255,255,255,0.10)',
    '-draw',
    'roundrectangle 60,80 360,260 18,18',
    '-fill',
    'rgba(0,0,0,0.55)',
    '-draw',
    'rectangle 0,380 800,450',
    '-font',
    FONT,
    '-pointsize',
    String(Math.min(24, Math.floor(740 / (0.64 * img.label.length)))),
    '-fill',
    'white',
    '-gravity',
    'southwest',
    '-annotate',
    '+24+24',
    img.label,
    '-gravity',
    'northeast',
    '-pointsize',
    '16',
    '-fill',
    'rgba(255,255,255,0.85)',
    '-annotate',
    '+20+16',
    'longan.gov.vn · ảnh minh họa',
    '-strip',
    '-interlace',
    'Plane',
    '-quality',
    '72',
    out,
  ]);
}
