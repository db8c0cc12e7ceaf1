/**
 * A document's internal DTD entities (`<!DOCTYPE rss [ <!ENTITY … "…"> ]>`),
 * which htmlparser2 does not read. Only internal general entities are
 * expanded: external ones (SYSTEM/PUBLIC) are never fetched, and expansion is
 * capped so that "billion laughs" documents stay small.
 */
import { decodeHTML } from 'entities';

/** Longest expansion of one entity, in characters. */
export const ENTITY_MAX = 64 * 1024;
/** Most entities read from one document. */
const ENTITY_COUNT_MAX = 1000;

export interface Dtd {
  /** The document with its DOCTYPE removed. */
  text: string;
  /** Declared entities, fully expanded. A Map, so `constructor` is only an entity if the document says so. */
  entities: Map<string, string>;
  warnings: string[];
}

const REF = /&([A-Za-z_][\w.-]*);/g;

/** Where the DOCTYPE starts, looking only through the prolog (declaration, comments, PIs); -1 when there is none. */
function doctypeAt(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('<?', i)) i = text.indexOf('?>', i) + 2;
    else if (text.startsWith('<!--', i)) i = text.indexOf('-->', i) + 3;
    else return /^<!DOCTYPE\b/i.test(text.slice(i, i + 10)) ? i : -1;
    if (i < 3) return -1; // unterminated
  }
}

/** Finds the DOCTYPE before the root element and reads its internal subset. Linear in the prolog's length. */
export function readDtd(text: string): Dtd {
  const entities = new Map<string, string>();
  const warnings: string[] = [];
  const start = doctypeAt(text);
  if (start < 0) return { text, entities, warnings };
  const open = text.indexOf('[', start);
  const close = text.indexOf('>', start);
  if (open < 0 || (close >= 0 && close < open))
    return { text: text.slice(0, start) + text.slice(close < 0 ? text.length : close + 1), entities, warnings };
  const subsetEnd = text.indexOf(']', open);
  const end = subsetEnd < 0 ? -1 : text.indexOf('>', subsetEnd);
  const subset = text.slice(open + 1, subsetEnd < 0 ? text.length : subsetEnd);
  const decl = /<!ENTITY\s+(%\s+)?([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b[^>]*)\s*>/g;
  let skippedExternal = 0;
  let skippedLarge = 0;
  for (let m = decl.exec(subset); m; m = decl.exec(subset)) {
    if (m[1]) continue; // parameter entities only matter inside the DTD itself
    if (m[5]) {
      skippedExternal++;
      continue;
    }
    if (entities.size >= ENTITY_COUNT_MAX || entities.has(m[2]!)) continue;
    // Earlier entities are already expanded, so one pass suffices and nothing recurses;
    // character references (and, leniently, HTML's named ones) are read here, as XML does.
    const value = decodeHTML((m[3] ?? m[4])!.replace(REF, (ref, name: string) => entities.get(name) ?? ref));
    if (value.length > ENTITY_MAX) skippedLarge++;
    else entities.set(m[2]!, value);
  }
  if (skippedExternal)
    warnings.push(`${skippedExternal} external entit${skippedExternal === 1 ? 'y' : 'ies'} in the DOCTYPE not fetched`);
  if (skippedLarge)
    warnings.push(
      `${skippedLarge} DOCTYPE entit${skippedLarge === 1 ? 'y' : 'ies'} longer than ${ENTITY_MAX} characters when expanded: left out`,
    );
  return { text: text.slice(0, start) + text.slice(end < 0 ? text.length : end + 1), entities, warnings };
}
