#!/usr/bin/env node
/**
 * The package as npm would publish it, checked the way its users meet it (.ci/run, after
 * `npm run build`):
 *
 * 1. `npm pack` into a temporary folder;
 * 2. publint, and @arethetypeswrong/cli with its esm-only profile (the package is ESM only, so the
 *    CommonJS and node10 resolutions do not apply), on that tarball; any problem fails;
 * 3. a consumer project made here, in a temporary folder: Vite + TypeScript + React 19 from the npm
 *    registry and the tarball. `tsc` passes on an app that imports 'provincial-widgets/pw-news-list.js'
 *    and writes `<pw-news-list page-size={6}>`; `tsc` FAILS on `layout="gird"` and
 *    `page-size="six"`; `vite build` builds the app, and the built app renders the news list in
 *    headless Chromium;
 * 4. a plain HTML page that imports the package's npm build through an import map (no bundler),
 *    in headless Chromium: the news list renders, with no console error.
 *
 * Usage: node scripts/package-check.mjs [--keep]   (--keep leaves the temporary folder)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from './find-browser.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'pw-package-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const problems = [];
const check = (ok, message) => {
  console.log(`  ${ok ? '✓' : '✗'} ${message}`);
  if (!ok) problems.push(message);
};
const run = (cmd, args, cwd) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

// ---- 1. pack ----
console.log('▸ npm pack');
const [packed] = JSON.parse(
  execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
  }),
);
const tarball = join(work, packed.filename);
console.log(`  ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KiB`);

// ---- 2. publint, attw ----
console.log('▸ publint and attw on the tarball');
const pkgJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const bytes = readFileSync(tarball);
const { messages } = await publint({
  pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) },
  strict: true,
});
for (const m of messages) console.log(`    publint ${m.type}: ${formatMessage(m, pkgJson) ?? m.code}`);
check(messages.length === 0, `publint: ${messages.length} message(s)`);
const attw = run(
  process.execPath,
  [`${root}node_modules/@arethetypeswrong/cli/dist/index.js`, tarball, '--profile', 'esm-only', '--format', 'ascii'],
  root,
);
if (attw.status !== 0)
  console.log(
    attw.stdout
      .split('\n')
      .filter((l) => /❌|💀|⚠️|Error/.test(l))
      .join('\n'),
  );
check(attw.status === 0, 'attw (--profile esm-only): no problems');

// ---- 3. the consumer project ----
console.log('▸ consumer project: Vite + TypeScript + React 19, the package from the tarball');
const app = join(work, 'app');
mkdirSync(join(app, 'src'), { recursive: true });
const files = {
  'package.json': JSON.stringify({ name: 'pw-consumer', private: true, type: 'module' }, null, 2),
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        // The package's own .d.ts files are checked too.
        skipLibCheck: false,
        types: [],
      },
      files: ['src/main.tsx'],
    },
    null,
    2,
  ),
  'tsconfig.wrong.json': JSON.stringify({ extends: './tsconfig.json', files: ['src/wrong.tsx'] }, null, 2),
  'vite.config.js': "export default { base: './', logLevel: 'warn' };\n",
  'index.html':
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Consumer</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
  'src/main.tsx': `import { createRoot } from 'react-dom/client';
import 'provincial-widgets/pw-news-list.js';
import 'provincial-widgets/jsx/react';

function App() {
  return (
    <pw-news-list src="feeds/portal.{lang}.json" page-size={6} layout="grid">
      <a href="https://www.longan.gov.vn/">Tin tức</a>
    </pw-news-list>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`,
  'src/wrong.tsx': `import 'provincial-widgets/pw-news-list.js';
import 'provincial-widgets/jsx/react';

// One mistake per element: TypeScript reports the first bad attribute of each.
export const Wrong = () => (
  <>
    <pw-news-list layout="gird"></pw-news-list>
    <pw-news-list page-size="six"></pw-news-list>
  </>
);
`,
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(app, name), text);
const install = run(
  npm,
  [
    'install',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    tarball,
    'react@19',
    'react-dom@19',
    '@types/react@19',
    '@types/react-dom@19',
    `vite@${pkgJson.devDependencies.vite}`,
    `typescript@${pkgJson.devDependencies.typescript}`,
  ],
  app,
);
check(
  install.status === 0,
  `npm install (tarball, react@19, vite, typescript)${install.status ? `: ${install.stderr.slice(-800)}` : ''}`,
);
const installed = (name) => JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')).version;
if (install.status === 0)
  console.log(
    `    react ${installed('react')}, @types/react ${installed('@types/react')}, vite ${installed('vite')}, typescript ${installed('typescript')}`,
  );
const tsc = join(app, 'node_modules/typescript/bin/tsc');
const good = run(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
check(
  good.status === 0,
  `tsc: <pw-news-list page-size={6} layout="grid"> type-checks${good.status ? `\n${good.stdout}` : ''}`,
);
const wrong = run(process.execPath, [tsc, '-p', 'tsconfig.wrong.json'], app);
const errors = wrong.stdout.split('\n').filter((l) => /error TS/.test(l));
check(
  wrong.status !== 0 &&
    errors.some((l) => /"gird"/.test(l)) &&
    errors.some((l) => /"six"|string/.test(l)) &&
    errors.length === 2,
  `tsc fails on layout="gird" and page-size="six" (${errors.length} errors)`,
);
for (const e of errors) console.log(`    ${e.replace(/^.*error/, 'error')}`);
const vite = run(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build'], app);
check(vite.status === 0, `vite build${vite.status ? `: ${vite.stderr.slice(-800)}` : ''}`);

// ---- 4. an import map, no bundler ----
const libs = {
  'provincial-widgets/pw-news-list.js': 'provincial-widgets/dist/components/news-list/define.js',
  lit: 'lit/index.js',
  'lit/': 'lit/',
  'lit-html': 'lit-html/lit-html.js',
  'lit-html/': 'lit-html/',
  'lit-element/lit-element.js': 'lit-element/lit-element.js',
  '@lit/reactive-element': '@lit/reactive-element/reactive-element.js',
  '@lit/reactive-element/': '@lit/reactive-element/',
  '@lit/localize': '@lit/localize/lit-localize.js',
  dompurify: 'dompurify/dist/purify.es.mjs',
};
const importMap = {
  imports: Object.fromEntries(Object.entries(libs).map(([k, v]) => [k, `/node_modules/${v}`])),
};
writeFileSync(
  join(app, 'importmap.html'),
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Import map</title>
<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module">import 'provincial-widgets/pw-news-list.js';</script></head>
<body><pw-news-list src="/dist/feeds/portal.{lang}.json" page-size="3"><a href="https://www.longan.gov.vn/">Tin tức</a></pw-news-list></body></html>
`,
);
if (vite.status === 0) {
  cpSync(`${root}demo/feeds/portal.vi.json`, join(app, 'dist/feeds/portal.vi.json'));
  cpSync(`${root}demo/feeds/portal.en.json`, join(app, 'dist/feeds/portal.en.json'));
  cpSync(`${root}demo/feeds/images`, join(app, 'dist/feeds/images'), { recursive: true });
}
const executablePath = findBrowser();
if (!executablePath) problems.push('no Chrome/Chromium for the browser checks (set CHROME_PATH)');
else if (install.status === 0 && vite.status === 0) {
  console.log('▸ in headless Chromium');
  const server = await startStaticServer(app, {}, { allowNodeModules: true });
  const browser = await puppeteer.launch({ executablePath, headless: true, args: browserArgs });
  try {
    for (const [path, what] of [
      ['/dist/index.html', 'the React app built by Vite renders <pw-news-list>'],
      ['/importmap.html', 'a plain page with an import map renders <pw-news-list> from the npm build'],
    ]) {
      const tab = await browser.newPage();
      const errs = [];
      tab.on(
        'console',
        (m) => m.type() === 'error' && !m.location()?.url?.endsWith('favicon.ico') && errs.push(m.text()),
      );
      tab.on('pageerror', (e) => errs.push(e.message));
      await tab.goto(server.origin + path, { waitUntil: 'networkidle0', timeout: 30_000 });
      const items = await tab
        .waitForFunction(
          () => document.querySelector('pw-news-list')?.shadowRoot?.querySelectorAll('[part~=item]').length,
          {
            timeout: 15_000,
          },
        )
        .then(
          (h) => h.jsonValue(),
          () => 0,
        );
      const size = await tab.evaluate(() => document.querySelector('pw-news-list')?.getAttribute('page-size'));
      check(
        items > 0 && !errs.length,
        `${what} (${items} items, page-size="${size}")${errs.length ? `: ${errs.join('; ')}` : ''}`,
      );
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
console.log(
  `package-check: ${problems.length ? `${problems.length} problem(s)` : 'all checks passed'} in ${((Date.now() - started) / 1000).toFixed(0)}s.`,
);
process.exit(problems.length ? 1 : 0);
