/**
 * The MySQL/MariaDB dialect's SQL rendering: operations to statements (with
 * `?` placeholders, mysql2 style), values to literals. Loaded on demand
 * through the dialect's `renderer()`. What the server's version decides
 * (RENAME COLUMN or CHANGE, MariaDB's IF [NOT] EXISTS) comes from the
 * options; unknown, the renderer writes for a modern MySQL 8.
 */
import type { DialectRenderer, SqlLexer, SqlStatement } from "../dialect.js";
/** What the renderer needs to know about the server. */
export interface MysqlRendererOptions {
    /** The server's version, major * 10000 + minor * 100 + patch: 80036 for MySQL 8.0.36, 101106 for MariaDB 10.11.6. */
    readonly serverVersion?: number | undefined;
    /** Reads `op.execute` SQL (transaction control is refused); default: the default dialect's. */
    readonly sqlLexer?: SqlLexer | undefined;
}
/** A statement with its `?` placeholders replaced by escaped literals (offline scripts). */
export declare function inline(stmt: SqlStatement): string;
export declare function createMysqlRenderer(options?: MysqlRendererOptions): DialectRenderer;
export declare const mysqlRenderer: DialectRenderer;
export { bindValue, plainString, quoteString, renderLiteral, renderValueOrSql } from "./literal.js";
export { renderColumnType } from "./render-type.js";
