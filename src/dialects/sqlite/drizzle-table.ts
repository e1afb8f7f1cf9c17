/**
 * Drizzle ORM `sqliteTable` definitions as models, read through drizzle's
 * public `getTableConfig` (from `drizzle-orm/sqlite-core`, loaded from the
 * models' own folder first, then from Athanor's). As drizzle-kit writes them:
 * - a column's declared type is drizzle's (`integer`, `text`, `real`,
 *   `blob`, `numeric`): `text({ mode: "json" })`, `integer({ mode: "boolean" })`
 *   and `text({ enum })` are plain TEXT/INTEGER columns (drizzle-kit adds no CHECK);
 * - `.primaryKey({ autoIncrement: true })` is the rowid alias with
 *   AUTOINCREMENT (ids never reused), as drizzle-kit writes it;
 * - `.unique()` and `unique()` are unique indexes (drizzle-kit writes
 *   `CREATE UNIQUE INDEX <table>_<col>_unique`);
 * - foreign keys are unnamed, also with `foreignKey({ name })`: drizzle-kit
 *   never writes a foreign key's name on SQLite (`FOREIGN KEY (...) REFERENCES`),
 *   and SQLite keeps no name unless one is written, so a named model would
 *   differ from every database drizzle-kit built; they match by columns;
 * - a generated column's expression and an index's expressions name columns
 *   without their table (`"name"`, not `"t"."name"`): SQLite refuses the `.`
 *   in a generated column, and drizzle-kit writes both that way; a partial
 *   index's WHERE and a CHECK keep drizzle's qualified form, as drizzle-kit
 *   writes them.
 */
import { auditDrizzleTable, DrizzleNotes } from "../../autogenerate/models/drizzle-audit.js";
import { coreWithCasing, type DrizzleCasing } from "../../autogenerate/models/drizzle-casing.js";
import { drizzleBuiltType, drizzleForeignKeyWithoutDeferrability, drizzlePullNamedCheck } from "../../autogenerate/models/drizzle-type-mark.js";
import { drizzleIndexColumnName, drizzleTableDefinition, isDrizzleSqlValue, loadDrizzleCore } from "../../autogenerate/models/drizzle-core.js";
import type { DrizzleTableOptions } from "../../autogenerate/models/drizzle-readers.js";
import type { DrizzleTableConfig } from "../../autogenerate/models/drizzle-types.js";
import type { ColumnDefinition, ReferentialAction } from "../../schema/column.js";
import type { CheckDefinition, ForeignKeyDefinition } from "../../schema/constraints.js";
import type { IndexDefinition, IndexElement } from "../../schema/indexes.js";
import { sql } from "../../schema/sql-expression.js";
import type { TableDefinition } from "../../schema/table.js";
import type { ColumnDefault } from "../../schema/value.js";
import { typeFromDeclared } from "./introspect.js";
import { renderLiteral } from "./literal.js";

const NAME = Symbol.for("drizzle:Name");

/* Minimal structural views of drizzle's objects (its own types are not a dependency). */
interface DrizzleSql {
  toQuery(config: unknown): { sql: string; params: unknown[] };
}
interface SqliteDrizzleColumn {
  readonly name: string;
  readonly notNull: boolean;
  readonly primary: boolean;
  readonly default?: unknown;
  readonly isUnique?: boolean;
  readonly uniqueName?: string;
  readonly columnType: string;
  readonly autoIncrement?: boolean;
  mapToDriverValue?(value: unknown): unknown;
  readonly generated?: { readonly as: unknown; readonly mode?: string; readonly type?: string };
  readonly table: { readonly [NAME]: string };
  getSQLType(): string;
}
interface SqliteDrizzleTableConfig {
  readonly name: string;
  readonly columns: SqliteDrizzleColumn[];
  readonly indexes: Array<{ config: { name: string; columns: Array<{ name: string } | DrizzleSql>; unique: boolean; where?: DrizzleSql } }>;
  readonly foreignKeys: Array<{
    reference(): { columns: SqliteDrizzleColumn[]; foreignColumns: SqliteDrizzleColumn[]; name?: string };
    onDelete?: ReferentialAction;
    onUpdate?: ReferentialAction;
  }>;
  readonly checks: Array<{ name: string; value: DrizzleSql }>;
  readonly primaryKeys: Array<{ columns: SqliteDrizzleColumn[]; name?: string }>;
  readonly uniqueConstraints: Array<{ columns: SqliteDrizzleColumn[]; name?: string; getName?(): string }>;
}
interface DrizzleSqliteCore {
  getTableConfig(table: unknown): SqliteDrizzleTableConfig;
  SQLiteSyncDialect: new () => { sqlToQuery(sql: DrizzleSql, invokeSource?: "indexes"): { sql: string; params: unknown[] } };
}

