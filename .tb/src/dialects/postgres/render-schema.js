import { quoteIdentifier } from "./quote.js";
export function renderCreateSchema(op) {
    return [{ sql: `CREATE SCHEMA ${op.ifNotExists ? "IF NOT EXISTS " : ""}${quoteIdentifier(op.name)}` }];
}
export function renderDropSchema(op) {
    return [{ sql: `DROP SCHEMA ${op.ifExists ? "IF EXISTS " : ""}${quoteIdentifier(op.name)}${op.cascade ? " CASCADE" : ""}` }];
}
