/**
 * Where Athanor keeps caches: <project>/node_modules/.cache/athanor when a
 * project folder with node_modules is given, else a per-user 0700 folder
 * under the system temp folder. A temp folder owned by someone else, or one
 * others can write to, is not trusted (null): what is cached there is read
 * back as code and metadata.
 */
import { existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeDirectory } from "./make-directory.js";

export function cacheDir(projectDir?: string): string | null {
  if (projectDir !== undefined) {
    const nm = join(projectDir, "node_modules");
    if (existsSync(nm)) {
      const dir = join(nm, ".cache", "athanor");
      makeDirectory(dir);
      return dir;
    }
  }
  const uid = typeof process.getuid === "function" ? process.getuid() : null;
  const dir = join(tmpdir(), `athanor-cache-${uid ?? "user"}`);
  makeDirectory(dir, 0o700);
  if (uid !== null) {
    const st = statSync(dir);
    if (st.uid !== uid || (st.mode & 0o022) !== 0) return null;
  }
  return dir;
}
