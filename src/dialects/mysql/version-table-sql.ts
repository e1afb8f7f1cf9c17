/**
 * SQL for the version table (one row per current head) and the log table
 * `<table>_log` on MySQL and MariaDB: inline primary keys (servers with
 * `sql_require_primary_key` accept them), InnoDB, utf8mb4, revision ids
 * compared byte for byte (utf8mb4_bin). The log has PostgreSQL's columns plus
 * what the autocommit step protocol records: `status` (running, failed,
 * finished, resolved-applied, resolved-rolled-back), `statements_done`,
 * `statement_checksums` and `failed_statement`. All values are bound.
 */
import type { SqlStatement, StepLogSql, StepProgress, VersionLogEntry, VersionTableRef, VersionTableSql } from "../dialect.js";
import { qualify } from "./quote.js";
import { questionMarkVersionRows } from "../version-rows-sql.js";

/** Characters a revision id may have (`version_num VARCHAR(32)`, as in Alembic's table). */
export const VERSION_NUM_LENGTH = 32;
const LOG_SUFFIX = "_log";

export function logTableName(ref: VersionTableRef): string {
  return `${ref.table}${LOG_SUFFIX}`;
}

function versionTable(ref: VersionTableRef): string {
  return qualify(ref.table, ref.schema);
}

function logTable(ref: VersionTableRef): string {
  return qualify(logTableName(ref), ref.schema);
}

const TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
const LOG_COLUMNS = "revision, direction, started_at, duration_ms, checksum, host, applied_by, status, statements_done, statement_checksums";

function schemaStatements(ref: VersionTableRef): SqlStatement[] {
  return ref.schema ? [{ sql: `CREATE DATABASE IF NOT EXISTS ${qualify(ref.schema)} CHARACTER SET utf8mb4` }] : [];
}

function checksumText(p: StepProgress): string {
  return p.checksums.join(" ");
}

/** `started_at` and the values of one log row; no start time (offline scripts): the server's clock. */
function logValues(entry: VersionLogEntry, status: string, progress: StepProgress): { sql: string; params: unknown[] } {
  const started = entry.startedAt === null ? "UTC_TIMESTAMP(6)" : "?";
  const params: unknown[] = [entry.revision, entry.direction];
  if (entry.startedAt !== null) params.push(entry.startedAt);
  params.push(entry.durationMs === null ? 0 : Math.round(entry.durationMs), entry.checksum, entry.host, status, progress.statementsDone, checksumText(progress));
  return { sql: `(?, ?, ${started}, ?, ?, ?, CURRENT_USER(), ?, ?, ?)`, params };
}

function insertRow(ref: VersionTableRef, entry: VersionLogEntry, status: string, progress: StepProgress): SqlStatement {
  const v = logValues(entry, status, progress);
  return { sql: `INSERT INTO ${logTable(ref)} (${LOG_COLUMNS}) VALUES ${v.sql}`, params: v.params };
}

const NONE: StepProgress = { statementsDone: 0, checksums: [] };

