import { expect } from '@open-wc/testing';
import type { ClassicEditor } from 'ckeditor5';
import type { TinyMCE } from 'tinymce';
import '../src/locale/localize.js';
import { editorSafeMarkup, elementMarkup, ELEMENTS, SCRIPTS, type ElementSpec } from '../demo/snippets.js';
import { until } from './helpers/feeds.js';

/**
 * What survives the rich-text editors webmasters paste into: the real TinyMCE (WordPress's classic
 * editor settings) and CKEditor 5 (its classic editor with the usual plugins; General HTML Support
 * off, its default), loaded from node_modules. Every snippet the embed builder writes (demo/snippets.ts)
 * goes in with setContent/setData and comes back with getContent/getData; the result is then put in
 * a page with the autoloader and must render. The table is printed, and pinned below, so that an
 * editor update that changes it fails here and README's "In a page editor" is updated with it.
 */

const FEED = `${location.origin}/demo/feeds/portal.{lang}.json`;
const PORTAL = 'https://www.longan.gov.vn/';

/** The attributes the builder writes for an element as it opens: its preset values, the feed here. */
const builderAttributes = (spec: ElementSpec): Array<[string, string]> =>
  spec.fields.flatMap((f): Array<[string, string]> => {
    if (f.name === 'src') return [['src', FEED]];
    if ((f.kind === 'text' || f.kind === 'url') && f.value) return [[f.name, f.value]];
    if (f.kind === 'select' && f.value && f.value !== f.options[0]) return [[f.name, f.value]];
    return [];
  });

interface Snippet {
  tag: string;
  form: 'element' | 'link' | 'data-pw';
  html: string;
}
const SNIPPETS: Snippet[] = ELEMENTS.flatMap((spec) => {
  const attrs = builderAttributes(spec);
  const fallback = { href: PORTAL, text: (spec.fallback ?? spec.label)[0] };
  const data = attrs.map(([n, v]) => ` data-pw-${n}="${v}"`).join('');
  return [
    {
      tag: spec.tag,
      form: 'element' as const,
      html: `${SCRIPTS.autoloader!('/assets/provincial-widgets/')}\n\n${elementMarkup(spec.tag, attrs, spec.fallback && fallback)}`,
    },
    { tag: spec.tag, form: 'link' as const, html: editorSafeMarkup(spec.tag, attrs, fallback) },
    {
      tag: spec.tag,
      form: 'data-pw' as const,
      html: `<div data-pw="${spec.tag.slice(3)}"${data}><a href="${PORTAL}">${fallback.text}</a></div>`,
    },
  ];
});

const loadScript = (src: string) =>
  new Promise((resolve, reject) =>
    document.head.append(Object.assign(document.createElement('script'), { src, onload: resolve, onerror: reject })),
  );

/** TinyMCE with the settings of WordPress's classic editor (wp-includes/class-wp-editor.php) that touch markup. */
async function throughTinyMCE(html: string[]): Promise<string[]> {
  await loadScript('/node_modules/tinymce/tinymce.min.js');
  const tinymce = (window as unknown as { tinymce: TinyMCE }).tinymce;
  const target = document.body.appendChild(document.createElement('textarea'));
  const [editor] = await tinymce.init({
    target,
    license_key: 'gpl',
    base_url: '/node_modules/tinymce',
    suffix: '.min',
    plugins: 'lists link charmap',
    menubar: false,
    relative_urls: false,
    remove_script_host: false,
    convert_urls: false,
    entity_encoding: 'raw',
    entities: '38,amp,60,lt,62,gt',
    keep_styles: false,
    fix_list_elements: true,
  });
  const out = html.map((h) => {
    editor!.setContent(h);
    return editor!.getContent();
  });
  editor!.remove();
  target.remove();
  return out;
}

