/**
 * The command helper: a command declares its options, its file arguments and what it does once,
 * and the same declaration parses the arguments (node:util parseArgs), checks the number of
 * files and the URL options, and prints the command's `--help`, so no command repeats that code.
 */
import { parseArgs } from 'node:util';
import { t } from './i18n.js';

/** Where a command writes, and whether its report may use colour. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
}

/** One option of a command: parsed by parseArgs and listed by `--help`. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** The one-letter form, e.g. `o` for `-o`. */
  short?: string;
  /** The value's placeholder in the help, e.g. `<file>`. */
  value?: string;
  /** The value must be an http(s) URL (`--base`): anything else is a usage error. */
  http?: boolean;
  /** A string option that may be given more than once (`--feed a=x --feed b=y`): its values in order. */
  multiple?: boolean;
  /** What it does, for the help; each `\n` starts a new line in its column. */
  help: string;
}

/** A command's options by name, in the order its help lists them. */
export type OptionSpecs = Record<string, OptionSpec>;

/** The parsed options: the text of each string option and `true` for each flag given. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? string[] : string;
};

/** What a command's `run` is given once its arguments are checked. */
export interface CommandInput<O extends OptionSpecs> {
  values: OptionValues<O>;
  /** The file arguments, as many as the declaration allows. */
  files: string[];
  io: Io;
  /** The run's `--lang` (or PW_LANG) as typed, for commands whose output has a language. */
  lang: string | undefined;
}

/** One command, declared once. */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  name: string;
  /** The file arguments in the usage line, e.g. `<file|url>`; empty for none. */
  args: string;
  /** What the command does: the first lines of its help. */
  summary: string;
  /** Lines after the options (exit status, where notes go). */
  notes?: string;
  /** How many file arguments it takes: `min`, up to `max` (default `min`). */
  files: { min: number; max?: number };
  /** The usage error when the number of files is wrong, in the run's language. */
  filesError: () => string;
  options: O;
  run(input: CommandInput<O>): Promise<number>;
}

/** Bad usage: the CLI prints the message and the help, and exits 2. */
export class UsageError extends Error {}

/** Declares a command (the identity, so that its options' types reach `run`). */
export const defineCommand = <O extends OptionSpecs>(command: Command<O>): Command<O> => command;

/** How every command reads its files and picks its language, printed after the commands' help. */
export const COMMON_HELP = `  Use "-" as the file to read standard input.
  Add --lang vi (or set PW_LANG=vi) for messages in Vietnamese.
  Add --debug to see the stack trace of an unexpected error.
`;

const INDENT = ' '.repeat(6);

/** The command's block of the help: its usage line, what it does, its options and notes. */
export function commandHelp(command: Command): string {
  const flags = Object.entries(command.options).map(
    ([name, o]) => `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` ${o.value}` : ''}`,
  );
  const column = Math.max(...flags.map((f) => f.length)) + 2;
  const options = Object.values(command.options).map((o, i) =>
    o.help
      .split('\n')
      .map((line, j) => `${INDENT}${(j ? '' : flags[i]!).padEnd(column)}${line}`)
      .join('\n'),
  );
  const lines = (text: string | undefined) => (text ? text.split('\n').map((l) => INDENT + l) : []);
  return [
    `  provincial-widgets ${command.name}${command.args ? ` ${command.args}` : ''} [options]`,
    ...lines(command.summary),
    ...options,
    ...lines(command.notes),
  ].join('\n');
}

/**
 * Runs `command` with its arguments: `--help` prints its help; a wrong number of files or a
 * non-http(s) URL option throws {@link UsageError}, and an unknown option parseArgs' TypeError.
 */
export async function runCommand<O extends OptionSpecs>(
  command: Command<O>,
  args: string[],
  io: Io,
  lang: string | undefined,
): Promise<number> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, o] of Object.entries(command.options))
    options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
  if (values.help) {
    io.out(`Usage:\n${commandHelp(command as Command)}\n\n${COMMON_HELP}`);
    return 0;
  }
  const { min, max = min } = command.files;
  if (positionals.length < min || positionals.length > max) throw new UsageError(command.filesError());
  for (const [name, o] of Object.entries(command.options)) {
    const value = values[name];
    if (o.http && typeof value === 'string' && value && !/^https?:\/\//i.test(value))
      throw new UsageError(t(`--${name} must be an http(s) URL`, `--${name} phải là địa chỉ http(s)`));
  }
  return command.run({ values: values as OptionValues<O>, files: positionals, io, lang });
}
