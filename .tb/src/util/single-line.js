/**
 * Text that is not ours (a revision's message, a server's error, a model's
 * name), made safe for a line of output: line breaks (with the blanks around
 * them) and tabs become one space, so the text can't start a line of its own
 * (a forged "Done:" or "error:", or a statement outside its `--` comment in
 * an offline script); other control characters are shown as `\xNN` escapes,
 * so a terminal displays them instead of obeying them.
 */
const LINE_BREAKS = /(?:[ \t]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]))+[ \t]*|\t/g;
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;
const ANY = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/;
export function singleLine(text) {
    if (!ANY.test(text))
        return text;
    return escapeControlCharacters(text.replace(LINE_BREAKS, " "));
}
/** Control characters other than the tab as `\xNN` (for one line of a text printed line by line). */
export function escapeControlCharacters(line) {
    return line.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
