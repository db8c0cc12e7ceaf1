/** Text helpers for the converter: HTML to plain text (htmlparser2, HTML mode), trimming and cutting. */
import { Parser } from 'htmlparser2';

const BLOCK = new Set([
  'br',
  'hr',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'blockquote',
  'tr',
  'td',
  'th',
  'table',
]);

/** Plain text from a fragment of HTML: tags dropped (script and style with their content), entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style') skip++;
        // Line breaks and block boundaries separate words.
        else if (BLOCK.has(name)) parts.push(' ');
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skip = Math.max(0, skip - 1);
        else if (BLOCK.has(name)) parts.push(' ');
      },
      ontext(text) {
        if (!skip) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return parts.join('').replace(/\s+/g, ' ').trim().normalize('NFC');
}

export const looksLikeHtml = (s: string) =>
  /<\/?(p|br|div|img|a|strong|em|b|i|ul|ol|li|figure|table|span|h[1-6])\b/i.test(s);

/** Escapes text for use inside HTML. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `text` cut at a word boundary near `max` characters, with an ellipsis. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max + 1);
  const space = slice.lastIndexOf(' ');
  return `${(space > max * 0.6 ? slice.slice(0, space) : text.slice(0, max)).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** Whitespace collapsed, NFC; undefined when nothing is left. */
export const clean = (s: string | undefined) => {
  const v = s?.replace(/\s+/g, ' ').trim();
  return v ? v.normalize('NFC') : undefined;
};
