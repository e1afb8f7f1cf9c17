import { isIndexExpression } from "./indexes.js";
import { isSqlExpression } from "./sql-expression.js";
import { isPlainObject } from "./value.js";
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** A string literal; U+2028/U+2029 escaped too (legal in it, but an editor shows them as line breaks). */
export function tsString(s) {
    return JSON.stringify(s).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
export function tsKey(key) {
    return IDENT.test(key) ? key : tsString(key);
}
/** `{ a: 1, b: "x" }`, skipping fields whose rendered value is undefined. */
export function tsObject(fields) {
    const parts = fields.filter((f) => f[1] !== undefined).map(([k, v]) => `${tsKey(k)}: ${v}`);
    return parts.length === 0 ? "{}" : `{ ${parts.join(", ")} }`;
}
export function tsArray(items) {
    return `[${items.join(", ")}]`;
}
/** An array with one item per line, indented by `indent` + 2 spaces. */
export function tsArrayMultiline(items, indent) {
    if (items.length === 0)
        return "[]";
    return `[\n${items.map((i) => `${indent}  ${i},`).join("\n")}\n${indent}]`;
}
export function tsStrings(items) {
    return tsArray(items.map(tsString));
}
export function tsBool(b) {
    return b === undefined ? undefined : String(b);
}
export function tsOptString(s) {
    return s === undefined ? undefined : tsString(s);
}
/** `null` or a string literal, undefined when absent. */
export function tsNullableString(s) {
    return s === undefined ? undefined : s === null ? "null" : tsString(s);
}
function tsNumber(n) {
    if (Number.isNaN(n))
        return "Number.NaN";
    if (n === Number.POSITIVE_INFINITY)
        return "Number.POSITIVE_INFINITY";
    if (n === Number.NEGATIVE_INFINITY)
        return "Number.NEGATIVE_INFINITY";
    if (Object.is(n, -0))
        return "-0";
    return String(n);
}
/** A value (SqlValue or sql()) as a TS expression. */
export function tsValue(value) {
    if (value === null)
        return "null";
    if (value === undefined)
        return "undefined";
    if (isSqlExpression(value))
        return `sql(${tsString(value.sql)})`;
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
    if (value instanceof Date)
        return `new Date(${tsString(value.toISOString())})`;
    if (value instanceof Uint8Array)
        return `Buffer.from(${tsString(Buffer.from(value).toString("hex"))}, "hex")`;
    if (Array.isArray(value))
        return tsArray(value.map(tsValue));
    if (isPlainObject(value))
        return tsObject(Object.entries(value).map(([k, v]) => [k, tsValue(v)]));
    throw new TypeError(`cannot render ${Object.prototype.toString.call(value)} as TypeScript`);
}
/** A dialect's options object (`mysql: { engine: "InnoDB" }`), or undefined when absent or empty. */
export function tsOptions(options) {
    if (options === undefined)
        return undefined;
    const text = tsObject(Object.entries(options).map(([k, v]) => [k, v === undefined ? undefined : tsValue(v)]));
    return text === "{}" ? undefined : text;
}
export function tsSqlText(text) {
    return typeof text === "string" ? tsString(text) : `sql(${tsString(text.sql)})`;
}
function precisionArg(precision, extra) {
    const fields = [["precision", precision === undefined ? undefined : String(precision)]];
    if (extra)
        fields.push(["withTimeZone", extra]);
    const obj = tsObject(fields);
    return obj === "{}" ? "" : obj;
}
/** `t.varchar(255)`, `t.array(t.text())`, `t.enum("mood")`, `t.sql("citext")`. */
export function tsColumnType(type) {
    switch (type.kind) {
        case "varchar":
        case "char":
            return `t.${type.kind}(${type.length === undefined ? "" : type.length})`;
        case "numeric":
            if (type.precision === undefined)
                return "t.numeric()";
            return type.scale === undefined ? `t.numeric(${type.precision})` : `t.numeric(${type.precision}, ${type.scale})`;
        case "time":
            if (!type.withTimeZone)
                return `t.time(${type.precision ?? ""})`;
            return `t.time(${precisionArg(type.precision, "true")})`;
        case "timestamp":
        case "timestamptz":
            return `t.${type.kind}(${type.precision ?? ""})`;
        case "array":
            return `t.array(${tsColumnType(type.of)})`;
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
function tsIntegral(n) {
    if (n === undefined)
        return undefined;
    return typeof n === "bigint" ? `${n}n` : String(n);
}
export function tsReference(ref) {
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
export function tsColumn(column) {
    let identity;
    if (typeof column.identity === "string")
        identity = tsString(column.identity);
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
    ]);
}
export function tsPrimaryKey(pk) {
    return tsObject([
        ["name", tsOptString(pk.name)],
        ["columns", tsStrings(pk.columns)],
    ]);
}
export function tsForeignKey(fk) {
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
export function tsUnique(u) {
    return tsObject([
        ["name", tsOptString(u.name)],
        ["columns", tsStrings(u.columns)],
        ["nullsNotDistinct", tsBool(u.nullsNotDistinct)],
        ["deferrable", tsBool(u.deferrable)],
        ["initiallyDeferred", tsBool(u.initiallyDeferred)],
    ]);
}
export function tsCheck(c) {
    return tsObject([
        ["name", tsOptString(c.name)],
        ["expression", tsSqlText(c.expression)],
    ]);
}
export function tsIndexElement(element) {
    if (typeof element === "string")
        return tsString(element);
    if (isSqlExpression(element))
        return `sql(${tsString(element.sql)})`;
    return tsObject([
        isIndexExpression(element) ? ["expression", tsSqlText(element.expression)] : ["column", tsString(element.column)],
        ["collation", tsOptString(element.collation)],
        ["opclass", tsOptString(element.opclass)],
        ["order", tsOptString(element.order)],
        ["nulls", tsOptString(element.nulls)],
    ]);
}
/** Index options shared by table-level indexes and `op.createIndex` (without name and columns). */
export function tsIndexOptionFields(index) {
    return [
        ["unique", tsBool(index.unique)],
        ["where", index.where === undefined ? undefined : tsSqlText(index.where)],
        ["method", tsOptString(index.method)],
        ["include", index.include === undefined ? undefined : tsStrings(index.include)],
        ["nullsNotDistinct", tsBool(index.nullsNotDistinct)],
        ["mysql", tsOptions(index.mysql)],
    ];
}
export function tsIndex(index) {
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
export function tsTableSpec(spec, indent = "", extra = []) {
    const inner = `${indent}  `;
    const list = (items, render) => items === undefined ? undefined : tsArrayMultiline(items.map(render), inner);
    const fields = [
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
    const lines = fields.filter((f) => f[1] !== undefined).map(([k, v]) => `${inner}${tsKey(k)}: ${v},`);
    return `{\n${lines.join("\n")}\n${indent}}`;
}
