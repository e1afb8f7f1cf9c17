import { tsBool, tsColumnType, tsNullableString, tsOptions, tsOptString, tsSqlText, tsString, tsValue, } from "../schema/render-ts.js";
import { isSqlExpression } from "../schema/sql-expression.js";
import { assertName, assertSqlText, validateColumnType } from "../schema/validate.js";
import { describeInvalidValue } from "../schema/value-check.js";
import { compact, irreversible, label, operationError, reversed, tsCall } from "./common.js";
export function alterColumnOp(table, column, changes) {
    const { schema, ...rest } = changes;
    return compact({ kind: "alterColumn", table, schema, column, ...rest });
}
export function alterColumnHasChanges(op) {
    return (op.type !== undefined ||
        op.nullable !== undefined ||
        op.default !== undefined ||
        op.newName !== undefined ||
        op.comment !== undefined);
}
export function validateAlterColumn(op) {
    assertName(op.table, "alterColumn: table name");
    assertName(op.column, "alterColumn: column name");
    const where = `alterColumn ${label(op.table, op.schema)}.${op.column}`;
    if (!alterColumnHasChanges(op))
        throw operationError(`${where}: nothing to change (give type, nullable, default, newName or comment)`);
    if (op.type !== undefined)
        validateColumnType(op.type, where);
    if (op.existingType !== undefined)
        validateColumnType(op.existingType, `${where} (existingType)`);
    if (op.using !== undefined) {
        if (op.type === undefined)
            throw operationError(`${where}: using needs a new type`);
        assertSqlText(op.using, `${where}: using`);
    }
    if (op.newName !== undefined)
        assertName(op.newName, `${where}: newName`);
    for (const [key, value] of [
        ["default", op.default],
        ["existingDefault", op.existingDefault],
    ]) {
        if (value === undefined || value === null)
            continue;
        if (isSqlExpression(value))
            continue;
        const bad = describeInvalidValue(value);
        if (bad)
            throw operationError(`${where}: ${key} ${bad}`);
    }
}
export function reverseAlterColumn(op) {
    const where = `alterColumn ${label(op.table, op.schema)}.${op.column}`;
    if (op.type !== undefined && op.existingType === undefined)
        return irreversible(`${where} changes the type without existingType`);
    if (op.default !== undefined && op.existingDefault === undefined)
        return irreversible(`${where} changes the default without existingDefault (use null when there was none)`);
    if (op.comment !== undefined && op.existingComment === undefined)
        return irreversible(`${where} changes the comment without existingComment (use null when there was none)`);
    const name = op.newName ?? op.column;
    return reversed(compact({
        kind: "alterColumn",
        table: op.table,
        schema: op.schema,
        column: name,
        type: op.type === undefined ? undefined : op.existingType,
        // Setting NOT NULL is undone by dropping it, and the reverse.
        nullable: op.nullable === undefined ? undefined : (op.existingNullable ?? !op.nullable),
        default: op.default === undefined ? undefined : op.existingDefault,
        newName: op.newName === undefined ? undefined : op.column,
        comment: op.comment === undefined ? undefined : op.existingComment,
        existingType: op.type ?? op.existingType,
        existingNullable: op.nullable ?? op.existingNullable,
        existingDefault: op.default === undefined ? op.existingDefault : op.default,
        existingComment: op.comment === undefined ? op.existingComment : op.comment,
        mysql: op.mysql,
    }));
}
function tsDefault(value) {
    return value === undefined ? undefined : tsValue(value);
}
export function renderAlterColumnTs(op) {
    return tsCall("alterColumn", [tsString(op.table), tsString(op.column)], [
        ["schema", tsOptString(op.schema)],
        ["type", op.type === undefined ? undefined : tsColumnType(op.type)],
        ["using", op.using === undefined ? undefined : tsSqlText(op.using)],
        ["nullable", tsBool(op.nullable)],
        ["default", tsDefault(op.default)],
        ["newName", tsOptString(op.newName)],
        ["comment", tsNullableString(op.comment)],
        ["existingType", op.existingType === undefined ? undefined : tsColumnType(op.existingType)],
        ["existingNullable", tsBool(op.existingNullable)],
        ["existingDefault", tsDefault(op.existingDefault)],
        ["existingComment", tsNullableString(op.existingComment)],
        ["mysql", tsOptions(op.mysql)],
    ]);
}
