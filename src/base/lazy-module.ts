/** A lazy chunk (a module loaded with `import()` on first use), shared by every element of the page. */
export interface LazyModule<M> {
  /** The module, once it has loaded: for code that draws synchronously. */
  value?: M;
  /**
   * Imports the chunk, or joins the import under way: the module, or undefined when it could not
   * load. Given the element that needs it, a failure is reported in the one format
   * `provincial-widgets: <tag>: <what> could not be loaded.`; without one (a prefetch), silently.
   */
  load(host?: Element, what?: string): Promise<M | undefined>;
}

/**
 * The one way to load a lazy chunk: `importer` (`() => import('./x.js')`, so the bundler still
 * splits the chunk) runs once; a failure (offline, a chunk removed by a newer deployment) is
 * forgotten, so the next use retries instead of keeping the element broken for the page's life.
 */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loading: Promise<M> | undefined;
  const chunk: LazyModule<M> = {
    load: (host, what) =>
      (loading ??= importer().then(
        (m) => (chunk.value = m),
        (err: unknown) => {
          loading = undefined;
          throw err;
        },
      )).catch((err: unknown) => {
        if (host) console.warn(`provincial-widgets: <${host.localName}>: ${what} could not be loaded.`, err);
        return undefined;
      }),
  };
  return chunk;
}
