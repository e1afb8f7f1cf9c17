/**
 * Values as data: what a column default or a bulk-insert cell may hold.
 * Online they travel as bound parameters; offline the dialect renders them
 * as escaped literals. Strings are always data, never SQL.
 */
import type { SqlExpression } from "./sql-expression.js";
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | readonly JsonValue[] | JsonObject;
export interface JsonObject {
    readonly [key: string]: JsonValue;
}
/**
 * A value Athanor can bind or render as a literal. Arrays become SQL arrays;
 * plain objects become JSON text (store a JSON *array* as
 * `JSON.stringify([...])`, since a JS array means a SQL array).
 */
export type SqlValue = string | number | bigint | boolean | null | Date | Uint8Array | readonly SqlValue[] | JsonObject;
/** A column default: a value (escaped) or an explicit `sql("now()")` expression. */
export type ColumnDefault = SqlValue | SqlExpression;
/** A bulk-insert row. `undefined` (or a missing key) means the column's DEFAULT. */
export type RowValues = Readonly<Record<string, SqlValue | SqlExpression | undefined>>;
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