/**
 * drizzle-orm/sqlite-core as the converter uses it; with Athanor's `casing` setting (drizzle's), table configs
 * are read with the converted column names (casedTableConfig, shared with PostgreSQL) and SQL is printed by a
 * dialect that converts the names it mentions, as drizzle-kit does.
 */
function loadSqliteCore(fromFile?: string, casing?: DrizzleCasing): DrizzleSqliteCore {
  const core = loadDrizzleCore<DrizzleSqliteCore>("drizzle-orm/sqlite-core", fromFile);
  return coreWithCasing(core, "SQLiteSyncDialect", casing);
}

function isDrizzleSql(value: unknown): value is DrizzleSql {
  return isDrizzleSqlValue(value);
}

/**
 * drizzle `sql` as text, its parameters inlined as SQLite literals; `unqualified`: columns without their
 * table's name (drizzle's "indexes" rendering, what drizzle-kit uses for index and generated expressions).
 */
function sqlText(core: DrizzleSqliteCore, value: DrizzleSql, unqualified = false): string {
  const q = new core.SQLiteSyncDialect().sqlToQuery(value, unqualified ? "indexes" : undefined);
  let i = 0;
  return q.sql.replace(/\?/g, () => renderLiteral(q.params[i++]));
}

/** A Date this close to the moment the models are read is `new Date()`, evaluated as the schema file loaded. */
const LOADED_NOW_MS = 10 * 60 * 1000;

function columnDefault(core: DrizzleSqliteCore, col: SqliteDrizzleColumn, table: string, notes: DrizzleNotes): ColumnDefault | undefined {
  if (col.default === undefined) return undefined;
  if (col.default instanceof Date && Math.abs(col.default.getTime() - Date.now()) < LOADED_NOW_MS)
    notes.add(
      `${table}.${col.name}: .default(new Date()) is the moment the models were loaded, a fixed date, not the time of each insert: ` +
        "every revision --autogenerate and check loads another one and finds the default changed; for the time of the insert use " +
        ".default(sql`(unixepoch())`) (seconds; timestamp_ms: sql`(cast(unixepoch('subsec') * 1000 as integer))`, SQLite 3.42+) or $defaultFn(() => new Date())",
    );
  if (isDrizzleSql(col.default)) return sql(sqlText(core, col.default));
  // drizzle-kit pull (0.31) writes a text column's SQL default inside quotes: .default("sql`(NULL)`"), a string no
  // one means as a value; taken as the SQL it spells (so no default of that text is made), and said
  const quotedSql = typeof col.default === "string" ? /^sql`([\s\S]*)`$/.exec(col.default) : null;
  if (quotedSql) {
    notes.add(
      `${table}.${col.name}: .default(${JSON.stringify(col.default)}) is a string that spells drizzle's sql\`\` (drizzle-kit pull writes a text column's SQL default this way); ` +
        `compared and created as the SQL ${quotedSql[1]}: write .default(sql\`${quotedSql[1]}\`)`,
    );
    return sql(quotedSql[1]!);
  }
  // drizzle-kit writes JSON-mode defaults as their JSON text
  if (col.columnType === "SQLiteTextJson" || col.columnType === "SQLiteBlobJson") return JSON.stringify(col.default);
  // `integer({ mode: "timestamp" | "timestamp_ms" }).default(new Date(...))`: the integer drizzle stores for that
  // Date (its seconds or milliseconds, the column's mapToDriverValue), not a date text drizzle would read back
  // as an Invalid Date. (drizzle-kit 0.31 writes the Date's JSON, `DEFAULT '"2023-03-01T12:47:29.000Z"'`.)
  if (col.columnType === "SQLiteTimestamp" && col.default instanceof Date && col.mapToDriverValue) {
    const driver = col.mapToDriverValue(col.default);
    if (typeof driver === "number") return driver;
  }
  return col.default as ColumnDefault;
}

function generatedOf(core: DrizzleSqliteCore, col: SqliteDrizzleColumn): ColumnDefinition["generated"] {
  const g = col.generated;
  if (!g) return undefined;
  const as = typeof g.as === "function" ? (g.as as () => unknown)() : g.as;
  return { expression: sql(isDrizzleSql(as) ? sqlText(core, as, true) : String(as)), stored: (g.mode ?? g.type) === "stored" };
}

