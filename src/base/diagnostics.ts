/**
 * The console texts for a webmaster's typos and wrong values, with "did you
 * mean" suggestions. Loaded by `import()` only when PwElement finds a problem,
 * so a page without mistakes never downloads it.
 */
import { whenIdle, type Renames } from './deprecation.js';

/** What a warning is about: a missing `src`, an unknown attribute, a number or a listed value, an item id. */
export type ProblemKind = 'src' | 'attr' | 'number' | 'value' | 'id';

/**
 * Edit distance with transpositions (optimal string alignment), case-insensitive: `srcc`, `gird`, `Grid`.
 * Costs `a.length × b.length` steps: callers bound both (see {@link nearest}).
 */
export function distance(a: string, b: string): number {
  [a, b] = [a.toLowerCase(), b.toLowerCase()];
  const n = b.length;
  // Three typed rows, reused: arrays grown cell by cell cost several times as much.
  let [before, row, next] = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    const [ai, ap] = [a.charCodeAt(i - 1), a.charCodeAt(i - 2)];
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(next[j - 1]! + 1, row[j]! + 1, row[j - 1]! + (ai === bj ? 0 : 1));
      if (j > 1 && ap === bj && ai === b.charCodeAt(j - 2)) d = Math.min(d, before[j - 2]! + 1);
      next[j] = d;
    }
    [before, row, next] = [row, next, before];
  }
  return row[n]!;
}

/** Characters of a word or candidate that {@link nearest} compares: a typo in a longer id still shows here. */
const COMPARED = 100;
/**
 * Distance steps (row × column cells) {@link nearest} spends on one suggestion, a few milliseconds on a
 * phone: the candidates past it are not compared. Unbounded, a feed's five 900,000-character ids froze
 * the page for seconds.
 */
const BUDGET = 300_000;

/**
 * Up to `count` of `candidates` nearest to `word`, nearest first. Compares the first {@link COMPARED}
 * characters of each, in the candidates' order, until {@link BUDGET} steps are spent.
 */
export function nearest(word: string, candidates: readonly string[], count = 1): string[] {
  const w = word.slice(0, COMPARED);
  const best: [string, number][] = [];
  let left = BUDGET;
  for (const c of new Set(candidates)) {
    const head = c.slice(0, COMPARED);
    // The length difference is a lower bound on the distance: skip, for free, what cannot rank.
    if (best.length === count && Math.abs(head.length - w.length) >= best[count - 1]![1]) continue;
    if ((left -= (w.length + 1) * (head.length + 1)) < 0) break;
    best.push([c, distance(w, head)]);
    best.sort((x, y) => x[1] - y[1]);
    best.length = Math.min(best.length, count);
  }
  return best.map(([c]) => c);
}

/** The nearest candidate when it is close enough to be the intended word. */
const closeTo = (word: string, candidates: readonly string[]): string | undefined => {
  const [best] = nearest(word, candidates);
  return best !== undefined && distance(word.slice(0, COMPARED), best) <= Math.max(1, Math.floor(best.length / 3))
    ? best
    : undefined;
};

/** At most 100 characters of a value from the page or the feed, so that a warning stays short. */
const clip = (v: string) => (v.length > 100 ? `${v.slice(0, 100)}…` : v);

const quoted = (names: readonly string[]) => names.map((n) => `"${clip(n)}"`).join(', ');

type Ctor = { renamed: Renames; elementProperties: Map<PropertyKey, { attribute?: unknown }> };

/** The attribute the page wrote: a deprecated alias (`limit`) when that is what is there. */
function writtenName(el: Element, attribute: string): string {
  const aliases = (el.constructor as unknown as Ctor).renamed.attributes ?? {};
  const old = Object.keys(aliases).find((o) => aliases[o] === attribute && el.hasAttribute(o));
  return old && !el.hasAttribute(attribute) ? old : attribute;
}

/** The property's default, read from a fresh, unconnected instance. */
function defaultOf(el: Element, attribute: string): unknown {
  for (const [key, options] of (el.constructor as unknown as Ctor).elementProperties) {
    const name = typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
    if (name === attribute)
      return (document.createElement(el.localName) as unknown as Record<PropertyKey, unknown>)[key];
  }
  return undefined;
}

