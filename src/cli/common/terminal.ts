/**
 * Text from a feed, made safe to print: control characters (ESC for ANSI and
 * OSC sequences, BEL, C1 controls…) are shown as `\u001b` instead of being
 * acted on by the terminal. Tabs and newlines pass.
 */
export const forTerminal = (s: string) =>
  s.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
