/**
 * What the CLI prints goes to a terminal, and much of it came from outside (a user's bundle, a
 * tool's stderr). Control characters there are commands to the terminal: `ESC[2J` clears the
 * screen (and with it the "capture, not this machine" banner), OSC 0 retitles the window, OSC 52
 * writes the clipboard, a carriage return overwrites the line, bidirectional overrides reorder it.
 * They are removed; line feeds and tabs stay.
 */
const TERMINAL_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export function forTerminal(text: string): string {
  return text.replace(TERMINAL_CONTROLS, '')
}
