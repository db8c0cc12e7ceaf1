/**
 * The command line's usage errors, in one place: every command's "needs one file" text, the
 * `--base` check and unknown options answer with exit 2, the message and the help (in English,
 * or in Vietnamese with --lang vi), before any file is read.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fixture, root, runCli } from './helpers.mjs';

const feed = join(root, 'demo/feeds/portal.vi.json');

/** [arguments, English message, Vietnamese message] for each usage error a command checks itself. */
const usageErrors = [
  [['validate'], 'validate needs one file or URL', 'validate cần một tệp hoặc địa chỉ'],
  [['validate', feed, feed], 'validate needs one file or URL', 'validate cần một tệp hoặc địa chỉ'],
  [['validate', feed, '--base', 'ftp://x/'], '--base must be an http(s) URL', '--base phải là địa chỉ http(s)'],
  [['from-rss'], 'from-rss needs one file or URL', 'from-rss cần một tệp hoặc địa chỉ'],
  [
    ['from-rss', fixture('longan-rss2.xml'), '--base', 'file:///etc/'],
    '--base must be an http(s) URL',
    '--base phải là địa chỉ http(s)',
  ],
  [
    ['from-rss', fixture('longan-rss2.xml'), '--timeout', 'soon'],
    '--timeout must be a number of seconds',
    '--timeout phải là số giây',
  ],
  [['sample-feed', 'x.json'], 'sample-feed takes no file; use -o <file>', 'sample-feed không nhận tệp; dùng -o <tệp>'],
  [['from-csv'], 'from-csv needs one .csv or .xlsx file', 'from-csv cần một tệp .csv hoặc .xlsx'],
  [['from-ics', 'a.ics', 'b.ics'], 'from-ics needs one .ics file', 'from-ics cần một tệp .ics'],
  [['from-ics', 'a.ics', '--to', '2017'], '--to must be a day, YYYY-MM-DD', '--to phải là ngày dạng YYYY-MM-DD'],
  [['merge', feed], 'merge needs two or more feeds', 'merge cần từ hai bản tin trở lên'],
  [['to-ics'], 'to-ics needs one feed', 'to-ics cần một bản tin'],
];

describe('usage errors', () => {
  for (const [args, en, vi] of usageErrors) {
    it(`${args.map((a) => a.replace(root, '')).join(' ')}: exit 2, "${en}" and the help`, async () => {
      const r = await runCli(args);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.ok(r.stderr.startsWith(`provincial-widgets: ${en}\n\nprovincial-widgets `), r.stderr);
      assert.match(r.stderr, /Usage:\n {2}provincial-widgets validate <file\|url>/);
      const inVietnamese = await runCli([...args, '--lang', 'vi']);
      assert.equal(inVietnamese.status, 2);
      assert.ok(inVietnamese.stderr.startsWith(`provincial-widgets: ${vi}\n`), inVietnamese.stderr);
    });
  }

  it('an option a command does not take: exit 2 and the parser says which', async () => {
    for (const args of [
      ['validate', feed, '--output', 'x'],
      ['merge', feed, feed, '--base', 'https://a.example/'],
      ['to-ics', feed, '--strict'],
    ]) {
      const r = await runCli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^provincial-widgets: Unknown option '--(output|base|strict)'/);
    }
  });

  it('from-csv takes --base as the base of relative links without checking its scheme (as before)', async () => {
    const r = await runCli(['from-csv', join(root, 'templates/lich-tap-huan.csv'), '--base', 'ftp://x/']);
    assert.notEqual(r.status, 2, r.stderr);
    assert.ok(JSON.parse(r.stdout).items.length > 0, r.stderr);
  });
});

describe("each command's --help", () => {
  const commands = ['validate', 'from-rss', 'sample-feed', 'from-csv', 'from-ics', 'merge', 'to-ics'];

  it("prints that command's block of the help, the same as in the full help, and exits 0", async () => {
    const full = await runCli(['help']); // not --help: `node -e … --help` would print node's own help
    assert.equal(full.status, 0);
    for (const command of commands) {
      const r = await runCli([command, '--help']);
      assert.equal(r.status, 0, `${command}: ${r.stderr}`);
      const block = r.stdout.match(/^Usage:\n([\s\S]*?)\n\n {2}Use "-"/)?.[1];
      assert.ok(block?.startsWith(`  provincial-widgets ${command} `), r.stdout);
      assert.ok(full.stdout.includes(`${block}\n`), `${command}'s block is in the full help`);
      for (const other of commands.filter((c) => c !== command))
        assert.doesNotMatch(r.stdout, new RegExp(`provincial-widgets ${other} `));
      assert.equal((await runCli([command, '-h'])).stdout, r.stdout);
    }
  });

  it('lists every option the command takes, each with its description', async () => {
    const r = await runCli(['from-ics', '--help']);
    for (const flag of ['-o, --output <file>', '--language <code>', '--from <YYYY-MM-DD>', '--to <YYYY-MM-DD>'])
      assert.match(r.stdout, new RegExp(`\\n {6}${flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +\\S`), flag);
  });
});
