/**
 * SQL for the version table (one row per current head) and the log table
 * `<table>_log` on MySQL and MariaDB: inline primary keys (servers with
 * `sql_require_primary_key` accept them), InnoDB, utf8mb4, revision ids
 * compared byte for byte (utf8mb4_bin). The log has PostgreSQL's columns plus
 * what the autocommit step protocol records: `status` (running, failed,
 * finished, resolved-applied, resolved-rolled-back), `statements_done`,
 * `statement_checksums` and `failed_statement`. All values are bound.
 */
import type { StepLogSql, VersionTableRef, VersionTableSql } from "../dialect.js";
/** Characters a revision id may have (`version_num VARCHAR(32)`, as in Alembic's table). */
export declare const VERSION_NUM_LENGTH = 32;
export declare function logTableName(ref: VersionTableRef): string;
export declare const mysqlStepLogSql: StepLogSql;
export declare const mysqlVersionTableSql: VersionTableSql;
