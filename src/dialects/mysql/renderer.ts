/**
 * The MySQL/MariaDB dialect's SQL rendering: operations to statements (with
 * `?` placeholders, mysql2 style), values to literals. Loaded on demand
 * through the dialect's `renderer()`. What the server's version decides
 * (RENAME COLUMN or CHANGE, MariaDB's IF [NOT] EXISTS) comes from the
 * options; unknown, the renderer writes for a modern MySQL 8.
 */
import type { DialectRenderer, SchemaReader, SqlLexer, SqlStatement } from "../dialect.js";
import type { Operation } from "../../operations/operation.js";
import { renderLiteral } from "./literal.js";
import { inlinePositional } from "./placeholders.js";
import { renderOperation } from "./render-operation.js";
import { MysqlRenderSession } from "./render-session.js";
import { scriptStatement } from "./script-statement.js";
import { mysqlTypeSupport } from "./type-support.js";

/** What the renderer needs to know about the server. */
export interface MysqlRendererOptions {
  /** The server's version, major * 10000 + minor * 100 + patch: 80036 for MySQL 8.0.36, 101106 for MariaDB 10.11.6. */
  readonly serverVersion?: number | undefined;
  /** Reads `op.execute` SQL (transaction control is refused); default: the default dialect's. */
  readonly sqlLexer?: SqlLexer | undefined;
}

/**
 * A statement with its `?` placeholders replaced by escaped literals, as the
 * mysql client reads it in an offline script (a stored program's body
 * between DELIMITER commands).
 */
export function inline(stmt: SqlStatement): string {
  const params = stmt.params ?? [];
  return scriptStatement(params.length === 0 ? stmt.sql : inlinePositional(stmt.sql, params, renderLiteral));
}

export function createMysqlRenderer(options: MysqlRendererOptions = {}): DialectRenderer {
  const server = { version: options.serverVersion };
  // MariaDB's versions start at 10.0 (100000); MySQL's at 5.x, 8.x, 9.x
  const mariadb = (options.serverVersion ?? 0) >= 100000;
  const renderer: DialectRenderer = {
    renderOperation: (op: Operation) => renderOperation(op, server, options.sqlLexer),
    renderLiteral,
    inline,
    supportsType: mysqlTypeSupport,
    // online, op.alterColumn takes what it leaves out of the column's definition from the live column; a key drop
    // that a foreign key needs is handled online from the catalog, offline from what the script created
    session: (reader: SchemaReader | null) => new MysqlRenderSession(renderer, reader, server, mariadb),
  };
  return renderer;
}

export const mysqlRenderer: DialectRenderer = createMysqlRenderer();

export { bindValue, plainString, quoteString, renderLiteral, renderValueOrSql } from "./literal.js";
export { renderColumnType } from "./render-type.js";
