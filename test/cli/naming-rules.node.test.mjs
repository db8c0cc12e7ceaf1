/**
 * The naming rules (docs/architecture.md) are enforced over custom-elements.json:
 * `scripts/gen-docs.mjs` (run in CI with --check) exits 1 on a name that breaks
 * them. Each rule is proved with a manifest holding one bad name.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { detailTypeOf, namingViolations } from '../../scripts/lib/naming-rules.mjs';

const root = new URL('../../', import.meta.url);
const GEN_DOCS = new URL('scripts/gen-docs.mjs', root).pathname;

/** A manifest with one element that follows every rule; `change` breaks one. */
function manifest(change = (e) => e) {
  const base = {
    kind: 'class',
    name: 'PwElement',
    cssProperties: [{ name: '--pw-color-text', description: 'Text colour.' }],
  };
  const el = change({
    kind: 'class',
    name: 'PwNewsList',
    tagName: 'pw-news-list',
    customElement: true,
    superclass: { name: 'PwElement' },
    attributes: [
      { name: 'page-size', fieldName: 'pageSize', type: { text: 'number' }, default: '6' },
      { name: 'hide-image', fieldName: 'hideImage', type: { text: 'boolean' }, default: 'false' },
      { name: 'hide-load-more', fieldName: 'hideLoadMore', type: { text: 'boolean' }, default: 'false' },
    ],
    cssParts: [{ name: 'image' }, { name: 'load-more' }],
    cssProperties: [{ name: '--pw-news-list-card-background' }, { name: '--pw-news-list-title-lines' }],
    events: [{ name: 'pw-feed-load', type: { text: 'CustomEvent<FeedLoadDetail>' } }],
  });
  return { schemaVersion: '1.0.0', modules: [{ kind: 'javascript-module', path: 'x.ts', declarations: [base, el] }] };
}

const withAttr = (a) => (e) => ({ ...e, attributes: [...e.attributes, a] });
const withPart = (name) => (e) => ({ ...e, cssParts: [...e.cssParts, { name }] });
const withProp = (name) => (e) => ({ ...e, cssProperties: [...e.cssProperties, { name }] });
const withEvent = (name, type) => (e) => ({ ...e, events: [...e.events, { name, type: type && { text: type } }] });

describe('naming rules over custom-elements.json', () => {
  it('accept a manifest that follows them', () => {
    assert.deepEqual(namingViolations(manifest()), []);
  });

  it(
    'accept the project manifest (npm test runs the analyzer first)',
    { skip: !existsSync(new URL('custom-elements.json', root)) && 'no manifest' },
    () => {
      assert.deepEqual(namingViolations(JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'))), []);
    },
  );

  it('name each detail type after its event', () => {
    assert.equal(detailTypeOf('pw-locale-change'), 'LocaleChangeDetail');
    assert.equal(detailTypeOf('pw-share-start'), 'ShareStartDetail');
    assert.equal(detailTypeOf('pw-calendar-navigate'), 'CalendarNavigateDetail');
  });

  const cases = [
    [
      'an attribute that is not kebab-case',
      withAttr({ name: 'pageSize', fieldName: 'pageSize', type: { text: 'number' } }),
      /attributes are kebab-case/,
    ],
    [
      'a property that is not the camelCase attribute',
      withAttr({ name: 'max-items', fieldName: 'limit', type: { text: 'number' } }),
      /camelCase name \(maxItems\)/,
    ],
    [
      'a boolean flag that is on by default',
      withAttr({ name: 'icon-only', fieldName: 'iconOnly', type: { text: 'boolean' }, default: 'true' }),
      /off by default/,
    ],
    [
      'a no-* boolean flag',
      withAttr({ name: 'no-tags', fieldName: 'noTags', type: { text: 'boolean' }, default: 'false' }),
      /hide-\*/,
    ],
    [
      'hide-<x> where x is not a part (hide-images)',
      withAttr({ name: 'hide-images', fieldName: 'hideImages', type: { text: 'boolean' } }),
      /"images" is not a part/,
    ],
    ['a part that is not kebab-case', withPart('loadMore'), /parts are kebab-case/],
    ['a CSS property without the element prefix (--pw-share-gap)', withProp('--pw-share-gap'), /--pw-news-list-\*/],
    [
      'a CSS property that does not end with what it sets (-bg)',
      withProp('--pw-news-list-card-bg'),
      /end with what they set/,
    ],
    [
      'an event that is not pw-<noun>-<verb> (pw-share)',
      withEvent('pw-share', 'CustomEvent<ShareDetail>'),
      /pw-<noun>-<verb>/,
    ],
    [
      'an event that does not end with a known verb',
      withEvent('pw-share-bar', 'CustomEvent<ShareBarDetail>'),
      /end with a verb/,
    ],
    [
      'a detail type not named after its event',
      withEvent('pw-locale-change', 'CustomEvent<LocaleSwitchDetail>'),
      /CustomEvent<LocaleChangeDetail>/,
    ],
    ['an event without a documented detail type', withEvent('pw-event-open'), /CustomEvent<EventOpenDetail>/],
  ];
  for (const [what, change, message] of cases) {
    it(`reject ${what}`, () => {
      const found = namingViolations(manifest(change));
      assert.equal(found.length, 1, found.join('\n'));
      assert.match(found[0], /^<pw-news-list> /);
      assert.match(found[0], message);
    });
  }

  describe('scripts/gen-docs.mjs --check (CI)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-naming-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'docs'));

    it('fails with exit code 1 and names the bad name', () => {
      writeFileSync(
        join(dir, 'custom-elements.json'),
        JSON.stringify(manifest(withEvent('pw-share', 'CustomEvent<ShareDetail>'))),
      );
      const run = spawnSync(process.execPath, [GEN_DOCS, '--check'], { cwd: dir, encoding: 'utf8' });
      assert.equal(run.status, 1);
      assert.match(run.stderr, /break the naming rules[\s\S]*<pw-news-list> pw-share: events are pw-<noun>-<verb>/);
    });

    it('passes on a manifest that follows the rules', () => {
      writeFileSync(join(dir, 'custom-elements.json'), JSON.stringify(manifest()));
      execFileSync(process.execPath, [GEN_DOCS], { cwd: dir, encoding: 'utf8' });
      const out = execFileSync(process.execPath, [GEN_DOCS, '--check'], { cwd: dir, encoding: 'utf8' });
      assert.match(out, /matches the manifest/);
    });
  });
});