/** CKEditor 5's classic editor with the plugins of its former classic build; no General HTML Support. */
async function throughCKEditor(html: string[]): Promise<string[]> {
  const ck = (await import(
    /* @vite-ignore */ new URL('/node_modules/ckeditor5/dist/browser/ckeditor5.js', location.href).href
  )) as typeof import('ckeditor5');
  const host = document.body.appendChild(document.createElement('div'));
  const editor: ClassicEditor = await ck.ClassicEditor.create(host, {
    licenseKey: 'GPL',
    plugins: [
      ck.Essentials,
      ck.Autoformat,
      ck.Bold,
      ck.Italic,
      ck.BlockQuote,
      ck.Heading,
      ck.Image,
      ck.ImageCaption,
      ck.ImageStyle,
      ck.Indent,
      ck.Link,
      ck.List,
      ck.MediaEmbed,
      ck.Paragraph,
      ck.PasteFromOffice,
      ck.Table,
      ck.TextTransformation,
    ],
  });
  const out = html.map((h) => {
    editor.setData(h);
    return editor.getData();
  });
  await editor.destroy();
  host.remove();
  return out;
}

describe('snippets through TinyMCE and CKEditor 5', function () {
  this.timeout(60_000);
  const results: Record<string, string[]> = {};

  before(async () => {
    const html = SNIPPETS.map((s) => s.html);
    // Both editors first: the autoloader would otherwise upgrade links inside CKEditor's editable.
    results.TinyMCE = await throughTinyMCE(html);
    results['CKEditor 5'] = await throughCKEditor(html);
    Object.assign(globalThis, {
      __PW_ELEMENTS__: Object.fromEntries(ELEMENTS.map((s) => [s.tag, [`./components/${s.tag.slice(3)}/define.ts`]])),
      __PW_UPGRADE__: './autoloader-upgrade.ts',
    });
    await import(/* @vite-ignore */ new URL('../src/autoloader.ts', import.meta.url).href);
  });

  /** What each form becomes in each editor: `true` = the widget renders from the editor's output. */
  const SURVIVES: Record<string, Record<Snippet['form'], boolean>> = {
    TinyMCE: { element: false, link: true, 'data-pw': true },
    'CKEditor 5': { element: false, link: true, 'data-pw': false },
  };

  for (const editor of Object.keys(SURVIVES))
    it(`${editor}: the editor-safe link renders every element; the element and data-pw forms as pinned`, async () => {
      const boxes = SNIPPETS.map((_, i) => {
        const box = document.createElement('div');
        // Feed widgets say they are done with pw-feed-load (it bubbles out of the shadow root).
        box.addEventListener('pw-feed-load', () => (box.dataset.loaded = ''));
        box.innerHTML = results[editor]![i]!;
        document.body.append(box);
        return box;
      });
      const rendered = (s: Snippet, box: HTMLElement) => {
        const el = box.querySelector(s.tag);
        const feed = ELEMENTS.find((e) => e.tag === s.tag)!.fields.some((f) => f.name === 'src');
        return !!el?.shadowRoot?.textContent?.trim() && (!feed || box.dataset.loaded === '');
      };
      const expected = SNIPPETS.map((s) => SURVIVES[editor]![s.form]);
      await until(
        () => SNIPPETS.every((s, i) => !expected[i] || rendered(s, boxes[i]!)),
        20_000,
        `${editor}: the expected widgets rendered`,
      );
      const seen = SNIPPETS.map((s, i) => !!boxes[i]!.querySelector(s.tag));
      for (const form of ['element', 'link', 'data-pw'] as const)
        console.log(
          `${editor.padEnd(10)} ${form.padEnd(8)} ${SNIPPETS.filter((s) => s.form === form)
            .map((s) => `${s.tag}: ${seen[SNIPPETS.indexOf(s)] ? 'renders' : 'dropped'}`)
            .join(', ')}`,
        );
      expect(seen).to.deep.equal(expected);
      boxes.forEach((b) => b.remove());
    });
});
