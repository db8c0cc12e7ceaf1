/**
 * One publish run: every edition (feed × language) read from its sources, merged newest first, checked by
 * `validate`'s own rules and written to out/feeds/ (plus its .ics), then the bundle copied to
 * out/assets/provincial-widgets/. Never worse than the last good run: a failed source gives its last good
 * items (status 3), and a feed that would come out empty or invalid is not written (status 1).
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import type { RawFeed } from '../../feed/types.js';
import { parseFeedJson } from '../../feed/parse.js';
import { t } from '../common/i18n.js';
import { mergeFeeds, type NamedFeed } from '../events/merge.js';
import { feedToIcs } from '../events/to-ics.js';
import { exitCode, validate } from '../validate/validate.js';
import type { Edition, FeedConfig, PublishConfig } from './config.js';
import { copyTree, writeAtomic } from './files.js';
import { loadSource, SourceError, type SourceKind } from './sources.js';
import { readLastGood, saveLastGood } from './state.js';

/** How one source fared: `stale` = it failed and its last good items were used. */
export interface SourceReport {
  source: string;
  kind?: SourceKind;
  status: 'ok' | 'stale' | 'failed';
  items: number;
  error?: string;
  /** For a stale source, when its items were read. */
  since?: string;
}

/** One written (or kept) feed file. */
export interface EditionReport {
  /** `<name>.<lang>`. */
  feed: string;
  url: string;
  items: number;
  /** false when the file already held these bytes (or was kept because of `error`). */
  written: boolean;
  ics?: { url: string; events: number; written: boolean };
  sources: SourceReport[];
  warnings: string[];
  /** Why the file was not written: the last good one stays. */
  error?: string;
}

/** The run, as `--json` prints it. */
export interface RunReport {
  /** 0 published, 3 published with stale sources, 1 a feed or the bundle could not be published. */
  status: 0 | 1 | 3;
  duration_ms: number;
  feeds: EditionReport[];
  bundle?: { files: number; written: number };
}

const readJson = async (path: string): Promise<RawFeed | undefined> => {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as RawFeed;
  } catch {
    return undefined;
  }
};

/** Sources of an edition: fresh when they answer, else their last good copy. */
async function gather(edition: string, sources: string[], config: PublishConfig, lang: string) {
  const reports: SourceReport[] = [];
  const inputs: NamedFeed[] = [];
  const warnings: string[] = [];
  const results = await Promise.allSettled(
    sources.map((s) => loadSource(s, { lang, timeout: config.timeout, window: config.window })),
  );
  for (const [i, result] of results.entries()) {
    const source = sources[i]!;
    if (result.status === 'fulfilled') {
      const { kind, feed, notes } = result.value;
      await saveLastGood(config.state, edition, { source, kind, read: new Date().toISOString(), feed });
      inputs.push({ source, feed });
      reports.push({ source, kind, status: 'ok', items: feed.items.length });
      for (const n of notes) warnings.push(`${source} ${n.path}: ${n.message}`);
      continue;
    }
    if (!(result.reason instanceof SourceError)) throw result.reason;
    const error = result.reason.message;
    const copy = await readLastGood(config.state, edition, source);
    if (copy) {
      inputs.push({ source, feed: copy.feed });
      reports.push({
        source,
        kind: copy.kind,
        status: 'stale',
        items: copy.feed.items.length,
        error,
        since: copy.read,
      });
    } else reports.push({ source, status: 'failed', items: 0, error });
  }
  return { reports, inputs, warnings };
}

