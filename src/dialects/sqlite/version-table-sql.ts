/**
 * SQL for the version table (one row per current head, the shape Alembic
 * gives it on SQLite) and the append-only `<table>_log` table, with the same
 * columns as on PostgreSQL. SQLite has no types of its own for times:
 * `started_at` is UTC text as SQLite's datetime() writes it
 * (`2026-01-02 03:04:05.678`), as a bound Date is stored. `applied_by` is the operating-system user (SQLite has no
 * database users); offline scripts leave it NULL. All values are bound.
 */
import { userInfo } from "node:os";
import type { SqlStatement, VersionLogEntry, VersionTableRef, VersionTableSql } from "../dialect.js";
import { sqliteDateText } from "./bind-values.js";
import { qualify, quoteIdentifier } from "./quote.js";
import { questionMarkVersionRows } from "../version-rows-sql.js";

/** Width of `version_num`, as in Alembic's table (SQLite does not enforce it; Athanor does when it reads revision files). */
const VERSION_NUM_LENGTH = 32;

/** The database's clock, in the format a bound Date is stored in. */
const NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')";

let osUser: string | null | undefined;
function appliedBy(): string | null {
  if (osUser === undefined) {
    try {
      osUser = userInfo().username;
    } catch {
      osUser = null;
    }
  }
  return osUser;
}

export function logTableName(ref: VersionTableRef): string {
  return `${ref.table}_log`;
}

function versionTable(ref: VersionTableRef): string {
  return qualify(ref.table, ref.schema);
}

function logTable(ref: VersionTableRef): string {
  return qualify(logTableName(ref), ref.schema);
}

export const sqliteVersionTableSql: VersionTableSql = {
  derivedSuffixes: ["_pkc", "_log"],
  createVersionTable(ref) {
    return [
      {
        sql:
          `CREATE TABLE IF NOT EXISTS ${versionTable(ref)} (\n` +
          `    version_num VARCHAR(${VERSION_NUM_LENGTH}) NOT NULL,\n` +
          `    CONSTRAINT ${quoteIdentifier(`${ref.table}_pkc`)} PRIMARY KEY (version_num)\n)`,
      },
    ];
  },

  createLogTable(ref) {
    return [
      {
        sql:
          `CREATE TABLE IF NOT EXISTS ${logTable(ref)} (\n` +
          "    id INTEGER PRIMARY KEY,\n" +
          `    revision VARCHAR(${VERSION_NUM_LENGTH}) NOT NULL,\n` +
          "    direction TEXT NOT NULL,\n" +
          "    started_at TEXT NOT NULL,\n" +
          "    duration_ms INTEGER NOT NULL,\n" +
          "    checksum TEXT,\n" +
          "    host TEXT,\n" +
          "    applied_by TEXT\n)",
      },
    ];
  },

  versionTableExists(ref) {
    qualify(ref.table, ref.schema); // refuses a schema (SQLite has none), as every other statement on the table does
    // names are case-insensitive in SQLite: CREATE TABLE IF NOT EXISTS "v" finds "V"
    return {
      sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE) AS \"exists\"",
      params: [ref.table],
    };
  },

  ...questionMarkVersionRows(versionTable),

  insertLog(ref, entry: VersionLogEntry): SqlStatement {
    const startedAt = entry.startedAt === null ? NOW : "?";
    const params: unknown[] = [entry.revision, entry.direction];
    if (entry.startedAt !== null) params.push(sqliteDateText(entry.startedAt));
    params.push(entry.durationMs === null ? 0 : Math.round(entry.durationMs), entry.checksum, entry.host, entry.host === null ? null : appliedBy());
    return {
      sql: `INSERT INTO ${logTable(ref)} (revision, direction, started_at, duration_ms, checksum, host, applied_by) VALUES (?, ?, ${startedAt}, ?, ?, ?, ?)`,
      params,
    };
  },

  /** Rows: `{ revision, direction, startedAt, durationMs, checksum, host, appliedBy }`, one per revision (the latest). */
  selectLatestLogs(ref) {
    const log = logTable(ref);
    return {
      sql:
        'SELECT revision, direction, started_at AS "startedAt", duration_ms AS "durationMs", checksum, host, applied_by AS "appliedBy" ' +
        `FROM ${log} WHERE id IN (SELECT max(id) FROM ${log} GROUP BY revision) ORDER BY revision`,
    };
  },
};
