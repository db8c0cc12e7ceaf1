/**
 * Pure helpers for the share bar: which targets exist, how their share URLs
 * are built, and where the shared URL and title come from by default.
 * No side effects, no network.
 */
import { safeUrl } from '../../shared/url.js';

/** Every target the bar knows, in the default order (Zalo and Facebook first, as Vietnamese readers expect). */
export const SHARE_TARGETS = ['zalo', 'facebook', 'x', 'linkedin', 'email', 'copy', 'print', 'native'] as const;

export type ShareTarget = (typeof SHARE_TARGETS)[number];

/** Targets that are plain links to a third-party site (opened in a new tab). */
export const LINK_TARGETS: ReadonlySet<ShareTarget> = new Set(['facebook', 'x', 'linkedin']);

const ALIASES: Record<string, ShareTarget> = { twitter: 'x', mail: 'email', 'copy-link': 'copy', share: 'native' };

/** What is being shared. */
export interface ShareData {
  url: string;
  title: string;
  text?: string;
}

const enc = encodeURIComponent;

/**
 * The share URL of a link target, every parameter encoded with
 * `encodeURIComponent` (so `?`, `&`, `#` and Vietnamese letters survive).
 * Returns `undefined` for targets that are not links.
 */
export function shareHref(target: ShareTarget, { url, title, text }: ShareData): string | undefined {
  switch (target) {
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`;
    case 'x': {
      const t = text || title;
      return `https://twitter.com/intent/tweet?url=${enc(url)}${t ? `&text=${enc(t)}` : ''}`;
    }
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`;
    case 'email': {
      const body = [text, url].filter(Boolean).join('\n\n');
      return `mailto:?subject=${enc(title)}&body=${enc(body)}`;
    }
    default:
      return undefined;
  }
}

/**
 * Parses a `targets` attribute ("zalo facebook copy" or "zalo, facebook"):
 * known names in the given order, duplicates dropped. Unknown names are
 * returned separately so the element can warn about them.
 */
export function parseTargets(value: string | null | undefined): { targets: ShareTarget[]; unknown: string[] } {
  if (value == null || !value.trim()) return { targets: [...SHARE_TARGETS], unknown: [] };
  const targets: ShareTarget[] = [];
  const unknown: string[] = [];
  for (const raw of value.split(/[\s,]+/).filter(Boolean)) {
    const name = raw.toLowerCase();
    // Own keys only: `constructor` or `__proto__` in the attribute is an unknown target, not Object's.
    const t = (SHARE_TARGETS as readonly string[]).includes(name)
      ? (name as ShareTarget)
      : Object.hasOwn(ALIASES, name)
        ? ALIASES[name]
        : undefined;
    if (!t) unknown.push(raw);
    else if (!targets.includes(t)) targets.push(t);
  }
  return { targets, unknown };
}

const meta = (doc: Document, property: string): string | undefined =>
  doc.querySelector<HTMLMetaElement>(`meta[property="${property}"], meta[name="${property}"]`)?.content?.trim() ||
  undefined;

/** The page's own URL for sharing: `<link rel="canonical">`, then `og:url`, then `location.href`. Always http(s). */
export function defaultShareUrl(doc: Document = document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.getAttribute('href');
  return (
    safeUrl(canonical, doc.baseURI, 'http') ??
    safeUrl(meta(doc, 'og:url'), doc.baseURI, 'http') ??
    safeUrl(doc.defaultView?.location.href ?? '', doc.baseURI, 'http') ??
    doc.baseURI
  );
}

/** The page's title for sharing: `og:title`, then `document.title`. */
export function defaultShareTitle(doc: Document = document): string {
  return (meta(doc, 'og:title') ?? doc.title ?? '').normalize('NFC').trim();
}
