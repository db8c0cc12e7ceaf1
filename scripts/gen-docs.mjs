#!/usr/bin/env node
/**
 * Writes docs/elements.md, the per-element reference, from custom-elements.json
 * (run `npm run analyze` first). `--check` fails when the committed file differs,
 * so the reference cannot drift from the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { namingViolations } from './lib/naming-rules.mjs';

const OUT = 'docs/elements.md';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const classes = new Map();
for (const mod of manifest.modules)
  for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, d);

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
let md = `# Element reference

Generated from \`custom-elements.json\` by \`scripts/gen-docs.mjs\`; do not edit by hand (\`npm run docs\`).
CI fails when this file is out of date. Every element also has the global \`--pw-*\` tokens listed under each.

`;
md += elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName})`).join('\n') + '\n';
for (const e of elements) {
  const members = collect(e, 'members').filter(
    (m) => m.kind === 'field' && (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('_'),
  );
  const attrs = members.filter((m) => m.attribute);
  const props = members.filter((m) => !m.attribute && m.description);
  md += `\n## <a id="${e.tagName}"></a>\`<${e.tagName}>\`\n\n${cell(e.summary ?? '')}\n\n${(e.description ?? '').trim()}\n\n`;
  md += `### Attributes\n\n${table(
    ['attribute', 'property', 'type', 'default', 'description'],
    attrs.map((a) => [code(a.attribute), code(a.name), code(a.type?.text), code(a.default), cell(a.description)]),
  )}\n`;
  if (props.length)
    md += `### Properties\n\n${table(
      ['property', 'type', 'description'],
      props.map((p) => [code(p.name), code(p.type?.text), cell(p.description)]),
    )}\n`;
  md += `### Events\n\n${table(
    ['event', 'detail', 'description'],
    collect(e, 'events').map((v) => [code(v.name), code(v.type?.text), cell(v.description)]),
  )}\n`;
  md += `### Slots\n\n${table(
    ['slot', 'description'],
    collect(e, 'slots').map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
  )}\n`;
  md += `### CSS parts\n\n${table(
    ['part', 'description'],
    collect(e, 'cssParts').map((p) => [code(p.name), cell(p.description)]),
  )}\n`;
  md += `### CSS custom properties\n\n${table(
    ['property', 'description'],
    collect(e, 'cssProperties').map((p) => [code(p.name), cell(p.description)]),
  )}\n`;
}

// The naming rules (docs/architecture.md), checked on every run so CI fails on a name that breaks them.
const naming = namingViolations(manifest);
if (naming.length) {
  console.error(
    `Public names that break the naming rules (docs/architecture.md):\n${naming.map((n) => `  ${n}`).join('\n')}`,
  );
  process.exit(1);
}

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    /* missing */
  }
  if (current !== md) {
    console.error(`${OUT} is out of date with custom-elements.json. Run: npm run analyze && npm run docs`);
    process.exit(1);
  }
  console.log(`${OUT} matches the manifest (${elements.length} elements).`);
} else {
  writeFileSync(OUT, md);
  console.log(`wrote ${OUT} (${elements.length} elements)`);
}
