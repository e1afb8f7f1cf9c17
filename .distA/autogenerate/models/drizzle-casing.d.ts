/**
 * Drizzle's `casing` option (`drizzle(client, { casing: "snake_case" })`,
 * drizzle.config `casing`): a column declared without a name
 * (`createdAt: timestamp()`, which drizzle flags `keyAsName`) is named
 * after its key, converted. Columns named explicitly keep their names.
 * The conversion is drizzle-orm's own (casing.js), and constraint names
 * follow drizzle-kit: primary and foreign key names have their column
 * names replaced, default index names are built from the converted names,
 * unique names (fixed by drizzle-orm when the table is built) stay as
 * they are.
 *
 * Applied as a view of drizzle's `getTableConfig` result: the dialects'
 * drizzle readers read the converted names without knowing about casing.
 */
import type { DrizzlePgCore, DrizzleTableConfig } from "./drizzle-types.js";
/** The values of athanor's `casing` setting (drizzle's CasingType). */
export type DrizzleCasing = "snake_case" | "camelCase";
export declare const DRIZZLE_CASINGS: readonly DrizzleCasing[];
/** drizzle-orm's toSnakeCase: `createdAt` -> `created_at`, `userID` -> `user_id`. */
export declare function toSnakeCase(input: string): string;
/** drizzle-orm's toCamelCase: `created_at` -> `createdAt`. */
export declare function toCamelCase(input: string): string;
interface Named {
    readonly name: string;
    readonly keyAsName?: boolean;
}
/** The column's name in the database: converted only when drizzle took it from the key. */
export declare function casedColumnName(column: Named, casing: DrizzleCasing | undefined): string;
/** `getTableConfig(table)` with column names (and the names built from them) converted. */
export declare function casedTableConfig(cfg: DrizzleTableConfig, casing: DrizzleCasing): DrizzleTableConfig;
/**
 * drizzle-orm/pg-core as the converter uses it, with `casing` applied: table
 * configs are read through `casedTableConfig` and SQL (defaults, checks,
 * generated expressions, index expressions) is printed with a dialect that
 * converts the column names it mentions, as drizzle-kit does.
 */
export declare function drizzleWithCasing(pg: DrizzlePgCore, casing: DrizzleCasing | undefined): DrizzlePgCore;
export {};
