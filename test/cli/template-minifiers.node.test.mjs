/**
 * Golden-file tests of the build-time template minifiers in vite.config.ts, through the
 * Vite plugins themselves (loaded from the config the way a build loads it): each
 * test/fixtures/template-minifiers/<name>.input.txt, transformed as a source file of the
 * repo, must equal <name>.expected.txt byte for byte.
 *
 *   UPDATE_GOLDEN=1 node --test test/cli/template-minifiers.node.test.mjs   # rewrite the expected files (review the diff!)
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { loadConfigFromFile } from 'vite';
import { root } from './helpers.mjs';

const dir = join(root, 'test/fixtures/template-minifiers');
const sourceId = join(root, 'src/components/example/example.ts');
let plugins;

before(async () => {
  const { config } = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    'vite.config.ts',
    root,
    'silent',
  );
  plugins = Object.fromEntries(config.plugins.flat().map((p) => [p.name, p]));
});

/** The plugin's output for `code` as file `id` (the input itself when it declines). */
const transform = (name, code, id = sourceId) => plugins[name].transform(code, id)?.code ?? code;

describe('template minifiers (vite.config.ts)', () => {
  for (const [name, plugin] of [
    ['css', 'pw:minify-css-templates'],
    ['html', 'pw:minify-html-templates'],
  ]) {
    test(`${name}\`\` minifier output matches ${name}.expected.txt`, () => {
      const input = readFileSync(join(dir, `${name}.input.txt`), 'utf8');
      const out = transform(plugin, input);
      if (process.env.UPDATE_GOLDEN) writeFileSync(join(dir, `${name}.expected.txt`), out);
      assert.equal(out, readFileSync(join(dir, `${name}.expected.txt`), 'utf8'));
    });
  }

  test('the two minifiers compose: css then html over one file leaves the other kind alone', () => {
    const input = readFileSync(join(dir, 'css.input.txt'), 'utf8');
    assert.equal(transform('pw:minify-html-templates', input), input);
    const htmlInput = readFileSync(join(dir, 'html.input.txt'), 'utf8');
    assert.equal(transform('pw:minify-css-templates', htmlInput), htmlInput);
  });

  test('only our TypeScript sources are rewritten (not node_modules, not .js)', () => {
    const input = readFileSync(join(dir, 'html.input.txt'), 'utf8');
    assert.equal(plugins['pw:minify-html-templates'].transform(input, join(root, 'node_modules/lit/index.ts')), null);
    assert.equal(plugins['pw:minify-html-templates'].transform(input, join(root, 'src/x.js')), null);
    assert.notEqual(transform('pw:minify-html-templates', input), input);
  });

  for (const [name, plugin, env] of [
    ['css', 'pw:minify-css-templates', 'PW_NO_CSS_MINIFY'],
    ['html', 'pw:minify-html-templates', 'PW_NO_HTML_MINIFY'],
  ]) {
    test(`${env}=1 (used by bench/render-check.mjs) turns the ${name} minifier off`, () => {
      const input = readFileSync(join(dir, `${name}.input.txt`), 'utf8');
      process.env[env] = '1';
      try {
        assert.equal(plugins[plugin].transform(input, sourceId), null);
      } finally {
        delete process.env[env];
      }
      assert.notEqual(transform(plugin, input), input);
    });
  }
});
