import { qualify, quoteIdentifier, quoteList } from "./quote.js";
import { checkClause, constraintName, foreignKeyClause, uniqueClause } from "./render-clauses.js";
import { columnCommentStatement, commentLiteral, renderColumnDefinition } from "./render-column.js";
import { renderIndexStatement } from "./render-index.js";
/** `CREATE TABLE` with inline columns and table constraints, then its indexes and comments. */
export function renderCreateTable(op) {
    const table = qualify(op.table, op.schema);
    const flagged = op.columns.filter((c) => c.primaryKey).map((c) => c.name);
    const pkColumns = op.primaryKey?.columns ?? flagged;
    const inlinePk = op.primaryKey === undefined && flagged.length === 1;
    const pkSet = new Set(pkColumns);
    const lines = op.columns.map((c) => renderColumnDefinition(c, { inlinePrimaryKey: inlinePk && c.primaryKey === true, inPrimaryKey: pkSet.has(c.name) }));
    if (!inlinePk && pkColumns.length > 0)
        lines.push(`${constraintName(op.primaryKey?.name)}PRIMARY KEY (${quoteList(pkColumns)})`);
    for (const u of op.uniques ?? [])
        lines.push(uniqueClause(u));
    for (const fk of op.foreignKeys ?? [])
        lines.push(foreignKeyClause(fk));
    for (const ck of op.checks ?? [])
        lines.push(checkClause(ck.name, ck.expression));
    const ine = op.ifNotExists ? "IF NOT EXISTS " : "";
    const out = [{ sql: `CREATE TABLE ${ine}${table} (\n${lines.map((l) => `    ${l}`).join(",\n")}\n)` }];
    for (const index of op.indexes ?? [])
        out.push(renderIndexStatement({ ...index, table: op.table, schema: op.schema, ifNotExists: op.ifNotExists }));
    if (op.comment !== undefined)
        out.push({ sql: `COMMENT ON TABLE ${table} IS ${commentLiteral(op.comment)}` });
    for (const c of op.columns)
        if (c.comment !== undefined)
            out.push(columnCommentStatement(op.table, op.schema, c.name, c.comment));
    return out;
}
export function renderDropTable(op) {
    return [{ sql: `DROP TABLE ${op.ifExists ? "IF EXISTS " : ""}${qualify(op.table, op.schema)}${op.cascade ? " CASCADE" : ""}` }];
}
export function renderRenameTable(op) {
    return [{ sql: `ALTER TABLE ${qualify(op.table, op.schema)} RENAME TO ${quoteIdentifier(op.newName)}` }];
}
export function renderSetTableComment(op) {
    return [{ sql: `COMMENT ON TABLE ${qualify(op.table, op.schema)} IS ${commentLiteral(op.comment)}` }];
}
