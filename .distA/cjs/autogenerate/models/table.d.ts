/**
 * The model DSL: `table("users", { columns: { id: { type: t.serial(), primaryKey: true }, email: t.varchar(255) } })`.
 * A model is a plain `TableDefinition` (the same data `op.createTable` takes),
 * so models and migrations share one vocabulary; `table()` only adds the
 * record form for columns and a brand so `collectModels` can find it.
 */
import type { ColumnDefinition } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { IndexDefinition } from "../../schema/indexes.js";
import type { TableDefinition, TableSpec } from "../../schema/table.js";
/** Registered symbol marking tables built by `table()` (survives two copies of the package). */
export declare const MODEL_BRAND: unique symbol;
/** A column in the record form: a bare type, or the definition without its name. */
export type ColumnSpec = ColumnType | Omit<ColumnDefinition, "name">;
/** An index in a model; without a name it gets `<table>_<columns>_idx` (or the `ix` naming convention). */
export type ModelIndex = Omit<IndexDefinition, "name"> & {
    readonly name?: string;
};
export interface ModelTableSpec extends Omit<TableSpec, "columns" | "indexes"> {
    /** Columns as an array of definitions, or a record `{ name: t.text() | { type, ... } }` (in declaration order). */
    readonly columns: readonly ColumnDefinition[] | Readonly<Record<string, ColumnSpec>>;
    readonly indexes?: readonly ModelIndex[];
}
export interface ModelTableOptions {
    readonly schema?: string;
}
/** Declares a model table. Validated at once, so a typo fails where it was made. */
export declare function table(name: string, spec: ModelTableSpec, options?: ModelTableOptions): TableDefinition;
export declare function isBrandedModel(value: unknown): value is TableDefinition;
/** A `TableDefinition`-shaped object (from `table()`, `defineTable()` or hand-written data). */
export declare function looksLikeTable(value: unknown): value is TableDefinition;
/** A model enum type: `enumType("mood", ["sad", "ok", "happy"])`, usable as a column type. */
export declare const ENUM_BRAND: unique symbol;
export interface ModelEnum {
    readonly kind: "enum";
    readonly name: string;
    readonly schema?: string;
    readonly values: readonly string[];
}
export declare function enumType(name: string, values: readonly string[], options?: {
    schema?: string;
}): ModelEnum;
export declare function looksLikeEnum(value: unknown): value is ModelEnum;
