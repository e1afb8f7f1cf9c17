/**
 * What every dialect's drizzle reader needs from drizzle-orm: its core for
 * that database (`drizzle-orm/pg-core`, `mysql-core`, `sqlite-core`), loaded
 * from the models' own folder first, and the test for a drizzle `sql` value.
 */
import { createRequire } from "node:module";
import { AthanorError } from "../../errors.js";
import type { ColumnDefinition } from "../../schema/column.js";
import type { CheckDefinition, ForeignKeyDefinition, UniqueDefinition } from "../../schema/constraints.js";
import type { IndexDefinition } from "../../schema/indexes.js";
import type { TableDefinition } from "../../schema/table.js";

const ENTITY_KIND = Symbol.for("drizzle:entityKind");
const cores = new Map<string, unknown>();

/** Loads `drizzle-orm/<core>`, preferring the copy next to `fromFile` (the user's models), then Athanor's. */
export function loadDrizzleCore<T>(subpath: string, fromFile?: string): T {
  const loaded = cores.get(subpath);
  if (loaded) return loaded as T;
  for (const from of [fromFile, import.meta.url].filter((x): x is string => x !== undefined)) {
    try {
      const core = createRequire(from)(subpath) as T;
      cores.set(subpath, core);
      return core;
    } catch {
      // try the next location
    }
  }
  throw new AthanorError(
    "MODELS.DRIZZLE",
    `the models export drizzle tables, but ${subpath} could not be loaded: install it with \`npm install drizzle-orm\``,
  );
}

/** A drizzle `sql\`...\`` value (its class's entity kind is "SQL"). */
export function isDrizzleSqlValue(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const ctor = (value as { constructor?: Record<symbol, unknown> }).constructor;
  return ctor?.[ENTITY_KIND] === "SQL" && typeof (value as { toQuery?: unknown }).toQuery === "function";
}

/**
 * The name of a column an index lists. drizzle-kit pull comments out a column whose type it can't read (MariaDB's
 * GEOMETRY) but keeps the index on it (`index("idx_location").on(table.location)`, undefined once loaded): said
 * in one line, naming the table and the index, instead of failing on the missing column's name.
 */
export function drizzleIndexColumnName(table: string, index: string, column: { readonly name: string } | undefined): string {
  if (column === undefined || column === null)
    throw new AthanorError(
      "MODELS.DRIZZLE",
      `table ${table}: index ${index} lists a column the table doesn't have (drizzle-kit pull comments out a column whose type it can't read, and keeps its index): declare the column (customType) or remove the index`,
    );
  return column.name;
}

/**
 * A table definition from what a reader collected, as every reader writes
 * it: primary-key columns are NOT NULL unless the column says otherwise, and
 * empty lists are left out.
 */
export function drizzleTableDefinition(parts: {
  readonly name: string;
  readonly schema?: string | undefined;
  readonly columns: readonly ColumnDefinition[];
  readonly primaryKey?: TableDefinition["primaryKey"];
  readonly foreignKeys?: readonly ForeignKeyDefinition[];
  readonly uniques?: readonly UniqueDefinition[];
  readonly checks?: readonly CheckDefinition[];
  readonly indexes?: readonly IndexDefinition[];
}): TableDefinition {
  // drizzle's MySQL and SQLite index() take a name (TypeScript says so; JavaScript lets it be left out)
  for (const ix of parts.indexes ?? [])
    if (typeof ix.name !== "string" || ix.name === "")
      throw new AthanorError(
        "MODELS.DRIZZLE",
        `table ${parts.name}: an index${ix.unique ? " (unique)" : ""} on ${ix.columns.map((c) => (typeof c === "string" ? c : "an expression")).join(", ")} has no name; give it one: index("${parts.name}_…_idx").on(...)`,
      );
  const pk = parts.primaryKey;
  const columns = pk ? parts.columns.map((c) => (pk.columns.includes(c.name) && c.nullable === undefined ? { ...c, nullable: false } : c)) : [...parts.columns];
  const list = <K extends string, T>(key: K, items: readonly T[] | undefined) => (items && items.length > 0 ? { [key]: [...items] } : {}) as { [P in K]?: T[] };
  return {
    name: parts.name,
    ...(parts.schema === undefined ? {} : { schema: parts.schema }),
    columns,
    ...(pk === undefined ? {} : { primaryKey: pk }),
    ...list("foreignKeys", parts.foreignKeys),
    ...list("uniques", parts.uniques),
    ...list("checks", parts.checks),
    ...list("indexes", parts.indexes),
  };
}
