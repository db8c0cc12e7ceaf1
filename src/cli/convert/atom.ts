/** Atom 1.0 and 0.3 → JSON Feed. */
import { Buffer } from 'node:buffer';
import { clean, escapeHtml, htmlToText } from './html-text.js';
import { authorsOf, buildItem, languageOf, type Author } from './item.js';
import { absolutize, absolutizeHtml } from './links.js';
import { findImage, mediaOf } from './media.js';
import type { ConvertedFeed, Note } from '../common/types.js';
import { child, children, firstOf, innerXml, NS, textOf, type XmlElement } from './xml.js';

/**
 * An Atom text construct: `type="text"` stays text (a literal `<b>` is text),
 * `html` is markup in text, `xhtml` is inline markup. Atom 0.3 adds MIME types
 * and `mode="escaped" | "base64" | "xml"`.
 */
export function atomText(el: XmlElement | undefined): { html?: string; text?: string } | undefined {
  if (!el) return undefined;
  const type = el.attrs.type?.trim().toLowerCase() || 'text';
  const isHtml = type === 'html' || type === 'text/html';
  // Atom 1.0 base64-encodes any type that is neither text nor XML; Atom 0.3 says so with mode="base64".
  const binary = !['text', 'html', 'xhtml'].includes(type) && !/^text\/|[/+]xml$/.test(type);
  if (el.attrs.mode?.trim().toLowerCase() === 'base64' || binary) {
    const decoded = Buffer.from(textOf(el).replace(/\s+/g, ''), 'base64').toString('utf8');
    return isHtml ? { html: absolutizeHtml(decoded, el.base) } : { text: decoded };
  }
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = child(el, 'div', NS.xhtml) ?? child(el, 'div');
    return { html: absolutizeHtml(innerXml(div ?? el).trim(), el.base) };
  }
  if (isHtml) {
    const inline = el.children.some((c) => typeof c !== 'string');
    return { html: absolutizeHtml(inline ? innerXml(el) : textOf(el), el.base) };
  }
  return { text: textOf(el) };
}

function atomLink(el: XmlElement, A: string): string | undefined {
  const links = children(el, 'link', A);
  const alt =
    links.find((l) => !l.attrs.rel || l.attrs.rel === 'alternate') ??
    links.find((l) => l.attrs.rel !== 'self' && l.attrs.rel !== 'enclosure');
  const href = clean(alt?.attrs.href);
  return href && absolutize(href, alt!.base);
}

const personsOf = (els: XmlElement[], A: string): Author[] =>
  els.map((a) => {
    const uri = clean(textOf(firstOf(a, 'uri', [A])) || textOf(firstOf(a, 'url', [A])));
    const email = clean(textOf(child(a, 'email', A)));
    return { name: clean(textOf(child(a, 'name', A))) ?? email, url: uri && absolutize(uri, a.base) };
  });

const plain = (c: { html?: string; text?: string } | undefined) =>
  c?.html !== undefined ? htmlToText(c.html) : clean(c?.text);

export function fromAtom(root: XmlElement, notes: Note[]): ConvertedFeed {
  const seen = new Set<string>();
  const A = root.ns; // Atom's namespace (1.0 or 0.3), so that media:content or media:title never stand in for Atom's own
  const feedAuthors = personsOf(children(root, 'author', A), A);
  const items = children(root, 'entry', A).map((el, i) => {
    const media = mediaOf(el, 'description');
    const summary =
      atomText(child(el, 'summary', A)) ??
      (media && { [media.attrs.type === 'html' ? 'html' : 'text']: textOf(media) }) ??
      {};
    const content = atomText(child(el, 'content', A)) ?? {};
    const title = atomText(child(el, 'title', A)) ?? {};
    const published =
      textOf(child(el, 'published', A)) || textOf(child(el, 'issued', A)) || textOf(child(el, 'created', A));
    const updated = textOf(child(el, 'updated', A)) || textOf(child(el, 'modified', A));
    const own = personsOf(children(el, 'author', A), A);
    return buildItem(
      i,
      {
        id: textOf(child(el, 'id', A)),
        link: atomLink(el, A),
        title: title.html ?? title.text,
        titleIsHtml: title.html !== undefined,
        summaryHtml: summary.html ?? (summary.text ? escapeHtml(summary.text) : undefined),
        bodyHtml: content.html,
        bodyText: content.text,
        date: published || updated,
        modified: published && updated && updated.trim() !== published.trim() ? updated : undefined,
        authors: own.length ? own : feedAuthors,
        tags: children(el, 'category', A).map((c) => c.attrs.label || c.attrs.term || textOf(c)),
        image: findImage(el, content.html ?? summary.html),
      },
      notes,
      seen,
    );
  });
  const feed: ConvertedFeed = { version: 'https://jsonfeed.org/version/1.1', items };
  const title = plain(atomText(child(root, 'title', A)));
  if (title) feed.title = title;
  const home = atomLink(root, A);
  if (home) feed.home_page_url = home;
  const description = plain(atomText(child(root, 'subtitle', A) ?? child(root, 'tagline', A)));
  if (description) feed.description = description;
  const language = languageOf(root.attrs['xml:lang']);
  if (language) feed.language = language;
  const authors = authorsOf(feedAuthors);
  if (authors.length) feed.authors = authors;
  const logo = child(root, 'logo', A);
  if (clean(textOf(logo))) feed.icon = absolutize(clean(textOf(logo))!, logo!.base);
  const icon = child(root, 'icon', A);
  if (clean(textOf(icon))) feed.favicon = absolutize(clean(textOf(icon))!, icon!.base);
  return feed;
}
