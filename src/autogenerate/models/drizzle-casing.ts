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
import type { DrizzleColumn, DrizzleIndexedColumn, DrizzlePgCore, DrizzleTableConfig } from "./drizzle-types.js";

/** The values of athanor's `casing` setting (drizzle's CasingType). */
export type DrizzleCasing = "snake_case" | "camelCase";

export const DRIZZLE_CASINGS: readonly DrizzleCasing[] = ["snake_case", "camelCase"];

const WORDS = /[\da-z]+|[A-Z]+(?![a-z])|[A-Z][\da-z]+/g;

/** drizzle-orm's toSnakeCase: `createdAt` -> `created_at`, `userID` -> `user_id`. */
export function toSnakeCase(input: string): string {
  const words = input.replace(/['\u2019]/g, "").match(WORDS) ?? [];
  return words.map((w) => w.toLowerCase()).join("_");
}

/** drizzle-orm's toCamelCase: `created_at` -> `createdAt`. */
export function toCamelCase(input: string): string {
  const words = input.replace(/['\u2019]/g, "").match(WORDS) ?? [];
  return words.reduce((acc, w, i) => acc + (i === 0 ? w.toLowerCase() : `${w[0]!.toUpperCase()}${w.slice(1)}`), "");
}

function converter(casing: DrizzleCasing): (name: string) => string {
  return casing === "snake_case" ? toSnakeCase : toCamelCase;
}

interface Named {
  readonly name: string;
  readonly keyAsName?: boolean;
}

/** The column's name in the database: converted only when drizzle took it from the key. */
export function casedColumnName(column: Named, casing: DrizzleCasing | undefined): string {
  if (casing === undefined || !column.keyAsName) return column.name;
  return converter(casing)(column.name);
}

/** The same object seen with its database name (everything else read through to drizzle's). */
function renamed<T extends Named>(column: T, casing: DrizzleCasing): T {
  const name = casedColumnName(column, casing);
  if (name === column.name) return column;
  return Object.create(column, { name: { value: name, enumerable: true } }) as T;
}

/** drizzle-kit: each original column name in a PK/FK name is replaced (first occurrence) by the converted one. */
function replaceNames(name: string, original: readonly Named[], casing: DrizzleCasing): string {
  let out = name;
  for (const c of original) out = out.replace(c.name, casedColumnName(c, casing));
  return out;
}

function isIndexedColumn(value: unknown): value is DrizzleIndexedColumn & Named {
  return typeof value === "object" && value !== null && typeof (value as { name?: unknown }).name === "string" && !("queryChunks" in value);
}

/** `getTableConfig(table)` with column names (and the names built from them) converted. */
export function casedTableConfig(cfg: DrizzleTableConfig, casing: DrizzleCasing): DrizzleTableConfig {
  const col = <C extends DrizzleColumn>(c: C): C => renamed(c as C & Named, casing);
  return {
    ...cfg,
    columns: cfg.columns.map(col),
    indexes: cfg.indexes.map((ix) => ({
      ...ix,
      config: {
        ...ix.config,
        columns: ix.config.columns.map((c) => (isIndexedColumn(c) ? renamed(c, casing) : c)),
      },
    })),
    foreignKeys: cfg.foreignKeys.map((fk) => ({
      ...fk,
      onDelete: fk.onDelete,
      onUpdate: fk.onUpdate,
      reference() {
        const ref = fk.reference();
        return { ...ref, columns: ref.columns.map(col), foreignColumns: ref.foreignColumns.map(col) };
      },
      getName() {
        const ref = fk.reference();
        return replaceNames(replaceNames(fk.getName(), ref.columns as Named[], casing), ref.foreignColumns as Named[], casing);
      },
    })),
    primaryKeys: cfg.primaryKeys.map((pk) => ({
      ...pk,
      columns: pk.columns.map(col),
      getName: () => replaceNames(pk.getName(), pk.columns as Named[], casing),
    })),
    uniqueConstraints: cfg.uniqueConstraints.map((u) => ({
      ...u,
      columns: u.columns.map(col),
      nullsNotDistinct: u.nullsNotDistinct,
      getName: () => u.getName(),
    })),
  };
}

/**
 * A drizzle core module (`pg-core`, `mysql-core`, `sqlite-core`) as the
 * converter uses it, with `casing` applied: table configs are read through
 * `casedTableConfig`, and SQL (defaults, checks, generated expressions, index
 * expressions) is printed by its dialect class, `core[dialectClass]`, made
 * with the casing, so that it converts the column names it mentions, as
 * drizzle-kit does.
 */
export function coreWithCasing<C extends { getTableConfig(table: unknown): unknown }>(core: C, dialectClass: keyof C & string, casing: DrizzleCasing | undefined): C {
  if (casing === undefined) return core;
  const Base = core[dialectClass] as unknown as new (config?: { casing?: DrizzleCasing }) => object;
  return {
    getTableConfig: (table: unknown) => casedTableConfig(core.getTableConfig(table) as DrizzleTableConfig, casing),
    [dialectClass]: class extends Base {
      constructor() {
        super({ casing });
      }
    },
  } as unknown as C;
}

/** drizzle-orm/pg-core with `casing` applied (coreWithCasing). */
export function drizzleWithCasing(pg: DrizzlePgCore, casing: DrizzleCasing | undefined): DrizzlePgCore {
  return coreWithCasing(pg, "PgDialect", casing);
}
