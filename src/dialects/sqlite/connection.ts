/**
 * A DatabaseConnection over one better-sqlite3 `Database`. The driver is
 * synchronous: each call runs to completion before its promise resolves
 * (a statement that waits for another process's write lock blocks this
 * process for up to `busy_timeout`). Statements are prepared once per
 * text and kept for the session.
 */
import { AthanorError } from "../../errors.js";
import type { DatabaseConnection, QueryResult } from "../dialect.js";
import type { BetterSqliteDatabase, BetterSqliteStatement } from "./better-sqlite3-types.js";
import { bindValues } from "./bind-values.js";
import { numberedToPositional } from "./placeholders.js";
import { keepAdoptedSettings } from "./adopted-settings.js";
import { explainBusyError } from "./busy-error.js";
import { explainRebuildError } from "./rebuild-name.js";
import { sqliteSqlLexer } from "./sql-lexer.js";
import { MEMORY } from "./urls.js";

const CACHE_LIMIT = 256;
/**
 * Schema statements without values: run with exec. They return no rows and
 * each text runs once, so building (and caching) a Statement object for them
 * only costs time: ~25 µs of the ~90 µs a small CREATE TABLE takes.
 */
const SCHEMA_STATEMENT = /^\s*(?:CREATE|DROP|ALTER)\s/i;
/** A PRAGMA that sets something, anywhere in the text (after a comment, a statement): looked at more closely inside a transaction (see #refuseSilentPragma). */
const SETTING_PRAGMA = /\bPRAGMA\b[^;]*[=(]/i;

/** What the SQLite dialect's own collaborators (the lock) need to know about a connection. */
export interface SqliteFileInfo {
  /** The database file's absolute path; null for an in-memory (or temporary) database. */
  readonly sqliteFile: string | null;
}

export function sqliteFileOf(conn: DatabaseConnection): string | null | undefined {
  const file = (conn as Partial<SqliteFileInfo>).sqliteFile;
  return file === undefined ? undefined : file;
}

export class SqliteConnection implements DatabaseConnection, SqliteFileInfo {
  readonly dialect = "sqlite";
  readonly sqliteFile: string | null;
  readonly #db: BetterSqliteDatabase;
  /** Opened by Athanor (closed with the session), or the application's (left open). */
  readonly #owned: boolean;
  readonly #statements = new Map<string, BetterSqliteStatement>();
  #closed = false;

  /** An adopted connection's own settings, put back at close (see adopted-settings.ts). */
  readonly #restore: (() => void) | null;
  /** The application passed its connection in inside its own transaction: not Athanor's to roll back. */
  readonly #applicationTransaction: boolean;

  constructor(db: BetterSqliteDatabase, owned: boolean) {
    this.#db = db;
    this.#owned = owned;
    this.#applicationTransaction = !owned && db.inTransaction;
    this.#restore = owned ? null : keepAdoptedSettings(db);
    this.sqliteFile = db.memory || db.name === MEMORY || db.name === "" ? null : db.name;
  }

  get database(): BetterSqliteDatabase {
    return this.#db;
  }

  #check(): void {
    if (this.#closed || !this.#db.open) throw new AthanorError("DB.CLOSED", "the database connection is closed");
  }

  #prepare(sql: string): BetterSqliteStatement | null {
    let stmt = this.#statements.get(sql);
    if (stmt) return stmt;
    try {
      stmt = this.#db.prepare(sql);
    } catch (e) {
      // several statements, or none (only comments): run as a script when there are no values
      if (e instanceof RangeError) return null;
      throw e;
    }
    if (this.#statements.size >= CACHE_LIMIT) this.#statements.delete(this.#statements.keys().next().value as string);
    this.#statements.set(sql, stmt);
    return stmt;
  }

  /**
   * `PRAGMA journal_mode = …` does nothing (or fails) inside a transaction:
   * refused there. (`PRAGMA foreign_keys` is let through: see the lexer's
   * nonTransactionalKeyword.)
   */
  #refuseSilentPragma(sql: string): void {
    if (!SETTING_PRAGMA.test(sql) || !this.#db.inTransaction) return;
    const found = sqliteSqlLexer.findNonTransactionalStatement(sql);
    if (!found?.keyword.startsWith("PRAGMA")) return;
    throw new AthanorError(
      "MIGRATION.NEEDS_NO_TRANSACTION",
      `${found.keyword} has no effect inside a transaction (SQLite ignores it without a word): run it in a revision with \`export const transactional = false\``,
    );
  }

  async query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    try {
      return this.#query<R>(sql, params);
    } catch (e) {
      throw this.#explain(e);
    }
  }

  #query<R>(sql: string, params?: readonly unknown[]): QueryResult<R> {
    this.#check();
    this.#refuseSilentPragma(sql);
    if ((!params || params.length === 0) && SCHEMA_STATEMENT.test(sql)) {
      this.#db.exec(sql);
      return { rows: [], rowCount: 0 };
    }
    if (params && params.length > 0) ({ sql, params } = numberedToPositional(sql, params));
    const stmt = this.#prepare(sql);
    if (!stmt) {
      if (params && params.length > 0) this.#db.prepare(sql); // throws the driver's own message
      this.#db.exec(sql);
      return { rows: [], rowCount: 0 };
    }
    const values = bindValues(params);
    if (stmt.reader) {
      const rows = stmt.all(...values) as R[];
      return { rows, rowCount: rows.length };
    }
    const res = stmt.run(...values);
    return { rows: [], rowCount: res.changes };
  }

  async exec(sql: string): Promise<void> {
    this.#check();
    this.#refuseSilentPragma(sql);
    try {
      this.#db.exec(sql);
    } catch (e) {
      throw this.#explain(e);
    }
  }

  /** A driver error in the user's terms: the rebuild's temporary table named as theirs, a lock wait that ran out with the file and the setting. */
  #explain(e: unknown): unknown {
    return explainBusyError(explainRebuildError(e), this.#db, this.sqliteFile);
  }

  async inTransaction(): Promise<boolean> {
    return this.#db.open && this.#db.inTransaction;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#statements.clear();
    if (!this.#db.open) return;
    // like a server session ending: an open transaction is rolled back (not the application's own)
    if (this.#db.inTransaction && !this.#applicationTransaction) {
      try {
        this.#db.exec("ROLLBACK");
      } catch {
        // nothing to roll back
      }
    }
    if (this.#owned) this.#db.close();
    else this.#restore?.();
  }
}
