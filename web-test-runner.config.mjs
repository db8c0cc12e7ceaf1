import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { browserArgs, findBrowser } from './scripts/find-browser.mjs';
import { feedServer } from './test/server/feed-server.mjs';
import { renderServer } from './test/server/render-server.mjs';
import { mediaFeaturesPlugin } from './test/server/media-plugin.mjs';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';

/**
 * The browser runs in New York time on purpose: every date test then proves
 * that widgets show Vietnam time whatever the reader's own zone.
 */
export const READER_TIME_ZONE = 'America/New_York';

/**
 * Test files that need the Chrome DevTools protocol (emulateMedia, the CDP-only forced-colors
 * command of test/server/media-plugin.mjs) or a viewport narrower than WebKitGTK's MiniBrowser
 * allows. The Firefox and WebKit configs leave them out; see docs/browsers.md.
 * Passing --files on the command line overrides this list.
 */
export const chromiumOnly = ['test/hardening/display.test.ts', 'test/hardening/forced-colors.test.ts'];

export default {
  // Each element's tests live in its folder (src/components/<name>/); cross-cutting ones in test/.
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/**/*.node.test.*'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [
    mediaFeaturesPlugin(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' }),
  ],
  middleware: [feedServer, renderServer],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findBrowser(),
        headless: true,
        args: browserArgs,
        env: { ...process.env, TZ: READER_TIME_ZONE },
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  // Expected warnings (dropped items, rejected URLs) are asserted by stubbing console.warn in the tests.
  filterBrowserLogs: ({ args }) => !/^(Lit is in dev mode|provincial-widgets: )/.test(String(args[0])),
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 600000,
};
