import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { setLocale } from '../src/locale/store.js';
import { LOCALES } from '../src/locale/locales.js';
import { clearFeedCache } from '../src/feed/loader.js';
import '../src/locale/localize.js';

/**
 * Autodocs come from custom-elements.json, which `npm run analyze` writes at the
 * repo root (`npm run build-storybook` runs it first). A glob import keeps
 * `npm run storybook` working before the first analyze: docs tables are then empty.
 */
const manifests = import.meta.glob<{ default: unknown }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);
else console.warn('custom-elements.json is missing: run `npm run analyze` for the docs tables.');

// Each preview load starts from an empty feed cache, so loading states and
// first renders are reproducible; stories that need a cached copy seed it themselves.
clearFeedCache();

type Theme = 'light' | 'dark';

/**
 * Applies the toolbar theme to every pw-* element in the story that does not
 * set its own `theme` (a story's explicit theme always wins).
 */
function applyTheme(root: Element, theme: Theme) {
  queueMicrotask(() => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.localName.startsWith('pw-')) continue;
      const mine = el.hasAttribute('data-sb-theme');
      if (el.hasAttribute('theme') && !mine) continue;
      el.setAttribute('theme', theme);
      el.setAttribute('data-sb-theme', '');
    }
  });
}

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of every widget (page-wide locale store)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: LOCALES.map((l) => ({ value: l.code, title: l.nativeName, right: l.code })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the widgets (their `theme` attribute)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'light' },
  decorators: [
    (story, context) => {
      const locale = String(context.globals.locale ?? 'vi');
      const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
      // Not persisted: the toolbar must not leave a saved choice behind.
      setLocale(locale, { persist: false });
      document.documentElement.lang = locale;
      const page = context.viewMode === 'story' ? 'min-height:100vh;box-sizing:border-box;' : '';
      const colours = theme === 'dark' ? 'background:#0f1215;color:#e8eaed;color-scheme:dark;' : '';
      return html`<div
        class="pw-sb-frame"
        data-theme=${theme}
        style=${`${page}${colours}padding:1rem`}
        ${ref((el) => el && applyTheme(el, theme))}
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: {
      // Violations fail the story's test run (and show in the panel): the target is zero.
      test: 'error',
      context: '#storybook-root',
    },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
