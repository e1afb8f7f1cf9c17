/**
 * The SQLite dialect's SQL rendering: operations to statements (`?`
 * placeholders), values to literals. Loaded on demand through the dialect's
 * `renderer()`.
 */
import type { DialectRenderer } from "../dialect.js";
import { inline } from "./inline.js";
import { renderLiteral } from "./literal.js";
import { renderOperation } from "./render-operation.js";
import { sqliteTypeSupport } from "./render-type.js";

export const sqliteRenderer: DialectRenderer = { renderOperation, renderLiteral, inline, supportsType: sqliteTypeSupport };

export { inline } from "./inline.js";
export { quoteString, renderLiteral, renderValueOrSql } from "./literal.js";
export { renderOperation } from "./render-operation.js";
