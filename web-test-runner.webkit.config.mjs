/**
 * The browser test suite in WebKitGTK, driven over W3C WebDriver by Debian's
 * `WebKitWebDriver` (the launcher, and why it is hand-written: scripts/lib/webkit-launcher.mjs).
 *
 *   apt-get install -y webkit2gtk-driver xvfb
 *   node scripts/test-browsers.mjs webkit
 *
 * Everything except the browser (files, plugins, feed server, time zone) comes from
 * web-test-runner.config.mjs.
 */
import base, { READER_TIME_ZONE, chromiumOnly } from './web-test-runner.config.mjs';
import { webkitLauncher } from './scripts/lib/webkit-launcher.mjs';

export default {
  ...base,
  files: [...base.files, ...chromiumOnly.map((f) => `!${f}`)],
  browsers: [webkitLauncher({ timeZone: READER_TIME_ZONE })],
};
