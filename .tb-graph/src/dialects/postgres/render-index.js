import { isSqlExpression, sqlTextOf } from "../../schema/sql-expression.js";
import { catalogName, qualify, quoteIdentifier, quoteList } from "./quote.js";
import { isFunctionCall } from "./render-clauses.js";
function renderIndexElement(element) {
    if (typeof element === "string")
        return quoteIdentifier(element);
    if (isSqlExpression(element)) {
        const text = element.sql.trim();
        return isFunctionCall(text) ? text : `(${text})`;
    }
    let out = quoteIdentifier(element.column);
    if (element.opclass)
        out += ` ${catalogName(element.opclass)}`;
    if (element.order)
        out += ` ${element.order.toUpperCase()}`;
    if (element.nulls)
        out += ` NULLS ${element.nulls.toUpperCase()}`;
    return out;
}
export function renderIndexStatement(index) {
    let sql = `CREATE ${index.unique ? "UNIQUE " : ""}INDEX ${index.concurrently ? "CONCURRENTLY " : ""}${index.ifNotExists ? "IF NOT EXISTS " : ""}`;
    sql += `${quoteIdentifier(index.name)} ON ${qualify(index.table, index.schema)}`;
    if (index.method)
        sql += ` USING ${catalogName(index.method)}`;
    sql += ` (${index.columns.map(renderIndexElement).join(", ")})`;
    if (index.include && index.include.length > 0)
        sql += ` INCLUDE (${quoteList(index.include)})`;
    if (index.nullsNotDistinct)
        sql += " NULLS NOT DISTINCT";
    if (index.where !== undefined)
        sql += ` WHERE ${sqlTextOf(index.where).trim()}`;
    return { sql };
}
export function renderCreateIndex(op) {
    return [renderIndexStatement(op)];
}
export function renderDropIndex(op) {
    const concurrently = op.concurrently ? "CONCURRENTLY " : "";
    const ie = op.ifExists ? "IF EXISTS " : "";
    return [{ sql: `DROP INDEX ${concurrently}${ie}${qualify(op.name, op.schema)}${op.cascade ? " CASCADE" : ""}` }];
}
