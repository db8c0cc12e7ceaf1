#!/usr/bin/env node
/**
 * `npm start`: the demo on the embedded sample feed, on localhost only.
 *
 *   node scripts/serve-demo.mjs [--port 5173]
 *
 * - `demo/` is the site root: `/` is the article page, `/builder.html` the
 *   embed builder, `/cms.html` the plain CMS page.
 * - `/src/…` is the library source (demo pages import `../src/index.ts`).
 * - `/feeds/portal.{vi,en}.json` are the sample feeds, served with the
 *   headers a real feed host should send (CORS, ETag, Cache-Control, UTF-8)
 *   and with their training events moved to the current weeks (see
 *   demo/feeds/README.md). `?as-published` serves the file unchanged.
 * - `/feeds/lich-tap-huan.ics` is the subscription calendar that
 *   `provincial-widgets to-ics` makes (src/cli/events/to-ics.ts) from the shifted
 *   Vietnamese feed, with the same UIDs as the widget's "Add to calendar".
 * - `/dist/cdn/…` is the CDN bundle from `npm run build`. When it has not been
 *   built, an equivalent bundle is built on demand with esbuild (in memory),
 *   so the CMS page works on a fresh clone too.
 *
 * Nothing is fetched from the network. The vite.config.ts of the library
 * build is not used (`configFile: false`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { shiftFeed, vietnamToday } from '../src/cli/sample/shift.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(root, 'demo');

const CDN_FILES = {
  'provincial-widgets.iife.js': 'iife',
  'provincial-widgets.js': 'esm',
};

/** The sample feed, shifted to today, with the headers a feed host should send. */
function feedMiddleware(req, res, next) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const m = /^\/feeds\/(portal\.[a-z]{2}\.json)$/.exec(url.pathname);
  if (!m || !existsSync(join(demo, 'feeds', m[1]))) return next();
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, HEAD' });
    return res.end();
  }
  const text = readFileSync(join(demo, 'feeds', m[1]), 'utf8');
  const body = url.searchParams.has('as-published')
    ? text
    : `${JSON.stringify(shiftFeed(JSON.parse(text), vietnamToday()), null, 2)}\n`;
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
  const headers = {
    'Content-Type': 'application/feed+json; charset=utf-8',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag',
    'Cache-Control': 'public, max-age=60, stale-while-revalidate=600',
    ETag: etag,
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** `/feeds/lich-tap-huan.ics`: the CLI's `to-ics` run on the shifted Vietnamese feed, through Vite's SSR loader. */
const icsMiddleware = (server) => async (req, res, next) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/feeds/lich-tap-huan.ics') return next();
  try {
    const [{ feedToIcs }, { parseFeedJson }] = await Promise.all([
      server.ssrLoadModule(join(root, 'src/cli/events/to-ics.ts')),
      server.ssrLoadModule(join(root, 'src/feed/parse.ts')),
    ]);
    // The URL the widgets load the feed from: its host goes into the UIDs, as in their own export.
    const feedUrl = `http://${req.headers.host}/feeds/portal.vi.json`;
    const raw = shiftFeed(JSON.parse(readFileSync(join(demo, 'feeds', 'portal.vi.json'), 'utf8')), vietnamToday());
    const { ics } = feedToIcs(parseFeedJson(raw, feedUrl).feed, { name: 'Lịch tập huấn tỉnh Long An', feedUrl });
    res.writeHead(200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : ics);
  } catch (e) {
    next(e);
  }
};

const onDemand = new Map();

/** Builds a CDN bundle from src/index.ts in memory, as `npm run build` would. */
function buildCdn(format) {
  if (!onDemand.has(format)) {
    onDemand.set(
      format,
      import('esbuild')
        .then((esbuild) =>
          esbuild.build({
            entryPoints: [join(root, 'src/index.ts')],
            bundle: true,
            format,
            globalName: format === 'iife' ? 'ProvincialWidgets' : undefined,
            minify: true,
            target: 'es2021',
            tsconfig: join(root, 'tsconfig.json'),
            write: false,
            logLevel: 'silent',
          }),
        )
        .then((r) => r.outputFiles[0].text)
        .catch((e) => {
          onDemand.delete(format);
          throw e;
        }),
    );
  }
  return onDemand.get(format);
}

/**
 * `/dist/cdn/*` from `distDir` (chunks and source maps too), or, for the two
 * bundles, built on demand when dist/ has not been built.
 */
