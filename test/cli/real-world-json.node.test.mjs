/**
 * Real-world JSON Feed material from other projects (test/fixtures/real-world/json/README.md):
 * `validate` and the widgets' parser agree with what each project's own tests
 * expect, and the parser keeps every item a human would call readable.
 * Differences by design are listed in expectations.json with their reason;
 * the suite fails if one disappears or a new one appears. Prints the pass rate.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { cliBundle, root, tempDir } from './helpers.mjs';

const dir = join(root, 'test/fixtures/real-world/json');
const expectations = JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8'));
const files = Object.keys(expectations).filter((k) => !k.startsWith('$'));

/** Readable as a person would judge it: a title, some text or a link, written independently of the parser. */
const visible = (html) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .trim();
const readable = (item) =>
  (!!item &&
    typeof item === 'object' &&
    ['title', 'summary', 'content_text', 'url', 'external_url'].some(
      (k) => typeof item[k] === 'string' && item[k].trim(),
    )) ||
  (typeof item?.content_html === 'string' && !!visible(item.content_html));

describe('real-world JSON feeds', () => {
  let main;
  let parseFeedText;
  const agreed = [];
  before(async () => {
    ({ main } = await import(await cliBundle()));
    const outfile = join(tempDir(), 'parse.js');
    await build({
      entryPoints: [join(root, 'src/feed/parse.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    });
    ({ parseFeedText } = await import(outfile));
  });
  after(() => {
    const pct = ((100 * agreed.filter(Boolean).length) / files.length).toFixed(0);
    console.log(
      `# real-world JSON feeds: the widgets agree with the project's expectation on ${agreed.filter(Boolean).length} of ${files.length} (${pct}%)`,
    );
  });

  for (const name of files) {
    const expect = expectations[name];
    it(`${name}: ${expect.differs ? `differs by design (${expect.differs})` : 'agrees with its project'}`, async () => {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      let out = '';
      const status = await main(['validate', path, '--json'], { out: (s) => (out += s), err: () => {}, color: false });
      const report = JSON.parse(out);
      const fatal = report.findings.some((f) => f.severity === 'fatal');
      let feed;
      if (!fatal) feed = parseFeedText(text, 'https://feed.example/feed.json').feed;
      const checks = [];
      if (expect.feed === false) checks.push(['not read as a feed', fatal, true]);
      if (expect.valid !== undefined) checks.push(['validity', status === 0, expect.valid]);
      if (expect.items !== undefined) checks.push(['items shown', feed?.items.length, expect.items]);
      if (expect.title !== undefined) checks.push(['feed title', feed?.title, expect.title]);
      if (expect.ids) checks.push(['ids', feed?.items.map((i) => i.id), expect.ids]);
      if (expect.titles) checks.push(['titles', feed?.items.map((i) => i.title), expect.titles]);
      if (expect.urls) checks.push(['urls', feed?.items.map((i) => i.url), expect.urls]);
      const agrees = checks.every(([, actual, wanted]) => JSON.stringify(actual) === JSON.stringify(wanted));
      agreed.push(agrees);
      assert.ok(checks.length, 'an expectation to check');
      if (expect.differs) assert.equal(agrees, false, `listed as differing but agrees: ${JSON.stringify(checks)}`);
      else for (const [what, actual, wanted] of checks) assert.deepEqual(actual, wanted, what);

      // Every readable item is kept, whatever the project expects.
      if (!fatal) {
        const raw = JSON.parse(text.replace(/^\ufeff/, ''));
        assert.equal(feed.items.length, raw.items.filter(readable).length, 'readable items kept');
        // A feed whose items all show validates with warnings at most, unless it breaks the spec.
        if (status === 1) assert.ok(report.findings.some((f) => f.severity === 'error'));
      }
    });
  }
});
