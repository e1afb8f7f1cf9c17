/**
 * Creates a directory and its missing parents, one level at a time.
 *
 * Not `mkdirSync(path, { recursive: true })`: on a path the kernel refuses
 * with ENOENT although its parent exists (`/proc/x`, `/sys/x`), Node 20's
 * recursive mkdir retries forever at 100 % CPU. A database URL, TMPDIR or a
 * configured folder can name such a path.
 *
 * Throws an Error whose message says why (a parent that is a file, or the
 * system's message), for the caller to put in its own words.
 */
import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";

export function makeDirectory(path: string, mode?: number): void {
  for (const dir of missingDirectories(path).reverse()) {
    try {
      mkdirSync(dir, mode === undefined ? undefined : { mode });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
}

/**
 * The folders from `path` up that don't exist yet, deepest first; throws (as
 * makeDirectory does) when the nearest one that exists is a file, so a path
 * that can never be a folder is found without creating anything.
 */
export function missingDirectories(path: string): string[] {
  const missing: string[] = [];
  let p = path;
  for (;;) {
    let isDirectory: boolean | null = null;
    try {
      isDirectory = statSync(p).isDirectory();
    } catch (e) {
      // ENOTDIR: a parent is a file; going up finds it and says so
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw e;
    }
    if (isDirectory === false) throw new Error(`${p} is not a directory`);
    if (isDirectory) break;
    missing.push(p);
    const parent = dirname(p);
    if (parent === p) break;
    p = parent;
  }
  return missing;
}
