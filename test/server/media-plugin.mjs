/**
 * A test-runner command for media features that puppeteer's emulateMediaFeatures
 * rejects (forced-colors): executeServerCommand('emulate-media-features', [{name, value}]).
 * Goes straight to the DevTools protocol.
 */
export function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
