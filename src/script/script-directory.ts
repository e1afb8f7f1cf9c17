/**
 * The script directory: the revision files on disk, read statically into a
 * revision graph. Modules are imported only when their code must run.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { relative } from "node:path";
import { MetadataCache } from "./metadata-cache.js";
import type { ResolvedConfig } from "../config/load-config.js";
import { AthanorError } from "../errors.js";
import { RevisionMap } from "../graph/index.js";
import { lineInError } from "../util/line-in-error.js";
import { loadModule } from "../util/load-module.js";
import { sha256Hex } from "../util/node-crypto.js";
import { listRevisionFiles } from "./list-revision-files.js";
import { type ParsedRevisionFile, parseRevisionSource } from "./parse-revision-file.js";
import { RevisionCodeCache } from "./revision-code-cache.js";

export interface ScriptRevision extends ParsedRevisionFile {
  /** Version location the file was found in. */
  readonly location: string;
}

/** What a revision module exports, once imported. */
export interface RevisionModule {
  upgrade?: (op: never) => Promise<void> | void;
  downgrade?: (op: never) => Promise<void> | void;
  transactional?: boolean;
  /** `export const irreversible = "why"` (or `true`): the revision has no downgrade, on purpose. */
  irreversible?: string | boolean;
}

export class ScriptDirectory {
  readonly map: RevisionMap<ScriptRevision>;
  readonly scripts: ReadonlyMap<string, ScriptRevision>;
  readonly warnings: readonly string[];
  /** Compiled modules kept between runs: opened at the first import, null when not used. */
  private codeCache: RevisionCodeCache | null | undefined;

  private constructor(
    readonly config: ResolvedConfig,
    scripts: ScriptRevision[],
    warnings: string[],
  ) {
    this.scripts = new Map(scripts.map((s) => [s.revision, s]));
    this.map = new RevisionMap(scripts);
    this.warnings = warnings;
  }

  static load(config: ResolvedConfig): ScriptDirectory {
    assertLocations(config);
    const { files, duplicates } = listRevisionFiles(config.versionLocations, config.recursiveVersionLocations);
    const warnings = duplicates.map((d) => `file ${d} loaded twice; ignoring`);
    const scripts: ScriptRevision[] = [];
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    const cache = MetadataCache.open(config, files.length);
    for (const f of files) {
      // the cache stats the file before it is read, so an edit made meanwhile is never recorded as seen
      const hit = cache?.lookup(f.path);
      let parsed = hit?.parsed;
      if (!parsed) {
        parsed = parseRevisionSource(readText(f.path, buffer), f.path);
        if (hit) cache?.store(hit, parsed);
      }
      scripts.push({ ...parsed, location: f.location });
    }
    cache?.save();
    return new ScriptDirectory(config, scripts, warnings);
  }

  script(id: string): ScriptRevision {
    const s = this.scripts.get(id);
    if (!s) throw new AthanorError("GRAPH.UNKNOWN_REVISION", `no revision file for '${id}'`);
    return s;
  }

  /** Imports a revision's module and checks its exports. */
  async importRevision(id: string): Promise<{ module: RevisionModule; checksum: string }> {
    const s = this.script(id);
    // one read for both the checksum and the module's source
    const bytes = readFileSync(s.path);
    const checksum = sha256Hex(bytes);
    let mod: Record<string, unknown>;
    try {
      if (this.codeCache === undefined) this.codeCache = RevisionCodeCache.open(this.config, this.scripts.size);
      mod = await loadModule(s.path, bytes.toString("utf8"), this.codeCache ? { compiled: this.codeCache.slot(checksum) } : {});
    } catch (e) {
      const { line, message } = importFailure(e, s.path, id);
      throw new AthanorError("SCRIPT.IMPORT_FAILED", `${s.path}${line === null ? "" : `:${line}`}: ${message}`, { cause: e });
    }
    for (const fn of ["upgrade", "downgrade"] as const) {
      if (mod[fn] !== undefined && typeof mod[fn] !== "function") {
        throw new AthanorError("SCRIPT.INVALID", `${s.path}: '${fn}' must be an async function`);
      }
    }
    const irreversible = mod.irreversible;
    if (irreversible !== undefined && typeof irreversible !== "string" && typeof irreversible !== "boolean") {
      throw new AthanorError("SCRIPT.INVALID", `${s.path}: 'irreversible' must be a string (the reason) or a boolean`);
    }
    return { module: mod as RevisionModule, checksum };
  }
}

/** Why a revision file did not load (the loader's first line) and the line of the file it points at, if it says. */
export function importFailure(e: unknown, path: string, id: string): { message: string; line: number | null } {
  const first = (e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e)).trim();
  return { message: `could not import revision ${id}: ${first}`, line: lineInError(e, path) };
}

/**
 * The script location and every version location must be existing folders: a
 * path that names a file, or a folder that is missing, would otherwise read as
 * a graph with no revisions ("the database is at base", exit 0).
 */
function assertLocations(config: ResolvedConfig): void {
  const file = config.configFile ? rel(config, config.configFile) : null;
  const setting = (key: "scriptLocation" | "versionLocations") =>
    config.sources[key] === "file" && file
      ? `${key} in ${file}`
      : key === "scriptLocation"
        ? file
          ? "scriptLocation: the default"
          : "the default; no athanor.config.* found"
        : "versionLocations: the default, <scriptLocation>/versions";
  const kind = kindOf(config.scriptLocation);
  if (kind === "missing") {
    throw new AthanorError(
      "SCRIPT.NO_DIRECTORY",
      `the script location ${rel(config, config.scriptLocation)} doesn't exist (${setting("scriptLocation")}); run 'athanor init' to create it`,
    );
  }
  if (kind === "file") {
    throw new AthanorError(
      "SCRIPT.NO_DIRECTORY",
      `the script location ${rel(config, config.scriptLocation)} is not a folder (${setting("scriptLocation")}); it should name the folder holding versions/`,
    );
  }
  for (const location of config.versionLocations) {
    const k = kindOf(location);
    if (k === "folder") continue;
    const fix =
      config.sources.versionLocations === "file"
        ? "create it, or remove it from versionLocations"
        : `create it (mkdir ${rel(config, location)}), or run 'athanor init'`;
    throw new AthanorError(
      "SCRIPT.NO_DIRECTORY",
      `the version location ${rel(config, location)} ${k === "missing" ? "doesn't exist" : "is not a folder"} (${setting("versionLocations")}); ${fix}`,
    );
  }
}

function kindOf(path: string): "missing" | "file" | "folder" {
  try {
    return statSync(path).isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}

const READ_CHUNK = 64 * 1024;

/**
 * readFileSync(path, "utf8") for many small files: one read into a reused
 * buffer (no fstat, no buffer per file); a file that fills it is read whole.
 */
function readText(path: string, buffer: Buffer): string {
  const fd = openSync(path, "r");
  let n: number;
  try {
    n = readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  if (n === buffer.length) return readFileSync(path, "utf8");
  // a UTF-8 byte order mark is dropped by neither; keep it the same way
  return buffer.toString("utf8", 0, n);
}

export function checksumFile(path: string): string {
  return sha256Hex(readFileSync(path));
}

function rel(config: ResolvedConfig, p: string): string {
  const r = relative(config.projectDir, p);
  return r.startsWith("..") || r === "" ? p : r;
}
