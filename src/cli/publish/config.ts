/**
 * The `publish` config: read, checked against schema/publish.schema.json (the one list of keys, shipped
 * for editors), and resolved against the config file's folder. A wrong key is named with its place and,
 * when a known key is close, a "did you mean".
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { Validator, type Schema, type ValidationError } from 'jsonschema';
import schema from '../../../schema/publish.schema.json';
import { addDays, parseDay, today, type Day } from '../../shared/dates.js';
import { InputError } from '../common/errors.js';
import { t } from '../common/i18n.js';

/** One language edition of a feed, resolved. */
export interface Edition {
  lang: string;
  title: string | undefined;
  /** URLs as written; paths made absolute against the config's folder. */
  sources: string[];
}

/** One feed of the config, resolved. */
export interface FeedConfig {
  name: string;
  ics: boolean;
  editions: Edition[];
}

/** The config, with defaults filled in and paths absolute. */
export interface PublishConfig {
  /** The public address of `out`, without a trailing slash. */
  site: string;
  out: string;
  state: string;
  bundle: boolean;
  /** In ms. */
  timeout: number;
  /** The days .ics sources are read between. */
  window: { from: Day; to: Day };
  feeds: FeedConfig[];
}

interface RawEdition {
  title?: string;
  sources: string[];
}
interface RawConfig {
  site: string;
  out?: string;
  state?: string;
  bundle?: boolean;
  timeout?: number;
  window?: { from?: string; to?: string };
  feeds: Record<string, { title?: string; ics?: boolean; languages: Record<string, RawEdition> }>;
}

const SCHEMA_FILE = 'schema/publish.schema.json';

