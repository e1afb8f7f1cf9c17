/**
 * The refusal a dialect gives for an operation or a column type it cannot
 * do: one line naming the operation, the dialect and the alternative, e.g.
 * `add column app.users.ip: type t.inet() is not supported on sqlite; use t.varchar(45)`.
 * Raised while rendering, so an online run and an offline `--sql` script
 * refuse the same revision, before anything is sent.
 */
import { AthanorError } from "../errors.js";
import type { Operation } from "../operations/operation.js";
import type { ColumnType } from "../schema/column-type.js";
export interface Unsupported {
    /** What was asked, e.g. `create table app.users` or `add column app.users.ip: type t.inet()`. */
    readonly operation: string;
    /** The dialect's name, e.g. `sqlite`. */
    readonly dialect: string;
    /** What to do instead, e.g. `use t.varchar(45)`. */
    readonly alternative: string;
}
export declare function unsupportedMessage(u: Unsupported): string;
export declare function unsupportedError(u: Unsupported): AthanorError;
/** A dialect's answer for one column type: null when it can store it, else the alternative to use (`t.json()`). */
export type TypeSupport = (type: ColumnType) => string | null;
/** Every type: PostgreSQL. */
export declare const allTypes: TypeSupport;
/**
 * Only the portable vocabulary (a dialect with no types of its own beyond
 * it), plus `t.sql()` text, which is passed as written: its author wrote it
 * for this database. A raw type a dialect namespace built (`pg.cidr()`) is refused.
 */
export declare const portableTypesOnly: TypeSupport;
/** The column types an operation stores, with the column each is for. */
export declare function columnTypesOf(op: Operation): Array<{
    readonly column: string;
    readonly type: ColumnType;
}>;
/** Throws DIALECT.UNSUPPORTED for the first column type of `op` that `support` refuses. */
export declare function refuseUnsupportedTypes(op: Operation, dialect: string, support: TypeSupport): void;
