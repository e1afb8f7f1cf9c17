/**
 * The machinery of the SQLite real-schema corpus: drizzle-kit's own SQL for a schema (dialect "sqlite"),
 * applied to a fresh file, and a normalised description of an SQLite file's schema read the way a user
 * would check it (sqlite_master, PRAGMA table_xinfo / index_list / index_xinfo / foreign_key_list), so
 * that two files built different ways can be compared object by object. The temporary Athanor project
 * (CorpusProject) and the schema edits (editSource) are the PostgreSQL corpus's own.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { REPO_ROOT } from "../../support/cli.js";
import { drizzleKitGenerate } from "../../support/drizzle-kit.js";

export const SQLITE_SCHEMAS_DIR = join(REPO_ROOT, "test/autogenerate/corpus-real-sqlite/schemas");

/** The source of a corpus schema (the .ts file, not its compiled copy). */
export function sqliteSchemaSource(name: string): string {
  return readFileSync(join(SQLITE_SCHEMAS_DIR, `${name}.ts`), "utf8");
}

/** drizzle-kit's own SQL for a schema source (dialect sqlite, with drizzle's `casing` when given). */
export function drizzleKitSqliteStatements(source: string, options: { readonly casing?: "snake_case" | "camelCase" } = {}): Promise<string[]> {
  return drizzleKitGenerate(source, { dialect: "sqlite", ...options });
}

/** Runs statements one by one on a new connection to the file, naming the statement that failed. */
export function runSqliteStatements(file: string, statements: readonly string[]): void {
  const db = new Database(file);
  try {
    for (const s of statements) {
      try {
        db.exec(s);
      } catch (e) {
        throw new Error(`${(e as Error).message}\n  while running drizzle-kit's: ${s}`);
      }
    }
  } finally {
    db.close();
  }
}

/** Tables of Athanor's own bookkeeping (the version table and its log), never part of a compared schema. */
const ATHANOR_TABLE = /^athanor_version/i;

