/**
 * Revision modules as the fast TypeScript path compiled them
 * (src/util/load-module.ts), kept between runs of the CLI. Applying 1,000
 * small revisions spent ~60 ms stripping types, ~20 ms rewriting the modules
 * as functions and ~110 ms in V8's compiler; with this cache a later run
 * reads the JavaScript and V8's code cache for it instead.
 *
 * Trust rules:
 *   - an entry is keyed by the SHA-256 of the revision file's bytes (which
 *     the run computes anyway, for the log's checksum): it is only ever used
 *     for exactly the source it was made from, whatever the file times say;
 *   - the cache file is named for the loader that filled it (a new Athanor
 *     build starts afresh) and for the Node version and architecture (V8's
 *     code cache); V8 also checks its own data and refuses what doesn't
 *     match, and the module is then compiled again;
 *   - it lives where the revision-metadata cache does (src/util/cache-dir.ts:
 *     the project's node_modules/.cache/athanor, else a per-user 0700 folder),
 *     writes are atomic (temp file + rename), and an unreadable or malformed
 *     file is ignored.
 * It is written at exit, when the run compiled something it did not have,
 * with V8's code cache made then: it holds the functions the run called
 * (`upgrade()`), not only the module's top level. Only the CLI uses it
 * (enableRevisionCodeCache); `ATHANOR_CACHE=0` turns it off.
 */
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Script } from "node:vm";
import type { ResolvedConfig } from "../config/load-config.js";
import type { CompiledModule, CompiledModuleSlot } from "../util/load-module.js";
import { revisionCacheFile } from "./cache-file.js";

const FORMAT = 1;
/** Smaller projects compile their few revisions in a few milliseconds: not worth a file. */
const MIN_FILES = 32;
/** Entries kept for sources this run didn't load (other branches, older versions of a file). */
const MAX_ENTRIES = 20_000;

/** One entry in the file's header: key, code bytes, cached-data bytes, imports, needs. */
type HeaderRow = [key: string, codeBytes: number, dataBytes: number, imports: string[], needs: string[][]];

let enabled = false;

/** Lets this process keep compiled revisions between runs (the CLI calls it). */
export function enableRevisionCodeCache(): void {
  enabled = true;
}

/** Set by the build: a hash of the loader's sources, the same in every bundle of one build. */
declare const __ATHANOR_LOADER_ID__: string | undefined;

function loaderId(): string {
  if (typeof __ATHANOR_LOADER_ID__ === "string") return __ATHANOR_LOADER_ID__;
  return ["../util/load-module.js", "../util/strip-types.js", "./revision-code-cache.js"]
    .map((rel) => {
      const st = statSync(fileURLToPath(new URL(rel, import.meta.url)));
      return `${st.size}:${st.mtimeMs}`;
    })
    .join("/");
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

function validRow(r: unknown): r is HeaderRow {
  if (!Array.isArray(r) || r.length !== 5) return false;
  const [key, code, data, imports, needs] = r as unknown[];
  return (
    typeof key === "string" &&
    Number.isSafeInteger(code) &&
    (code as number) > 0 &&
    Number.isSafeInteger(data) &&
    (data as number) >= 0 &&
    strings(imports) &&
    Array.isArray(needs) &&
    needs.length === imports.length &&
    needs.every(strings)
  );
}

/** The entries of a cache file, or none when it is missing, from another loader or malformed. */
function readEntries(file: string, stamp: string): Map<string, CompiledModule> {
  const out = new Map<string, CompiledModule>();
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return out;
  }
  try {
    const lineEnd = buf.indexOf(10);
    if (lineEnd < 0 || buf.toString("utf8", 0, lineEnd) !== stamp) return out;
    const headerBytes = buf.readUInt32LE(lineEnd + 1);
    const header = JSON.parse(buf.toString("utf8", lineEnd + 5, lineEnd + 5 + headerBytes)) as unknown;
    if (!Array.isArray(header)) return out;
    let at = lineEnd + 5 + headerBytes;
    for (const row of header) {
      if (!validRow(row)) return new Map();
      const [key, codeBytes, dataBytes, imports, needs] = row;
      if (at + codeBytes + dataBytes > buf.length) return new Map();
      const code = buf.toString("utf8", at, at + codeBytes);
      at += codeBytes;
      const cachedData = dataBytes > 0 ? buf.subarray(at, at + dataBytes) : undefined;
      at += dataBytes;
      out.set(key, { code, imports, needs, ...(cachedData ? { cachedData } : {}) });
    }
    if (at !== buf.length) return new Map();
  } catch {
    return new Map();
  }
  return out;
}

export class RevisionCodeCache {
  /** What the file held. */
  private readonly old: Map<string, CompiledModule>;
  /** What this run loaded, by key. */
  private readonly used = new Map<string, CompiledModule>();
  /** Modules this run compiled afresh: their code cache is made when the file is written. */
  private readonly compiled = new Map<string, Script>();
  private saveAtExit = false;

  private constructor(
    private readonly file: string,
    private readonly stamp: string,
  ) {
    this.old = readEntries(file, stamp);
  }

  /** The cache for a project's revisions, or null when not used (not enabled, few revisions, no cache folder). */
  static open(config: ResolvedConfig, fileCount: number, env: NodeJS.ProcessEnv = process.env): RevisionCodeCache | null {
    if (!enabled || fileCount < MIN_FILES || env.ATHANOR_CACHE === "0") return null;
    try {
      const file = revisionCacheFile(config, "revision-code", "bin");
      if (!file) return null;
      const stamp = `athanor-revision-code ${FORMAT} ${loaderId()} ${process.version} ${process.arch}`;
      return new RevisionCodeCache(file, stamp);
    } catch {
      return null;
    }
  }

  /** The entry for a source with this SHA-256 (hex). */
  slot(key: string): CompiledModuleSlot {
    return {
      get: () => {
        const hit = this.old.get(key);
        if (hit) this.used.set(key, hit);
        return hit;
      },
      put: (module, script) => {
        this.used.set(key, module);
        this.compiled.set(key, script);
        if (!this.saveAtExit) {
          this.saveAtExit = true;
          process.once("exit", () => this.save());
        }
      },
    };
  }

  /** Writes what this run loaded, then what the file held besides (up to MAX_ENTRIES). */
  save(): void {
    const rows: HeaderRow[] = [];
    const blobs: Buffer[] = [];
    const add = (key: string, m: CompiledModule, data: Buffer | undefined) => {
      const code = Buffer.from(m.code, "utf8");
      rows.push([key, code.length, data?.length ?? 0, [...m.imports], m.needs.map((n) => [...n])]);
      blobs.push(code);
      if (data) blobs.push(data);
    };
    for (const [key, m] of this.used) {
      const script = this.compiled.get(key);
      let data = m.cachedData;
      if (script) {
        try {
          data = script.createCachedData();
        } catch {
          data = undefined;
        }
      }
      add(key, m, data);
    }
    for (const [key, m] of this.old) {
      if (rows.length >= MAX_ENTRIES) break;
      if (!this.used.has(key)) add(key, m, m.cachedData);
    }
    const header = Buffer.from(JSON.stringify(rows), "utf8");
    const size = Buffer.alloc(4);
    size.writeUInt32LE(header.length);
    const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(tmp, Buffer.concat([Buffer.from(`${this.stamp}\n`, "utf8"), size, header, ...blobs]), { mode: 0o600 });
      renameSync(tmp, this.file);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing written: only a slower next run
      }
    }
  }
}
