import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers.mjs';

const DAY = 86_400_000;
const events = (feed) => feed.items.filter((i) => i._pw?.event).map((i) => i._pw.event);

test('sample-feed writes the Vietnamese sample with its sessions around today, and its photos', async () => {
  const dir = tempDir();
  const out = join(dir, 'portal.vi.json');
  const r = await runCli(['sample-feed', '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(feed.language, 'vi');
  const now = Date.now();
  const upcoming = events(feed).filter((e) => {
    const t = Date.parse(e.start.length === 10 ? `${e.start}T00:00:00+07:00` : e.start);
    return t >= now - DAY && t <= now + 45 * DAY;
  });
  assert.ok(upcoming.length >= 3, `sessions in the coming weeks: ${upcoming.length}`);
  const images = readdirSync(join(dir, 'images'));
  for (const item of feed.items.filter((i) => i.image))
    assert.ok(images.includes(item.image.replace(/^images\//, '')), item.image);
  assert.match(r.stderr, /Wrote the Vietnamese sample feed/);
  const check = await runCli(['validate', out, '--base', 'https://agency.example/feeds/portal.vi.json']);
  assert.equal(check.status, 0, check.stdout);
});

test('sample-feed --lang en writes the English edition (messages in English too)', async () => {
  const r = await runCli(['sample-feed', '--lang', 'en']);
  assert.equal(r.status, 0, r.stderr);
  const feed = JSON.parse(r.stdout);
  assert.equal(feed.language, 'en');
  assert.ok(events(feed).length > 0);
});

test('sample-feed into a folder that does not exist: one line with the fix, no stack trace', async () => {
  const dir = tempDir();
  const r = await runCli(['sample-feed', '-o', join(dir, 'missing', 'portal.vi.json')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /does not exist\n {2}Fix: Create the folder first/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  mkdirSync(join(dir, 'feeds'));
  const r2 = await runCli(['sample-feed', '-o', join(dir, 'feeds')]);
  assert.equal(r2.status, 1);
  assert.match(r2.stderr, /is a folder/);
  assert.equal(existsSync(join(dir, 'feeds', 'images')), false);
});

test('sample-feed links its items to a page written next to it, and declares no file it does not write', async () => {
  const dir = tempDir();
  const out = join(dir, 'portal.vi.json');
  const r = await runCli(['sample-feed', '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  // The demo's `_pw.ics_url: lich-tap-huan.ics` names a file nobody writes here.
  assert.equal(feed._pw?.ics_url, undefined);
  assert.equal(existsSync(join(dir, 'lich-tap-huan.ics')), false);
  assert.match(
    r.stderr,
    /to-ics .*portal\.vi\.json -o .*portal\.vi\.ics, then add "_pw": \{ "ics_url": "portal\.vi\.ics" \}/,
  );
  // Every link resolves, against the feed's own URL, to an anchor of portal.vi.html beside it.
  const page = readFileSync(join(dir, 'portal.vi.html'), 'utf8');
  const feedUrl = 'https://agency.example/feeds/portal.vi.json';
  for (const item of feed.items) {
    const link = new URL(item.url, feedUrl);
    assert.equal(`${link.origin}${link.pathname}`, 'https://agency.example/feeds/portal.vi.html', item.url);
    assert.ok(page.includes(`<article id="${decodeURIComponent(link.hash.slice(1))}">`), item.id);
    assert.equal(item._pw?.translations, undefined, item.id);
  }
  assert.ok(page.includes('<h2>Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước'));
  // The page is text, never the feed's markup.
  assert.doesNotMatch(page.replace(/<\/?(html|meta|title|style|h1|h2|p|article|img)\b[^>]*>/g, ''), /<[a-z]/i);
  // On standard output nothing is written beside it: no links to nowhere.
  const std = JSON.parse((await runCli(['sample-feed'])).stdout);
  assert.deepEqual(
    std.items.filter((i) => i.url),
    [],
  );
  assert.equal(std._pw, undefined);
});
