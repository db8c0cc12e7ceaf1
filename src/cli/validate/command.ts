/** `provincial-widgets validate`: the contract check of a feed file or URL. */
import { defineCommand, UsageError } from '../common/command.js';
import { t } from '../common/i18n.js';
import { readInput } from '../common/input.js';
import { originFindings, parseOrigin } from './origin.js';
import { exitCode, formatReport, validate } from './validate.js';

/** The `validate` command. */
export const validateCommand = defineCommand({
  name: 'validate',
  args: '<file|url>',
  summary: `Checks a feed against the contract (docs/feed.md) and prints each problem
with its JSON path and how to fix it.`,
  files: { min: 1 },
  filesError: () => t('validate needs one file or URL', 'validate cần một tệp hoặc địa chỉ'),
  options: {
    base: {
      type: 'string',
      value: '<url>',
      http: true,
      help: 'the URL the feed will be published at (resolves relative URLs)',
    },
    origin: {
      type: 'string',
      value: '<origin>',
      help: `(URLs only) check the response headers for pages on this site,
e.g. https://agency.example: CORS, Content-Type, caching, ETag`,
    },
    strict: { type: 'boolean', help: 'exit 1 on warnings too' },
    json: { type: 'boolean', help: 'machine-readable report' },
  },
  notes: 'Exit status: 0 usable, 1 fatal problems or items dropped, 2 bad usage.',
  async run({ values, files: [source], io }) {
    const origin = values.origin === undefined ? undefined : parseOrigin(values.origin);
    if (values.origin !== undefined && !origin)
      throw new UsageError(
        t(
          '--origin must be an origin such as https://agency.example (no path)',
          '--origin phải là một nguồn gốc như https://agency.example (không có đường dẫn)',
        ),
      );
    if (origin && !/^https?:\/\//i.test(source!))
      throw new UsageError(
        t('--origin needs the feed URL, not a file', '--origin cần địa chỉ bản tin, không phải tệp'),
      );
    const input = await readInput(source!, undefined, origin);
    const report = validate(input, values.base);
    if (origin) {
      report.origin = origin;
      report.findings.push(...originFindings(input.headers ?? {}, origin));
    }
    if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
    else io.out(`${formatReport(report, io.color)}\n`);
    return exitCode(report, values.strict);
  },
});
