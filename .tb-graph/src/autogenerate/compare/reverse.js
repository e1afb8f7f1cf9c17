import { reverseOperation } from "../../operations/reverse.js";
import { sql } from "../../schema/sql-expression.js";
import { needsUsing, quoteIdent, typeSql } from "./compare.js";
export function downgradeOf(upgrade) {
    const operations = [];
    const irreversible = [];
    for (let i = upgrade.length - 1; i >= 0; i--) {
        const r = reverseOperation(upgrade[i]);
        if (!r.ok) {
            irreversible.push(r.reason);
            continue;
        }
        let op = r.op;
        if (op.kind === "alterColumn" && op.type !== undefined && op.existingType !== undefined && op.using === undefined) {
            if (needsUsing(op.existingType, op.type))
                op = { ...op, using: sql(`${quoteIdent(op.column)}::${typeSql(op.type)}`) };
        }
        if (op.kind === "alterColumn" && op.using !== undefined && op.type === undefined) {
            const { using: _u, ...rest } = op;
            op = rest;
        }
        operations.push(op);
    }
    return { operations, irreversible };
}
