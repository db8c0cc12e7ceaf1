/**
 * The layering of src/ (docs/architecture.md), checked by `npm run lint:layers`
 * in `npm test`: each layer imports only the layers below it, and nothing
 * forms a cycle.
 *
 *   shared/  pure helpers: dates, url, text, sanitize (no Lit, no DOM events)
 *   feed/    the contract, parser and loader           → shared
 *   locale/  the locale list, store and @lit/localize   → shared
 *   base/    Lit base classes, feed controller, events  → shared, feed, locale
 *   components/<name>/                                  → everything below
 *   cli/     the feed tools (Node)                      → shared, feed, locale (the rows' date formats)
 *   cli/render/  the pre-renderer runs the widgets themselves → also components (their define modules)
 */
const layer = (from, allowed) => ({
  name: `${from}-imports-only-below`,
  comment: `src/${from}/ may import only ${allowed.length ? allowed.map((a) => `src/${a}/`).join(', ') : 'itself'} (and packages).`,
  severity: 'error',
  from: { path: `^src/${from}/` },
  to: { path: '^src/', pathNot: [`^src/${from}/`, ...allowed.map((a) => `^src/${a}/`)] },
});

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    layer('shared', []),
    layer('feed', ['shared']),
    layer('locale', ['shared']),
    layer('base', ['shared', 'feed', 'locale']),
    {
      ...layer('cli', ['shared', 'feed', 'locale']),
      from: { path: '^src/cli/', pathNot: '^src/cli/render/' },
    },
    layer('cli/render', ['cli', 'shared', 'feed', 'locale', 'components']),
    {
      name: 'components-do-not-import-the-entry',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/locale/generated/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
