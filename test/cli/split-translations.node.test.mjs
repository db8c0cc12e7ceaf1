/**
 * The per-element string modules (src/locale/generated/strings/, issue 15) are what
 * scripts/split-translations.mjs makes of lit-localize's output: none missing, none stale, every
 * message in exactly one of them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { splitModules, splitTable } from '../../scripts/split-translations.mjs';
import { root } from './helpers.mjs';

const GENERATED = `
    import {str} from '@lit/localize';
    export const templates = {
      'a.one': \`One\`,
'a.two': str\`Two \${0}\`,
'b-c.multi': \`first line
second line\`,
    };
  `;

describe('split-translations', () => {
  test('groups entries by id prefix, keeping multi-line values and str templates whole', () => {
    const groups = splitTable(GENERATED);
    assert.deepEqual([...groups.keys()], ['a', 'b-c']);
    assert.deepEqual(groups.get('b-c'), ["'b-c.multi': `first line", 'second line`,']);
    const files = splitModules({ en: GENERATED, 'en-XA': GENERATED });
    assert.match(files.get('a.ts'), /^import \{ str \} from '@lit\/localize';$/m);
    assert.doesNotMatch(files.get('b-c.ts'), /import/);
    assert.match(files.get('b-c.ts'), /"en-XA": \{\n {4}'b-c\.multi': `first line\nsecond line`,\n {2}\},/);
  });

  test('src/locale/generated/strings/ is up to date with the generated tables', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/split-translations.mjs'), '--check'], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
  });

  test('every message of the generated English table is in exactly one module', () => {
    const all = readFileSync(join(root, 'src/locale/generated/en.ts'), 'utf8').match(/^\s*'[^']+':/gm);
    const split = [...splitModules({ en: readFileSync(join(root, 'src/locale/generated/en.ts'), 'utf8') }).values()]
      .join('\n')
      .match(/^\s*'[^']+':/gm);
    assert.equal(split.length, all.length);
    assert.deepEqual(split.map((s) => s.trim()).sort(), all.map((s) => s.trim()).sort());
  });

  test('every prefix module is registered by the source that uses its ids', () => {
    const files = readdirSync(join(root, 'src'), { recursive: true })
      .filter((f) => f.endsWith('.ts') && !f.startsWith('locale/generated'))
      .map((f) => readFileSync(join(root, 'src', f), 'utf8'));
    const used = new Set(files.flatMap((t) => [...t.matchAll(/\bid: '([^'.]+)\./g)].map((m) => m[1])));
    const registered = new Set(
      files.flatMap((t) => [...t.matchAll(/generated\/strings\/([^'.]+)\.js'/g)].map((m) => m[1])),
    );
    const modules = readdirSync(join(root, 'src/locale/generated/strings')).map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual(
      [...used].sort(),
      [...modules].sort(),
      'a prefix used in msg() ids has no module, or a module no ids',
    );
    assert.deepEqual([...registered].sort(), [...modules].sort(), 'a prefix module is never registered');
  });
});
