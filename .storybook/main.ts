import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/web-components-vite/node';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Stories use the same fixture feeds as the tests (test/fixtures → /fixtures)
 * and the demo's sample feeds (demo/feeds → /feeds). Nothing comes from the
 * network. A folder that does not exist yet is skipped instead of failing the build.
 */
const staticDirs = [
  { from: '../test/fixtures', to: '/fixtures' },
  { from: '../demo/feeds', to: '/feeds' },
  // Small feeds for the Foundation stories only.
  { from: './fixtures', to: '/sb-fixtures' },
].filter(({ from }) => existsSync(new URL(from, import.meta.url)));

export default defineMain({
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Each element's stories live in its folder (src/components/<name>/); the foundation's in stories/.
  stories: ['../src/**/*.stories.ts', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs,
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    // vite.config.ts at the repo root is picked up by Storybook's builder;
    // its library settings (build.lib) are ignored here. The repo root is
    // also allowed for the dev server so custom-elements.json can be read.
    config.server = {
      ...config.server,
      fs: { ...config.server?.fs, allow: [...(config.server?.fs?.allow ?? []), root] },
    };
    // The web-components renderer imports lit/directive-helpers.js, which the dev server's
    // dependency optimizer would otherwise miss: it then loads a second copy of lit-html
    // ("Multiple versions of Lit loaded"). Pre-bundle it with the rest of Lit.
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    };
    return config;
  },
});
