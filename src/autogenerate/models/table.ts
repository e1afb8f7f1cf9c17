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
import { indexElementColumn, schemaError, validateTable } from "../../schema/validate.js";
import { AUTO_NAMED } from "./naming.js";

/** Registered symbol marking tables built by `table()` (survives two copies of the package). */
export const MODEL_BRAND: unique symbol = Symbol.for("athanor.model.table");

/** A column in the record form: a bare type, or the definition without its name. */
export type ColumnSpec = ColumnType | Omit<ColumnDefinition, "name">;

/** An index in a model; without a name it gets `<table>_<columns>_idx` (or the `ix` naming convention). */
export type ModelIndex = Omit<IndexDefinition, "name"> & { readonly name?: string };

export interface ModelTableSpec extends Omit<TableSpec, "columns" | "indexes"> {
  /** Columns as an array of definitions, or a record `{ name: t.text() | { type, ... } }` (in declaration order). */
  readonly columns: readonly ColumnDefinition[] | Readonly<Record<string, ColumnSpec>>;
  readonly indexes?: readonly ModelIndex[];
}

export interface ModelTableOptions {
  readonly schema?: string;
}

function isColumnType(spec: ColumnSpec): spec is ColumnType {
  return typeof (spec as { kind?: unknown }).kind === "string";
}

function columnsOf(columns: ModelTableSpec["columns"]): ColumnDefinition[] {
  if (Array.isArray(columns)) return [...(columns as readonly ColumnDefinition[])];
  return Object.entries(columns as Readonly<Record<string, ColumnSpec>>).map(([name, spec]) =>
    isColumnType(spec) ? { name, type: spec } : { name, ...spec },
  );
}

/**
 * The table's spec without `columns` (a type check the loader doesn't run): the
 * usual slip is drizzle's shape, `table("users", { id: …, email: … })`.
 */
function missingColumns(name: string, spec: unknown): Error {
  const where = `table(${JSON.stringify(name)}, …)`;
  if (typeof spec !== "object" || spec === null) return schemaError(`${where}: the second argument must be { columns: { … } }`);
  const keys = Object.keys(spec);
  const columnLike = keys.filter((k) => {
    const v = (spec as Record<string, unknown>)[k];
    return typeof v === "object" && v !== null && ("type" in v || "kind" in v);
  });
  if (columnLike.length > 0) {
    return schemaError(`${where}: columns go under \`columns\`: table(${JSON.stringify(name)}, { columns: { ${columnLike.slice(0, 3).join(", ")}${columnLike.length > 3 ? ", …" : ""} } })`);
  }
  return schemaError(`${where} has no \`columns\` (got ${keys.length > 0 ? keys.join(", ") : "an empty object"}): write table(${JSON.stringify(name)}, { columns: { id: { type: t.integer(), primaryKey: true } } })`);
}

/** Declares a model table. Validated at once, so a typo fails where it was made. */
export function table(name: string, spec: ModelTableSpec, options?: ModelTableOptions): TableDefinition {
  if (typeof spec !== "object" || spec === null || typeof spec.columns !== "object" || spec.columns === null) throw missingColumns(name, spec);
  const schema = options?.schema ?? spec.schema;
  const autoNamed = new Set<string>();
  const indexes = spec.indexes?.map((ix): IndexDefinition => {
    if (ix.name !== undefined) return ix as IndexDefinition;
    const cols = (ix.columns ?? []).map((e) => indexElementColumn(e) ?? "expr");
    // Left whole when longer than 63 bytes: autogenerate cuts it the way PostgreSQL does.
    const generated = `${name}_${cols.join("_")}_idx`;
    autoNamed.add(generated);
    return { ...ix, name: generated };
  });
  const { indexes: _ix, columns: _cols, ...rest } = spec;
  const def: TableDefinition = {
    ...rest,
    name,
    columns: columnsOf(spec.columns),
    ...(schema === undefined ? {} : { schema }),
    ...(indexes === undefined ? {} : { indexes }),
  };
  validateTable(def);
  Object.defineProperty(def, MODEL_BRAND, { value: true, enumerable: false });
  if (autoNamed.size > 0) Object.defineProperty(def, AUTO_NAMED, { value: autoNamed, enumerable: false });
  return def;
}

export function isBrandedModel(value: unknown): value is TableDefinition {
  return typeof value === "object" && value !== null && (value as { [MODEL_BRAND]?: unknown })[MODEL_BRAND] === true;
}

/** A `TableDefinition`-shaped object (from `table()`, `defineTable()` or hand-written data). */
export function looksLikeTable(value: unknown): value is TableDefinition {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { name?: unknown; columns?: unknown };
  if (typeof v.name !== "string" || !Array.isArray(v.columns) || v.columns.length === 0) return false;
  return v.columns.every(
    (c: unknown) =>
      typeof c === "object" &&
      c !== null &&
      typeof (c as { name?: unknown }).name === "string" &&
      typeof (c as { type?: { kind?: unknown } }).type?.kind === "string",
  );
}

/** A model enum type: `enumType("mood", ["sad", "ok", "happy"])`, usable as a column type. */
export const ENUM_BRAND: unique symbol = Symbol.for("athanor.model.enum");

export interface ModelEnum {
  readonly kind: "enum";
  readonly name: string;
  readonly schema?: string;
  readonly values: readonly string[];
}

export function enumType(name: string, values: readonly string[], options?: { schema?: string }): ModelEnum {
  const e: ModelEnum = { kind: "enum", name, values: [...values], ...(options?.schema === undefined ? {} : { schema: options.schema }) };
  Object.defineProperty(e, ENUM_BRAND, { value: true, enumerable: false });
  return e;
}

export function looksLikeEnum(value: unknown): value is ModelEnum {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { kind?: unknown; name?: unknown; values?: unknown };
  return v.kind === "enum" && typeof v.name === "string" && Array.isArray(v.values);
}
