/**
 * Runs from-rss (the built CLI's `main`, in this process: 600 files would
 * take minutes as child processes) over the feedparser corpus copied by
 * scripts/feedparser-corpus.mjs, and compares the output with each file's
 * expectations.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { cliBundle, root } from './helpers.mjs';

export const corpusDir = join(root, 'test/fixtures/real-world/rss/feedparser');

const collapse = (s) => String(s).replace(/\s+/g, ' ').trim().normalize('NFC');
/** feedparser keeps HTML in text fields; ours are plain text. */
const plain = (s) => collapse(decodeHTML(String(s).replace(/<[^>]*>/g, ' ')));

function get(obj, path) {
  return path
    .split(/\.|\[|\]\.?/)
    .filter(Boolean)
    .reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

function utcTuple(value) {
  const d = new Date(value);
  return Number.isNaN(d.getTime())
    ? undefined
    : [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
}

/** True when `actual` (our output at the check's path) meets feedparser's expectation. */
export function meets(check, feed) {
  const paths = check.path.split('|');
  const actual =
    paths.map((p) => get(feed, p.replace(/\.content$/, '.content_html'))).find((v) => v !== undefined) ??
    (check.kind === 'html' ? get(feed, paths[0].replace(/\.content$/, '.content_text')) : undefined);
  const e = check.expected;
  switch (check.kind) {
    case 'exact':
      return actual === e;
    case 'language':
      return typeof actual === 'string' && actual.toLowerCase() === e.toLowerCase().replace(/_/g, '-');
    case 'date':
      return JSON.stringify(utcTuple(actual)) === JSON.stringify(e);
    case 'html':
      return actual !== undefined && (collapse(actual) === collapse(e) || plain(actual) === plain(e));
    default: // text
      return (actual ?? '') === ''
        ? collapse(e) === ''
        : collapse(actual) === collapse(e) || collapse(actual) === plain(e);
  }
}

/** Converts every manifest file with the CLI bundle (default: built from src/); resolves to [{ file, check, ok, actual, status }]. */
export async function runCorpus(bundle) {
  const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8'));
  const { main } = await import(bundle ?? (await cliBundle()));
  // Files with HTTP headers (charsets, Content-Location), and the tests of the document's own address, are served over HTTP as in feedparser's tests.
  const server = createServer((req, res) => {
    const entry = manifest.find((f) => `/${f.file}` === req.url);
    res.writeHead(200, entry?.headers ?? {});
    res.end(readFileSync(join(corpusDir, req.url)));
  });
  // feedparser's expectations for the document's own address use port 8097.
  await new Promise((r) => {
    server.once('error', () => server.listen(0, '127.0.0.1', r));
    server.listen(8097, '127.0.0.1', r);
  });
  const results = [];
  try {
    for (const entry of manifest) {
      const source =
        entry.headers || /^wellformed\/base\/http_/.test(entry.file)
          ? `http://127.0.0.1:${server.address().port}/${entry.file}`
          : join(corpusDir, entry.file);
      let out = '';
      let err = '';
      const status = await main(['from-rss', source], { out: (s) => (out += s), err: (s) => (err += s), color: false });
      const feed = status === 0 ? JSON.parse(out) : undefined;
      for (const check of entry.checks)
        results.push({ file: entry.file, check, ok: !!feed && meets(check, feed), status, err, feed });
    }
  } finally {
    server.close();
  }
  return results;
}
