/**
 * Renders schema vocabulary as TypeScript source (for autogenerate and for
 * the `renderOperationTs` of operations). The output assumes `t` and `sql`
 * are imported from athanor and contains no type annotations, so it is also
 * valid JavaScript.
 */
import type { ColumnDefinition, ColumnReference } from "./column.js";
import type { ColumnType } from "./column-type.js";
import type { CheckDefinition, ForeignKeyDefinition, PrimaryKeyDefinition, UniqueDefinition } from "./constraints.js";
import { type IndexDefinition, type IndexElement, isIndexExpression } from "./indexes.js";
import { isSqlExpression, type SqlText } from "./sql-expression.js";
import type { TableSpec } from "./table.js";
import { isPlainObject } from "./value.js";

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A string literal; U+2028/U+2029 escaped too (legal in it, but an editor shows them as line breaks). */
export function tsString(s: string): string {
  return JSON.stringify(s).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function tsKey(key: string): string {
  return IDENT.test(key) ? key : tsString(key);
}

/** `{ a: 1, b: "x" }`, skipping fields whose rendered value is undefined. */
export function tsObject(fields: ReadonlyArray<readonly [string, string | undefined]>): string {
  const parts = fields.filter((f): f is readonly [string, string] => f[1] !== undefined).map(([k, v]) => `${tsKey(k)}: ${v}`);
  return parts.length === 0 ? "{}" : `{ ${parts.join(", ")} }`;
}

export function tsArray(items: readonly string[]): string {
  return `[${items.join(", ")}]`;
}

/** An array with one item per line, indented by `indent` + 2 spaces. */
export function tsArrayMultiline(items: readonly string[], indent: string): string {
  if (items.length === 0) return "[]";
  return `[\n${items.map((i) => `${indent}  ${i},`).join("\n")}\n${indent}]`;
}

export function tsStrings(items: readonly string[]): string {
  return tsArray(items.map(tsString));
}

export function tsBool(b: boolean | undefined): string | undefined {
  return b === undefined ? undefined : String(b);
}

export function tsOptString(s: string | undefined): string | undefined {
  return s === undefined ? undefined : tsString(s);
}

/** `null` or a string literal, undefined when absent. */
export function tsNullableString(s: string | null | undefined): string | undefined {
  return s === undefined ? undefined : s === null ? "null" : tsString(s);
}

function tsNumber(n: number): string {
  if (Number.isNaN(n)) return "Number.NaN";
  if (n === Number.POSITIVE_INFINITY) return "Number.POSITIVE_INFINITY";
  if (n === Number.NEGATIVE_INFINITY) return "Number.NEGATIVE_INFINITY";
  if (Object.is(n, -0)) return "-0";
  return String(n);
}

/** A value (SqlValue or sql()) as a TS expression. */
export function tsValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (isSqlExpression(value)) return `sql(${tsString(value.sql)})`;
  switch (typeof value) {
    case "string":
      return tsString(value);
    case "number":
      return tsNumber(value);
    case "bigint":
      return `${value}n`;
    case "boolean":
      return String(value);
  }
  if (value instanceof Date) return `new Date(${tsString(value.toISOString())})`;
  if (value instanceof Uint8Array) return `Buffer.from(${tsString(Buffer.from(value).toString("hex"))}, "hex")`;
  if (Array.isArray(value)) return tsArray(value.map(tsValue));
  if (isPlainObject(value)) return tsObject(Object.entries(value).map(([k, v]) => [k, tsValue(v)] as const));
  throw new TypeError(`cannot render ${Object.prototype.toString.call(value)} as TypeScript`);
}

/** A dialect's options object (`mysql: { engine: "InnoDB" }`), or undefined when absent or empty. */
export function tsOptions(options: object | undefined): string | undefined {
  if (options === undefined) return undefined;
  const text = tsObject(Object.entries(options).map(([k, v]) => [k, v === undefined ? undefined : tsValue(v)] as const));
  return text === "{}" ? undefined : text;
}

export function tsSqlText(text: SqlText): string {
  return typeof text === "string" ? tsString(text) : `sql(${tsString(text.sql)})`;
}

function precisionArg(precision: number | undefined, extra?: string): string {
  const fields: [string, string | undefined][] = [["precision", precision === undefined ? undefined : String(precision)]];
  if (extra) fields.push(["withTimeZone", extra]);
  const obj = tsObject(fields);
  return obj === "{}" ? "" : obj;
}

