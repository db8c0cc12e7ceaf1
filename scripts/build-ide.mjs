#!/usr/bin/env node
/**
 * `npm run build`, after scripts/build.mjs: editor and framework data generated from
 * custom-elements.json by the custom-elements-manifest integrations (the generators Shoelace and
 * Web Awesome use), so that developers get completion, hover docs and type checks:
 *
 * - dist/web-types.json: JetBrains IDEs (package.json "web-types");
 * - dist/vscode.html-custom-data.json: VS Code ("html.customData" in .vscode/settings.json);
 * - dist/jsx/custom-element-jsx.d.ts: JSX types of every element (@wc-toolkit/jsx-types), and
 *   dist/jsx/react.d.ts / preact.d.ts, which add them to React 19's and Preact's JSX
 *   (`import 'provincial-widgets/jsx/react'` once in the app, or in a .d.ts);
 * - dist/cdn/script.d.ts: the types of the CDN files that export nothing (the autoloader, the
 *   classic script), so that TypeScript accepts `import 'provincial-widgets/cdn/autoloader.js'`.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
/** The built module of a source path in the manifest. */
const built = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

generateJetBrainsWebTypes(manifest, {
  outdir: dist,
  webTypesFileName: 'web-types.json',
  packageJson: false,
  hideLogs: true,
  descriptionSrc: 'description',
  modulePathTemplate: (_name, path) => built(path),
});
generateVsCodeCustomElementData(manifest, {
  outdir: dist,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: null,
  hideLogs: true,
  descriptionSrc: 'description',
});
mkdirSync(`${dist}/jsx`, { recursive: true });
generateJsxTypes(manifest, {
  outdir: `${dist}/jsx`,
  fileName: 'custom-element-jsx.d.ts',
  // The attribute types written in the manifest ('list' | 'grid', number…): no class imports needed.
  useCemTypes: true,
  stronglyTypedEvents: false,
});
fixImports(`${dist}/jsx/custom-element-jsx.d.ts`);

/**
 * The generator imports the element classes and event detail types from the manifest's source
 * paths (`src/….ts`, absent from the package), some twice, and a parameter name (`ctor`) as a
 * type. Import each name instead from the built .d.ts that exports it; a name that no module
 * exports and that the types do not use is dropped, any other fails the build.
 */
function fixImports(file) {
  const names = new Set();
  const body = readFileSync(file, 'utf8').replace(/^import type \{([^}]*)\} from "[^"]*";\n/gm, (_, list) => {
    for (const n of list.split(',').map((x) => x.trim())) if (n) names.add(n);
    return '';
  });
  const code = body
    .split('\n')
    .filter((l) => !/^\s*(\/\*\*|\*)/.test(l))
    .join('\n');
  const dts = (dir) =>
    readdirSync(dir).flatMap((n) =>
      statSync(`${dir}/${n}`).isDirectory() ? dts(`${dir}/${n}`) : n.endsWith('.d.ts') ? [`${dir}/${n}`] : [],
    );
  const where = new Map();
  for (const f of dts(dist).filter((f) => !f.includes('/jsx/')))
    for (const [, n] of readFileSync(f, 'utf8').matchAll(
      /^export (?:declare )?(?:abstract )?(?:interface|type|class|declare class) (\w+)/gm,
    ))
      if (!where.has(n)) where.set(n, relative(`${dist}/jsx`, f).replace(/\.d\.ts$/, '.js'));
  const byModule = new Map();
  for (const n of names) {
    if (where.has(n)) byModule.set(where.get(n), [...(byModule.get(where.get(n)) ?? []), n]);
    else if (new RegExp(`\\b${n}\\b`).test(code)) throw new Error(`build-ide: no built module exports ${n}`);
  }
  const imports = [...byModule].map(([m, list]) => `import type { ${list.sort().join(', ')} } from '${m}';`);
  writeFileSync(file, `${imports.join('\n')}\n${body}`);
}

/** The module-augmentation file that adds the elements to one framework's JSX. */
const augment = (module) => `/**
 * Adds the provincial-widgets elements to ${module}'s JSX: import this module once in the app
 * (\`import 'provincial-widgets/jsx/${module}';\`), or reference it from a .d.ts.
 */
import type { CustomElements, CustomCssProperties } from './custom-element-jsx.js';

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  interface CSSProperties extends CustomCssProperties {}
}
`;
for (const module of ['react', 'preact']) {
  writeFileSync(`${dist}/jsx/${module}.d.ts`, augment(module));
  // Lets `import 'provincial-widgets/jsx/react'` also run (it does nothing) in bundlers and browsers.
  writeFileSync(`${dist}/jsx/${module}.js`, 'export {};\n');
}
writeFileSync(
  `${dist}/cdn/script.d.ts`,
  '/** A script run for its side effects (it defines the pw-* elements): it exports nothing. */\nexport {};\n',
);
console.log('\n▸ IDE and JSX data: dist/web-types.json, dist/vscode.html-custom-data.json, dist/jsx/');
