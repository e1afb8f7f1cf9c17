/**
 * The SQLite dialect's SQL rendering: operations to statements (`?`
 * placeholders), values to literals. Loaded on demand through the dialect's
 * `renderer()`. Most changes to a table are rebuilds that need the table's
 * current definition: the runtime renders through `session()` (online it
 * reads the live schema; offline it remembers the script's earlier
 * operations). `renderOperation` alone knows no table: it renders what needs
 * no definition and refuses a rebuild.
 */
import type { Operation } from "../../operations/operation.js";
import type { DialectRenderer, SchemaReader, SqlStatement } from "../dialect.js";
import { foreignKeyGuard } from "./foreign-key-guard.js";
import { inline } from "./inline.js";
import { renderLiteral } from "./literal.js";
import { SqliteRenderSession } from "./render-session.js";
import { sqliteTypeSupport } from "./render-type.js";
import { sqliteSqlLexer } from "./sql-lexer.js";

export function renderOperation(op: Operation): SqlStatement[] {
  return new SqliteRenderSession(null, sqliteSqlLexer).renderOffline(op);
}

export const sqliteRenderer: DialectRenderer = {
  renderOperation,
  renderLiteral,
  inline,
  supportsType: sqliteTypeSupport,
  session: (reader: SchemaReader | null) => new SqliteRenderSession(reader, sqliteSqlLexer),
  transactionGuard: foreignKeyGuard,
};

export { inline } from "./inline.js";
export { quoteString, renderLiteral, renderValueOrSql } from "./literal.js";
export { renderColumnType } from "./render-type.js";
