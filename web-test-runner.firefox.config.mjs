/**
 * The browser test suite in Firefox, driven by puppeteer-core over WebDriver BiDi.
 *
 *   apt-get install -y firefox-esr        (or a current Firefox; checked with 153 ESR)
 *   node scripts/test-browsers.mjs firefox
 *
 * No extra dependency: @web/test-runner-chrome's launcher accepts a custom
 * puppeteer, and puppeteer-core (already a devDependency) launches Firefox with
 * `browser: 'firefox'`. @web/test-runner-puppeteer is not used because it
 * depends on the full `puppeteer` package, which downloads Chrome on install.
 *
 * Everything except the browser (files, plugins, feed server, time zone)
 * comes from web-test-runner.config.mjs.
 */
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import base, { READER_TIME_ZONE, chromiumOnly } from './web-test-runner.config.mjs';
import { findFirefox, firefoxHelp } from './scripts/find-browser.mjs';
import { unavailable } from './scripts/lib/unavailable-launcher.mjs';

const executablePath = findFirefox();

export default {
  ...base,
  files: [...base.files, ...chromiumOnly.map((f) => `!${f}`)],
  browsers: [
    executablePath
      ? chromeLauncher({
          puppeteer: puppeteerCore,
          launchOptions: {
            browser: 'firefox',
            executablePath,
            headless: true,
            env: { ...process.env, TZ: READER_TIME_ZONE },
          },
        })
      : unavailable('Firefox', firefoxHelp),
  ],
};