/**
 * Converts one drizzle `sqliteTable` into a table definition. What it does not carry over is said (the shared
 * audit: `$defaultFn`/`$onUpdate` are client-side), in `options.notes` (said once for the model set) or else
 * through `warn`.
 */
export function fromSqliteDrizzleTable(value: unknown, warn: (message: string) => void, fromFile?: string, options: DrizzleTableOptions = {}): TableDefinition {
  const core = loadSqliteCore(fromFile, options.casing);
  const cfg = core.getTableConfig(value);
  const notes = options.notes ?? new DrizzleNotes();
  auditDrizzleTable(cfg as unknown as DrizzleTableConfig, cfg.name, notes);
  const columns: ColumnDefinition[] = cfg.columns.map((col) => {
    const generated = generatedOf(core, col);
    const def = columnDefault(core, col, cfg.name, notes);
    return {
      name: col.name,
      // drizzle's own column types name an affinity, as drizzle-kit pull writes them (drizzle-declared-type.ts)
      type: col.columnType === "SQLiteCustomColumn" ? typeFromDeclared(col.getSQLType()) : drizzleBuiltType(typeFromDeclared(col.getSQLType())),
      ...(col.primary ? { primaryKey: true } : {}),
      ...(col.notNull || col.primary ? { nullable: false } : {}),
      ...(def === undefined ? {} : { default: def }),
      // drizzle-kit writes INTEGER PRIMARY KEY AUTOINCREMENT
      ...(col.autoIncrement ? { identity: "byDefault" as const, sqlite: { autoincrement: true } } : {}),
      ...(generated === undefined ? {} : { generated }),
    };
  });
  const indexes: IndexDefinition[] = cfg.indexes.map((ix) => {
    const elements: IndexElement[] = ix.config.columns.map((c) =>
      isDrizzleSql(c) ? sql(sqlText(core, c, true)) : drizzleIndexColumnName(cfg.name, ix.config.name, c),
    );
    return {
      name: ix.config.name,
      columns: elements,
      ...(ix.config.unique ? { unique: true } : {}),
      ...(ix.config.where ? { where: sql(sqlText(core, ix.config.where)) } : {}),
    };
  });
  for (const col of cfg.columns) if (col.isUnique) indexes.push({ name: col.uniqueName ?? `${cfg.name}_${col.name}_unique`, columns: [col.name], unique: true });
  for (const u of cfg.uniqueConstraints) {
    const cols = u.columns.map((c) => c.name);
    indexes.push({ name: u.name ?? u.getName?.() ?? `${cfg.name}_${cols.join("_")}_unique`, columns: cols, unique: true });
  }
  const foreignKeys: ForeignKeyDefinition[] = cfg.foreignKeys.map((fk) => {
    const ref = fk.reference();
    // drizzle's SQLite keys can't say DEFERRABLE: not compared (drizzle-type-mark.ts)
    return drizzleForeignKeyWithoutDeferrability({
      columns: ref.columns.map((c) => c.name),
      refTable: ref.foreignColumns[0]!.table[NAME],
      refColumns: ref.foreignColumns.map((c) => c.name),
      ...(fk.onDelete === undefined ? {} : { onDelete: fk.onDelete }),
      ...(fk.onUpdate === undefined ? {} : { onUpdate: fk.onUpdate }),
    });
  });
  // `<table>_check_<n>`: the name drizzle-kit pull gives a CHECK the database didn't name (drizzle-type-mark.ts)
  const checks: CheckDefinition[] = cfg.checks.map((c) => {
    const check = { name: c.name, expression: sqlText(core, c.value) };
    return /^\w+_check_\d+$/.test(c.name) ? drizzlePullNamedCheck(check) : check;
  });
  const pk = cfg.primaryKeys[0];
  if (!options.notes) for (const m of notes.messages()) warn(m);
  return drizzleTableDefinition({
    name: cfg.name,
    columns,
    ...(pk ? { primaryKey: { columns: pk.columns.map((c) => c.name) } } : {}),
    foreignKeys,
    checks,
    indexes,
  });
}

/** The reader the drizzle model registry dispatches to by the table's entity kind. */
export const sqliteDrizzleReader = {
  tableKind: "SQLiteTable",
  fromTable(value: unknown, warn: (message: string) => void, fromFile?: string, options?: DrizzleTableOptions): TableDefinition {
    return fromSqliteDrizzleTable(value, warn, fromFile, options);
  },
} as const;
