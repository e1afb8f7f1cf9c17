/**
 * The line of `path` an error points at, from its message or stack: loaders
 * write `/abs/file.ts:5:0` under a parse error, V8 writes `file:///abs/file.ts:5`
 * above a SyntaxError and in stack frames. Null when the error doesn't say.
 */
import { pathToFileURL } from "node:url";

export function lineInError(e: unknown, path: string): number | null {
  if (!(e instanceof Error)) return null;
  const text = `${e.message}\n${e.stack ?? ""}`;
  for (const name of [path, pathToFileURL(path).href]) {
    let at = text.indexOf(`${name}:`);
    while (at >= 0) {
      const m = /^:(\d+)/.exec(text.slice(at + name.length));
      if (m) return Number(m[1]);
      at = text.indexOf(`${name}:`, at + 1);
    }
  }
  return null;
}
