/**
 * The refusal a dialect gives for an operation or a column type it cannot
 * do: one line naming the operation, the dialect and the alternative, e.g.
 * `add column app.users.ip: type t.inet() is not supported on sqlite; use t.varchar(45)`.
 * Raised while rendering, so an online run and an offline `--sql` script
 * refuse the same revision, before anything is sent.
 */
import { AthanorError } from "../errors.js";
import { describeOperation } from "../operations/classify.js";
import { isPortableType, portableAlternative } from "../schema/portable-type.js";
import { tsColumnType } from "../schema/render-ts.js";
export function unsupportedMessage(u) {
    return `${u.operation} is not supported on ${u.dialect}; ${u.alternative}`;
}
export function unsupportedError(u) {
    return new AthanorError("DIALECT.UNSUPPORTED", unsupportedMessage(u));
}
/** Every type: PostgreSQL. */
export const allTypes = () => null;
/**
 * Only the portable vocabulary (a dialect with no types of its own beyond
 * it), plus `t.sql()` text, which is passed as written: its author wrote it
 * for this database. A raw type a dialect namespace built (`pg.cidr()`) is refused.
 */
export const portableTypesOnly = (type) => isPortableType(type) || (type.kind === "raw" && type.dialect === undefined) ? null : portableAlternative(type);
/** The column types an operation stores, with the column each is for. */
export function columnTypesOf(op) {
    switch (op.kind) {
        case "createTable":
            return op.columns.map((c) => ({ column: c.name, type: c.type }));
        case "addColumn":
            return [{ column: op.column.name, type: op.column.type }];
        case "alterColumn":
            return op.type === undefined ? [] : [{ column: op.column, type: op.type }];
        default:
            return [];
    }
}
/** Throws DIALECT.UNSUPPORTED for the first column type of `op` that `support` refuses. */
export function refuseUnsupportedTypes(op, dialect, support) {
    for (const { column, type } of columnTypesOf(op)) {
        const alternative = support(type);
        if (alternative === null)
            continue;
        const where = op.kind === "createTable" ? `${describeOperation(op)}, column ${column}` : describeOperation(op);
        throw unsupportedError({ operation: `${where}: type ${tsColumnType(type)}`, dialect, alternative: `use ${alternative}` });
    }
}