/** SQL text without quotes around names, with single spaces, lower case outside string literals. */
export function normaliseSql(text: string): string {
  let out = "";
  for (const part of text.split(/('(?:[^']|'')*')/)) {
    if (part.startsWith("'")) out += part;
    else out += part.replace(/[`"[\]]/g, "").toLowerCase();
  }
  return out
    .replace(/\s+/g, " ")
    .replace(/\s*([(),])\s*/g, "$1")
    .trim();
}

/**
 * What a column's default means: a constant is evaluated by SQLite (`false`, `0` and `(0)` are the same
 * value, and `typeof` tells 1 from '1'); an expression that depends on the moment (`CURRENT_TIMESTAMP`,
 * `unixepoch()`) is compared as normalised text, outer parentheses aside.
 */
function defaultMeaning(db: Database.Database, dflt: string | null): string | null {
  if (dflt === null) return null;
  if (!/current_|unixepoch|now|random|strftime|datetime|date\(|time\(/i.test(dflt)) {
    try {
      const r = db.prepare(`SELECT typeof(${dflt}) AS t, quote(${dflt}) AS v`).get() as { t: string; v: string };
      return `${r.t}:${r.v}`;
    } catch {
      // not a constant SQLite can evaluate alone: compared as text
    }
  }
  let t = normaliseSql(dflt);
  while (/^\(.*\)$/.test(t)) t = t.slice(1, -1);
  return `expr:${t}`;
}

export interface SqliteSchema {
  readonly tables: Record<string, unknown>;
  readonly indexes: Record<string, unknown>;
}

/**
 * The schema of an SQLite file as a user would check it, per table: its columns (PRAGMA table_xinfo: name,
 * declared type (case aside), NOT NULL, default (by meaning), position in the primary key, hidden/generated),
 * whether it has AUTOINCREMENT, its foreign keys (PRAGMA foreign_key_list: columns, parent table and
 * columns, ON UPDATE / ON DELETE), and its indexes (PRAGMA index_list / index_xinfo: unique, origin — `c`
 * CREATE INDEX, `u` UNIQUE constraint, `pk` — partial or not, key columns with order and collation, and a
 * CREATE INDEX statement's normalised text). Athanor's version tables are left out.
 */
export function sqliteSchema(file: string): SqliteSchema {
  const db = new Database(file, { readonly: true });
  try {
    const tables: Record<string, unknown> = {};
    const indexes: Record<string, unknown> = {};
    const rows = db
      .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as Array<{ type: string; name: string; tbl_name: string; sql: string | null }>;
    for (const r of rows) {
      if (ATHANOR_TABLE.test(r.tbl_name)) continue;
      if (r.type === "table") {
        const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const columns = (db.prepare(`PRAGMA table_xinfo(${q(r.name)})`).all() as Array<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }>).map(
          (c) => ({ name: c.name, type: c.type.toLowerCase().replace(/\s+/g, ""), notnull: c.notnull, default: defaultMeaning(db, c.dflt_value), pk: c.pk, hidden: c.hidden }),
        );
        const fkRows = db.prepare(`PRAGMA foreign_key_list(${q(r.name)})`).all() as Array<{ id: number; seq: number; table: string; from: string; to: string | null; on_update: string; on_delete: string; match: string }>;
        const byId = new Map<number, typeof fkRows>();
        for (const f of fkRows) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
        const foreignKeys = [...byId.values()]
          .map((fs) => {
            const sorted = [...fs].sort((a, b) => a.seq - b.seq);
            return `(${sorted.map((f) => f.from).join(",")}) -> ${sorted[0]!.table}(${sorted.map((f) => f.to ?? "<pk>").join(",")}) on update ${sorted[0]!.on_update} on delete ${sorted[0]!.on_delete}`;
          })
          .sort();
        const indexList = db.prepare(`PRAGMA index_list(${q(r.name)})`).all() as Array<{ name: string; unique: number; origin: string; partial: number }>;
        for (const ix of indexList) {
          const cols = (db.prepare(`PRAGMA index_xinfo(${q(ix.name)})`).all() as Array<{ seqno: number; cid: number; name: string | null; desc: number; coll: string; key: number }>)
            .filter((c) => c.key === 1)
            .map((c) => `${c.name ?? `<expr>`}${c.desc ? " desc" : ""}${c.coll === "BINARY" ? "" : ` collate ${c.coll}`}`);
          const ixSql = (rows.find((x) => x.type === "index" && x.name === ix.name)?.sql ?? null) as string | null;
          // Indexes SQLite names itself (sqlite_autoindex_<table>_N, for UNIQUE and PRIMARY KEY constraints) are
          // keyed by their table and columns: the N depends on the order the constraints were written in.
          const key = ix.name.startsWith("sqlite_autoindex_") ? `${r.name}: ${ix.origin} (${cols.join(",")})` : ix.name;
          indexes[key] = { table: r.name, unique: ix.unique, origin: ix.origin, partial: ix.partial, columns: cols, sql: ixSql === null ? null : normaliseSql(ixSql) };
        }
        tables[r.name] = {
          columns,
          autoincrement: /\bautoincrement\b/i.test(r.sql ?? ""),
          withoutRowid: /\bwithout\s+rowid\s*$/i.test(r.sql ?? ""),
          foreignKeys,
        };
      }
    }
    return { tables, indexes };
  } finally {
    db.close();
  }
}

/** Asserts two schemas are the same, naming the first objects that differ. */
export function assertSameSqliteSchema(actual: SqliteSchema, expected: SqliteSchema, what: string): void {
  const diffs: string[] = [];
  for (const kind of ["tables", "indexes"] as const) {
    const names = new Set([...Object.keys(actual[kind]), ...Object.keys(expected[kind])]);
    for (const n of [...names].sort()) {
      const a = JSON.stringify(actual[kind][n] ?? null);
      const e = JSON.stringify(expected[kind][n] ?? null);
      if (a !== e) diffs.push(`${kind} ${n}:\n  - Athanor:  ${a}\n  + expected: ${e}`);
    }
  }
  if (diffs.length > 0) assert.fail(`${what}: the schemas differ\n${diffs.join("\n")}`);
}
