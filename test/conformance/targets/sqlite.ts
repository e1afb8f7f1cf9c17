/**
 * SQLite, file-backed (`sqlite:<temp dir>/dbN.db`) and in memory
 * (`sqlite::memory:`). The dump reads SQLite's own PRAGMAs (table_xinfo,
 * index_list, index_xinfo, foreign_key_list); constraint names and CHECK
 * expressions, which no PRAGMA gives, come from the table's stored CREATE
 * TABLE statement. The command-line client is the `sqlite3` shell.
 *
 * An in-memory database is private to one connection of one process: the
 * in-memory target shares one connection between the suite's sessions, and
 * the groups that run the CLI (another process) can't see it (see
 * `crossProcess`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compare } from "../../../src/autogenerate/compare/compare.js";
import { formatDiff } from "../../../src/autogenerate/render/render.js";
import type { DatabaseConnection } from "../../../src/dialects/dialect.js";
import "../../../src/dialects/registry.js"; // the dialects load through it
import { betterSqlite3Driver, sqliteDialect } from "../../../src/dialects/sqlite/index.js";
import { parseCreateTable, type TableSql } from "../../../src/dialects/sqlite/table-sql.js";
import { capabilitiesOf, type ConformanceTarget, type ForeignKeyDump, type IndexDump, type SchemaDump, type TableDump } from "../target.js";

let root: string | undefined;
let count = 0;

function tempRoot(): string {
  if (root === undefined) {
    const made = mkdtempSync(join(tmpdir(), "athanor-conf-sqlite-"));
    root = made;
    process.on("exit", () => rmSync(made, { recursive: true, force: true }));
  }
  return root;
}

const byName = <T extends { name: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => same(x, b[i] as string));

interface XColumn {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
  hidden: number;
}

/** The name a constraint was given (`CONSTRAINT x ...`), found by kind and columns in the table's stored SQL; "" when unnamed. */
function constraintName(table: TableSql, kind: "primaryKey" | "unique" | "foreignKey", columns: readonly string[], refTable?: string): string {
  for (const c of table.constraints) {
    if (c.kind !== kind || !sameList(c.columns, columns)) continue;
    if (kind === "foreignKey" && refTable !== undefined && c.refTable !== undefined && !same(c.refTable, refTable)) continue;
    return c.name ?? "";
  }
  if (columns.length === 1) {
    const column = table.columns.find((c) => same(c.name, columns[0] as string));
    const columnKind = kind === "foreignKey" ? "references" : kind;
    const found = column?.constraints.find((c) => c.kind === columnKind);
    if (found) return found.name ?? "";
  }
  return "";
}

