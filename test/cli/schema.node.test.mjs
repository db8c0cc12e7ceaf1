/**
 * schema/feed.schema.json (shipped in the package) describes the contract:
 * the sample feeds pass it, and the mistakes the parser rejects fail it.
 * Validated with `jsonschema` (already in the dependency tree through
 * @lit/localize-tools), which understands the keywords this schema uses.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Validator } from 'jsonschema';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('schema/feed.schema.json');
const validator = new Validator();
const errors = (feed) =>
  validator.validate(feed, schema, { nestedErrors: true }).errors.map((e) => `${e.property} ${e.message}`);

const feed = (items) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Sở Nội vụ', items });

describe('schema/feed.schema.json', () => {
  it('is a JSON Schema 2020-12 document with an id', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(schema.$id, /feed\.schema\.json$/);
  });

  for (const lang of ['vi', 'en']) {
    it(`accepts the sample feed portal.${lang}.json`, () => {
      assert.deepEqual(errors(read(`demo/feeds/portal.${lang}.json`)), []);
    });
  }

  it('accepts a minimal feed and JSON Feed 1.0 with `author`', () => {
    assert.deepEqual(errors(feed([{ id: 'a', content_text: 'x' }])), []);
    assert.deepEqual(
      errors({
        version: 'https://jsonfeed.org/version/1',
        title: 'T',
        items: [{ id: 'a', content_html: '<p>x</p>', author: { name: 'Phong Nhã' } }],
      }),
      [],
    );
  });

  it('accepts all-day and timed events, and a location given as a string', () => {
    const ok = feed([
      { id: 'a', content_text: 'x', _pw: { event: { start: '2017-11-09', end: '2017-11-10', all_day: true } } },
      {
        id: 'b',
        content_text: 'x',
        _pw: {
          event: { start: '2017-11-22T07:30:00+07:00', end: '2017-11-22T11:00:00+07:00', location: 'Hội trường' },
        },
      },
    ]);
    assert.deepEqual(errors(ok), []);
  });

  const broken = {
    'no items': { version: 'https://jsonfeed.org/version/1.1' },
    'no version': { title: 'T', items: [] },
    'no title': { version: 'https://jsonfeed.org/version/1.1', items: [] },
    'the JSON Feed 1.0 http:// version URL': { version: 'http://jsonfeed.org/version/1', title: 'T', items: [] },
    'a relative home_page_url': {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      home_page_url: '/',
      items: [],
    },
    'an item without content_html or content_text': feed([{ id: 'a', title: 'x' }]),
    'a date-time without seconds': feed([{ id: 'a', content_text: 'x', date_published: '2017-11-22T11:16+07:00' }]),
    'string tags': feed([{ id: 'a', content_text: 'x', tags: 'a,b' }]),
    'an item without id': feed([{ title: 'x' }]),
    'a blank id': feed([{ id: '  ' }]),
    'a numeric id': feed([{ id: 7 }]),
    'a date in the portal’s display format': feed([{ id: 'a', date_published: '22/11/2017 - 11:16' }]),
    'a date-time without offset': feed([{ id: 'a', date_published: '2017-11-22T11:16:00' }]),
    'a javascript: URL': feed([{ id: 'a', url: 'javascript:alert(1)' }]),
    'an unknown event status': feed([{ id: 'a', _pw: { event: { start: '2017-11-22', status: 'done' } } }]),
    'an event without start': feed([{ id: 'a', _pw: { event: { end: '2017-11-22' } } }]),
    'a negative capacity': feed([{ id: 'a', _pw: { event: { start: '2017-11-22', registration: { capacity: -1 } } } }]),
    'a translation without url': feed([{ id: 'a', _pw: { translations: { en: { title: 'x' } } } }]),
    'tags that are not strings': feed([{ id: 'a', tags: [1, 2] }]),
  };
  for (const [name, value] of Object.entries(broken)) {
    it(`rejects ${name}`, () => {
      assert.notDeepEqual(errors(value), []);
    });
  }
});
