/**
 * The two failures a command reports as one line and a fix (no stack trace, exit status 1):
 * input it cannot read or output it cannot write, and content it cannot convert.
 */

/** A file, URL or output path the command cannot use; `hint` says how to fix it. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** A document that is not what the command converts (not RSS/Atom, not iCalendar, not a spreadsheet). */
export class ConvertError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}
