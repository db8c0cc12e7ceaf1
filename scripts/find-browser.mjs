/**
 * Finds the browsers every script runs: Chrome/Chromium (the test runner, the build's
 * CDN check, the Storybook smoke test, the benchmarks), Firefox and WebKitGTK (the
 * cross-browser suite). An environment variable first, then the usual install locations
 * and PATH. Each finder returns undefined (or lists what is missing) instead of throwing,
 * and each has a help text with the install command.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** The first `names` on PATH (not on Windows, which has no `which`). */
function onPath(names) {
  if (process.platform === 'win32') return undefined;
  for (const name of names) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (path) return path;
    } catch {
      /* not on PATH */
    }
  }
  return undefined;
}

/** `envVar` if set (undefined when it points nowhere), else the first existing candidate, else PATH. */
function find(envVar, candidates, names) {
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return (candidates[process.platform] ?? []).find((path) => existsSync(path)) ?? onPath(names);
}

const chromeCandidates = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    `${process.env.HOME}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`,
  ],
  win32: [
    `${process.env.PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

/** Chrome or Chromium: CHROME_PATH first. */
export function findBrowser() {
  return find('CHROME_PATH', chromeCandidates, [
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
  ]);
}

export const browserHelp = `No Chrome or Chromium was found.
The tests run in a real headless browser. Install one, or point CHROME_PATH at it:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          install Google Chrome from google.com/chrome (or: brew install --cask chromium)
  Windows:        install Google Chrome
  Any system:     CHROME_PATH=/path/to/chrome npm test
${process.env.CHROME_PATH ? `(CHROME_PATH is set to "${process.env.CHROME_PATH}", which does not exist.)\n` : ''}`;

/** Chromium flags for headless runs: closed network, root in containers, no background chatter. */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const firefoxCandidates = {
  linux: [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/lib/firefox/firefox',
    '/snap/bin/firefox',
  ],
  darwin: [
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    `${process.env.HOME}/Applications/Firefox.app/Contents/MacOS/firefox`,
  ],
  win32: [
    `${process.env.PROGRAMFILES}\\Mozilla Firefox\\firefox.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Mozilla Firefox\\firefox.exe`,
  ],
};

/** Firefox: FIREFOX_PATH first. */
export function findFirefox() {
  return find('FIREFOX_PATH', firefoxCandidates, ['firefox-esr', 'firefox']);
}

export const firefoxHelp = `No Firefox was found. Install it, or point FIREFOX_PATH at it:
  Debian/Ubuntu:  sudo apt-get install -y firefox-esr
  macOS/Windows:  install Firefox from mozilla.org
  Any system:     FIREFOX_PATH=/path/to/firefox node scripts/test-browsers.mjs firefox`;

const miniBrowsers = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.0/MiniBrowser',
];

/**
 * WebKitWebDriver, the MiniBrowser it drives and (without a display) Xvfb.
 * Overrides: WEBKIT_WEBDRIVER, WEBKIT_BROWSER. `missing` lists what is absent.
 */
export function findWebKit() {
  const driver = process.env.WEBKIT_WEBDRIVER || onPath(['WebKitWebDriver']);
  const browser = process.env.WEBKIT_BROWSER || miniBrowsers.find((p) => existsSync(p));
  const xvfb = process.env.DISPLAY ? undefined : onPath(['Xvfb']);
  const missing = [];
  if (!driver || !existsSync(driver)) missing.push('WebKitWebDriver (Debian: apt-get install -y webkit2gtk-driver)');
  if (!browser || !existsSync(browser))
    missing.push('MiniBrowser (Debian: libwebkit2gtk-4.1-0, pulled in by webkit2gtk-driver)');
  if (!process.env.DISPLAY && !xvfb)
    missing.push('a display: set DISPLAY, or install Xvfb (Debian: apt-get install -y xvfb)');
  return { driver, browser, xvfb, missing };
}

export const webkitHelp = (missing) => `WebKitGTK cannot run here; missing: ${missing.join('; ')}.
  WEBKIT_WEBDRIVER and WEBKIT_BROWSER override the paths of WebKitWebDriver and MiniBrowser.`;

// `node scripts/find-browser.mjs --require`: fail early, before the typecheck, with the install hint.
if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--require')) {
  const found = findBrowser();
  if (!found) {
    console.error(`\nnpm test: ${browserHelp}`);
    process.exit(1);
  }
}
