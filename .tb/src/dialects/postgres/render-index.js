import { isIndexExpression } from "../../schema/indexes.js";
import { isSqlExpression, sqlTextOf } from "../../schema/sql-expression.js";
import { catalogName, qualify, quoteIdentifier, quoteList } from "./quote.js";
import { splitIndexElement } from "./index-element.js";
/** The key itself: a column or function call as written, anything else in parentheses. */
function renderKey(text, kind) {
    return kind === "expression" ? `(${text})` : text;
}
function renderKeyOptions(o) {
    let out = "";
    if (o.collation)
        out += ` COLLATE ${catalogName(o.collation)}`;
    if (o.opclass)
        out += ` ${catalogName(o.opclass)}`;
    if (o.order)
        out += ` ${o.order.toUpperCase()}`;
    if (o.nulls)
        out += ` NULLS ${o.nulls.toUpperCase()}`;
    return out;
}
/** Options given as names; a key written as SQL keeps its own option text. */
function renderSqlKey(text, extra) {
    const split = splitIndexElement(text);
    const own = text.trim().slice(split.key.length);
    return `${renderKey(split.key, split.kind)}${own}${renderKeyOptions(extra)}`;
}
function renderIndexElement(element) {
    if (typeof element === "string")
        return quoteIdentifier(element);
    if (isSqlExpression(element))
        return renderSqlKey(element.sql, {});
    if (isIndexExpression(element))
        return renderSqlKey(sqlTextOf(element.expression), element);
    return `${quoteIdentifier(element.column)}${renderKeyOptions(element)}`;
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
