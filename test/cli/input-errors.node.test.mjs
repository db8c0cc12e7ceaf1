/**
 * One line and a fix, never a stack trace after it (issue 22): bodies over the cap, bomb-compressed
 * or with stacked Content-Encoding, and an .ics that is UTF-8 but for one bad byte.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { runTo } from './events-helpers.mjs';
import { cliBundle, runCli, tempDir } from './helpers.mjs';

/** Serves `handler` for one test; resolves to its URL and a close function. */
async function serve(handler) {
  const server = createServer(handler);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => server.closeAllConnections() || server.close(),
  };
}

/** The error output is the message and its fix: two lines, nothing after. */
function assertOneError(stderr, message) {
  assert.match(stderr, message);
  assert.equal(stderr.trimEnd().split('\n').length, 2, stderr);
  assert.match(stderr.trimEnd().split('\n')[1], /^ {2}Fix: /);
}

describe('no stack trace after a correct message', () => {
  const GZIP_BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024));

  for (const [name, body, headers, message] of [
    ['a body over the cap with no length', Buffer.alloc(8 * 1024 * 1024, 0x20), {}, /the feed is over the 5 MB limit/],
    ['a bomb-compressed body', GZIP_BOMB, { 'content-encoding': 'gzip' }, /the feed is over the 5 MB limit/],
    [
      'a stacked Content-Encoding',
      gzipSync(Buffer.from('{"version":"https://jsonfeed.org/version/1.1","items":[]}')),
      { 'content-encoding': 'gzip, br' },
      /broke off or could not be decoded/,
    ],
  ])
    it(`validate and from-ics: ${name}`, async () => {
      const s = await serve((req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', ...headers });
        res.end(body);
      });
      try {
        for (const command of ['validate', 'from-ics']) {
          const r = await runCli([command, s.url]);
          assert.equal(r.status, 1, r.stderr);
          assertOneError(r.stderr, message);
          assert.doesNotMatch(r.stderr, /locked|terminated|\n\s+at /);
        }
      } finally {
        s.close();
      }
    });
});

describe('from-ics: the charset of an .ics', () => {
  it('keeps a UTF-8 file with one bad byte as UTF-8, with U+FFFD and a note naming the line', async () => {
    const path = join(tempDir(), 'lich.ics');
    const lines = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART:20171122T003000Z',
      'SUMMARY:Tập huấn quy chế dân chủ',
      'LOCATION:Hội trường \xff',
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    writeFileSync(
      path,
      Buffer.concat(
        lines.map((l) =>
          l.includes('\xff')
            ? Buffer.concat([Buffer.from(l.slice(0, -1)), Buffer.from([0xff]), Buffer.from('\r\n')])
            : Buffer.from(`${l}\r\n`),
        ),
      ),
    );
    const r = await runTo(['from-ics', path, '--from', '2017-11-01', '--to', '2017-12-31']);
    assert.equal(r.feed.items[0].title, 'Tập huấn quy chế dân chủ');
    assert.equal(r.feed.items[0]._pw.event.location.name, 'Hội trường \ufffd');
    assert.match(r.stderr, /note: invalid UTF-8 bytes on line 7 were read as "\ufffd"/);
  });
});

describe('an unexpected error', () => {
  it('is one line and a fix, and its trace only comes with --debug', async () => {
    const { main } = await import(await cliBundle());
    const feed = join(tempDir(), 'feed.json');
    writeFileSync(feed, '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[]}');
    let err = '';
    // Standard output that fails (a closed pipe) stands for any error the CLI did not expect.
    const io = {
      out: () => {
        throw new Error('EPIPE: broken pipe');
      },
      err: (s) => (err += s),
      color: false,
    };
    assert.equal(await main(['validate', feed], io), 1);
    assert.equal(
      err,
      'provincial-widgets: unexpected error: EPIPE: broken pipe\n  Fix: run the command again with --debug and send us what it prints.\n',
    );
    await assert.rejects(main(['validate', feed, '--debug'], io), /EPIPE: broken pipe/);
  });
});
