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
export declare const SQL_BRAND: unique symbol;
export interface SqlExpression {
    readonly [SQL_BRAND]: true;
    readonly sql: string;
}
/** Marks `text` as raw SQL, e.g. `default: sql("now()")` or `where: sql("deleted_at IS NULL")`. */
export declare function sql(text: string): SqlExpression;
export declare function isSqlExpression(value: unknown): value is SqlExpression;
/** Text of a position that is SQL by nature (CHECK condition, index WHERE, USING): a string or `sql()`. */
export type SqlText = string | SqlExpression;
export declare function sqlTextOf(value: SqlText): string;
