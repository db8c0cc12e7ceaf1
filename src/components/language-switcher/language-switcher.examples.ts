import type { ElementExamples } from '../../../stories/support/example.js';

const LINKS = { 'href-vi': 'https://www.longan.gov.vn/', 'href-en': 'https://en.longan.gov.vn/' };

/** Examples of `pw-language-switcher`. */
export const languageSwitcher: ElementExamples = {
  tag: 'pw-language-switcher',
  defaults: { variant: 'text', mode: 'auto' },
  examples: {
    InPlace: { description: "The portal's compact text layout, switching in place.", ready: 'option' },
    InPlaceEnglish: { description: 'The switcher on an English page.', locale: 'en', ready: 'option' },
    Flags: {
      description: 'Decorative flags next to each name (never a flag alone).',
      attrs: { variant: 'flags' },
      ready: 'option',
    },
    Menu: {
      description: 'A select-style menu: Enter/Space/↓ opens it, ↑/↓/Home/End move, Escape closes.',
      attrs: { variant: 'menu' },
      frame: 'min-height:9rem',
      ready: 'toggle',
    },
    LinkMode: {
      description: 'Links to the other-language editions, given as `href-vi` / `href-en`.',
      attrs: LINKS,
      ready: 'option',
    },
    AuthoredLinks: {
      description: 'Links authored in the light DOM with `hreflang`: a working switcher even without JavaScript.',
      content:
        '<a href="https://www.longan.gov.vn/" hreflang="vi" lang="vi">Tiếng Việt</a> | ' +
        '<a href="https://en.longan.gov.vn/" hreflang="en" lang="en">English</a>',
      ready: 'option',
    },
    LinkModeMenu: {
      description: 'Link mode in the menu variant.',
      attrs: { ...LINKS, variant: 'menu' },
      frame: 'min-height:9rem',
      ready: 'toggle',
    },
    DarkTheme: { description: 'Dark scheme.', attrs: { variant: 'flags' }, theme: 'dark', ready: 'option' },
  },
};
