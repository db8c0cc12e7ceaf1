/**
 * A @web/test-runner browser launcher for WebKitGTK (the engine behind Safari, as packaged
 * by Debian), driven over W3C WebDriver by Debian's `WebKitWebDriver`.
 *
 * Why not @web/test-runner-webdriver: that package needs webdriverio 9, whose @wdio/utils
 * depends on the `geckodriver` and `edgedriver` npm packages, and those download driver
 * binaries in their postinstall step. Nothing in this repo may download binaries, so this
 * module speaks the few WebDriver commands the runner needs (new session, navigate, execute,
 * actions, window rect, delete session) with `fetch`, and exposes them to
 * @web/test-runner-commands (sendKeys, sendMouse, setViewport) as a puppeteer-like page.
 *
 * WebKitGTK's MiniBrowser has no headless mode: without a $DISPLAY, a private Xvfb is
 * started and stopped with the run.
 */
import { spawn } from 'node:child_process';
import { findWebKit, webkitHelp } from '../find-browser.mjs';
import { freePort } from './free-port.mjs';
import { unavailable } from './unavailable-launcher.mjs';

/** WebDriver key codes (https://w3c.github.io/webdriver/#keyboard-actions) for the names sendKeys uses. */
const keyCodes = {
  Cancel: '\uE001',
  Help: '\uE002',
  Backspace: '\uE003',
  Tab: '\uE004',
  Clear: '\uE005',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Pause: '\uE00B',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Insert: '\uE016',
  Delete: '\uE017',
  Meta: '\uE03D',
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`F${i + 1}`, String.fromCharCode(0xe031 + i)])),
};

function keyValue(name) {
  if ([...name].length === 1) return name;
  const code = keyCodes[name];
  if (!code) throw new Error(`WebKit launcher: unknown key "${name}"`);
  return code;
}

/** "Shift+PageDown" → down Shift, down PageDown, up PageDown, up Shift (like Playwright's press). */
function keyActions(press) {
  const parts = press.length > 1 && press.includes('+') ? press.split('+').map((p) => p || '+') : [press];
  const values = parts.map(keyValue);
  return [
    ...values.map((value) => ({ type: 'keyDown', value })),
    ...values.reverse().map((value) => ({ type: 'keyUp', value })),
  ];
}

/** Starts Xvfb on a free display and resolves with its number. */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ child, display: `:${out.trim()}` });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)));
  });
}

/**
 * The slice of a puppeteer Page that @web/test-runner-commands uses (sendKeys,
 * sendMouse, setViewport), mapped onto WebDriver actions. The launcher reports
 * `type: 'puppeteer'` so that sendKeys' down/up work (the plugin's webdriver
 * branch only knows press and type). emulateMedia cannot be done over WebDriver.
 */
class WebDriverPage {
  constructor(launcher) {
    this.launcher = launcher;
    const keys = (actions) => launcher.actions([{ type: 'key', id: 'keyboard', actions }]);
    this.keyboard = {
      down: (key) => keys([{ type: 'keyDown', value: keyValue(key) }]),
      up: (key) => keys([{ type: 'keyUp', value: keyValue(key) }]),
      press: (key) => keys(keyActions(key)),
      type: (text) => keys([...text].flatMap((c) => keyActions(c))),
    };
    const pointer = (actions) =>
      launcher.actions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
    const button = (b) => ({ left: 0, middle: 1, right: 2 })[b ?? 'left'];
    const move = (x, y) => ({
      type: 'pointerMove',
      duration: 0,
      origin: 'viewport',
      x: Math.round(x),
      y: Math.round(y),
    });
    this.mouse = {
      move: (x, y) => pointer([move(x, y)]),
      click: (x, y, o = {}) =>
        pointer([
          move(x, y),
          { type: 'pointerDown', button: button(o.button) },
          { type: 'pointerUp', button: button(o.button) },
        ]),
      down: (o = {}) => pointer([{ type: 'pointerDown', button: button(o.button) }]),
      up: (o = {}) => pointer([{ type: 'pointerUp', button: button(o.button) }]),
      reset: () => launcher.command('DELETE', `${launcher.session}/actions`),
    };
  }

