import { qualify, quoteIdentifier, quoteList } from "./quote.js";
import { checkClause, constraintName, foreignKeyClause, uniqueClause } from "./render-clauses.js";
function addConstraint(table, schema, clause) {
    return [{ sql: `ALTER TABLE ${qualify(table, schema)} ADD ${clause}` }];
}
export function renderCreatePrimaryKey(op) {
    return addConstraint(op.table, op.schema, `${constraintName(op.name)}PRIMARY KEY (${quoteList(op.columns)})`);
}
export function renderCreateUniqueConstraint(op) {
    return addConstraint(op.table, op.schema, uniqueClause(op));
}
export function renderCreateForeignKey(op) {
    return addConstraint(op.table, op.schema, `${foreignKeyClause(op)}${op.notValid ? " NOT VALID" : ""}`);
}
export function renderCreateCheckConstraint(op) {
    return addConstraint(op.table, op.schema, `${checkClause(op.name, op.expression)}${op.notValid ? " NOT VALID" : ""}`);
}
export function renderDropConstraint(op) {
    const ie = op.ifExists ? "IF EXISTS " : "";
    return [{ sql: `ALTER TABLE ${qualify(op.table, op.schema)} DROP CONSTRAINT ${ie}${quoteIdentifier(op.name)}${op.cascade ? " CASCADE" : ""}` }];
}
