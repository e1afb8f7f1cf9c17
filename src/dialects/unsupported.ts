/**
 * The refusal a dialect gives for an operation or a column type it cannot
 * do: one line naming the operation, the dialect and the alternative, e.g.
 * `add column app.users.ip: type t.inet() is not supported on sqlite; use t.varchar(45)`.
 * Raised while rendering, so an online run and an offline `--sql` script
 * refuse the same revision, before anything is sent.
 */
import { AthanorError } from "../errors.js";
import { describeOperation } from "../operations/classify.js";
import type { Operation } from "../operations/operation.js";
import type { ColumnType } from "../schema/column-type.js";
import { isPortableType, portableAlternative } from "../schema/portable-type.js";
import { tsColumnType } from "../schema/render-ts.js";

export interface Unsupported {
  /** What was asked, e.g. `create table app.users` or `add column app.users.ip: type t.inet()`. */
  readonly operation: string;
  /** The dialect's name, e.g. `sqlite`. */
  readonly dialect: string;
  /** What to do instead, e.g. `use t.varchar(45)`. */
  readonly alternative: string;
}

export function unsupportedMessage(u: Unsupported): string {
  return `${u.operation} is not supported on ${u.dialect}; ${u.alternative}`;
}

export function unsupportedError(u: Unsupported): AthanorError {
  return new AthanorError("DIALECT.UNSUPPORTED", unsupportedMessage(u));
}

/** A dialect's answer for one column type: null when it can store it, else the alternative to use (`t.json()`). */
export type TypeSupport = (type: ColumnType) => string | null;

/** Every type: PostgreSQL. */
export const allTypes: TypeSupport = () => null;

/**
 * Only the portable vocabulary (a dialect with no types of its own beyond
 * it), plus `t.sql()` text, which is passed as written: its author wrote it
 * for this database. A raw type a dialect namespace built (`pg.cidr()`) is refused.
 */
export const portableTypesOnly: TypeSupport = (type) =>
  isPortableType(type) || (type.kind === "raw" && type.dialect === undefined) ? null : portableAlternative(type);

/** The column types an operation stores, with the column each is for. */
export function columnTypesOf(op: Operation): Array<{ readonly column: string; readonly type: ColumnType }> {
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
export function refuseUnsupportedTypes(op: Operation, dialect: string, support: TypeSupport): void {
  for (const { column, type } of columnTypesOf(op)) {
    const alternative = support(type);
    if (alternative === null) continue;
    const where = op.kind === "createTable" ? `${describeOperation(op)}, column ${column}` : describeOperation(op);
    throw unsupportedError({ operation: `${where}: type ${tsColumnType(type)}`, dialect, alternative: `use ${alternative}` });
  }
}