let globalNames: Set<string> | undefined;
/** Global HTML attributes (`inert`, `accesskey`, `aria-label`…): HTMLElement's properties, lowercased, hyphens dropped. */
function isGlobal(name: string): boolean {
  if (!globalNames) {
    globalNames = new Set();
    for (let p: object | null = HTMLElement.prototype; p; p = Object.getPrototypeOf(p) as object | null) {
      for (const key of Object.getOwnPropertyNames(p)) globalNames.add(key.toLowerCase());
    }
  }
  return /^(item|xml|is$|exportparts$)/.test(name) || globalNames.has(name.replace(/-/g, ''));
}

/** English and Vietnamese: what is wrong, then the fix. */
function texts(
  el: Element,
  kind: ProblemKind,
  name: string,
  value: string,
  known: readonly string[],
): [string, string] {
  const attr = `${name}="${clip(value)}"`;
  if (kind === 'src') {
    return [
      `no "src" attribute, so no feed is loaded and only the fallback content shows. Fix: add src="…" with the URL of the JSON Feed.`,
      `thiếu thuộc tính "src" nên không tải được nguồn tin, chỉ hiện nội dung dự phòng. Sửa: thêm src="…" là địa chỉ JSON Feed.`,
    ];
  }
  if (kind === 'attr') {
    const guess = closeTo(name, known);
    return guess
      ? [
          `unknown attribute "${name}", ignored. Fix: did you mean "${guess}"?`,
          `thuộc tính "${name}" không tồn tại nên bị bỏ qua. Sửa: có phải ý bạn là "${guess}"?`,
        ]
      : [
          `unknown attribute "${name}", ignored. Fix: use one of ${quoted(known)}.`,
          `thuộc tính "${name}" không tồn tại nên bị bỏ qua. Sửa: dùng một trong ${quoted(known)}.`,
        ];
  }
  if (kind === 'number') {
    const fallback = defaultOf(el, name);
    const example = typeof fallback === 'number' ? ` (default ${fallback})` : '';
    const vi = typeof fallback === 'number' ? ` (mặc định ${fallback})` : '';
    const alias = writtenName(el, name);
    // The property holds NaN: quote what the page wrote.
    const written = `${alias}="${el.getAttribute(alias) ?? value}"`;
    return [
      `${written} is not a number, so the default is used. Fix: write a whole number${example}.`,
      `${written} không phải là số nên giá trị mặc định được dùng. Sửa: ghi một số nguyên${vi}.`,
    ];
  }
  if (kind === 'value') {
    const guess = closeTo(value, known);
    const hint = guess ? ` Did you mean "${guess}"?` : '';
    const goi = guess ? ` Có phải ý bạn là "${guess}"?` : '';
    return [
      `${attr} is not a valid value, so it is ignored. Fix: use one of ${quoted(known)}.${hint}`,
      `${attr} không phải giá trị hợp lệ nên bị bỏ qua. Sửa: dùng một trong ${quoted(known)}.${goi}`,
    ];
  }
  const feed = clip(el.getAttribute('src') ?? '');
  const ids = quoted(nearest(value, known, 3));
  return [
    `${attr} matches no item in the feed ${feed}, so the fallback content shows. Fix: use an id from the feed, such as ${ids}.`,
    `${attr} không khớp bài nào trong nguồn tin ${feed} nên nội dung dự phòng được hiện. Sửa: dùng id có trong nguồn tin, ví dụ ${ids}.`,
  ];
}

/**
 * Writes one console warning for `el`, at an idle moment: the "did you mean" search is work that no
 * reader waits for. `known` holds the allowed values, the element's attributes or the feed's item
 * ids, depending on `kind`.
 */
export function report(
  el: Element,
  kind: ProblemKind,
  name: string,
  value: string,
  known: readonly string[] = [],
): void {
  whenIdle(() => {
    if (kind === 'attr' && isGlobal(name)) return;
    const tag = `<${el.localName}${el.id ? ` id="${el.id}"` : ''}>`;
    const [en, vi] = texts(el, kind, name, value, known);
    console.warn(`provincial-widgets: ${tag} ${en} / ${tag} ${vi}`);
  });
}
