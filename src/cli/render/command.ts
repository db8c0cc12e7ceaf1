/** `provincial-widgets render`: declared here; run.ts, with the widgets and Lit's server renderer, loads when it runs. */
import { defineCommand } from '../common/command.js';
import { t } from '../common/i18n.js';

/** The `render` command. */
export const renderCommand = defineCommand({
  name: 'render',
  args: '<page.html>',
  summary: `Writes the page with every pw-* element's content rendered in (Declarative Shadow DOM),
so readers see it before any script runs; the rest of the page is kept byte for byte.
--lang vi|en is the widgets' language (default vi). Prints the style-src hashes a strict
Content-Security-Policy needs for the widgets' styles.`,
  notes: `Exit status: 0 done, 1 a feed could not be read (its element keeps its fallback content), 2 bad usage.`,
  files: { min: 1 },
  filesError: () => t('render needs one HTML file', 'render cần một tệp HTML'),
  options: {
    output: { type: 'string', short: 'o', value: '<file>', help: 'write to a file instead of standard output' },
    feed: {
      type: 'string',
      multiple: true,
      value: '<src>=<file>',
      help: 'use a local file for the elements whose src (as written, {lang} expanded)\nis <src>; repeat for each feed. Other feeds are fetched',
    },
    base: { type: 'string', http: true, value: '<url>', help: "the page's address, for a relative src" },
    timeout: { type: 'string', value: '<seconds>', help: 'how long a fetched feed may take (default 15)' },
  },
  async run({ values, files, io, lang }) {
    const { runRender } = await import('./run.js');
    return runRender({ page: files[0]!, lang, feeds: values.feed ?? [], ...values, io });
  },
});
