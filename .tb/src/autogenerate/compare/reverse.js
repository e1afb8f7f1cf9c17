import { reverseOperation } from "../../operations/reverse.js";
import { sql } from "../../schema/sql-expression.js";
/** The inverse of `upgrade`; `cmp` writes the conversions a reversed type change needs. */
export function downgradeOf(upgrade, cmp) {
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
            if (cmp.needsConversion(op.existingType, op.type))
                op = { ...op, using: sql(cmp.conversionExpression(op.column, op.type)) };
        }
        if (op.kind === "alterColumn" && op.using !== undefined && op.type === undefined) {
            const { using: _u, ...rest } = op;
            op = rest;
        }
        operations.push(op);
    }
    return { operations, irreversible };
}
