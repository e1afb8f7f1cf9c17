import { quoteString } from "./literal.js";
import { qualify } from "./quote.js";
export function renderCreateEnum(op) {
    return [{ sql: `CREATE TYPE ${qualify(op.name, op.schema)} AS ENUM (${op.values.map(quoteString).join(", ")})` }];
}
export function renderDropEnum(op) {
    return [{ sql: `DROP TYPE ${op.ifExists ? "IF EXISTS " : ""}${qualify(op.name, op.schema)}${op.cascade ? " CASCADE" : ""}` }];
}
export function renderAddEnumValue(op) {
    let sql = `ALTER TYPE ${qualify(op.name, op.schema)} ADD VALUE ${op.ifNotExists ? "IF NOT EXISTS " : ""}${quoteString(op.value)}`;
    if (op.before !== undefined)
        sql += ` BEFORE ${quoteString(op.before)}`;
    if (op.after !== undefined)
        sql += ` AFTER ${quoteString(op.after)}`;
    return [{ sql }];
}
export function renderRenameEnumValue(op) {
    return [{ sql: `ALTER TYPE ${qualify(op.name, op.schema)} RENAME VALUE ${quoteString(op.from)} TO ${quoteString(op.to)}` }];
}