export const mysqlStepLogSql: StepLogSql = {
  insertRunning: (ref, entry, progress) => insertRow(ref, entry, "running", progress),
  lastInsertId: () => ({ sql: "SELECT LAST_INSERT_ID() AS id" }),
  updateProgress: (ref, id, p) => ({
    sql: `UPDATE ${logTable(ref)} SET statements_done = ?, statement_checksums = ? WHERE id = ?`,
    params: [p.statementsDone, checksumText(p), id],
  }),
  markFailed: (ref, id, p, failedStatement) => ({
    sql: `UPDATE ${logTable(ref)} SET status = 'failed', statements_done = ?, statement_checksums = ?, failed_statement = ? WHERE id = ?`,
    params: [p.statementsDone, checksumText(p), failedStatement, id],
  }),
  markRunning: (ref, id) => ({
    sql: `UPDATE ${logTable(ref)} SET status = 'running', failed_statement = NULL WHERE id = ?`,
    params: [id],
  }),
  markFinished: (ref, id, p, durationMs, checksum) => ({
    sql: `UPDATE ${logTable(ref)} SET status = 'finished', statements_done = ?, statement_checksums = ?, duration_ms = ?, checksum = ? WHERE id = ?`,
    params: [p.statementsDone, checksumText(p), Math.round(durationMs), checksum, id],
  }),
  insertFinished: (ref, entry, progress) => insertRow(ref, entry, "finished", progress),
  insertResolution: (ref, entry, status) => insertRow(ref, entry, status, NONE),
  selectUnfinished: (ref) => ({
    sql:
      "SELECT l.id, l.revision, l.direction, l.status, l.statements_done AS statementsDone, l.statement_checksums AS checksums, " +
      `l.failed_statement AS failedStatement, l.started_at AS startedAt, l.host FROM ${logTable(ref)} l ` +
      // rows that did not finish (rare), unless a later row of the same revision settled it (the (revision, id) key)
      `WHERE l.status IN ('running', 'failed') AND NOT EXISTS (SELECT 1 FROM ${logTable(ref)} m WHERE m.revision = l.revision AND m.id > l.id) ORDER BY l.id`,
  }),
  logTableExists: (ref) => ({
    sql: "SELECT COUNT(*) AS `exists` FROM information_schema.tables WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ?",
    params: [ref.schema ?? null, logTableName(ref)],
  }),
};

export const mysqlVersionTableSql: VersionTableSql = {
  derivedSuffixes: [LOG_SUFFIX],
  createVersionTable(ref) {
    return [
      ...schemaStatements(ref),
      {
        sql:
          `CREATE TABLE IF NOT EXISTS ${versionTable(ref)} (\n` +
          `    version_num VARCHAR(${VERSION_NUM_LENGTH}) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY\n) ${TABLE_OPTIONS}`,
      },
    ];
  },

  createLogTable(ref) {
    return [
      {
        sql:
          `CREATE TABLE IF NOT EXISTS ${logTable(ref)} (\n` +
          "    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n" +
          `    revision VARCHAR(${VERSION_NUM_LENGTH}) NOT NULL,\n` +
          "    direction VARCHAR(16) NOT NULL,\n" +
          "    started_at DATETIME(6) NOT NULL,\n" +
          "    duration_ms INT NOT NULL,\n" +
          "    checksum VARCHAR(128) NULL,\n" +
          "    host VARCHAR(255) NULL,\n" +
          "    applied_by VARCHAR(384) NOT NULL,\n" +
          "    status VARCHAR(32) NOT NULL DEFAULT 'finished',\n" +
          "    statements_done INT NOT NULL DEFAULT 0,\n" +
          "    statement_checksums MEDIUMTEXT NULL,\n" +
          "    failed_statement MEDIUMTEXT NULL,\n" +
          "    KEY revision_id (revision, id)\n" +
          `) ${TABLE_OPTIONS}`,
      },
    ];
  },

  versionTableExists(ref) {
    return {
      sql: "SELECT COUNT(*) AS `exists` FROM information_schema.tables WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ?",
      params: [ref.schema ?? null, ref.table],
    };
  },

  ...questionMarkVersionRows(versionTable),

  insertLog(ref, entry) {
    return insertRow(ref, entry, "finished", NONE);
  },

  selectLatestLogs(ref) {
    return {
      sql:
        "SELECT l.revision, l.direction, l.started_at AS startedAt, l.duration_ms AS durationMs, l.checksum, l.host, l.applied_by AS appliedBy, l.status " +
        `FROM ${logTable(ref)} l WHERE l.id IN (SELECT MAX(m.id) FROM ${logTable(ref)} m GROUP BY m.revision) ORDER BY l.revision`,
    };
  },

  stepLog: mysqlStepLogSql,
};
