#!/usr/bin/env node
/**
 * Copies the part of feedparser's test corpus that has a JSON Feed
 * counterpart into test/fixtures/real-world/rss/feedparser/, with
 * manifest.json: for each file, the checks its `Expect:` header makes,
 * translated to paths in our output. test/cli/real-world.node.test.mjs runs
 * from-rss over them.
 *
 *   node scripts/feedparser-corpus.mjs <feedparser checkout>
 *
 * feedparser's HTML sanitizer tests (tests/wellformed/sanitize) are left out:
 * the converter passes HTML on and the widgets sanitize it (DOMPurify).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = process.argv[2];
if (!src) {
  console.error('usage: node scripts/feedparser-corpus.mjs <feedparser checkout>');
  process.exit(2);
}
const out = fileURLToPath(new URL('../test/fixtures/real-world/rss/feedparser/', import.meta.url));

/** feedparser key → our path (`N` is the entry index) and how to compare. */
const FEED = {
  title: ['title', 'text'],
  title_detail_value: ['title', 'text'],
  link: ['home_page_url', 'exact'],
  language: ['language', 'language'],
  subtitle: ['description', 'text'],
  tagline: ['description', 'text'],
  subtitle_detail_value: ['description', 'text'],
  tagline_detail_value: ['description', 'text'],
  author_detail_name: ['authors[0].name', 'text'],
  author_detail_href: ['authors[0].url', 'exact'],
  image_href: ['icon', 'exact'],
  icon: ['favicon', 'exact'],
};
const ENTRY = {
  title: ['title', 'text'],
  title_detail_value: ['title', 'text'],
  link: ['url', 'exact'],
  id: ['id', 'exact'],
  summary: ['summary', 'text'],
  description: ['summary', 'text'],
  summary_detail_value: ['summary', 'text'],
  content_0_value: ['content', 'html'],
  author_detail_name: ['authors[0].name', 'text'],
  author_detail_href: ['authors[0].url', 'exact'],
  published_parsed: ['date_published', 'date'],
  issued_parsed: ['date_published', 'date'],
  created_parsed: ['date_published', 'date'],
  updated_parsed: ['date_modified|date_published', 'date'],
  modified_parsed: ['date_modified|date_published', 'date'],
  media_thumbnail_0_url: ['image', 'exact'],
  media_content_0_url: ['image', 'exact'],
};

/** A Python literal: str (with escapes), int, or a tuple of ints. */
function literal(s) {
  s = s.trim();
  let m = /^u?(['"])((?:\\.|(?!\1).)*)\1$/s.exec(s);
  if (m) {
    return m[2].replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[nrt'"\\])/g, (_, e) =>
      e[0] === 'x' || e[0] === 'u' || e[0] === 'U'
        ? String.fromCodePoint(parseInt(e.slice(1), 16))
        : ({ n: '\n', r: '\r', t: '\t' }[e] ?? e),
    );
  }
  m = /^\(([\d,\s]+)\)$/.exec(s);
  if (m) return m[1].split(',').map(Number).slice(0, 6);
  return undefined;
}

/** Splits `a and b and c` on top-level `and`s (not inside quotes). */
function conjuncts(expr) {
  const parts = [];
  let q = null;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (q) {
      if (c === '\\') i++;
      else if (c === q) q = null;
    } else if (c === "'" || c === '"') q = c;
    else if (expr.startsWith(' and ', i)) {
      parts.push(expr.slice(start, i));
      start = i + 5;
    }
  }
  parts.push(expr.slice(start));
  return parts.map((p) => p.trim());
}

function checksOf(expect) {
  const checks = [];
  for (const c of conjuncts(expect)) {
    const m = /^(feed|entries\[(\d+)\])((?:\[(?:'\w+'|"\w+"|\d+)\])+)\s*==\s*(.+)$/s.exec(c);
    if (!m) continue;
    const key = [...m[3].matchAll(/\[(?:'(\w+)'|"(\w+)"|(\d+))\]/g)].map((k) => k[1] ?? k[2] ?? k[3]).join('_');
    const map = (m[2] === undefined ? FEED : ENTRY)[key];
    const expected = literal(m[4]);
    if (!map || expected === undefined) continue;
    const prefix = m[2] === undefined ? '' : `items[${m[2]}].`;
    checks.push({
      path: map[0]
        .split('|')
        .map((p) => prefix + p)
        .join('|'),
      kind: map[1],
      expected,
      source: c,
    });
  }
  return checks;
}

const manifest = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'sanitize') walk(path);
      continue;
    }
    if (!name.endsWith('.xml')) continue;
    const text = readFileSync(path, 'latin1');
    const expect = /Description:\s*(.*?)\s*Expect:\s*(.*?)\s*-->/s.exec(text);
    if (!expect) continue;
    const checks = checksOf(expect[2].replace(/\s+/g, ' '));
    if (!checks.length) continue;
    const file = relative(join(src, 'tests'), path);
    const headers = Object.fromEntries(
      [...text.matchAll(/^Header:\s+([^:]+):(.*)$/gm)].map((h) => [h[1].trim().toLowerCase(), h[2].trim()]),
    );
    manifest.push({ file, description: expect[1], ...(Object.keys(headers).length ? { headers } : {}), checks });
    mkdirSync(dirname(join(out, file)), { recursive: true });
    cpSync(path, join(out, file));
  }
};
rmSync(out, { recursive: true, force: true });
for (const part of ['wellformed', 'illformed', 'entities', 'encoding']) walk(join(src, 'tests', part));
cpSync(join(src, 'LICENSE'), join(out, 'LICENSE'));
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
const count = manifest.reduce((n, f) => n + f.checks.length, 0);
console.log(`${manifest.length} files, ${count} checks → ${relative(process.cwd(), out)}`);