async function publishEdition(config: PublishConfig, feed: FeedConfig, edition: Edition): Promise<EditionReport> {
  const id = `${feed.name}.${edition.lang}`;
  const path = join(config.out, 'feeds', `${id}.json`);
  const url = `${config.site}/feeds/${id}.json`;
  const icsUrl = `${config.site}/feeds/${id}.ics`;
  const { reports, inputs, warnings } = await gather(id, edition.sources, config, edition.lang);
  const report: EditionReport = { feed: id, url, items: 0, written: false, sources: reports, warnings };
  const merged = inputs.length ? mergeFeeds(inputs) : undefined;
  // Its feed_url note is about the input files: the published feed gets its own below.
  for (const n of merged?.notes ?? []) if (n.path !== 'feed_url') warnings.push(`${n.path}: ${n.message}`);
  const items = merged?.feed.items ?? [];
  if (!items.length) {
    const old = await readJson(path);
    report.items = old?.items?.length ?? 0;
    report.error = report.items
      ? t(
          `no source gave any item: kept the published feed (${report.items} items)`,
          `không nguồn nào có mục nào: giữ bản tin đã đăng (${report.items} mục)`,
        )
      : t('no source gave any item: nothing to publish', 'không nguồn nào có mục nào: không có gì để đăng');
    return report;
  }
  const out: RawFeed & { _pw?: { ics_url: string } } = {
    version: 'https://jsonfeed.org/version/1.1',
    title: edition.title ?? merged!.feed.title ?? id,
    ...(merged!.feed.home_page_url && { home_page_url: merged!.feed.home_page_url }),
    feed_url: url,
    language: edition.lang,
    ...(feed.ics && { _pw: { ics_url: icsUrl } }),
    // No next_url: it would name one source's older page, and the published feed is one file.
    items,
  };
  const json = `${JSON.stringify(out, null, 2)}\n`;
  const check = validate({ source: url, url, bytes: Buffer.from(json), contentType: 'application/feed+json' }, url);
  if (exitCode(check) !== 0) {
    const first = check.findings.find((f) => f.severity === 'fatal' || f.severity === 'error');
    report.items = (await readJson(path))?.items?.length ?? 0;
    report.error = t(
      `the merged feed fails validate (${first?.path}: ${first?.message}): kept the published one`,
      `bản tin gộp không qua validate (${first?.path}: ${first?.message}): giữ bản đã đăng`,
    );
    return report;
  }
  report.items = items.length;
  report.written = await writeFeedFile(path, json);
  if (feed.ics) {
    try {
      report.ics = await writeIcs(out, path, icsUrl, url);
    } catch (e) {
      report.error = t(`${(e as Error).message}: kept the published one`, `${(e as Error).message}: giữ bản đã đăng`);
    }
  }
  return report;
}

/**
 * A feed file and its gzip twin, for nginx's gzip_static: compressing a 60 KB feed on every request costs
 * the server about a hundred times more than sending a ready file (docs/hosting.md). Node's gzip writes no time
 * stamp, so the same feed gives the same bytes and an unchanged run leaves the twin alone too.
 */
async function writeFeedFile(path: string, text: string): Promise<boolean> {
  await writeAtomic(`${path}.gz`, gzipSync(text, { level: 9 }));
  return writeAtomic(path, text);
}

/** The edition's .ics, read back in ical.js before it is written; DTSTAMP is the feed file's mtime, so it is stable. */
async function writeIcs(feed: RawFeed, jsonPath: string, icsUrl: string, feedUrl: string) {
  const parsed = parseFeedJson(feed, feedUrl).feed;
  const now = new Date(Math.floor((await stat(jsonPath)).mtimeMs / 1000) * 1000);
  const { ics, events } = feedToIcs(parsed, { name: feed.title ?? '', feedUrl, now });
  const back = new ICAL.Component(ICAL.parse(ics));
  if (back.getAllSubcomponents('vevent').length !== events)
    throw new Error(`the calendar ${icsUrl} does not read back in ical.js`);
  const written = await writeFeedFile(jsonPath.replace(/\.json$/, '.ics'), ics);
  return { url: icsUrl, events, written };
}

/** Runs the config; `bundleDir` is the built bundle (dist/cdn), checked by the caller. */
export async function publish(config: PublishConfig, bundleDir: string | undefined): Promise<RunReport> {
  const started = Date.now();
  const feeds: EditionReport[] = [];
  for (const feed of config.feeds)
    for (const edition of feed.editions) feeds.push(await publishEdition(config, feed, edition));
  const bundle = bundleDir ? await copyTree(bundleDir, join(config.out, 'assets', 'provincial-widgets')) : undefined;
  const failed = feeds.some((f) => f.error);
  const stale = feeds.some((f) => f.sources.some((s) => s.status !== 'ok'));
  return {
    status: failed ? 1 : stale ? 3 : 0,
    duration_ms: Date.now() - started,
    feeds,
    ...(bundle && { bundle }),
  };
}
