/**
 * Column types as plain data, e.g. `{ kind: "varchar", length: 255 }`.
 * Build them with the `t` helpers (`t.varchar(255)`); dialects render them.
 */
/** A raw type whose text is an integer type (`INT UNSIGNED`, `mysql.tinyint()`, `t.sql("mediumint")`). */
const RAW_INTEGER = /^\s*(tiny|small|medium|big)?int(eger)?\b/i;
/** Types that may carry `GENERATED ... AS IDENTITY` (MySQL: AUTO_INCREMENT). */
export function isIntegerType(type) {
    if (type.kind === "raw")
        return RAW_INTEGER.test(type.sql);
    return type.kind === "integer" || type.kind === "bigint" || type.kind === "smallint";
}
export function isSerialType(type) {
    return type.kind === "serial" || type.kind === "bigserial" || type.kind === "smallserial";
}
/** Structural equality of two column types (ignores enum `values`). */
export function sameColumnType(a, b) {
    if (a.kind !== b.kind)
        return false;
    switch (a.kind) {
        case "varchar":
        case "char":
            return a.length === b.length;
        case "numeric":
            return a.precision === b.precision && a.scale === b.scale;
        case "time":
            return a.precision === b.precision && !!a.withTimeZone === !!b.withTimeZone;
        case "timestamp":
        case "timestamptz":
            return a.precision === b.precision;
        case "array":
            return sameColumnType(a.of, b.of);
        case "enum":
            return a.name === b.name && (a.schema ?? null) === (b.schema ?? null);
        case "raw":
            return a.sql.trim().toLowerCase() === b.sql.trim().toLowerCase();
        default:
            return true;
    }
}
