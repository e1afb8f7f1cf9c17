import { tsArray, tsObject, tsOptString, tsString, tsValue } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { isPlainObject } from "../schema/value.js";
import { describeInvalidValue } from "../schema/value-check.js";
import { compact, irreversible, label, operationError, tsCall } from "./common.js";
export function bulkInsertOp(table, rows, options) {
    return compact({ kind: "bulkInsert", table, schema: options?.schema, rows });
}
/** Column names in first-seen order across all rows. */
export function bulkInsertColumns(rows) {
    const seen = new Set();
    for (const row of rows)
        for (const [k, v] of Object.entries(row))
            if (v !== undefined)
                seen.add(k);
    return [...seen];
}
export function validateBulkInsert(op) {
    assertName(op.table, "bulkInsert: table name");
    if (!Array.isArray(op.rows))
        throw operationError(`bulkInsert into "${op.table}": rows must be an array`);
    op.rows.forEach((row, i) => {
        if (!isPlainObject(row))
            throw operationError(`bulkInsert into "${op.table}": row ${i + 1} must be a plain object`);
        for (const [k, v] of Object.entries(row)) {
            assertName(k, `bulkInsert into "${op.table}": column name`);
            if (v === undefined)
                continue;
            const bad = describeInvalidValue(v, true);
            if (bad)
                throw operationError(`bulkInsert into "${op.table}": row ${i + 1}, column "${k}" ${bad}`);
        }
    });
    if (op.rows.length > 0 && bulkInsertColumns(op.rows).length === 0)
        throw operationError(`bulkInsert into "${op.table}": rows have no columns`);
}
export function reverseBulkInsert(op) {
    return irreversible(`bulkInsert into ${label(op.table, op.schema)}: inserted rows cannot be identified for deletion`);
}
export function renderBulkInsertTs(op) {
    const rows = op.rows.map((row) => tsObject(Object.entries(row).map(([k, v]) => [k, v === undefined ? undefined : tsValue(v)])));
    return tsCall("bulkInsert", [tsString(op.table), tsArray(rows)], [["schema", tsOptString(op.schema)]]);
}
