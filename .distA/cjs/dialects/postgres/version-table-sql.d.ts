/**
 * SQL for the version table (one row per current head, Alembic-compatible
 * shape) and the append-only `<table>_log` table. All values are bound.
 */
import type { VersionTableRef, VersionTableSql } from "../dialect.js";
import { VERSION_NUM_LENGTH } from "../version-num-length.js";
export { VERSION_NUM_LENGTH };
export declare const LOG_PRIMARY_KEY_SUFFIX = "_log_pkey";
/** The longest `versionTable` whose derived names (`<table>_log_pkey`) still fit PostgreSQL's identifier limit. */
export declare const MAX_VERSION_TABLE_NAME_BYTES: number;
export declare function logTableName(ref: VersionTableRef): string;
export declare const postgresVersionTableSql: VersionTableSql;
