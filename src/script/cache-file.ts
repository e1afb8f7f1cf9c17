/**
 * Where a cache about a project's revision files lives: the cache folder
 * (src/util/cache-dir.ts), one file per set of version locations. Null when
 * there is no folder to trust.
 */
import { join } from "node:path";
import type { ResolvedConfig } from "../config/load-config.js";
import { cacheDir } from "../util/cache-dir.js";
import { nameHash } from "../util/name-hash.js";

export function revisionCacheFile(config: ResolvedConfig, prefix: string, extension: string): string | null {
  const dir = cacheDir(config.projectDir);
  if (!dir) return null;
  const id = nameHash(JSON.stringify([config.versionLocations, config.recursiveVersionLocations]));
  return join(dir, `${prefix}-${id}.${extension}`);
}