/** Edit distance, for "did you mean" (keys are short, so the plain table is enough). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The known key closest to `key`, when it is close enough to be a typo. */
export function didYouMean(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestScore) [best, bestScore] = [k, d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** `['feeds', 'portal', 'languages']` → `feeds.portal.languages`. */
const placeOf = (path: ReadonlyArray<string | number>) =>
  path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('') ||
  t('the top level', 'cấp ngoài cùng');

interface Problem {
  message: string;
  hint: string;
  /** A key a "did you mean" points at: its own "is missing" is then the same mistake. */
  suggests?: string;
  /** The place of a missing key. */
  missing?: string;
}

/** The schema of the object at `path` (jsonschema names the failing keyword's schema, not its object's). */
function schemaAt(path: ReadonlyArray<string | number>): Schema {
  const defs = (schema as { $defs: Record<string, Schema> }).$defs;
  const deref = (s: Schema | undefined): Schema => (s?.$ref ? deref(defs[s.$ref.replace('#/$defs/', '')]) : (s ?? {}));
  let at = schema as Schema;
  for (const key of path) {
    const next = at.properties?.[key] ?? at.additionalProperties;
    at = deref(typeof next === 'object' ? next : undefined);
  }
  return at;
}

function describe(e: ValidationError): Problem {
  const sub = (typeof e.schema === 'object' ? e.schema : {}) as Schema;
  const where = placeOf(e.path);
  if (e.name === 'additionalProperties') {
    const key = String(e.argument);
    const known = Object.keys(schemaAt(e.path).properties ?? {}).filter((k) => k !== '$schema');
    const guess = didYouMean(key, known);
    return {
      message: t(`unknown key "${key}" in ${where}`, `khóa "${key}" không hợp lệ trong ${where}`),
      hint: guess
        ? t(`did you mean "${guess}"? Rename the key.`, `có phải ý bạn là "${guess}"? Hãy đổi tên khóa.`)
        : t(
            `Remove it; the keys allowed here are: ${known.join(', ')}.`,
            `Hãy xóa nó; các khóa được phép: ${known.join(', ')}.`,
          ),
      suggests: guess && `${where}.${guess}`,
    };
  }
  if (e.name === 'required') {
    const key = String(e.argument);
    const about = (sub.properties?.[key] as Schema | undefined)?.description ?? '';
    return {
      message: t(`"${key}" is missing in ${where}`, `thiếu "${key}" trong ${where}`),
      hint: about || t(`Add "${key}" (see ${SCHEMA_FILE}).`, `Hãy thêm "${key}" (xem ${SCHEMA_FILE}).`),
      missing: `${where}.${key}`,
    };
  }
  if (e.name === 'propertyNames') {
    return {
      message: t(
        `the name "${String(e.argument)}" in ${where} is not allowed`,
        `tên "${String(e.argument)}" trong ${where} không hợp lệ`,
      ),
      hint: t(
        'Feed names are lower-case letters, digits, "-" and "_" (they become file names); languages are codes such as vi or en.',
        'Tên bản tin chỉ gồm chữ thường, chữ số, "-" và "_" (dùng làm tên tệp); ngôn ngữ là mã như vi hoặc en.',
      ),
    };
  }
  return {
    message: `${where}: ${e.message}`,
    hint: sub.description ?? t(`See ${SCHEMA_FILE}.`, `Xem ${SCHEMA_FILE}.`),
  };
}

const validator = new Validator();

/** The problems of a parsed config, "did you mean" first; empty when it is valid. */
export function configProblems(json: unknown): Problem[] {
  const problems = validator.validate(json, schema as Schema, { nestedErrors: false }).errors.map(describe);
  const typos = new Set(problems.map((p) => p.suggests).filter(Boolean));
  return problems.filter((p) => !p.missing || !typos.has(p.missing));
}

/** Reads and checks `path`; throws {@link InputError} naming each wrong key and its fix. */
export async function readConfig(path: string): Promise<PublishConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new InputError(
      t(
        `cannot read the config ${path} (${(e as { code?: string }).code ?? 'error'})`,
        `không đọc được tệp cấu hình ${path}`,
      ),
      t('Give the path of the publish config (JSON).', 'Hãy chỉ đường dẫn tới tệp cấu hình publish (JSON).'),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new InputError(
      t(
        `${path} is not valid JSON (${(e as Error).message})`,
        `${path} không phải JSON hợp lệ (${(e as Error).message})`,
      ),
      t('Check the commas and quotes near that place.', 'Kiểm tra dấu phẩy và dấu ngoặc kép quanh chỗ đó.'),
    );
  }
  const problems = configProblems(json);
  if (problems.length) {
    const [first, ...rest] = problems;
    const also = rest.map((p) => `\n  ${t('also', 'còn')}: ${p.message}. ${p.hint}`).join('');
    throw new InputError(`${basename(path)}: ${first!.message}${also}`, first!.hint);
  }
  return resolveConfig(json as RawConfig, dirname(resolve(path)));
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

function resolveConfig(raw: RawConfig, folder: string): PublishConfig {
  const out = resolve(folder, raw.out ?? 'public');
  const now = today();
  const day = (key: 'from' | 'to', fallback: Day) => {
    const value = raw.window?.[key];
    if (value === undefined) return fallback;
    const parsed = parseDay(value);
    if (!parsed)
      throw new InputError(
        t(`window.${key} "${value}" is not a day`, `window.${key} "${value}" không phải ngày`),
        t('Write it as YYYY-MM-DD.', 'Hãy viết dạng YYYY-MM-DD.'),
      );
    return parsed;
  };
  return {
    site: raw.site.replace(/\/+$/, ''),
    out,
    state: raw.state ? resolve(folder, raw.state) : `${out}.state`,
    bundle: raw.bundle ?? true,
    timeout: (raw.timeout ?? 15) * 1000,
    window: { from: day('from', addDays(now, -365)), to: day('to', addDays(now, 365)) },
    feeds: Object.entries(raw.feeds).map(([name, f]) => ({
      name,
      ics: f.ics ?? false,
      editions: Object.entries(f.languages).map(([lang, e]) => ({
        lang,
        title: e.title ?? f.title,
        sources: e.sources.map((s) => (isUrl(s) ? s : resolve(folder, s))),
      })),
    })),
  };
}
