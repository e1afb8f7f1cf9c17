/**
 * The MySQL/MariaDB dialect's SQL rendering: operations to statements (with
 * `?` placeholders, mysql2 style), values to literals. Loaded on demand
 * through the dialect's `renderer()`.
 */
import type { DialectRenderer, SqlStatement } from "../dialect.js";
import { AthanorError } from "../../errors.js";
import type { Operation } from "../../operations/operation.js";
import { renderLiteral } from "./literal.js";

/** What the renderer needs to know about the server. */
export interface MysqlRendererOptions {
  /** The server's version as a number, e.g. 80036 for MySQL 8.0.36 or 101106 for MariaDB 10.11.6; unknown: a modern server. */
  readonly serverVersion?: number;
  /** MariaDB rather than MySQL (they differ in which versions have RENAME COLUMN, and more). */
  readonly mariadb?: boolean;
}

export function createMysqlRenderer(_options: MysqlRendererOptions = {}): DialectRenderer {
  return {
    renderOperation(op: Operation): SqlStatement[] {
      throw new AthanorError("DIALECT.UNSUPPORTED", `${op.kind} is not rendered for mysql yet`);
    },
    renderLiteral,
    inline(stmt: SqlStatement): string {
      return stmt.sql;
    },
  };
}

export const mysqlRenderer: DialectRenderer = createMysqlRenderer();

export { quoteString, renderLiteral, renderValueOrSql } from "./literal.js";