/** A CHECK's expression: the text inside `CHECK ( ... )`. */
function checkExpression(text: string): string {
  const open = text.search(/\bcheck\s*\(/i);
  const from = text.indexOf("(", open);
  return text.slice(from + 1, text.lastIndexOf(")")).trim();
}

function whereOf(indexSql: string | null): string | null {
  if (!indexSql) return null;
  const m = /\bwhere\b([\s\S]*)$/i.exec(indexSql);
  return m ? (m[1] as string).trim() : null;
}

async function tableDump(conn: DatabaseConnection, name: string, sql: string): Promise<TableDump> {
  const pragma = async <R>(what: string, arg: string) => (await conn.query<R>(`SELECT * FROM pragma_${what}(?)`, [arg])).rows;
  const parsed = parseCreateTable(sql);
  const xcolumns = await pragma<XColumn>("table_xinfo", name);
  const columns = xcolumns.map((c) => ({
    name: c.name,
    type: `${c.type}${c.hidden === 2 || c.hidden === 3 ? ` generated ${c.hidden === 3 ? "stored" : "virtual"}` : ""}`,
    nullable: c.notnull === 0,
    default: c.dflt_value,
    comment: null,
  }));
  const pkColumns = xcolumns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  const primaryKey = pkColumns.length ? { name: constraintName(parsed, "primaryKey", pkColumns), columns: pkColumns } : null;
  const fkRows = await pragma<{ id: number; seq: number; table: string; from: string; to: string | null; on_update: string; on_delete: string }>("foreign_key_list", name);
  const foreignKeys: ForeignKeyDump[] = [];
  for (const id of [...new Set(fkRows.map((r) => r.id))]) {
    const rows = fkRows.filter((r) => r.id === id).sort((a, b) => a.seq - b.seq);
    const first = rows[0] as (typeof rows)[number];
    const cols = rows.map((r) => r.from);
    foreignKeys.push({
      name: constraintName(parsed, "foreignKey", cols, first.table),
      columns: cols,
      refTable: first.table,
      refColumns: rows.map((r) => r.to ?? ""),
      onDelete: first.on_delete.toLowerCase(),
      onUpdate: first.on_update.toLowerCase(),
    });
  }
  const uniques: Array<{ name: string; columns: string[] }> = [];
  const indexes: IndexDump[] = [];
  for (const ix of await pragma<{ name: string; unique: number; origin: string; partial: number }>("index_list", name)) {
    if (ix.origin === "pk") continue;
    const keys = (await pragma<{ seqno: number; cid: number; name: string | null; key: number }>("index_xinfo", ix.name))
      .filter((k) => k.key === 1)
      .sort((a, b) => a.seqno - b.seqno)
      .map((k) => k.name ?? "<expression>");
    if (ix.origin === "u") {
      uniques.push({ name: constraintName(parsed, "unique", keys), columns: keys });
      continue;
    }
    const stored = await conn.query<{ sql: string | null }>("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", [ix.name]);
    indexes.push({ name: ix.name, unique: ix.unique === 1, columns: keys, where: whereOf(stored.rows[0]?.sql ?? null) });
  }
  const checks = [
    ...parsed.constraints.filter((c) => c.kind === "check").map((c) => ({ name: c.name ?? "", expression: checkExpression(c.text) })),
    ...parsed.columns.flatMap((col) => col.constraints.filter((c) => c.kind === "check").map((c) => ({ name: c.name ?? "", expression: checkExpression(c.text) }))),
  ];
  // a json column's own CHECK (json_valid(col), or col IS NULL OR json_valid(col)) is part of its type, not a constraint the user named
  const typeChecks = checks.filter((c) => {
    const m = /^json_valid\((.+)\)$/i.exec(c.expression) ?? /^(.+) IS NULL OR json_valid\(\1\)$/i.exec(c.expression);
    const column = m ? columns.find((col) => [col.name, `"${col.name.replace(/"/g, '""')}"`].includes((m[1] as string).trim())) : undefined;
    if (column) column.type += " json_valid";
    return column !== undefined;
  });
  return {
    name,
    comment: null,
    columns: byName(columns),
    primaryKey,
    foreignKeys: byName(foreignKeys),
    uniques: byName(uniques),
    checks: byName(checks.filter((c) => !typeChecks.includes(c))),
    indexes: byName(indexes),
  };
}

export async function dumpSqliteSchema(conn: DatabaseConnection): Promise<SchemaDump> {
  const tables = await conn.query<{ name: string; sql: string }>(
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
  );
  const dumps: TableDump[] = [];
  for (const t of tables.rows) dumps.push(await tableDump(conn, t.name, t.sql));
  return { tables: byName(dumps), enums: [], schemas: [] };
}

/** Autogenerate's differences (and its warnings) between `models` and the database. */
export async function compareSqliteModels(models: readonly unknown[], conn: DatabaseConnection): Promise<string[]> {
  const result = await compare(models, conn, { versionTable: { table: "athanor_version", schema: null }, dialect: sqliteDialect });
  return [...formatDiff(result.operations), ...result.warnings.map((w) => `warning: ${w}`)];
}

function sqlite3ShellMissing(): string | null {
  const r = spawnSync("sqlite3", ["-version"], { encoding: "utf8" });
  return r.status === 0 ? null : "the sqlite3 shell is not installed (apt-get install sqlite3)";
}

async function driverMissing(): Promise<string | null> {
  try {
    await betterSqlite3Driver.load?.();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

const base = {
  dialect: sqliteDialect,
  dumpSchema: dumpSqliteSchema,
  compareModels: compareSqliteModels,
} as const;

export const sqliteFileTarget: ConformanceTarget = {
  ...base,
  name: "SQLite (file)",
  capabilities: capabilitiesOf(sqliteDialect),
  unavailable: driverMissing,
  async createDatabase() {
    const file = join(tempRoot(), `db${++count}.db`);
    const url = `sqlite:${file}`;
    return {
      url,
      connect: () => betterSqlite3Driver.connect({ url }),
      async drop() {
        for (const suffix of ["", "-journal", "-wal", "-shm", "-athanor-lock"]) rmSync(`${file}${suffix}`, { force: true });
      },
    };
  },
  nativeClient: {
    name: "sqlite3",
    apply(db, script) {
      const missing = sqlite3ShellMissing();
      if (missing) return { code: 1, stderr: missing };
      const r = spawnSync("sqlite3", ["-bail", db.url.slice("sqlite:".length)], { input: script, encoding: "utf8" });
      return { code: r.status ?? -1, stderr: r.stderr };
    },
  },
};

export const sqliteMemoryTarget: ConformanceTarget = {
  ...base,
  name: "SQLite (in memory)",
  capabilities: capabilitiesOf(sqliteDialect, { crossProcess: false }),
  unavailable: driverMissing,
  async createDatabase() {
    // one connection is the database: every session of the suite shares it
    const shared = await betterSqlite3Driver.connect({ url: "sqlite::memory:" });
    return {
      url: "sqlite::memory:",
      async connect(): Promise<DatabaseConnection> {
        return { query: (sql, params) => shared.query(sql, params), exec: (sql) => shared.exec(sql), close: async () => {} };
      },
      drop: () => shared.close(),
    };
  },
  nativeClient: null,
  nativeClientAbsent: "an in-memory database can't be reached by the sqlite3 shell (another process)",
};