const cdnMiddleware = (distDir) => (req, res, next) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const m = /^\/dist\/cdn\/((?:[\w-]+\/)*[\w.-]+\.(?:js|map))$/.exec(url.pathname);
  if (!m) return next();
  const file = join(distDir, 'cdn', m[1]);
  const type = m[1].endsWith('.map') ? 'application/json' : 'text/javascript';
  const headers = { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-cache' };
  if (existsSync(file)) {
    res.writeHead(200, headers);
    return res.end(readFileSync(file));
  }
  const format = CDN_FILES[m[1]];
  if (!format) return next();
  buildCdn(format).then(
    (code) => {
      res.writeHead(200, {
        ...headers,
        'X-PW-Built-On-Demand': 'dist/ is missing; run npm run build for the real bundle',
      });
      res.end(code);
    },
    (e) => {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Could not build ${m[1]} on demand (${e.message}). Run \`npm run build\` first.`);
    },
  );
};

/**
 * `/cms.html` exactly as written: Vite would inject its dev client into the
 * page, and this page must show a CMS that loads nothing but the CDN bundle.
 */
function rawPageMiddleware(req, res, next) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/cms.html') return next();
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
  res.end(readFileSync(join(demo, 'cms.html')));
}

/** `/src/…` → the library source outside the demo root; `/templates/…` → the spreadsheet template. */
const fsRoot = root
  .split(sep)
  .join('/')
  .replace(/^(?!\/)/, '/');
function srcMiddleware(req, _res, next) {
  if (req.url?.startsWith('/src/') || req.url?.startsWith('/templates/')) req.url = `/@fs${fsRoot}${req.url}`;
  next();
}

/**
 * Starts the demo server and resolves when it listens. `distDir` is where the
 * CDN bundles are looked for (default `dist/`); `cacheDir` is Vite's
 * dependency cache (tests give each server its own); `live: false` turns off
 * file watching and live reload.
 */
export async function startDemoServer({
  port = 5173,
  host = '127.0.0.1',
  strictPort = false,
  logLevel = 'info',
  distDir = join(root, 'dist'),
  cacheDir = join(root, 'node_modules/.vite-demo'),
  live = true,
} = {}) {
  const server = await createServer({
    configFile: false,
    root: demo,
    cacheDir,
    logLevel,
    clearScreen: false,
    appType: 'mpa',
    server: {
      host,
      port,
      strictPort,
      open: false,
      fs: { allow: [root] },
      // Live reload on edits, unless `live` is false (tests: pages must not
      // reload under them when someone edits a source file).
      ...(live ? {} : { hmr: false, watch: null }),
    },
    optimizeDeps: { entries: [join(demo, '*.html')] },
    plugins: [
      {
        name: 'pw-demo',
        enforce: 'pre',
        /** Demo modules import the library as TypeScript sources do: `../src/x.js` means `src/x.ts`. */
        resolveId(source, importer) {
          if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
          const file = resolve(dirname(importer.split('?')[0]), source);
          if (existsSync(file)) return null;
          const ts = file.replace(/\.js$/, '.ts');
          return existsSync(ts) ? ts : null;
        },
        configureServer(s) {
          s.middlewares.use(feedMiddleware);
          s.middlewares.use(icsMiddleware(s));
          s.middlewares.use(cdnMiddleware(distDir));
          s.middlewares.use(rawPageMiddleware);
          s.middlewares.use(srcMiddleware);
        },
      },
    ],
  });
  await server.listen();
  return server;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { port: { type: 'string' } } });
  const host = '127.0.0.1'; // localhost only: the demo is for this machine
  const server = await startDemoServer({ port: Number(values.port ?? process.env.PORT ?? 5173), host });
  const url = server.resolvedUrls?.local?.[0] ?? `http://${host}:${server.config.server.port}/`;
  console.log(`\n  provincial-widgets demo (sample feed, no network needed)\n`);
  console.log(`  Article page:  ${url}`);
  console.log(`  Embed builder: ${url}builder.html`);
  console.log(`  Calendar:      ${url}feeds/lich-tap-huan.ics (subscription, from to-ics)`);
  console.log(
    `  CMS page:      ${url}cms.html${existsSync(join(root, 'dist/cdn/provincial-widgets.iife.js')) ? '' : '  (CDN bundle built on demand; `npm run build` makes the real one)'}`,
  );
  console.log(`\n  Press Ctrl+C to stop.\n`);
}
