/**
 * Finds Chrome or Chromium for the test runner, the Storybook smoke test and
 * the benchmark: CHROME_PATH first, then the usual install locations.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
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

export function findBrowser() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  for (const path of candidates[process.platform] ?? []) if (existsSync(path)) return path;
  if (process.platform === 'linux') {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      try {
        const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
        if (path) return path;
      } catch {
        /* not on PATH */
      }
    }
  }
  return undefined;
}

export const browserHelp = `No Chrome or Chromium was found.
The tests run in a real headless browser. Install one, or point CHROME_PATH at it:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          install Google Chrome from google.com/chrome (or: brew install --cask chromium)
  Windows:        install Google Chrome
  Any system:     CHROME_PATH=/path/to/chrome npm test
${process.env.CHROME_PATH ? `(CHROME_PATH is set to "${process.env.CHROME_PATH}", which does not exist.)\n` : ''}`;

/** Flags for headless runs: closed network, root in containers, no background chatter. */
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

// `node scripts/find-browser.mjs --require`: fail early, before the typecheck, with the install hint.
if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--require')) {
  const found = findBrowser();
  if (!found) {
    console.error(`\nnpm test: ${browserHelp}`);
    process.exit(1);
  }
}
