/**
 * The config file of a project whose subfolder a command was run from: the nearest athanor.config.* above `dir`
 * (not in it). Athanor reads the config from the working directory only, as Alembic reads alembic.ini; this only
 * names the likely cause when a command run from a subfolder finds no project.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { CONFIG_FILE_NAMES } from "./load-config.js";

export function configInParentFolder(dir: string): string | null {
  let at = dirname(dir);
  for (let previous = dir; at !== previous; previous = at, at = dirname(at)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(at, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}
