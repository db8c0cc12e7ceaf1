#!/usr/bin/env node
/**
 * Writes each element's reference, src/components/<name>/README.md (next to its code, examples,
 * stories and tests), and docs/elements.md, the index of them, from custom-elements.json (run
 * `npm run analyze` first). `--check` fails when a committed file differs, so the reference
 * cannot drift from the code.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { namingViolations } from './lib/naming-rules.mjs';

const INDEX = 'docs/elements.md';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const classes = new Map();
/** The module path of each class, e.g. src/components/news-list/news-list.ts. */
const modulePath = new Map();
for (const mod of manifest.modules)
  for (const d of mod.declarations ?? [])
    if (d.kind === 'class') {
      classes.set(d.name, d);
      modulePath.set(d, mod.path);
    }

/** The class and its ancestors, nearest first. */
function chain(decl) {
  const out = [];
  for (let d = decl; d; d = d.superclass && classes.get(d.superclass.name)) out.push(d);
  return out;
}

function collect(decl, key, id = (x) => x.name) {
  const seen = new Map();
  for (const d of chain(decl)) for (const x of d[key] ?? []) if (!seen.has(id(x))) seen.set(id(x), x);
  return [...seen.values()];
}

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ')
    .trim();
const code = (s) => (s ? `\`${cell(s)}\`` : '');

function table(head, rows) {
  if (!rows.length) return '_None._\n';
  return `| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
}

const elements = [...classes.values()].filter((d) => d.tagName).sort((a, b) => a.tagName.localeCompare(b.tagName));
/** The element's README: in the folder of the module that declares it. */
const readmeOf = (e) => `${dirname(modulePath.get(e))}/README.md`;
/** A link from `from`'s folder to `to`. */
const link = (from, to) => relative(dirname(from), to);

/** The reference of one element: its README. */
function reference(e) {
  const out = readmeOf(e);
  const members = collect(e, 'members').filter(
    (m) => m.kind === 'field' && (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('_'),
  );
  const attrs = members.filter((m) => m.attribute);
  const props = members.filter((m) => !m.attribute && m.description);
  let md = `# \`<${e.tagName}>\`

Generated from \`custom-elements.json\` by \`scripts/gen-docs.mjs\`; do not edit by hand (\`npm run docs\`).
CI fails when this file is out of date. [All elements](${link(out, INDEX)}).

${cell(e.summary ?? '')}

${(e.description ?? '').trim()}

`;
  md += `## Attributes\n\n${table(
    ['attribute', 'property', 'type', 'default', 'description'],
    attrs.map((a) => [code(a.attribute), code(a.name), code(a.type?.text), code(a.default), cell(a.description)]),
  )}\n`;
  if (props.length)
    md += `## Properties\n\n${table(
      ['property', 'type', 'description'],
      props.map((p) => [code(p.name), code(p.type?.text), cell(p.description)]),
    )}\n`;
  md += `## Events\n\n${table(
    ['event', 'detail', 'description'],
    collect(e, 'events').map((v) => [code(v.name), code(v.type?.text), cell(v.description)]),
  )}\n`;
  md += `## Slots\n\n${table(
    ['slot', 'description'],
    collect(e, 'slots').map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
  )}\n`;
  md += `## CSS parts\n\n${table(
    ['part', 'description'],
    collect(e, 'cssParts').map((p) => [code(p.name), cell(p.description)]),
  )}\n`;
  md += `## CSS custom properties\n\n${table(
    ['property', 'description'],
    collect(e, 'cssProperties').map((p) => [code(p.name), cell(p.description)]),
  )}`;
  return md;
}

const index = `# Element reference

Each element's reference is generated from \`custom-elements.json\` by \`scripts/gen-docs.mjs\` into the
README.md of its folder, next to its code, examples, stories and tests; do not edit them by hand
(\`npm run docs\`). CI fails when one is out of date. Every element also has the global \`--pw-*\` tokens
listed under each.

${table(
  ['element', 'summary'],
  elements.map((e) => [`[\`<${e.tagName}>\`](${link(INDEX, readmeOf(e))})`, cell(e.summary ?? '')]),
)}`;

/** Every generated file and its text. */
const files = new Map([[INDEX, index], ...elements.map((e) => [readmeOf(e), reference(e)])]);

// The naming rules (docs/architecture.md), checked on every run so CI fails on a name that breaks them.
const naming = namingViolations(manifest);
if (naming.length) {
  console.error(
    `Public names that break the naming rules (docs/architecture.md):\n${naming.map((n) => `  ${n}`).join('\n')}`,
  );
  process.exit(1);
}

if (process.argv.includes('--check')) {
  const stale = [...files].filter(([path, text]) => {
    try {
      return readFileSync(path, 'utf8') !== text;
    } catch {
      return true; // missing
    }
  });
  if (stale.length) {
    for (const [path] of stale) console.error(`${path} is out of date with custom-elements.json.`);
    console.error('Run: npm run analyze && npm run docs');
    process.exit(1);
  }
  console.log(`The reference matches the manifest (${INDEX} and ${elements.length} element READMEs).`);
} else {
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  console.log(`wrote ${INDEX} and ${elements.length} element READMEs: ${elements.map(readmeOf).join(', ')}`);
}
