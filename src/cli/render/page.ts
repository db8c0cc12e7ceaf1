/**
 * Reads a page for `render`: where each `pw-*` element starts and ends, its attributes, the heading
 * before it, and what the page says about itself (title, language, canonical and alternate links).
 * Offsets index the original text, so everything outside the elements is copied byte for byte.
 */
import { Parser } from 'htmlparser2';

/** One `pw-*` element of the page (not nested in another one). */
export interface PageElement {
  tag: string;
  /** Attributes in source order, values decoded. */
  attrs: [string, string][];
  /** Offset just after the start tag's `>`. */
  contentStart: number;
  /** Offset of the end tag's `<` (the page's length when it is missing). */
  contentEnd: number;
  /** A shadow root an earlier `render` wrote (offsets of the `<template shadowrootmode>` and after its end tag). */
  previous?: [number, number];
  /** One below the nearest heading before the element (h1–h6, `role="heading"`), else 2: the client's rule. */
  contextLevel: number;
  /** `<a hreflang>` links in its light DOM (the switcher's alternates). */
  links: PageNode[];
}

/** A `<meta>`, `<link>` or `<base>` of the page, or an `<a hreflang>` in an element's light DOM. */
export interface PageNode {
  tag: string;
  attrs: Record<string, string>;
}

/** What the page says about itself, for the share bar and the switcher. */
export interface PageInfo {
  title: string;
  lang: string;
  /** Its `<meta>`, `<link>` and `<base>` elements, in order. */
  head: PageNode[];
}

/** Scans `html` for `pw-*` elements and the page's own metadata. */
export function scanPage(html: string): { elements: PageElement[]; info: PageInfo } {
  const elements: PageElement[] = [];
  const info: PageInfo = { title: '', lang: '', head: [] };
  let level = 0;
  let open: PageElement | undefined;
  let depth = 0;
  let inTitle = false;
  let templateStart = -1;
  let templateDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (open) {
          depth++;
          if (depth === 1 && name === 'template' && 'shadowrootmode' in attrs && !open.previous) {
            templateStart = parser.startIndex;
            templateDepth = 1;
          } else if (templateStart >= 0 && name === 'template') templateDepth++;
          if (name === 'a' && attrs.hreflang !== undefined) open.links.push({ tag: name, attrs });
          return;
        }
        const heading = /^h([1-6])$/.exec(name);
        if (heading) level = Number(heading[1]);
        else if (attrs.role === 'heading') level = Number(attrs['aria-level']) || 2;
        if (name === 'html' && attrs.lang) info.lang = attrs.lang;
        if (name === 'title') inTitle = true;
        if (name === 'meta' || name === 'link' || name === 'base') info.head.push({ tag: name, attrs });
        if (name.startsWith('pw-')) {
          open = {
            tag: name,
            attrs: Object.entries(attrs),
            contentStart: parser.endIndex + 1,
            contentEnd: html.length,
            contextLevel: level ? Math.min(6, level + 1) : 2,
            links: [],
          };
          depth = 0;
          elements.push(open);
        }
      },
      ontext(text) {
        if (inTitle) info.title += text;
      },
      onclosetag(name, implied) {
        if (name === 'title') inTitle = false;
        if (!open) return;
        if (depth === 0 && name === open.tag) {
          open.contentEnd = implied ? html.length : parser.startIndex;
          open = undefined;
          return;
        }
        if (templateStart >= 0 && name === 'template' && --templateDepth === 0) {
          open.previous = [templateStart, parser.endIndex + 1];
          templateStart = -1;
        }
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  info.title = info.title.replace(/\s+/g, ' ').trim();
  return { elements, info };
}
