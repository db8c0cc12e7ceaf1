/**
 * The contract checks of `validate`: schema/feed.schema.json first (the one
 * source of truth, shipped in the package), then the two rules JSON Schema
 * cannot express. Each violation is a spec error unless the parser reads the
 * value anyway (a coercion), which `validate` reports as a warning.
 */
import { Validator, type Schema, type ValidationError } from 'jsonschema';
import schema from '../../../schema/feed.schema.json';
import { t } from '../common/i18n.js';

export interface Violation {
  /** JSON path, e.g. `items[3].date_published`; `$` for the document. */
  path: string;
  message: string;
  hint: string;
  /**
   * Set when the widgets read the value anyway although the parser does not
   * note it (they never use it, or `null` is plainly "absent"): what they read.
   */
  readAs?: string;
}

const HTTP_VERSION = /^http:\/\/jsonfeed\.org\/version\/1(\.1)?$/;

const validator = new Validator();
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `['items', 3, 'id']` → `items[3].id`. */
const pathOf = (segments: ReadonlyArray<string | number>): string =>
  segments.reduce<string>((p, s) => (typeof s === 'number' ? `${p}[${s}]` : p ? `${p}.${s}` : s), '') || '$';

const quoted = (path: string) => `"${path.replace(/^items\[\d+\]\.?/, '') || path}"`;

function describe(e: ValidationError): Violation {
  const sub = typeof e.schema === 'object' ? (e.schema as Schema) : {};
  const described = sub.description ?? '';
  if (e.name === 'required') {
    const path = pathOf([...e.path, e.argument as string]);
    const member = (sub.properties?.[e.argument as string] as Schema | undefined)?.description ?? '';
    return { path, message: t(`${quoted(path)} is missing`, `thiếu ${quoted(path)}`), hint: hintFor(path, member) };
  }
  const path = pathOf(e.path);
  const field = quoted(path);
  const message = (() => {
    switch (e.name) {
      case 'type':
        return t(
          `${field} must be ${([] as string[]).concat(e.argument).join(' or ')}`,
          `${field} phải là ${([] as string[]).concat(e.argument).join(' hoặc ')}`,
        );
      case 'enum':
        return t(
          `${field} is ${JSON.stringify(e.instance)}, not one of ${(e.argument as unknown[]).map((a) => JSON.stringify(a)).join(', ')}`,
          `${field} là ${JSON.stringify(e.instance)}, không thuộc ${(e.argument as unknown[]).map((a) => JSON.stringify(a)).join(', ')}`,
        );
      case 'anyOf':
        return /^items\[\d+\]$/.test(path) &&
          isObject(e.instance) &&
          !('content_html' in e.instance) &&
          !('content_text' in e.instance)
          ? t(
              'the item has neither "content_html" nor "content_text"',
              'mục này không có "content_html" lẫn "content_text"',
            )
          : t(
              `${field} (${JSON.stringify(e.instance)}) has none of the allowed forms`,
              `${field} (${JSON.stringify(e.instance)}) không đúng dạng cho phép`,
            );
      case 'pattern':
      case 'not':
      case 'minLength':
        return t(
          `${field} (${JSON.stringify(e.instance)}) does not have the required form`,
          `${field} (${JSON.stringify(e.instance)}) không đúng dạng yêu cầu`,
        );
      default:
        return `${field} ${e.message}`;
    }
  })();
  return { path, message, hint: hintFor(path, described), readAs: readAs(path, e.instance) };
}

/** The two coercions only `validate` needs to know about. */
function readAs(path: string, value: unknown): string | undefined {
  if (value === null && !/(^|\.)id$/.test(path))
    return t(`${quoted(path)} is null; read as absent`, `${quoted(path)} là null; được coi như không có`);
  if (path === 'version' && typeof value === 'string' && HTTP_VERSION.test(value)) {
    const https = value.replace('http:', 'https:');
    return t(`"version" is "${value}"; read as "${https}"`, `"version" là "${value}"; được đọc thành "${https}"`);
  }
  return undefined;
}

/** The schema's own description of the member, else a pointer to the docs. */
function hintFor(path: string, described: string): string {
  if (path === 'version')
    return t(
      'Use "version": "https://jsonfeed.org/version/1.1".',
      'Dùng "version": "https://jsonfeed.org/version/1.1".',
    );
  if (path === 'title')
    return t(
      'Give the feed a "title", such as the portal\'s name.',
      'Đặt "title" cho bản tin, ví dụ tên cổng thông tin.',
    );
  if (/^items\[\d+\]$/.test(path))
    return t(
      'Give every item its text as "content_html" or "content_text".',
      'Mỗi mục cần có nội dung trong "content_html" hoặc "content_text".',
    );
  return described
    ? t(`Expected: ${described}`, `Cần: ${described}`)
    : t('See docs/feed.md for the expected form.', 'Xem định dạng đúng trong docs/feed.md.');
}

/** Every violation of schema/feed.schema.json, one per path and rule. */
export function schemaViolations(json: unknown): Violation[] {
  const errors = validator.validate(json, schema as Schema).errors;
  const seen = new Set<string>();
  return errors.map(describe).filter((v) => !seen.has(v.path + v.message) && !!seen.add(v.path + v.message));
}

/** The rules beyond JSON Schema: unique item ids, and `next_url` not pointing back at the feed itself. */
export function semanticViolations(json: unknown): Violation[] {
  if (!isObject(json)) return [];
  const out: Violation[] = [];
  if (
    typeof json.next_url === 'string' &&
    json.next_url.trim() &&
    json.next_url.trim() === (typeof json.feed_url === 'string' ? json.feed_url.trim() : undefined)
  ) {
    out.push({
      path: 'next_url',
      message: t('"next_url" is the same as "feed_url"', '"next_url" trùng với "feed_url"'),
      hint: t(
        'Point "next_url" at the next page of items, or leave it out on the last page.',
        'Cho "next_url" trỏ tới trang tin kế tiếp, hoặc bỏ đi ở trang cuối.',
      ),
    });
  }
  if (!Array.isArray(json.items)) return out;
  const first = new Map<string, number>();
  json.items.forEach((item, i) => {
    const id =
      isObject(item) && (typeof item.id === 'string' || typeof item.id === 'number') ? String(item.id) : undefined;
    if (id === undefined || !id.trim()) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else {
      out.push({
        path: `items[${i}].id`,
        message: t(`duplicate id "${id}" (also items[${earlier}])`, `mã "${id}" bị trùng (với items[${earlier}])`),
        hint: t(
          'Every item needs its own "id"; two items share this one. Use the article\'s slug or database id.',
          'Mỗi mục cần một "id" riêng; hai mục đang dùng chung mã này. Hãy dùng đường dẫn rút gọn (slug) hoặc mã trong cơ sở dữ liệu của bài.',
        ),
      });
    }
  });
  return out;
}
