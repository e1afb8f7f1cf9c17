/**
 * A cache of the metadata read from revision files, so that `heads`,
 * `history`, `current` and a no-op `upgrade` with thousands of revisions stat
 * each file instead of reading and parsing it.
 *
 * Trust rules:
 *   - an entry is used only when the file's size, mtime, ctime and inode are
 *     all what they were when it was parsed (ctime can't be set back by tools
 *     like tar or rsync; any write changes it);
 *   - the file is stat'ed before it is read, so an edit racing with the read
 *     is never recorded as seen;
 *   - files changed less than 2 s before the cache is written aren't stored
 *     (file systems with coarse timestamps could hide a second quick edit);
 *   - the cache is keyed to the parser's own file (a new Athanor version
 *     starts afresh), and any unreadable or malformed cache is ignored;
 *   - it lives in <project>/node_modules/.cache/athanor, else in a
 *     per-user 0700 folder under the system temp folder, never in the
 *     migrations folder; writes are atomic (temp file + rename).
 * Projects with fewer than MIN_FILES revisions don't use it: reading them is
 * already fast. `ATHANOR_CACHE=0` turns it off.
 */
import { type Stats, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ResolvedConfig } from "../config/load-config.js";
import { revisionCacheFile } from "./cache-file.js";
import { firstParagraph, type ParsedRevisionFile, revisionIdFits } from "./parse-revision-file.js";

const FORMAT = 2;
const MIN_FILES = 256;
const RACY_MS = 2000;

type Key = [size: number, mtimeMs: number, ctimeMs: number, ino: number];
/** One file: path, its stat key, then what was parsed (the message is the doc's first paragraph). */
type Row = [
  path: string,
  ...key: Key,
  revision: string,
  downRevision: string | string[] | null,
  branchLabels: string[],
  dependsOn: string[],
  transactional: boolean,
  doc: string,
];
interface CacheFile {
  format: number;
  parser: string;
  /** An array of rows parses faster than an object with thousands of keys. */
  rows: Row[];
}

export interface Lookup {
  readonly path: string;
  readonly key: Key | null;
  readonly parsed: ParsedRevisionFile | undefined;
}

/** The parsed metadata in a row, or undefined if the row is malformed. */
function fromRow(r: Row): ParsedRevisionFile | undefined {
  const [path, , , , , revision, downRevision, branchLabels, dependsOn, transactional, doc] = r;
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === "string");
  if (
    typeof revision !== "string" ||
    // read again, so the parser refuses it (the limit may have changed since the row was written)
    !revisionIdFits(revision) ||
    !(downRevision === null || typeof downRevision === "string" || strings(downRevision)) ||
    !strings(branchLabels) ||
    !strings(dependsOn) ||
    typeof transactional !== "boolean" ||
    typeof doc !== "string"
  ) {
    return undefined;
  }
  return { revision, downRevision, branchLabels, dependsOn, transactional, message: firstParagraph(doc), doc, path };
}

/** Set by the build: a hash of the parser's sources, the same in every bundle of one build. */
declare const __ATHANOR_PARSER_ID__: string | undefined;

/**
 * Identifies the parser that produced a cache: the build's hash of the
 * parser's and this file's sources, else (unbundled) the size and mtime of
 * both compiled files, so a rebuilt parser starts a fresh cache either way.
 */
function parserId(): string {
  if (typeof __ATHANOR_PARSER_ID__ === "string") return __ATHANOR_PARSER_ID__;
  return [import.meta.url, new URL("./parse-revision-file.js", import.meta.url).href]
    .map((url) => {
      const st = statSync(fileURLToPath(url));
      return `${st.size}:${st.mtimeMs}`;
    })
    .join("/");
}

export class MetadataCache {
  private readonly fresh: Row[] = [];
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly parser: string,
    private readonly old: Map<string, Row>,
  ) {}

  /** The cache for this project's version locations, or null when not used. */
  static open(config: ResolvedConfig, fileCount: number, env: NodeJS.ProcessEnv = process.env): MetadataCache | null {
    if (fileCount < MIN_FILES || env.ATHANOR_CACHE === "0") return null;
    try {
      const file = revisionCacheFile(config, "revisions", "json");
      if (!file) return null;
      const parser = `${FORMAT}:${parserId()}`;
      const old = new Map<string, Row>();
      try {
        const data = JSON.parse(readFileSync(file, "utf8")) as Partial<CacheFile>;
        if (data.format === FORMAT && data.parser === parser && Array.isArray(data.rows)) {
          for (const r of data.rows) if (Array.isArray(r) && r.length === 11 && typeof r[0] === "string") old.set(r[0], r);
        }
      } catch {
        // no cache yet, or an unreadable one: start afresh
      }
      return new MetadataCache(file, parser, old);
    } catch {
      return null;
    }
  }

  /** Stats the file; returns its metadata if the cache has it for exactly this version of the file. */
  lookup(path: string): Lookup {
    let st: Stats;
    try {
      st = statSync(path);
    } catch {
      return { path, key: null, parsed: undefined };
    }
    const key: Key = [st.size, st.mtimeMs, st.ctimeMs, st.ino];
    const r = this.old.get(path);
    if (r && r[1] === key[0] && r[2] === key[1] && r[3] === key[2] && r[4] === key[3]) {
      const parsed = fromRow(r);
      if (parsed) {
        this.fresh.push(r);
        return { path, key, parsed };
      }
    }
    this.dirty = true;
    return { path, key, parsed: undefined };
  }

  /** Records what was parsed from the file as it was when `lookup` stat'ed it. */
  store(hit: Lookup, parsed: ParsedRevisionFile): void {
    if (!hit.key) return;
    const p = parsed;
    this.fresh.push([hit.path, ...hit.key, p.revision, p.downRevision, p.branchLabels, p.dependsOn, p.transactional, p.doc]);
  }

  /** Writes the cache if anything changed (entries for files no longer listed are dropped). */
  save(now = Date.now()): void {
    if (!this.dirty && this.fresh.length === this.old.size) return;
    const rows = this.fresh.filter((r) => now - r[2] >= RACY_MS && now - r[3] >= RACY_MS);
    const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify({ format: FORMAT, parser: this.parser, rows } satisfies CacheFile), { mode: 0o600 });
      renameSync(tmp, this.file);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing written
      }
    }
  }
}
