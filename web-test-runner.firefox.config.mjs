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
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import base, { READER_TIME_ZONE } from './web-test-runner.config.mjs';
import { unavailable } from './scripts/lib/unavailable-launcher.mjs';

const candidates = {
  linux: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox', '/snap/bin/firefox'],
  darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox', `${process.env.HOME}/Applications/Firefox.app/Contents/MacOS/firefox`],
  win32: [
    `${process.env.PROGRAMFILES}\\Mozilla Firefox\\firefox.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Mozilla Firefox\\firefox.exe`,
  ],
};

/** FIREFOX_PATH first, then the usual install locations and PATH. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  for (const path of candidates[process.platform] ?? []) if (existsSync(path)) return path;
  if (process.platform !== 'win32') {
    for (const name of ['firefox-esr', 'firefox']) {
      try {
        const path = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        if (path) return path;
      } catch {
        /* not on PATH */
      }
    }
  }
  return undefined;
}

export const firefoxHelp = `No Firefox was found. Install it, or point FIREFOX_PATH at it:
  Debian/Ubuntu:  sudo apt-get install -y firefox-esr
  macOS/Windows:  install Firefox from mozilla.org
  Any system:     FIREFOX_PATH=/path/to/firefox node scripts/test-browsers.mjs firefox`;

/**
 * Test files that need the Chrome DevTools protocol, which Firefox does not
 * speak: emulateMedia (prefers-reduced-motion) and the CDP-only forced-colors
 * command of test/server/media-plugin.mjs. See docs/browsers.md.
 * Passing --files on the command line overrides this list.
 */
export const chromiumOnly = ['test/hardening/display.test.ts', 'test/hardening/forced-colors.test.ts'];

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
