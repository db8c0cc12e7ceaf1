/** The item's image: enclosure, Atom enclosure link, media:content, media:thumbnail (also inside media:group), else the body's first <img>. */
import { Parser } from 'htmlparser2';
import { clean } from './html-text.js';
import type { ImageFound } from './item.js';
import { absolutize } from './links.js';
import { child, children, NS, textOf, type XmlElement } from './xml.js';

const isImageType = (type: string | undefined, url: string | undefined) =>
  (type ? /^image\//i.test(type) : false) || (!type && !!url && /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i.test(url));

const at = (el: XmlElement, url: string) => absolutize(url.trim(), el.base);

/** media:title or media:description of the item or its media:group: the last resort for a title or a summary. */
export const mediaOf = (el: XmlElement, local: string) =>
  child(el, local, NS.media) ?? child(child(el, 'group', NS.media), local, NS.media);

export function findImage(el: XmlElement, bodyHtml: string | undefined): ImageFound | undefined {
  for (const enc of children(el, 'enclosure')) {
    const url = enc.attrs.url;
    if (url && isImageType(enc.attrs.type, url)) return { url: at(enc, url) };
  }
  for (const link of [...children(el, 'link', NS.atom), ...children(el, 'link', NS.atom03)]) {
    if (link.attrs.rel === 'enclosure' && link.attrs.href && isImageType(link.attrs.type, link.attrs.href))
      return { url: at(link, link.attrs.href) };
  }
  const groups = [el, ...children(el, 'group', NS.media)];
  for (const g of groups) {
    for (const mc of children(g, 'content', NS.media)) {
      const url = mc.attrs.url;
      if (url && (mc.attrs.medium === 'image' || isImageType(mc.attrs.type, url))) {
        return {
          url: at(mc, url),
          alt: clean(textOf(child(mc, 'description', NS.media)) || textOf(child(mc, 'title', NS.media))),
        };
      }
    }
  }
  for (const g of groups) {
    const thumb = child(g, 'thumbnail', NS.media);
    if (thumb?.attrs.url) return { url: at(thumb, thumb.attrs.url) };
  }
  const img = bodyHtml ? firstImg(bodyHtml) : undefined;
  return img && { url: img.src!, alt: clean(img.alt) };
}

/**
 * The attributes of the body's first `<img>` with a `src`, entities decoded. One pass of the HTML
 * parser, stopped there: `/<img\b[^>]*>/` scanned to the end from every unclosed `<img`, so
 * 100,000 of them took over a minute.
 */
function firstImg(html: string): Record<string, string> | undefined {
  let found: Record<string, string> | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name !== 'img' || !attrs.src?.trim()) return;
        found = attrs;
        parser.pause();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  return found;
}
