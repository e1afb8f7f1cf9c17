import { renderLiteral } from "./literal.js";
import { inlinePositional } from "./placeholders.js";
import { renderOperation } from "./render-operation.js";
import { mysqlTypeSupport } from "./type-support.js";
/** A statement with its `?` placeholders replaced by escaped literals (offline scripts). */
export function inline(stmt) {
    const params = stmt.params ?? [];
    if (params.length === 0)
        return stmt.sql;
    return inlinePositional(stmt.sql, params, renderLiteral);
}
export function createMysqlRenderer(options = {}) {
    const server = { version: options.serverVersion };
    return {
        renderOperation: (op) => renderOperation(op, server, options.sqlLexer),
        renderLiteral,
        inline,
        supportsType: mysqlTypeSupport,
    };
}
export const mysqlRenderer = createMysqlRenderer();
export { bindValue, plainString, quoteString, renderLiteral, renderValueOrSql } from "./literal.js";
export { renderColumnType } from "./render-type.js";
