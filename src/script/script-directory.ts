/**
 * The script directory: the revision files on disk, read statically into a
 * revision graph. Modules are imported only when their code must run.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { dirname, relative } from "node:path";
import { type GraphHeads, MetadataCache } from "./metadata-cache.js";
import { configInParentFolder } from "../config/config-in-parent-folder.js";
import { configsInWorkspaces } from "../config/config-in-workspace.js";
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
  readonly warnings: readonly string[];
  /** Compiled modules kept between runs: opened at the first import, null when not used. */
  private codeCache: RevisionCodeCache | null | undefined;
  private builtScripts: ReadonlyMap<string, ScriptRevision> | undefined;
  private builtMap: RevisionMap<ScriptRevision> | undefined;

  /**
   * `revisions` is the list of revisions, or what reads it when first needed
   * (with `knownHeads`, the heads of the graph it makes, from the metadata
   * cache).
   */
  private constructor(
    readonly config: ResolvedConfig,
    private revisions: ScriptRevision[] | (() => ScriptRevision[]),
    warnings: string[],
    private readonly knownHeads: GraphHeads | null = null,
  ) {
    this.warnings = warnings;
    if (knownHeads === null) void this.map; // validate now: a broken graph fails where the files are read
  }

  /** Every revision file's metadata, by revision id. */
  get scripts(): ReadonlyMap<string, ScriptRevision> {
    if (!this.builtScripts) {
      if (typeof this.revisions === "function") this.revisions = this.revisions();
      this.builtScripts = new Map(this.revisions.map((s) => [s.revision, s]));
    }
    return this.builtScripts;
  }

  /** The revision graph (built on first use when the heads came from the metadata cache). */
  get map(): RevisionMap<ScriptRevision> {
    if (!this.builtMap) {
      if (typeof this.revisions === "function") this.revisions = this.revisions();
      this.builtMap = new RevisionMap(this.revisions);
    }
    return this.builtMap;
  }

  /**
   * The graph's heads. With a large project whose files are all as the
   * metadata cache last saw them, these come from the cache and the graph
   * isn't built: a no-op `upgrade` needs only these.
   */
  get heads(): readonly string[] {
    return this.builtMap || !this.knownHeads ? this.map.heads : this.knownHeads.heads;
  }

  /** The heads no revision depends on either: where `upgrade heads` leaves the version table. From the cache as `heads` is. */
  get realHeads(): readonly string[] {
    return this.builtMap || !this.knownHeads ? this.map.realHeads : this.knownHeads.realHeads;
  }

  static load(config: ResolvedConfig): ScriptDirectory {
    assertLocations(config);
    const { files, duplicates } = listRevisionFiles(config.versionLocations, config.recursiveVersionLocations);
    const warnings = duplicates.map((d) => `file ${d} loaded twice; ignoring`);
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    const cache = MetadataCache.open(config, files.length);
    // the cache stats each file before it is read, so an edit made meanwhile is never recorded as seen
    const hits = cache ? files.map((f) => cache.lookup(f.path)) : null;
    const read = (): ScriptRevision[] =>
      files.map((f, i) => {
        const hit = hits?.[i];
        let parsed = hit?.parsed;
        if (!parsed) {
          parsed = parseRevisionSource(readText(f.path, buffer), f.path);
          if (hit) cache?.store(hit, parsed);
        }
        return { ...parsed, location: f.location };
      });
    const knownHeads = cache?.knownHeads(files.length) ?? null;
    if (knownHeads) return new ScriptDirectory(config, read, warnings, knownHeads);
    const revisions = read();
    let directory: ScriptDirectory;
    try {
      directory = new ScriptDirectory(config, revisions, warnings);
    } catch (e) {
      cache?.save(null);
      throw e;
    }
    cache?.save({ heads: directory.map.heads, realHeads: directory.map.realHeads });
    return directory;
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
    // run from a project's subfolder: say where the project is rather than suggest a second one here
    const parent = file ? null : configInParentFolder(config.projectDir);
    if (parent) {
      const shown = relative(config.projectDir, parent);
      throw new AthanorError(
        "SCRIPT.NO_DIRECTORY",
        `no athanor.config.* in this folder (${config.projectDir}), but ${shown} is in a folder above: run athanor from ${dirname(parent)}, or pass -c ${shown}`,
      );
    }
    // run from a monorepo's root: name the workspaces' projects rather than suggest a second one here
    const inWorkspaces = file ? [] : configsInWorkspaces(config.projectDir);
    if (inWorkspaces.length > 0) {
      const first = inWorkspaces[0] as string;
      throw new AthanorError(
        "SCRIPT.NO_DIRECTORY",
        `no athanor.config.* in this folder (${config.projectDir}), but the workspace${inWorkspaces.length > 1 ? "s have" : " has"} ${inWorkspaces.join(", ")}: pass -c ${first}, or run athanor from ${dirname(first)}`,
      );
    }
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
