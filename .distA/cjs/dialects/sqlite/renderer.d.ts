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
import type { DialectRenderer, SqlStatement } from "../dialect.js";
export declare function renderOperation(op: Operation): SqlStatement[];
export declare const sqliteRenderer: DialectRenderer;
export { inline } from "./inline.js";
export { quoteString, renderLiteral, renderValueOrSql } from "./literal.js";
export { renderColumnType } from "./render-type.js";