/**
 * The types outside the portable vocabulary that have a builder in a
 * dialect's namespace (see src/schema/portable-type.ts): PostgreSQL's `pg`.
 * They are written `pg.jsonb()`, so that a revision says which database it
 * is for; the old `t.jsonb()` aliases still build the same types.
 */
const NAMESPACED: Partial<Record<ColumnType["kind"], string>> = {
  serial: "pg",
  bigserial: "pg",
  smallserial: "pg",
  jsonb: "pg",
  inet: "pg",
  interval: "pg",
  array: "pg",
};

/** `t.varchar(255)`, `pg.array(t.text())`, `t.enum("mood")`, `pg.jsonb()`, `t.sql("citext")`. */
export function tsColumnType(type: ColumnType): string {
  const ns = NAMESPACED[type.kind];
  if (ns !== undefined) return type.kind === "array" ? `${ns}.array(${tsColumnType(type.of)})` : `${ns}.${type.kind}()`;
  switch (type.kind) {
    case "varchar":
    case "char":
      return `t.${type.kind}(${type.length === undefined ? "" : type.length})`;
    case "numeric":
      if (type.precision === undefined) return "t.numeric()";
      return type.scale === undefined ? `t.numeric(${type.precision})` : `t.numeric(${type.precision}, ${type.scale})`;
    case "time":
      if (!type.withTimeZone) return `t.time(${type.precision ?? ""})`;
      return `t.time(${precisionArg(type.precision, "true")})`;
    case "timestamp":
    case "timestamptz":
      return `t.${type.kind}(${type.precision ?? ""})`;
    case "enum": {
      const opts = tsObject([
        ["schema", tsOptString(type.schema)],
        ["values", type.values === undefined ? undefined : tsStrings(type.values)],
      ]);
      return opts === "{}" ? `t.enum(${tsString(type.name)})` : `t.enum(${tsString(type.name)}, ${opts})`;
    }
    case "raw":
      return `t.sql(${tsString(type.sql)})`;
    default:
      return `t.${type.kind}()`;
  }
}

function tsIntegral(n: number | bigint | undefined): string | undefined {
  if (n === undefined) return undefined;
  return typeof n === "bigint" ? `${n}n` : String(n);
}

export function tsReference(ref: ColumnReference): string {
  return tsObject([
    ["table", tsString(ref.table)],
    ["schema", tsOptString(ref.schema)],
    ["column", tsOptString(ref.column)],
    ["name", tsOptString(ref.name)],
    ["onDelete", tsOptString(ref.onDelete)],
    ["onUpdate", tsOptString(ref.onUpdate)],
    ["deferrable", tsBool(ref.deferrable)],
    ["initiallyDeferred", tsBool(ref.initiallyDeferred)],
  ]);
}

/** `{ name: "email", type: t.varchar(255), nullable: false }` */
export function tsColumn(column: ColumnDefinition): string {
  let identity: string | undefined;
  if (typeof column.identity === "string") identity = tsString(column.identity);
  else if (column.identity !== undefined)
    identity = tsObject([
      ["generation", tsString(column.identity.generation)],
      ["start", tsIntegral(column.identity.start)],
      ["increment", tsIntegral(column.identity.increment)],
    ]);
  return tsObject([
    ["name", tsString(column.name)],
    ["type", tsColumnType(column.type)],
    ["nullable", tsBool(column.nullable)],
    ["primaryKey", tsBool(column.primaryKey)],
    ["unique", tsBool(column.unique)],
    ["default", column.default === undefined ? undefined : tsValue(column.default)],
    ["identity", identity],
    [
      "generated",
      column.generated === undefined
        ? undefined
        : tsObject([
            ["expression", `sql(${tsString(typeof column.generated.expression === "string" ? column.generated.expression : column.generated.expression.sql)})`],
            ["stored", tsBool(column.generated.stored ?? true)],
          ]),
    ],
    ["comment", tsOptString(column.comment)],
    ["references", column.references === undefined ? undefined : tsReference(column.references)],
    ["mysql", tsOptions(column.mysql)],
    ["sqlite", tsOptions(column.sqlite)],
  ]);
}

