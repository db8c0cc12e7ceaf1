/**
 * Zalo's official share plugin. It is loaded only when a reader asks for it
 * (a click), never on page load: no third-party request before consent.
 */

/** Where Zalo publishes its plugin SDK. */
export const ZALO_SDK_URL = 'https://sp.zalo.me/plugins/sdk.js';

interface ZaloSdk {
  reload?: () => void;
}

/**
 * The Trusted Types policy that vouches for the SDK URL, and only for it: on a
 * page with `require-trusted-types-for 'script'`, `script.src` is a sink. Named
 * `pw-zalo` (docs/security.md); kept page-wide so two copies of the library
 * create it once.
 */
export const ZALO_POLICY_NAME = 'pw-zalo';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
type TrustedTypesFactory = {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
};

const POLICY_KEY = Symbol.for('provincial-widgets.zalo-policy');

function sdkScriptUrl(): string {
  const tt = (globalThis as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!tt) return ZALO_SDK_URL;
  const store = globalThis as unknown as Record<symbol, ScriptUrlPolicy | undefined>;
  const policy = (store[POLICY_KEY] ??= tt.createPolicy(ZALO_POLICY_NAME, {
    createScriptURL(url) {
      if (url !== ZALO_SDK_URL) throw new TypeError(`${ZALO_POLICY_NAME}: refused ${url}`);
      return url;
    },
  }));
  // A TrustedScriptURL; typed as string because that is what the DOM typings accept.
  return policy.createScriptURL(ZALO_SDK_URL) as string;
}

const sdk = (): ZaloSdk | undefined => (globalThis as unknown as { ZaloSocialSDK?: ZaloSdk }).ZaloSocialSDK;

/**
 * Injects the SDK `<script>` (once per page) and resolves when it has run.
 * If the SDK was already on the page, asks it to scan for new buttons.
 */
export function loadZaloSdk(): Promise<void> {
  const existing = sdk();
  if (existing) {
    existing.reload?.();
    return Promise.resolve();
  }
  return new Promise<void>((resolve, reject) => {
    let script = document.querySelector<HTMLScriptElement>(`script[src="${ZALO_SDK_URL}"]`);
    const fresh = !script;
    if (!script) {
      script = document.createElement('script');
      script.src = sdkScriptUrl();
      script.async = true;
    }
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${ZALO_SDK_URL}`)), { once: true });
    if (fresh) document.head.appendChild(script);
  });
}

/**
 * The element Zalo's SDK turns into its share button. The SDK only scans
 * the document (not shadow roots), so the share bar puts it in its light DOM.
 */
export function zaloButtonElement(url: string, oaId: string): HTMLElement {
  const div = document.createElement('div');
  div.className = 'zalo-share-button';
  div.dataset.href = url;
  div.dataset.oaid = oaId;
  div.dataset.layout = '1';
  div.dataset.color = 'blue';
  div.dataset.customize = 'false';
  return div;
}
