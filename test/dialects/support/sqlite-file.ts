/**
 * SQLite databases for the dialect's tests: a file in its own temporary
 * folder, opened with better-sqlite3, a minimal connection over it, and
 * operations applied the way the runtime applies them (renderer session,
 * the foreign-key guard around the transaction).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatabaseConnection, Dialect, SqlStatement } from "../../../src/dialects/dialect.js";
import { sqliteRenderer } from "../../../src/dialects/sqlite/renderer.js";
import type { Operation } from "../../../src/operations/operation.js";
import { OnlineExecutor, TransactionState } from "../../../src/runtime/step-executor.js";

const require = createRequire(import.meta.url);

export interface BetterSqlite {
  prepare(sql: string): { reader: boolean; all(...params: unknown[]): unknown[]; run(...params: unknown[]): { changes: number }; get(...params: unknown[]): unknown };
  exec(sql: string): void;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  close(): void;
}

export interface TempDatabase {
  readonly path: string;
  readonly db: BetterSqlite;
  readonly conn: DatabaseConnection;
  /** Reopens the file (a second connection: what was committed). */
  reopen(): BetterSqlite;
  close(): void;
}

export function openSqlite(path: string): BetterSqlite {
  const Database = require("better-sqlite3") as new (path: string) => BetterSqlite;
  const db = new Database(path);
  db.pragma("foreign_keys = ON");
  return db;
}

export function connectionOver(db: BetterSqlite): DatabaseConnection {
  return {
    async query<R>(sql: string, params?: readonly unknown[]) {
      const stmt = db.prepare(sql);
      if (stmt.reader) {
        const rows = stmt.all(...(params ?? [])) as R[];
        return { rows, rowCount: rows.length };
      }
      const info = stmt.run(...(params ?? []));
      return { rows: [] as R[], rowCount: info.changes };
    },
    async exec(sql: string) {
      db.exec(sql);
    },
    async close() {
      db.close();
    },
  };
}

export function tempDatabase(): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), "athanor-sqlite-"));
  const path = join(dir, "test.db");
  const db = openSqlite(path);
  const extra: BetterSqlite[] = [];
  return {
    path,
    db,
    conn: connectionOver(db),
    reopen() {
      const d = openSqlite(path);
      extra.push(d);
      return d;
    },
    close() {
      for (const d of extra) d.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const words = { beginTransaction: "BEGIN", commitTransaction: "COMMIT", rollbackTransaction: "ROLLBACK" } as unknown as Dialect;

/** Applies operations in one transaction, as a migration step does (session rendering, foreign keys off, checked before COMMIT). */
export async function applyOps(conn: DatabaseConnection, ops: readonly Operation[]): Promise<void> {
  const tx = new TransactionState(conn, words, { guard: sqliteRenderer.transactionGuard });
  const executor = new OnlineExecutor(conn, sqliteRenderer, tx);
  await tx.begin();
  try {
    for (const op of ops) await executor.run(op);
    await executor.flush();
    await tx.commit();
  } catch (e) {
    await tx.rollback();
    throw e;
  }
}

/** The statements an online run would send for `ops` (each rendered after the previous ones ran), without running them. */
export async function statementsFor(conn: DatabaseConnection, op: Operation): Promise<string[]> {
  const session = sqliteRenderer.session?.({ query: async (sql, params) => (await conn.query(sql, params)).rows as never });
  if (!session) throw new Error("no session");
  return [...(await session.render(op)), ...(session.flush?.() ?? [])].map((s: SqlStatement) => s.sql);
}

/** The offline script for steps of operations (each step one transaction), as `--sql` writes it. */
export async function offlineScriptFor(steps: readonly (readonly Operation[])[]): Promise<string> {
  const session = sqliteRenderer.session?.(null);
  const guard = sqliteRenderer.transactionGuard;
  if (!session || !guard) throw new Error("no session");
  const parts: string[] = [];
  const add = (s: SqlStatement) => parts.push(`${sqliteRenderer.inline(s)};`);
  for (const ops of steps) {
    guard.beforeBegin.forEach(add);
    parts.push("BEGIN;");
    for (const op of ops) (await session.render(op)).forEach(add);
    (session.flush?.() ?? []).forEach(add);
    guard.offlineCheck.forEach(add);
    parts.push("COMMIT;");
    guard.afterEnd.forEach(add);
  }
  return `${parts.join("\n")}\n`;
}

/** Runs a script with the sqlite3 shell, stopping at the first error. */
export function runSqliteShell(path: string, script: string): { status: number; stderr: string } {
  const r = spawnSync("sqlite3", ["-bail", path], { input: script, encoding: "utf8" });
  return { status: r.status ?? 1, stderr: r.stderr };
}

interface MasterRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * A normalised dump of the schema: per table its columns (PRAGMA table_xinfo),
 * keys, foreign keys, indexes (with their columns), CHECKs and options read
 * from the stored SQL, and the triggers and views.
 */
export function dumpSchema(db: BetterSqlite): Record<string, unknown> {
  const master = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as MasterRow[];
  const out: Record<string, unknown> = {};
  for (const m of master) {
    if (m.type === "table") {
      const q = `"${m.name.replace(/"/g, '""')}"`;
      out[`table ${m.name}`] = {
        columns: db.prepare(`PRAGMA table_xinfo(${q})`).all(),
        foreignKeys: db.prepare(`PRAGMA foreign_key_list(${q})`).all(),
        indexes: (db.prepare(`PRAGMA index_list(${q})`).all() as { name: string; unique: number; origin: string; partial: number }[])
          .map((i) => ({
            ...i,
            name: i.origin === "c" ? i.name : `(${i.origin})`,
            columns: db.prepare(`PRAGMA index_xinfo("${i.name.replace(/"/g, '""')}")`).all(),
          }))
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        body: normaliseTableSql(m.sql ?? ""),
      };
    } else out[`${m.type} ${m.name}`] = { table: m.tbl_name, sql: (m.sql ?? "").replace(/\s+/g, " ") };
  }
  return out;
}

/** The stored CREATE TABLE without its name and whitespace differences. */
function normaliseTableSql(sql: string): string {
  return sql
    .replace(/^CREATE TABLE\s+("(?:[^"]|"")*"|\S+)\s*/i, "")
    .replace(/\s+/g, " ")
    .replace(/"([A-Za-z_][A-Za-z0-9_]*)"/g, "$1")
    .replace(/\( /g, "(")
    .replace(/ \)/g, ")")
    .trim();
}
