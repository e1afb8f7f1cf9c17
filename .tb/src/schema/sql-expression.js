/**
 * Explicit SQL expressions. Anywhere Athanor accepts a *value* (a column
 * default, a bulk-insert cell), a plain string is data and is escaped or
 * bound. SQL text only gets in through `sql("...")`.
 *
 * The brand is a registered symbol (`Symbol.for`) so an expression built by
 * one copy of the package is still recognised by another (the CLI and a
 * migration file loaded through jiti), and so that a JSON round trip drops
 * it: data read back from JSON can never turn into SQL.
 */
export const SQL_BRAND = Symbol.for("athanor.sql");
/** Marks `text` as raw SQL, e.g. `default: sql("now()")` or `where: sql("deleted_at IS NULL")`. */
export function sql(text) {
    if (typeof text !== "string")
        throw new TypeError("sql() takes a string of SQL");
    return Object.freeze({ [SQL_BRAND]: true, sql: text });
}
export function isSqlExpression(value) {
    return (typeof value === "object" &&
        value !== null &&
        value[SQL_BRAND] === true &&
        typeof value.sql === "string");
}
export function sqlTextOf(value) {
    return typeof value === "string" ? value : value.sql;
}
