/**
 * One source of truth: `validate` and schema/feed.schema.json agree on every
 * JSON fixture of the project (our own, the demo feeds, and the real-world
 * material). The schema is run here on its own, with jsonschema, and compared
 * with what `validate --json` reports.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { Validator } from 'jsonschema';
import { cliBundle, root } from './helpers.mjs';

const schema = JSON.parse(readFileSync(join(root, 'schema/feed.schema.json'), 'utf8'));

/** Every .json file under `dir` that holds a JSON object with an "items" array (a feed the parser accepts). */
function feeds(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return feeds(path);
    if (!name.endsWith('.json') || name === 'expectations.json') return [];
    try {
      const json = JSON.parse(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
      return json && typeof json === 'object' && Array.isArray(json.items) ? [path] : [];
    } catch {
      return [];
    }
  });
}

/** The schema's verdict as JSON paths (`items[3].id`), the way a reader names them. */
function schemaPaths(json) {
  const paths = new Set();
  for (const e of new Validator().validate(json, schema).errors) {
    const segments = e.name === 'required' ? [...e.path, e.argument] : e.path;
    paths.add(segments.reduce((p, s) => (typeof s === 'number' ? `${p}[${s}]` : p ? `${p}.${s}` : s), '') || '$');
  }
  return paths;
}

const files = [...feeds(join(root, 'test/fixtures')), ...feeds(join(root, 'demo/feeds'))];

describe('validate and schema/feed.schema.json agree', () => {
  let main;
  before(async () => {
    ({ main } = await import(await cliBundle()));
  });

  it(`covers every feed fixture (${files.length} files)`, () => {
    assert.ok(files.length >= 40, `${files.length} files`);
  });

  for (const file of files) {
    const name = relative(root, file);
    it(name, async () => {
      let out = '';
      const status = await main(['validate', file, '--json'], { out: (s) => (out += s), err: () => {}, color: false });
      const { findings } = JSON.parse(out);
      const fromSchema = findings.filter((f) => f.rule === 'schema' || f.rule === 'coerced');
      const json = JSON.parse(readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
      // Every schema violation, and nothing else, is reported as one: an error, or a warning when the widgets read it anyway.
      assert.deepEqual(new Set(fromSchema.map((f) => f.path)), schemaPaths(json));
      for (const f of fromSchema)
        assert.equal(f.severity, f.rule === 'schema' ? 'error' : 'warning', JSON.stringify(f));
      // The exit status follows: a spec error (from the schema or beyond it) fails; coercions and advice do not.
      const errors = findings.filter((f) => f.severity !== 'warning');
      assert.equal(status, errors.length ? 1 : 0, JSON.stringify(errors));
      if (fromSchema.some((f) => f.rule === 'schema')) assert.equal(status, 1);
    });
  }
});
