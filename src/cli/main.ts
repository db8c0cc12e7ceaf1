/**
 * `npx provincial-widgets …`: feed tools for webmasters. Pure Node (no DOM);
 * validation reuses the widgets' own parser. The commands live in their rooms
 * (validate/, convert/, events/, sample/, publish/, render/), each declared once with the command
 * helper (common/command.ts); this module only picks one and prints the help.
 */
import { COMMON_HELP, commandHelp, runCommand, UsageError, type Command, type Io } from './common/command.js';
import { ConvertError, InputError } from './common/errors.js';
import { setCliLang, t } from './common/i18n.js';
import { forTerminal } from './common/terminal.js';
import { fromRssCommand } from './convert/command.js';
import { fromCsvCommand, fromIcsCommand, mergeCommand, toIcsCommand } from './events/commands.js';
import { publishCommand } from './publish/command.js';
import { renderCommand } from './render/command.js';
import { sampleFeedCommand } from './sample/command.js';
import { validateCommand } from './validate/command.js';

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  color: !!process.stdout.isTTY && !process.env.NO_COLOR,
};

export const VERSION = '0.1.0';

/** Every command, in the order the help lists them. */
const COMMANDS: Command[] = [
  validateCommand,
  fromRssCommand,
  sampleFeedCommand,
  fromCsvCommand,
  fromIcsCommand,
  mergeCommand,
  toIcsCommand,
  publishCommand,
  renderCommand,
];

const HELP = `provincial-widgets ${VERSION}: feed tools for provincial-widgets

Usage:
${COMMANDS.map(commandHelp).join('\n\n')}

${COMMON_HELP}
Examples:
  npx provincial-widgets validate https://www.longan.gov.vn/feeds/portal.vi.json
  npx provincial-widgets validate https://www.longan.gov.vn/feeds/portal.vi.json --origin https://sotuphap.longan.gov.vn
  npx provincial-widgets from-rss https://example.gov.vn/rss/tin-tuc.rss -o portal.vi.json
  npx provincial-widgets sample-feed -o portal.vi.json
  npx provincial-widgets publish publish.json --json
`;

function usage(io: Io, message: string): number {
  io.err(`provincial-widgets: ${message}\n\n${HELP}`);
  return 2;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit status. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  // `--lang vi` anywhere on the line (or PW_LANG=vi) gives the messages in Vietnamese.
  const args: string[] = [];
  let lang = process.env.PW_LANG;
  let debug = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--debug') debug = true;
    else if (argv[i] === '--lang') lang = argv[++i];
    else if (argv[i]!.startsWith('--lang=')) lang = argv[i]!.slice('--lang='.length);
    else args.push(argv[i]!);
  }
  setCliLang(lang?.toLowerCase().startsWith('vi') ? 'vi' : 'en');
  const [command, ...rest] = args;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '-h':
      case '--help':
        io.out(HELP);
        return command === undefined ? 2 : 0;
      case '-v':
      case '--version':
        io.out(`${VERSION}\n`);
        return 0;
      default: {
        const chosen = COMMANDS.find((c) => c.name === command);
        if (chosen) return await runCommand(chosen, rest, io, lang);
        return usage(io, t(`unknown command "${command}"`, `không có lệnh "${command}"`));
      }
    }
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message);
    if (e instanceof InputError || e instanceof ConvertError) {
      io.err(`${forTerminal(`provincial-widgets: ${e.message}\n  ${t('Fix:', 'Cách sửa:')} ${e.hint}`)}\n`);
      return 1;
    }
    if (e instanceof TypeError && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      return usage(io, e.message);
    }
    // Anything else is our bug, not the webmaster's: one line, and the trace only with --debug.
    if (debug) throw e;
    io.err(
      `${forTerminal(`provincial-widgets: ${t('unexpected error', 'lỗi không lường trước')}: ${e instanceof Error ? e.message : String(e)}`)}\n  ${t('Fix:', 'Cách sửa:')} ${t('run the command again with --debug and send us what it prints.', 'chạy lại lệnh với --debug và gửi cho chúng tôi nội dung in ra.')}\n`,
    );
    return 1;
  }
}
