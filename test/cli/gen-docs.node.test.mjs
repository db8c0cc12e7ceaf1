/**
 * `scripts/gen-docs.mjs` writes each element's reference into the README.md of the folder that
 * declares it, and docs/elements.md as the index linking to them; `--check` (CI) fails on any of
 * them that is missing or out of date, and names it.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const GEN_DOCS = new URL('../../scripts/gen-docs.mjs', import.meta.url).pathname;
const README = 'src/components/news-list/README.md';

/** One element in its folder, on a base class in another folder. */
const manifest = {
  schemaVersion: '1.0.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'src/base/pw-element.ts',
      declarations: [
        { kind: 'class', name: 'PwElement', cssProperties: [{ name: '--pw-color-text', description: 'Text colour.' }] },
      ],
    },
    {
      kind: 'javascript-module',
      path: 'src/components/news-list/news-list.ts',
      declarations: [
        {
          kind: 'class',
          name: 'PwNewsList',
          tagName: 'pw-news-list',
          customElement: true,
          summary: 'News cards from a JSON Feed.',
          superclass: { name: 'PwElement' },
          attributes: [{ name: 'page-size', fieldName: 'pageSize', type: { text: 'number' }, default: '6' }],
          members: [
            {
              kind: 'field',
              name: 'pageSize',
              attribute: 'page-size',
              type: { text: 'number' },
              default: '6',
              description: 'Items per page.',
            },
          ],
        },
      ],
    },
  ],
};

describe('scripts/gen-docs.mjs: one README per element, docs/elements.md as the index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-gen-docs-'));
  const check = () => spawnSync(process.execPath, [GEN_DOCS, '--check'], { cwd: dir, encoding: 'utf8' });
  before(() => {
    writeFileSync(join(dir, 'custom-elements.json'), JSON.stringify(manifest));
    execFileSync(process.execPath, [GEN_DOCS], { cwd: dir, encoding: 'utf8' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the element's reference into its own folder, with the inherited tokens", () => {
    const md = readFileSync(join(dir, README), 'utf8');
    assert.match(md, /^# `<pw-news-list>`\n/);
    assert.match(md, /\[All elements\]\(\.\.\/\.\.\/\.\.\/docs\/elements\.md\)/);
    assert.match(md, /\| `page-size` \| `pageSize` \| `number` \| `6` \| Items per page\. \|/);
    assert.match(md, /\| `--pw-color-text` \| Text colour\. \|/);
  });

  it('writes docs/elements.md as an index that links to each README', () => {
    const md = readFileSync(join(dir, 'docs/elements.md'), 'utf8');
    assert.match(md, /\| \[`<pw-news-list>`\]\(\.\.\/src\/components\/news-list\/README\.md\) \| News cards/);
    assert.doesNotMatch(md, /page-size/);
  });

  it('--check passes on what it wrote', () => {
    const run = check();
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /matches the manifest/);
  });

  it('--check fails on an edited README and names it', () => {
    const path = join(dir, README);
    const text = readFileSync(path, 'utf8');
    appendFileSync(path, '\nEdited by hand.\n');
    try {
      const run = check();
      assert.equal(run.status, 1);
      assert.match(run.stderr, /src\/components\/news-list\/README\.md is out of date/);
      assert.doesNotMatch(run.stderr, /docs\/elements\.md is out of date/);
    } finally {
      writeFileSync(path, text);
    }
  });

  it('--check fails on a missing README', () => {
    const path = join(dir, README);
    const text = readFileSync(path, 'utf8');
    rmSync(path);
    try {
      const run = check();
      assert.equal(run.status, 1);
      assert.match(run.stderr, /src\/components\/news-list\/README\.md is out of date/);
    } finally {
      writeFileSync(path, text);
    }
  });
});
