/**
 * The naming rules for public names (docs/architecture.md, "Naming rules"),
 * checked over custom-elements.json by scripts/gen-docs.mjs on every run, so a
 * new name that breaks them fails CI. Old names kept as deprecated aliases are
 * not in the manifest (they live in each element's `static renamed` table).
 */

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** What a custom property may end with: the CSS property or measure it sets. */
export const CSS_PROPERTY_ENDINGS = [
  'background',
  'color',
  'size',
  'gap',
  'radius',
  'width',
  'height',
  'min',
  'max',
  'ratio',
  'lines',
  'weight',
  'padding',
  'index',
  'family',
  'space',
];

/** The verbs of `pw-<noun>-<verb>` events, in the present tense. A new verb is added here after review. */
export const EVENT_VERBS = ['load', 'error', 'change', 'navigate', 'open', 'close', 'start', 'select', 'toggle'];

const camelCase = (name) => name.replace(/-(.)/g, (_, c) => c.toUpperCase());
const pascalCase = (name) => camelCase(`-${name}`);

/** `pw-locale-change` → `LocaleChangeDetail`. */
export const detailTypeOf = (event) => `${pascalCase(event.replace(/^pw-/, ''))}Detail`;

/** Every broken rule in the manifest, as `<tag> name: rule` lines (empty when all is well). */
export function namingViolations(manifest) {
  const classes = new Map();
  for (const mod of manifest.modules ?? [])
    for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, d);
  const chain = (decl) => {
    const out = [];
    for (let d = decl; d; d = d.superclass && classes.get(d.superclass.name)) out.push(d);
    return out;
  };
  const collect = (decl, key) => {
    const seen = new Map();
    for (const d of chain(decl)) for (const x of d[key] ?? []) if (!seen.has(x.name)) seen.set(x.name, x);
    return [...seen.values()];
  };
  const globalTokens = new Set(
    [...classes.values()].filter((d) => !d.tagName).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)),
  );

  const out = [];
  for (const e of [...classes.values()].filter((d) => d.tagName)) {
    const bad = (name, rule) => out.push(`<${e.tagName}> ${name}: ${rule}`);
    const parts = new Set(collect(e, 'cssParts').map((p) => p.name));

    for (const a of collect(e, 'attributes')) {
      if (!KEBAB.test(a.name)) bad(a.name, 'attributes are kebab-case');
      if (a.fieldName && a.fieldName !== camelCase(a.name))
        bad(a.name, `its property is the camelCase name (${camelCase(a.name)}), not ${a.fieldName}`);
      if (a.type?.text === 'boolean') {
        if (a.default && a.default !== 'false') bad(a.name, 'boolean attributes are off by default (present = on)');
        if (/^(no|show|disable)-/.test(a.name))
          bad(a.name, 'boolean attributes name the change they make (hide-*, icon-only), not no-*/show-*');
        const hidden = a.name.match(/^hide-(.+)$/)?.[1];
        if (hidden && !parts.has(hidden))
          bad(a.name, `hide-<part> names the part it hides, and "${hidden}" is not a part of this element`);
      }
    }

    for (const p of collect(e, 'cssParts'))
      if (!KEBAB.test(p.name)) bad(`::part(${p.name})`, 'parts are kebab-case nouns');

    const prefix = `--${e.tagName}-`;
    for (const p of collect(e, 'cssProperties')) {
      if (globalTokens.has(p.name)) continue;
      if (!p.name.startsWith(prefix) || !KEBAB.test(p.name.slice(2)))
        bad(p.name, `CSS custom properties are ${prefix}* in kebab-case`);
      else if (!CSS_PROPERTY_ENDINGS.includes(p.name.split('-').pop()))
        bad(p.name, `CSS custom properties end with what they set (-${CSS_PROPERTY_ENDINGS.join(', -')})`);
    }

    for (const v of collect(e, 'events')) {
      const words = v.name.split('-');
      if (!KEBAB.test(v.name) || words[0] !== 'pw' || words.length < 3) bad(v.name, 'events are pw-<noun>-<verb>');
      else if (!EVENT_VERBS.includes(words.at(-1)))
        bad(
          v.name,
          `events end with a verb (${EVENT_VERBS.join(', ')}; add a new one to scripts/lib/naming-rules.mjs)`,
        );
      const type = v.type?.text ?? '';
      if (type !== `CustomEvent<${detailTypeOf(v.name)}>`)
        bad(
          v.name,
          `the event is documented as {CustomEvent<${detailTypeOf(v.name)}>} (detail types are named after their event), not "${type}"`,
        );
    }
  }
  return out;
}
