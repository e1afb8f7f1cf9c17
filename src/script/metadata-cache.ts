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
 *
 * With the rows it keeps the heads of the graph they made (and its real
 * heads, which no revision depends on), once that graph was built without
 * error. When every listed file matches its row and no row is left over,
 * the files are the ones that graph was built from, so a no-op `upgrade`
 * can compare the database with those heads and never build the graph
 * (ScriptDirectory.heads).
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
  /** The heads of the graph exactly these rows made, if it was built. */
  heads?: string[];
  realHeads?: string[];
}

/** A graph's heads: through down revisions, and those no revision depends on either. */
export interface GraphHeads {
  readonly heads: readonly string[];
  readonly realHeads: readonly string[];
}

export interface Lookup {
  readonly path: string;
  readonly key: Key | null;
  /** The metadata, if the cache has it for exactly this version of the file (read from the row on first use). */
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

/** A file's stat key and its row, when the row is for exactly this version of the file. */
class CacheLookup implements Lookup {
  private read = false;
  private value: ParsedRevisionFile | undefined;

  constructor(
    readonly path: string,
    readonly key: Key | null,
    private readonly row: Row | undefined,
    private readonly onMalformed: (row: Row) => void,
  ) {}

  get parsed(): ParsedRevisionFile | undefined {
    if (!this.read) {
      this.read = true;
      this.value = this.row ? fromRow(this.row) : undefined;
      if (this.row && !this.value) this.onMalformed(this.row);
    }
    return this.value;
  }
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
  /** Rows that matched their file but didn't hold valid metadata. */
  private readonly malformed = new Set<Row>();
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly parser: string,
    private readonly old: Map<string, Row>,
    private readonly oldHeads: GraphHeads | null,
  ) {}

  /** The cache for this project's version locations, or null when not used. */
  static open(config: ResolvedConfig, fileCount: number, env: NodeJS.ProcessEnv = process.env): MetadataCache | null {
    if (fileCount < MIN_FILES || env.ATHANOR_CACHE === "0") return null;
    try {
      const file = revisionCacheFile(config, "revisions", "json");
      if (!file) return null;
      const parser = `${FORMAT}:${parserId()}`;
      const old = new Map<string, Row>();
      let heads: GraphHeads | null = null;
      try {
        const data = JSON.parse(readFileSync(file, "utf8")) as Partial<CacheFile>;
        if (data.format === FORMAT && data.parser === parser && Array.isArray(data.rows)) {
          for (const r of data.rows) if (Array.isArray(r) && r.length === 11 && typeof r[0] === "string") old.set(r[0], r);
          const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
          if (old.size === data.rows.length && strings(data.heads) && strings(data.realHeads)) heads = { heads: data.heads, realHeads: data.realHeads };
        }
      } catch {
        // no cache yet, or an unreadable one: start afresh
      }
      return new MetadataCache(file, parser, old, heads);
    } catch {
      return null;
    }
  }

  /** Stats the file; its metadata is there if the cache has it for exactly this version of the file. */
  lookup(path: string): Lookup {
    let st: Stats | undefined;
    try {
      st = statSync(path);
    } catch {
      st = undefined;
    }
    if (!st) {
      this.dirty = true;
      return new CacheLookup(path, null, undefined, () => {});
    }
    const key: Key = [st.size, st.mtimeMs, st.ctimeMs, st.ino];
    const r = this.old.get(path);
    if (r && r[1] === key[0] && r[2] === key[1] && r[3] === key[2] && r[4] === key[3]) {
      this.fresh.push(r);
      return new CacheLookup(path, key, r, (bad) => {
        this.malformed.add(bad);
        this.dirty = true;
      });
    }
    this.dirty = true;
    return new CacheLookup(path, key, undefined, () => {});
  }

  /**
   * The heads saved with the rows, when the `fileCount` files looked up so
   * far are exactly the files those rows describe, each unchanged: the graph
   * they make is the one that was built when the heads were saved. Null
   * otherwise. A row read later and found malformed doesn't undo an answer
   * given here; a malformed row can only come from a cache file that was
   * tampered with, which the metadata itself already trusts not to be.
   */
  knownHeads(fileCount: number): GraphHeads | null {
    if (this.dirty || !this.oldHeads || fileCount !== this.old.size || this.fresh.length !== this.old.size) return null;
    return this.oldHeads;
  }

  /** Records what was parsed from the file as it was when `lookup` stat'ed it. */
  store(hit: Lookup, parsed: ParsedRevisionFile): void {
    if (!hit.key) return;
    const p = parsed;
    this.fresh.push([hit.path, ...hit.key, p.revision, p.downRevision, p.branchLabels, p.dependsOn, p.transactional, p.doc]);
  }

  /**
   * Writes the cache if anything changed (entries for files no longer listed
   * are dropped). `graph`: the heads of the graph built from every file
   * looked up, or null when it wasn't built (an invalid graph).
   */
  save(graph: GraphHeads | null, now = Date.now()): void {
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);
    const old = this.oldHeads;
    const sameHeads = graph !== null && old !== null && same(graph.heads, old.heads) && same(graph.realHeads, old.realHeads);
    if (!this.dirty && this.fresh.length === this.old.size && sameHeads) return;
    const valid = this.fresh.filter((r) => !this.malformed.has(r));
    const rows = valid.filter((r) => now - r[2] >= RACY_MS && now - r[3] >= RACY_MS);
    // heads only for exactly the files they came from: a file left out (changed just now) is read again next time
    const saved: CacheFile = { format: FORMAT, parser: this.parser, rows };
    if (graph !== null && rows.length === valid.length) {
      saved.heads = [...graph.heads];
      saved.realHeads = [...graph.realHeads];
    }
    const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(saved), { mode: 0o600 });
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
