/**
 * The line of a revision file an `op.*` call was made from: read from the
 * call's stack (revision files keep their lines when loaded, see
 * util/load-module.ts), else found by looking for the n-th call of that
 * method in the file's text.
 */
import { pathToFileURL } from "node:url";

const FRAME = /(?:\(|\s)((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?$/;

/** The first line of `stack` that is in `path` (a path or its file: URL), or null. */
export function lineInStack(stack: string | undefined, path: string): number | null {
  if (!stack) return null;
  const url = pathToFileURL(path).href;
  for (const raw of stack.split("\n").slice(1)) {
    const m = FRAME.exec(raw.trim());
    if (!m) continue;
    const file = m[1] as string;
    if (file === path || file === url || file.startsWith(`${url}?`)) return Number(m[2]);
  }
  return null;
}

/**
 * Where the `nth` (0-based) call `.method(` after offset `from` sits in `source`, or null:
 * the fallback when the stack does not show the file (a loader that moved lines).
 */
export function lineOfNthCall(source: string, method: string, nth: number, from = 0): number | null {
  const re = new RegExp(`\\.${method}\\s*\\(`, "g");
  re.lastIndex = from;
  let seen = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const lineStart = source.lastIndexOf("\n", m.index) + 1;
    if (/^\s*(\/\/|\*)/.test(source.slice(lineStart, m.index))) continue;
    if (seen++ === nth) return lineAt(source, m.index);
  }
  return null;
}

/** 1-based line of an offset. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1)) line++;
  return line;
}
