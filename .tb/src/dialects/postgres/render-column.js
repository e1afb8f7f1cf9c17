import { identityOptions, isNullable } from "../../schema/column.js";
import { sqlTextOf } from "../../schema/sql-expression.js";
import { renderLiteral } from "./literal.js";
import { qualify, quoteIdentifier } from "./quote.js";
import { columnReferenceClause, renderDefault } from "./render-clauses.js";
import { renderColumnType } from "./render-type.js";
function identityClause(column) {
    if (column.identity === undefined)
        return "";
    const id = identityOptions(column.identity);
    const opts = [];
    if (id.start !== undefined)
        opts.push(`START WITH ${id.start}`);
    if (id.increment !== undefined)
        opts.push(`INCREMENT BY ${id.increment}`);
    const gen = id.generation === "always" ? "ALWAYS" : "BY DEFAULT";
    return ` GENERATED ${gen} AS IDENTITY${opts.length > 0 ? ` (${opts.join(" ")})` : ""}`;
}
/** ` GENERATED ALWAYS AS (price * qty) STORED` */
function generatedClause(column) {
    if (column.generated === undefined)
        return "";
    const kind = column.generated.stored === false ? "VIRTUAL" : "STORED";
    return ` GENERATED ALWAYS AS (${sqlTextOf(column.generated.expression).trim()}) ${kind}`;
}
/** `"email" VARCHAR(255) DEFAULT 'x' NOT NULL UNIQUE REFERENCES ...` */
export function renderColumnDefinition(column, options) {
    let out = `${quoteIdentifier(column.name)} ${renderColumnType(column.type)}${identityClause(column)}${generatedClause(column)}`;
    if (column.default !== undefined)
        out += ` DEFAULT ${renderDefault(column.default, column.type)}`;
    if (!isNullable(column, options.inPrimaryKey))
        out += " NOT NULL";
    if (options.inlinePrimaryKey)
        out += " PRIMARY KEY";
    if (column.unique)
        out += " UNIQUE";
    if (column.references)
        out += ` ${columnReferenceClause(column.references)}`;
    return out;
}
export function commentLiteral(comment) {
    return comment === null ? "NULL" : renderLiteral(comment);
}
export function columnCommentStatement(table, schema, column, comment) {
    return { sql: `COMMENT ON COLUMN ${qualify(table, schema)}.${quoteIdentifier(column)} IS ${commentLiteral(comment)}` };
}
export function renderAddColumn(op) {
    const ine = op.ifNotExists ? "IF NOT EXISTS " : "";
    const def = renderColumnDefinition(op.column, { inlinePrimaryKey: op.column.primaryKey === true, inPrimaryKey: false });
    const out = [{ sql: `ALTER TABLE ${qualify(op.table, op.schema)} ADD COLUMN ${ine}${def}` }];
    if (op.column.comment !== undefined)
        out.push(columnCommentStatement(op.table, op.schema, op.column.name, op.column.comment));
    return out;
}
export function renderDropColumn(op) {
    const ie = op.ifExists ? "IF EXISTS " : "";
    const cascade = op.cascade ? " CASCADE" : "";
    return [{ sql: `ALTER TABLE ${qualify(op.table, op.schema)} DROP COLUMN ${ie}${quoteIdentifier(op.column)}${cascade}` }];
}
/**
 * Type, nullability and default changes go in one `ALTER TABLE` (applied
 * together), then the rename, then the comment (on the new name).
 */
export function renderAlterColumn(op) {
    const table = qualify(op.table, op.schema);
    const col = quoteIdentifier(op.column);
    const actions = [];
    if (op.type !== undefined) {
        const using = op.using === undefined ? "" : ` USING ${sqlTextOf(op.using).trim()}`;
        actions.push(`ALTER COLUMN ${col} TYPE ${renderColumnType(op.type)}${using}`);
    }
    if (op.nullable !== undefined)
        actions.push(`ALTER COLUMN ${col} ${op.nullable ? "DROP" : "SET"} NOT NULL`);
    if (op.default !== undefined)
        actions.push(op.default === null
            ? `ALTER COLUMN ${col} DROP DEFAULT`
            : `ALTER COLUMN ${col} SET DEFAULT ${renderDefault(op.default, op.type ?? op.existingType)}`);
    const out = [];
    if (actions.length > 0)
        out.push({ sql: `ALTER TABLE ${table} ${actions.join(", ")}` });
    if (op.newName !== undefined && op.newName !== op.column)
        out.push({ sql: `ALTER TABLE ${table} RENAME COLUMN ${col} TO ${quoteIdentifier(op.newName)}` });
    if (op.comment !== undefined)
        out.push(columnCommentStatement(op.table, op.schema, op.newName ?? op.column, op.comment));
    return out;
}
export function renderSetColumnComment(op) {
    return [columnCommentStatement(op.table, op.schema, op.column, op.comment)];
}
