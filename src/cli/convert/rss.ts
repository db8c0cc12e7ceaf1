/** RSS 2.0, RSS 1.0 (RDF) and RSS 0.90 → JSON Feed, with the Dublin Core and content modules. */
import { clean, htmlToText } from './html-text.js';
import { buildItem, languageOf, parseAuthor, authorsOf } from './item.js';
import { absolutize, absolutizeHtml } from './links.js';
import { findImage, mediaOf } from './media.js';
import type { ConvertedFeed, Note } from '../common/types.js';
import { child, children, firstOf, innerXml, NS, textOf, type XmlElement } from './xml.js';

/** The element's text; a description written as raw tags (no CDATA, not escaped) is kept as HTML. */
const htmlOf = (el: XmlElement | undefined) =>
  el?.children.some((c) => typeof c !== 'string') ? innerXml(el) : textOf(el);

function rssItem(el: XmlElement, i: number, notes: Note[], seen: Set<string>) {
  // The item's own namespace ('' for RSS 2.0, RSS 1.0's or 0.90's for RDF), so that
  // media:title or media:description never stand in for title or description.
  const R = el.ns;
  const guid = child(el, 'guid', R);
  // The body: content:encoded, else an inline XHTML <body>, else <fullitem> (escaped HTML).
  const encodedEl = child(el, 'encoded', NS.content) ?? child(el, 'fullitem');
  const bodyEl = encodedEl ? undefined : child(el, 'body');
  const encoded = encodedEl
    ? absolutizeHtml(textOf(encodedEl), encodedEl.base)
    : bodyEl && absolutizeHtml(innerXml(bodyEl), bodyEl.base);
  const descEl =
    firstOf(el, 'description', [R, NS.dc]) ?? firstOf(el, 'summary', [NS.itunes]) ?? mediaOf(el, 'description');
  const description = descEl && absolutizeHtml(htmlOf(descEl), descEl.base);
  const linkEl = child(el, 'link', R);
  const guidText = textOf(guid).trim();
  const link = clean(textOf(linkEl))
    ? absolutize(clean(textOf(linkEl))!, linkEl!.base)
    : guid && guid.attrs.isPermaLink !== 'false' && /^https?:/i.test(guidText)
      ? guidText
      : el.attrs['rdf:about'];
  const date =
    textOf(firstOf(el, 'pubDate', [R])) ||
    textOf(child(el, 'date', NS.dc)) ||
    textOf(child(el, 'issued', NS.dcterms)) ||
    textOf(child(el, 'created', NS.dcterms));
  const modified = textOf(child(el, 'modified', NS.dcterms));
  return buildItem(
    i,
    {
      id: guidText || el.attrs['rdf:about'],
      link,
      title: textOf(firstOf(el, 'title', [R, NS.dc]) ?? mediaOf(el, 'title')),
      summaryHtml: description,
      bodyHtml: encoded,
      date,
      modified: modified && modified.trim() !== date.trim() ? modified : undefined,
      authors: [...children(el, 'author', R), ...children(el, 'creator', NS.dc), ...children(el, 'author', NS.dc)].map(
        (a) => parseAuthor(textOf(a)),
      ),
      tags: [...children(el, 'category', R), ...children(el, 'subject', NS.dc)].map((c) => textOf(c)),
      image: findImage(el, encoded || description),
    },
    notes,
    seen,
  );
}

export function fromRss(channel: XmlElement, itemEls: XmlElement[], notes: Note[]): ConvertedFeed {
  const seen = new Set<string>();
  const items = itemEls.map((el, i) => rssItem(el, i, notes, seen));
  const feed: ConvertedFeed = { version: 'https://jsonfeed.org/version/1.1', items };
  const C = channel.ns;
  const title = clean(textOf(firstOf(channel, 'title', [C, NS.dc])));
  if (title) feed.title = htmlToText(title);
  const linkEl = child(channel, 'link', C);
  const home = clean(textOf(linkEl));
  if (home) feed.home_page_url = absolutize(home, linkEl!.base);
  const description = htmlToText(
    textOf(firstOf(channel, 'description', [C, NS.dc]) ?? firstOf(channel, 'subtitle', [NS.itunes])),
  );
  if (description) feed.description = description;
  const language = languageOf(textOf(child(channel, 'language', C)) || textOf(child(channel, 'language', NS.dc)));
  if (language) feed.language = language;
  const authorEls = [
    ...children(channel, 'managingEditor', C),
    ...children(channel, 'author', C),
    ...children(channel, 'creator', NS.dc),
    ...children(channel, 'author', NS.dc),
  ];
  const authors = authorsOf(authorEls.map((a) => parseAuthor(textOf(a))));
  if (authors.length) feed.authors = authors;
  const imageEl = child(channel, 'image', C);
  const itunesImage = child(channel, 'image', NS.itunes);
  const icon = clean(textOf(child(imageEl, 'url', C))) ?? clean(itunesImage?.attrs.href);
  if (icon) feed.icon = absolutize(icon, (imageEl ?? itunesImage)!.base);
  return feed;
}
