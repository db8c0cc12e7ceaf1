/**
 * Control characters (C0 but tab and newline, DEL, C1, U+2028/U+2029): ESC starts ANSI and OSC
 * sequences in a terminal, and the line breaks among them start new lines of a calendar.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Text from a feed, made safe to print: control characters (ESC for ANSI and
 * OSC sequences, BEL, C1 controls…) are shown as `\u001b` instead of being
 * acted on by the terminal. Tabs and newlines pass. Every value a command
 * prints goes through here.
 */
export const forTerminal = (s: string) =>
  s.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A one-line text (a title) with its line breaks and control characters as single spaces; unchanged when it has none. */
export const oneLine = (s: string) =>
  // eslint-disable-next-line no-control-regex -- as CONTROLS, with tab and newline
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(s)
    ? // eslint-disable-next-line no-control-regex -- as above
      s.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim()
    : s;
