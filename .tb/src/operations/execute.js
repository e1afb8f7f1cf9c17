import { tsArray, tsString, tsValue } from "../schema/render-ts.js";
import { describeInvalidValue } from "../schema/value-check.js";
import { irreversible, operationError, tsCall } from "./common.js";
import { assertNoTransactionControl } from "./transaction-control.js";
export function executeOp(sql, params) {
    return params === undefined || params.length === 0 ? { kind: "execute", sql } : { kind: "execute", sql, params };
}
/** Checks an execute op; its SQL is read by `lexer` (default: the default dialect's, see assertNoTransactionControl). */
export function validateExecute(op, lexer) {
    if (typeof op.sql !== "string" || op.sql.trim() === "")
        throw operationError("execute: SQL must be a non-empty string");
    assertNoTransactionControl(op.sql, undefined, lexer);
    op.params?.forEach((p, i) => {
        const bad = describeInvalidValue(p);
        if (bad)
            throw operationError(`execute: parameter $${i + 1} ${bad}`);
    });
}
export function reverseExecute(_op) {
    return irreversible("execute runs arbitrary SQL; write the downgrade by hand");
}
/** A template literal for multi-line SQL when that is exact, else a JSON string. */
export function tsSql(sql) {
    if (sql.includes("\n") && !/[`\\]|\$\{/.test(sql))
        return `\`${sql}\``;
    return tsString(sql);
}
export function renderExecuteTs(op) {
    const args = [tsSql(op.sql)];
    if (op.params && op.params.length > 0)
        args.push(tsArray(op.params.map(tsValue)));
    return tsCall("execute", args);
}
