/**
 * Shared Vite settings. Storybook's builder loads this file (and ignores any
 * `build.lib`); scripts/build.mjs uses it as the base of the CDN builds and
 * adds the library settings there.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * package.json `sideEffects` lists the *published* side-effect modules
 * (dist/…/define.js). Bundlers also apply that field to this repo's own sources,
 * so without this plugin a bare `import './components/x/define.js'` (in
 * src/index.ts or a story) would be tree-shaken away and the element never
 * defined. Our own sources (outside node_modules) keep their side effects.
 */
export function keepOwnSideEffects(): Plugin {
  return {
    name: 'pw:keep-own-side-effects',
    enforce: 'post',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.startsWith(root) || file.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(file)) return null;
      return { code, map: null, moduleSideEffects: true };
    },
  };
}

export default defineConfig({
  plugins: [keepOwnSideEffects()],
});
