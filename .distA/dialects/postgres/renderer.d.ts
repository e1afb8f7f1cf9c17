/**
 * The PostgreSQL dialect's SQL rendering: operations to statements, values to
 * literals. Loaded on demand through `postgresDialect.renderer()`, so that
 * commands that only read the version table don't load it.
 */
import type { DialectRenderer } from "../dialect.js";
export declare const postgresRenderer: DialectRenderer;
export { inline } from "./inline.js";
export { quoteString, renderLiteral, renderValueOrSql } from "./literal.js";
export { renderOperation } from "./render-operation.js";
export { renderColumnType } from "./render-type.js";
