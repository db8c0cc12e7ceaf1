/**
 * `validate`: checks a feed against the contract with the widgets' own parser
 * (src/feed/parse.ts, so the tool and the widgets never disagree), then adds
 * what a webmaster should fix even though the widgets cope: images without
 * alt text, relative URLs, dates without an offset, a missing version.
 */
import { isFeedError, type FeedErrorKind } from '../feed/errors.js';
import { parseFeedText, type FeedProblem } from '../feed/parse.js';
import type { Input } from './input.js';
import { decode, MAX_BYTES } from './input.js';

export type Severity = 'fatal' | 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** JSON path, e.g. `items[3].date_published`; `$` for the whole document. */
  path: string;
  message: string;
  hint: string;
}

export interface Report {
  source: string;
  findings: Finding[];
  /** Items in the file, and items the widgets will show. */
  items?: number;
  shown?: number;
  events?: number;
  version?: string;
  encoding?: string;
}

const FATAL: Record<FeedErrorKind, [string, string]> = {
  http: ['the server answered with an error status', 'Open the URL in a browser; check the address and that the file is published.'],
  network: ['the feed could not be fetched', 'Check the address and the network.'],
  timeout: ['the server did not answer in time', 'Try again; if it is slow, serve the feed as a static file.'],
  'too-large': ['the feed is over the 5 MB limit', 'Publish fewer items per file (20–50) and link older ones with "next_url".'],
  empty: ['the file is empty', 'Check that the CMS export wrote the feed.'],
  html: ['this is an HTML page, not a JSON feed', 'The address probably shows an error or login page. Give the URL of the .json file itself.'],
  'not-json': ['this is not valid JSON', 'Check for a missing comma or quote, or a file cut short. If it is RSS or Atom, convert it with `provincial-widgets from-rss`.'],
  'not-object': ['the JSON is not an object', 'A feed is one object: { "version": "https://jsonfeed.org/version/1.1", "items": [ … ] }.'],
  'no-items': ['the feed has no "items" array', 'Add "items": [ … ] with one object per news item or event (an empty array is fine).'],
};

