/*
 * Classic and blocking on purpose: it runs before the body is parsed, so the page's
 * CSS knows that scripts run before the first paint. demo.css reserves the widgets'
 * space (no layout shift) only under html.js: a reader without JavaScript sees the
 * fallback content at its own size, with no empty blocks. If the widgets are still
 * not defined after 10 s (the bundle failed to load), the reservation goes too.
 */
document.documentElement.classList.add('js');
setTimeout(() => {
  if (!customElements.get('pw-article-card')) document.documentElement.classList.remove('js');
}, 10000);