  /** Sizes the window so that the viewport (innerWidth × innerHeight) is the requested size. */
  async setViewport({ width, height }) {
    const { launcher } = this;
    const inner = () =>
      launcher.command('POST', `${launcher.session}/execute/sync`, {
        script: 'return [window.innerWidth, window.innerHeight]',
        args: [],
      });
    const rect = await launcher.command('GET', `${launcher.session}/window/rect`);
    const [w, h] = await inner();
    await launcher.command('POST', `${launcher.session}/window/rect`, {
      width: width + (rect.width - w),
      height: height + (rect.height - h),
    });
    const [gotW, gotH] = await inner();
    if (gotW !== width || gotH !== height) {
      // MiniBrowser's window has a minimum width (447 CSS px with WebKitGTK 2.50): say so instead of testing the wrong size.
      throw new Error(
        `WebKitGTK could not make the viewport ${width}×${height}; it is ${gotW}×${gotH} (MiniBrowser's minimum window size)`,
      );
    }
  }

  async emulateMediaFeatures() {
    throw new Error('emulateMedia is not available in WebKitGTK over WebDriver');
  }

  async emulateMediaType() {
    throw new Error('emulateMedia is not available in WebKitGTK over WebDriver');
  }
}

class WebKitLauncher {
  constructor(paths, options) {
    this.paths = paths;
    this.options = options;
    this.name = 'WebKitGTK';
    this.type = 'puppeteer';
    this.urls = new Map();
    this.children = [];
    this.page = new WebDriverPage(this);
  }

  async initialize(config) {
    this.config = config;
  }

  async command(method, path, body) {
    const res = await fetch(`${this.endpoint}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const v = json.value ?? {};
      throw new Error(`WebKitWebDriver ${method} ${path}: ${v.error ?? res.status} ${v.message ?? ''}`.trim());
    }
    return json.value;
  }

  actions(sources) {
    return this.command('POST', `${this.session}/actions`, { actions: sources });
  }

  async start() {
    const { driver, browser, xvfb } = this.paths;
    const { timeZone } = this.options;
    const env = { ...process.env, ...(timeZone ? { TZ: timeZone } : {}) };
    if (!process.env.DISPLAY) {
      const x = await startXvfb(xvfb);
      this.children.push(x.child);
      env.DISPLAY = x.display;
    }
    const port = await freePort();
    const child = spawn(driver, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr.on('data', (d) => (log = (log + d).slice(-2000)));
    this.children.push(child);
    this.endpoint = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 20000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${log.trim()}`);
      try {
        if ((await this.command('GET', '/status')).ready) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start on port ${port}: ${log.trim()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const session = await this.command('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary: browser,
            args: ['--automation', ...(timeZone ? [`--time-zone=${timeZone}`] : [])],
          },
        },
      },
    });
    this.session = `/session/${session.sessionId}`;
    this.name = `WebKitGTK ${session.capabilities?.browserVersion ?? ''}`.trim();
    // The same 800×600 viewport as the Chromium and Firefox runs.
    await this.page.setViewport({ width: 800, height: 600 });
  }

  async stop() {
    if (this.session) await this.command('DELETE', this.session).catch(() => {});
    this.session = undefined;
    for (const child of this.children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
    this.children = [];
  }

  async startSession(id, url) {
    this.starting ??= this.start();
    await this.starting;
    this.urls.set(id, url);
    // Navigation returns when the page has loaded; results arrive over the runner's web socket.
    this.command('POST', `${this.session}/url`, { url }).catch((e) => console.error(e.message));
  }

  isActive(id) {
    return this.urls.has(id);
  }

  getBrowserUrl(id) {
    return this.urls.get(id);
  }

  getPage() {
    return this.page;
  }

  async startDebugSession() {
    throw new Error('Debugging is not supported in the WebKitGTK launcher; open the test URL in MiniBrowser instead.');
  }

  async stopSession(id) {
    // Release held keys/buttons and navigate away so that no timer of the finished file keeps running.
    await this.command('DELETE', `${this.session}/actions`).catch(() => {});
    await this.command('POST', `${this.session}/url`, { url: 'about:blank' }).catch(() => {});
    this.urls.delete(id);
    return {};
  }
}

/**
 * The launcher for the paths found by findWebKit(), or one that fails with the install
 * hint when something is missing. `timeZone` (an IANA name) is the browser's own zone.
 */
export function webkitLauncher({ timeZone, paths = findWebKit() } = {}) {
  return paths.missing.length
    ? unavailable('WebKitGTK', webkitHelp(paths.missing))
    : new WebKitLauncher(paths, { timeZone });
}
