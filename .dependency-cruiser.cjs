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
 *     its rooms (validate/, convert/, events/, sample/, render/) → common/ only; common/ → no room
 *     render/ (the pre-renderer runs the widgets themselves) → also components (their define modules)
 */
const layer = (from, allowed) => ({
  name: `${from}-imports-only-below`,
  comment: `src/${from}/ may import only ${allowed.length ? allowed.map((a) => `src/${a}/`).join(', ') : 'itself'} (and packages).`,
  severity: 'error',
  from: { path: `^src/${from}/` },
  to: { path: '^src/', pathNot: [`^src/${from}/`, ...allowed.map((a) => `^src/${a}/`)] },
});

// ---- Component rooms and the edge of src/ (issue 21) --------------------------------------------
// Each element's folder holds its code and, beside it, its tests, stories and examples.
/** An element's tests, stories and examples: in src/ beside the element, but never shipped. */
const companion = '\\.(test|stories|examples)\\.ts$';

const rooms = [
  {
    name: 'components-do-not-import-other-components',
    comment:
      'An element imports only its own folder and src/components/shared/ (the news card), never another element: ' +
      'what two elements share moves to shared/ or down a layer.',
    severity: 'error',
    from: { path: '^src/components/([^/]+)/', pathNot: companion },
    to: { path: '^src/components/', pathNot: ['^src/components/$1/', '^src/components/shared/'] },
  },
  {
    name: 'companions-use-other-elements-by-their-entry',
    comment:
      "An element's tests and stories may put another element on the page (the switcher with a share bar), " +
      'but only through its define.ts or its class module, as a page or a type would.',
    severity: 'error',
    from: { path: `^src/components/([^/]+)/.*${companion}` },
    to: {
      path: '^src/components/',
      pathNot: [
        '^src/components/$1/',
        '^src/components/shared/',
        '^src/components/[^/]+/define\\.ts$',
        '^src/components/([^/]+)/\\1\\.ts$',
      ],
    },
  },
  {
    name: 'src-does-not-import-outside-src',
    comment:
      'What is published imports only src/, schema/ (the published feed contract) and packages: never demo/, ' +
      'stories/, test/, scripts/ or bench/ (a src/ module that needs something from there: move it into src/). ' +
      "One data exception: sample-feed bundles the demo's two sample feeds (JSON, no code), so that the demo and " +
      '`sample-feed` show the same content from one copy.',
    severity: 'error',
    from: { path: '^src/', pathNot: companion },
    to: { dependencyTypes: ['local'], pathNot: ['^src/', '^schema/', '^demo/feeds/portal\\.(vi|en)\\.json$'] },
  },
  {
    name: 'companions-import-only-their-support',
    comment: "An element's tests, stories and examples import src/, test/helpers/ and stories/support/ (and packages).",
    severity: 'error',
    from: { path: `^src/.*${companion}` },
    to: { dependencyTypes: ['local'], pathNot: ['^src/', '^test/helpers/', '^stories/support/'] },
  },
];
// ---- end of the component-room rules ------------------------------------------------------------

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
    layer('cli/render', ['cli/common', 'shared', 'feed', 'locale', 'components']),
    // The CLI's rooms (docs/architecture.md): a room (validate/, convert/, events/, sample/…) imports only
    // itself and common/; common/ imports no room; only main.ts picks the commands. publish/ is the one room
    // that composes the others: it calls their converters' functions (never duplicates them), and no room
    // imports it.
    {
      name: 'cli-rooms-import-only-common',
      comment: 'A room of src/cli/ may import only itself and src/cli/common/ (and the layers cli/ may import).',
      severity: 'error',
      from: { path: '^src/cli/([^/]+)/', pathNot: ['^src/cli/common/', '^src/cli/publish/'] },
      to: { path: '^src/cli/', pathNot: ['^src/cli/$1/', '^src/cli/common/'] },
    },
    {
      name: 'cli-publish-imports-rooms-not-main',
      comment: 'publish/ composes the other rooms through their modules, never through main.ts or their commands.',
      severity: 'error',
      from: { path: '^src/cli/publish/' },
      to: {
        path: ['^src/cli/[^/]+[.]ts$', '^src/cli/[^/]+/command[.]ts$'],
        pathNot: ['^src/cli/publish/', '^src/cli/common/'],
      },
    },
    {
      name: 'cli-common-imports-no-room',
      comment: 'src/cli/common/ is what the rooms share: it imports no room and not main.ts.',
      severity: 'error',
      from: { path: '^src/cli/common/' },
      to: { path: '^src/cli/', pathNot: '^src/cli/common/' },
    },
    {
      name: 'components-do-not-import-the-entry',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/index\\.ts$' },
    },
    ...rooms,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/locale/generated/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
