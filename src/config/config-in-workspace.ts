/**
 * The config files of a monorepo's workspaces, for a command run from the
 * repository's root that finds no project there: npm, yarn and bun list them
 * in package.json `workspaces` (an array, or `{ packages: [...] }`). Only
 * literal folders and a trailing `/*` are followed; this only names the likely
 * cause of "no project here", it never picks one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_FILE_NAMES } from "./load-config.js";

export function configsInWorkspaces(dir: string): string[] {
  let patterns: unknown;
  try {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { workspaces?: unknown } | null;
    const ws = pkg?.workspaces;
    patterns = Array.isArray(ws) ? ws : (ws as { packages?: unknown } | undefined)?.packages;
  } catch {
    return [];
  }
  if (!Array.isArray(patterns)) return [];
  const found: string[] = [];
  for (const pattern of patterns) {
    if (typeof pattern !== "string" || pattern.startsWith("!")) continue;
    const clean = pattern.replace(/^\.\//, "").replace(/\/+$/, "");
    for (const folder of clean.endsWith("/*") ? subfolders(clean.slice(0, -2), dir) : /[*?{[]/.test(clean) ? [] : [clean]) {
      const name = CONFIG_FILE_NAMES.find((n) => existsSync(join(dir, folder, n)));
      if (name !== undefined) found.push(`${folder}/${name}`);
    }
  }
  return [...new Set(found)].sort();
}

function subfolders(parent: string, dir: string): string[] {
  try {
    return readdirSync(join(dir, parent))
      .filter((e) => !e.startsWith(".") && e !== "node_modules" && statSync(join(dir, parent, e)).isDirectory())
      .map((e) => `${parent}/${e}`);
  } catch {
    return [];
  }
}