export function tsPrimaryKey(pk: PrimaryKeyDefinition): string {
  return tsObject([
    ["name", tsOptString(pk.name)],
    ["columns", tsStrings(pk.columns)],
  ]);
}

export function tsForeignKey(fk: ForeignKeyDefinition): string {
  return tsObject([
    ["name", tsOptString(fk.name)],
    ["columns", tsStrings(fk.columns)],
    ["refTable", tsString(fk.refTable)],
    ["refSchema", tsOptString(fk.refSchema)],
    ["refColumns", tsStrings(fk.refColumns)],
    ["onDelete", tsOptString(fk.onDelete)],
    ["onUpdate", tsOptString(fk.onUpdate)],
    ["match", tsOptString(fk.match)],
    ["deferrable", tsBool(fk.deferrable)],
    ["initiallyDeferred", tsBool(fk.initiallyDeferred)],
  ]);
}

export function tsUnique(u: UniqueDefinition): string {
  return tsObject([
    ["name", tsOptString(u.name)],
    ["columns", tsStrings(u.columns)],
    ["nullsNotDistinct", tsBool(u.nullsNotDistinct)],
    ["deferrable", tsBool(u.deferrable)],
    ["initiallyDeferred", tsBool(u.initiallyDeferred)],
  ]);
}

export function tsCheck(c: CheckDefinition): string {
  return tsObject([
    ["name", tsOptString(c.name)],
    ["expression", tsSqlText(c.expression)],
  ]);
}

export function tsIndexElement(element: IndexElement): string {
  if (typeof element === "string") return tsString(element);
  if (isSqlExpression(element)) return `sql(${tsString(element.sql)})`;
  return tsObject([
    isIndexExpression(element) ? ["expression", tsSqlText(element.expression)] : ["column", tsString(element.column)],
    ["collation", tsOptString(element.collation)],
    ["opclass", tsOptString(element.opclass)],
    ["order", tsOptString(element.order)],
    ["nulls", tsOptString(element.nulls)],
  ]);
}

/** Index options shared by table-level indexes and `op.createIndex` (without name and columns). */
export function tsIndexOptionFields(index: Omit<IndexDefinition, "name" | "columns">): Array<readonly [string, string | undefined]> {
  return [
    ["unique", tsBool(index.unique)],
    ["where", index.where === undefined ? undefined : tsSqlText(index.where)],
    ["method", tsOptString(index.method)],
    ["include", index.include === undefined ? undefined : tsStrings(index.include)],
    ["nullsNotDistinct", tsBool(index.nullsNotDistinct)],
    ["mysql", tsOptions(index.mysql)],
  ];
}

export function tsIndex(index: IndexDefinition): string {
  return tsObject([
    ["name", tsString(index.name)],
    ["columns", tsArray(index.columns.map(tsIndexElement))],
    ...tsIndexOptionFields(index),
  ]);
}

/**
 * A table spec (everything but the name) as a multi-line object literal,
 * plus `extra` fields (e.g. `ifNotExists`). `indent` is the indentation of
 * the line the object starts on.
 */
export function tsTableSpec(spec: TableSpec, indent = "", extra: ReadonlyArray<readonly [string, string | undefined]> = []): string {
  const inner = `${indent}  `;
  const list = <T>(items: readonly T[] | undefined, render: (x: T) => string) =>
    items === undefined ? undefined : tsArrayMultiline(items.map(render), inner);
  const fields: Array<readonly [string, string | undefined]> = [
    ["schema", tsOptString(spec.schema)],
    ["columns", tsArrayMultiline(spec.columns.map(tsColumn), inner)],
    ["primaryKey", spec.primaryKey === undefined ? undefined : tsPrimaryKey(spec.primaryKey)],
    ["foreignKeys", list(spec.foreignKeys, tsForeignKey)],
    ["uniques", list(spec.uniques, tsUnique)],
    ["checks", list(spec.checks, tsCheck)],
    ["indexes", list(spec.indexes, tsIndex)],
    ["comment", tsOptString(spec.comment)],
    ["mysql", tsOptions(spec.mysql)],
    ...extra,
  ];
  const lines = fields.filter((f): f is readonly [string, string] => f[1] !== undefined).map(([k, v]) => `${inner}${tsKey(k)}: ${v},`);
  return `{\n${lines.join("\n")}\n${indent}}`;
}