/** A plain-words fix for a problem the parser reported. */
function hintFor(p: FeedProblem): string {
  const field = p.path.replace(/^items\[\d+\]\.?/, '');
  const m = p.message;
  if (/duplicate id/.test(m)) return 'Every item needs its own "id"; two items share this one. Use the article\'s slug or database id.';
  if (field === 'id') return 'Give every item a unique, stable "id" string, such as the article\'s slug ("tap-huan-quy-che-dan-chu-2017").';
  if (field === '') return 'Each entry of "items" must be an object: { "id": "…", "title": "…", … }.';
  if (/before its start/.test(m)) {
    return 'Check "end". For all-day events "end" is the last day, inclusive ("start": "2017-11-09", "end": "2017-11-10" is two days).';
  }
  if (field.endsWith('status')) return 'Use one of: scheduled, cancelled, postponed, rescheduled.';
  if (/event\.(start|end)$/.test(field)) {
    return 'Write "2017-11-22T07:30:00+07:00" for a time, or "2017-11-22" for an all-day event.';
  }
  if (/RFC 3339|deadline|date/.test(m) || /date_/.test(field)) {
    return 'Write dates as RFC 3339 with the offset, e.g. "2017-11-22T11:16:00+07:00" (not "22/11/2017 - 11:16").';
  }
  if (/URL/.test(m)) return 'Use an https:// address (links may also be mailto:). javascript:, data: and file: addresses are never shown.';
  if (/must be an array/.test(m)) return `Make "${field}" a list: [ … ].`;
  if (/must be an object/.test(m)) return `Make "${field}" an object: { … }.`;
  if (/must be a string/.test(m)) return `Make "${field}" text in quotes.`;
  return 'See docs/feed.md for the expected form.';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRelative = (v: unknown): v is string => typeof v === 'string' && !!v.trim() && !/^[a-z][a-z0-9+.-]*:/i.test(v.trim());
const OFFSETLESS = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Contract checks the parser tolerates but a webmaster should fix. */
function advisories(json: unknown, add: (f: Omit<Finding, 'severity'>) => void): void {
  if (!isObject(json)) return;
  if (json.version === undefined) {
    add({ path: 'version', message: '"version" is missing', hint: 'Add "version": "https://jsonfeed.org/version/1.1".' });
  } else if (typeof json.version !== 'string' || !/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/.test(json.version)) {
    add({ path: 'version', message: `"version" is ${JSON.stringify(json.version)}`, hint: 'Use "https://jsonfeed.org/version/1.1".' });
  }
  // Relative URLs are legal (they resolve against the feed's URL) but break
  // when the file is copied elsewhere: one warning lists them all.
  const relatives: string[] = [];
  const relative = (path: string, value: unknown) => {
    if (isRelative(value)) relatives.push(`${path} = "${value}"`);
  };
  for (const key of ['home_page_url', 'feed_url', 'next_url']) relative(key, json[key]);
  if (!Array.isArray(json.items)) return;
  const languages = new Set<string>();
  const noAlt: string[] = [];
  json.items.forEach((item, i) => {
    if (!isObject(item)) return;
    const at = (f: string) => `items[${i}].${f}`;
    const pw = isObject(item._pw) ? item._pw : {};
    if (typeof item.image === 'string' && item.image.trim() && (typeof pw.image_alt !== 'string' || !pw.image_alt.trim())) {
      noAlt.push(at('_pw.image_alt'));
    }
    if (!item.title && !item.summary && !item.content_text && !item.content_html) {
      add({ path: at('title'), message: 'the item has no title and no text', hint: 'Add a "title".' });
    }
    for (const key of ['url', 'external_url', 'image', 'banner_image']) relative(at(key), item[key]);
    if (isObject(pw.translations)) {
      for (const [lang, t] of Object.entries(pw.translations)) if (isObject(t)) relative(at(`_pw.translations.${lang}.url`), t.url);
    }
    const ev = isObject(pw.event) ? pw.event : undefined;
    if (ev) {
      relative(at('_pw.event.online_url'), ev.online_url);
      if (isObject(ev.registration)) relative(at('_pw.event.registration.url'), ev.registration.url);
    }
    if (typeof item.content_html === 'string') {
      for (const m of item.content_html.matchAll(/\s(src|href)\s*=\s*["']([^"']*)["']/gi)) {
        if (isRelative(m[2]) && !m[2].startsWith('#')) relative(at(`content_html (${m[1]}="${m[2]}")`), m[2]);
      }
    }
    const dates: Array<[string, unknown]> = [
      ['date_published', item.date_published],
      ['date_modified', item.date_modified],
      ...(ev ? ([['_pw.event.start', ev.start], ['_pw.event.end', ev.end]] as Array<[string, unknown]>) : []),
    ];
    for (const [key, v] of dates) {
      if (typeof v === 'string' && OFFSETLESS.test(v.trim())) {
        add({ path: at(key), message: `"${v}" has no time zone offset; it is read as Vietnam time`, hint: `Write "${v.trim()}+07:00" to be explicit.` });
      }
    }
    if (typeof item.language === 'string') languages.add(item.language);
  });
  // Images without alt text: one warning each, or one for all when there are many.
  const altHint =
    'Add "_pw": { "image_alt": "…" } describing the picture (for example "Cán bộ dự lớp tập huấn"), so screen-reader users know what it shows.';
  if (noAlt.length > 5) {
    add({
      path: noAlt[0],
      message: `${noAlt.length} images have no text alternative: ${noAlt.slice(0, 3).map((p) => p.replace(/\._pw\.image_alt$/, '')).join(', ')}, and ${noAlt.length - 3} more`,
      hint: altHint,
    });
  } else {
    for (const path of noAlt) add({ path, message: 'the image has no text alternative', hint: altHint });
  }
  if (relatives.length) {
    const shown = relatives.slice(0, 3).join(', ');
    add({
      path: relatives[0].split(' = ')[0],
      message: `${relatives.length} relative URL${relatives.length === 1 ? '' : 's'}: ${shown}${relatives.length > 3 ? `, and ${relatives.length - 3} more` : ''}`,
      hint: "They resolve against the feed's own URL: fine when the feed and its pages and images are published together. Use absolute https:// URLs if the file is copied to another site.",
    });
  }
  if (languages.size > 1) {
    add({
      path: 'items[*].language',
      message: `items in several languages (${[...languages].join(', ')}) in one feed`,
      hint: 'Publish one feed per language (feed.vi.json, feed.en.json) and use src="…feed.{lang}.json".',
    });
  }
}

/** Where a JSON syntax error is, as "line 12, column 5", from V8's message. */
function jsonErrorPlace(text: string): string | undefined {
  try {
    JSON.parse(text.replace(/^\ufeff/, ''));
    return undefined;
  } catch (e) {
    const msg = e instanceof Error ? e.message : '';
    const pos = /position (\d+)/.exec(msg)?.[1];
    const lc = /line (\d+) column (\d+)/.exec(msg);
    if (lc) return `line ${lc[1]}, column ${lc[2]}`;
    if (pos === undefined) return /Unexpected end/.test(msg) ? 'the end of the file (it is cut short)' : undefined;
    if (Number(pos) >= text.trimEnd().length - 2 && /Unterminated|Unexpected end|Expected/.test(msg)) return 'the end of the file (it is cut short)';
    const before = text.slice(0, Number(pos)).split('\n');
    return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
  }
}

/**
 * Validates an input. `base` is the URL the feed will be served from; it
 * resolves relative URLs (default: the input's URL, or an https placeholder
 * for local files, so relative URLs are warnings and not errors).
 */
export function validate(input: Input, base?: string): Report {
  const report: Report = { source: input.source, findings: [] };
  const fatal = (kind: FeedErrorKind, extra = '', status?: number) => {
    const [message, hint] = FATAL[kind];
    report.findings.push({ severity: 'fatal', path: '$', message: `${message}${status ? ` (HTTP ${status})` : ''}${extra}`, hint });
    return report;
  };
  if (input.status !== undefined && (input.status < 200 || input.status > 299)) return fatal('http', '', input.status);
  if (input.bytes.byteLength > MAX_BYTES) return fatal('too-large');
  if (/text\/html/i.test(input.contentType ?? '')) return fatal('html');
  const { text, encoding } = decode(input.bytes, input.contentType);
  report.encoding = encoding;
  if (!/^utf-8$/.test(encoding)) {
    report.findings.push({
      severity: 'warning',
      path: '$',
      message: `the file is not plain UTF-8 (${encoding})`,
      hint: 'Save and serve the feed as UTF-8 (Content-Type: application/feed+json; charset=utf-8), or Vietnamese text may arrive garbled.',
    });
  }
  if (input.contentType && !/json/i.test(input.contentType)) {
    report.findings.push({
      severity: 'warning',
      path: '$',
      message: `the server calls it "${input.contentType}"`,
      hint: 'Serve it as "application/feed+json; charset=utf-8" (or application/json).',
    });
  }
  const feedUrl = base ?? (/^https?:/i.test(input.url) ? input.url : `https://feed.invalid/${input.url.split('/').pop() || 'feed.json'}`);
  let result;
  try {
    result = parseFeedText(text, feedUrl);
  } catch (e) {
    if (!isFeedError(e)) throw e;
    const place = e.kind === 'not-json' ? jsonErrorPlace(text) : undefined;
    if (e.kind === 'not-json' && /^\s*<(\?xml|rss|feed|rdf)/i.test(text)) {
      report.findings.push({
        severity: 'fatal',
        path: '$',
        message: 'this is an RSS or Atom (XML) feed, not a JSON feed',
        hint: 'Convert it: `npx provincial-widgets from-rss <file|url> > feed.vi.json`.',
      });
      return report;
    }
    return fatal(e.kind, place ? ` at ${place}` : '');
  }
  const json = JSON.parse(text.replace(/^\ufeff/, '')) as Record<string, unknown>;
  const { feed, problems } = result;
  report.version = typeof json.version === 'string' ? json.version : undefined;
  report.items = Array.isArray(json.items) ? json.items.length : 0;
  report.shown = feed.items.length;
  report.events = feed.items.filter((i) => i.event).length;
  for (const p of problems) {
    report.findings.push({
      severity: p.effect === 'item' ? 'error' : 'warning',
      path: p.path.replace(/\.$/, ''),
      message: `${p.message}${p.effect === 'item' ? ' — this item will not be shown' : ' — this field is ignored'}`,
      hint: hintFor(p),
    });
  }
  advisories(json, (f) => report.findings.push({ severity: 'warning', ...f }));
  return report;
}

/** Exit status: 1 when the feed cannot be used or items are dropped; with `strict`, warnings too. */
export function exitCode(report: Report, strict = false): number {
  const worst = report.findings.map((f) => f.severity);
  if (worst.includes('fatal') || worst.includes('error')) return 1;
  return strict && worst.includes('warning') ? 1 : 0;
}

/** The report in plain words, one finding per paragraph. */
export function formatReport(report: Report, color = false): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const label: Record<Severity, string> = {
    fatal: paint(31, 'FATAL  '),
    error: paint(31, 'ERROR  '),
    warning: paint(33, 'WARNING'),
  };
  const lines: string[] = [];
  const summary = report.items === undefined
    ? ''
    : ` (${report.version?.endsWith('1.1') ? 'JSON Feed 1.1' : report.version?.endsWith('/1') ? 'JSON Feed 1.0' : 'JSON Feed'}, ${report.items} items, ${report.events ?? 0} events)`;
  lines.push(`Checking ${report.source}${summary}`);
  for (const f of report.findings) {
    lines.push('', `${label[f.severity]} ${f.path}: ${f.message}`, `        Fix: ${f.hint}`);
  }
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const errors = count('fatal') + count('error');
  const warnings = count('warning');
  lines.push('');
  if (count('fatal')) lines.push(paint(31, 'The widgets cannot use this feed.'));
  else {
    const shown = `${report.shown} of ${report.items} items will show`;
    lines.push(
      errors || warnings
        ? `${errors ? paint(31, `${errors} error${errors === 1 ? '' : 's'}`) : '0 errors'}, ${warnings} warning${warnings === 1 ? '' : 's'}; ${shown}.`
        : paint(32, `No problems; ${shown}.`),
    );
  }
  return lines.join('\n');
}
