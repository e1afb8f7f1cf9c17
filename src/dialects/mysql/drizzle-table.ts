/**
 * Drizzle ORM `mysqlTable` definitions as models, read through drizzle's
 * public `getTableConfig` (from `drizzle-orm/mysql-core`, loaded from the
 * models' own folder first, then from Athanor's). Names follow drizzle-kit's
 * MySQL defaults (`<table>_<col>_unique`, `<table>_<cols>_<ref>_<refcols>_fk`),
 * so a database drizzle-kit created compares clean:
 * - a foreign key without a name of its own (`.references()`, as drizzle-kit
 *   pull writes every one-column key, dropping the database's name) is created
 *   under drizzle's default name but matches a key of the same definition
 *   whatever its name (drizzle-type-mark.ts);
 * - `serial()` is BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE (MySQL's
 *   SERIAL), the unique key named after the column as the server names it;
 * - `.autoincrement()` is identity (AUTO_INCREMENT);
 * - `.onUpdateNow()` is `mysql: { onUpdateCurrentTimestamp: true }`;
 * - `mysqlEnum(...)` is an inline enum with its values;
 * - other types are the server's own type text (`int unsigned`, `year`).
 */
import { auditDrizzleTable, DrizzleNotes } from "../../autogenerate/models/drizzle-audit.js";
import { coreWithCasing, type DrizzleCasing } from "../../autogenerate/models/drizzle-casing.js";
import type { DrizzleTableOptions } from "../../autogenerate/models/drizzle-readers.js";
import type { DrizzleTableConfig } from "../../autogenerate/models/drizzle-types.js";
import { drizzleBuiltIndex, drizzleBuiltType, drizzleDefaultNamedForeignKey } from "../../autogenerate/models/drizzle-type-mark.js";
import { drizzleIndexColumnName, drizzleTableDefinition, isDrizzleSqlValue, loadDrizzleCore } from "../../autogenerate/models/drizzle-core.js";
import type { ColumnDefinition, ReferentialAction } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { CheckDefinition, ForeignKeyDefinition, UniqueDefinition } from "../../schema/constraints.js";
import type { IndexDefinition, IndexElement } from "../../schema/indexes.js";
import { sql } from "../../schema/sql-expression.js";
import type { TableDefinition } from "../../schema/table.js";
import type { ColumnDefault } from "../../schema/value.js";
import { typeFromCatalog } from "./type-text.js";

const NAME = Symbol.for("drizzle:Name");
const SCHEMA = Symbol.for("drizzle:Schema");
const ENTITY_KIND = Symbol.for("drizzle:entityKind");

/* Minimal structural views of drizzle's objects (its own types are not a dependency). */
interface DrizzleSql {
  toQuery(config: unknown): { sql: string; params: unknown[] };
}
interface DrizzleTableRef {
  readonly [NAME]: string;
  readonly [SCHEMA]?: string;
}
interface MysqlDrizzleColumn {
  readonly name: string;
  readonly notNull: boolean;
  readonly primary: boolean;
  readonly default?: unknown;
  readonly isUnique?: boolean;
  readonly uniqueName?: string;
  readonly columnType: string;
  readonly enumValues?: readonly string[];
  readonly autoIncrement?: boolean;
  readonly hasOnUpdateNow?: boolean;
  readonly generated?: { readonly as: unknown; readonly mode?: string };
  readonly table: DrizzleTableRef;
  getSQLType(): string;
}
interface MysqlDrizzleTableConfig {
  readonly name: string;
  readonly schema?: string;
  readonly columns: MysqlDrizzleColumn[];
  readonly indexes: Array<{
    config: { name: string; columns: Array<{ name: string } | DrizzleSql>; unique: boolean; using?: string; algorithm?: string; lock?: string };
  }>;
  readonly foreignKeys: Array<{
    reference(): { columns: MysqlDrizzleColumn[]; foreignColumns: MysqlDrizzleColumn[]; name?: string };
    onDelete?: ReferentialAction;
    onUpdate?: ReferentialAction;
    getName(): string;
  }>;
  readonly checks: Array<{ name: string; value: DrizzleSql }>;
  readonly primaryKeys: Array<{ columns: MysqlDrizzleColumn[]; getName(): string }>;
  readonly uniqueConstraints: Array<{ columns: MysqlDrizzleColumn[]; name?: string; getName?(): string }>;
}
interface DrizzleMysqlCore {
  getTableConfig(table: unknown): MysqlDrizzleTableConfig;
  MySqlDialect: new () => { sqlToQuery(sql: DrizzleSql): { sql: string; params: unknown[] } };
}

/**
 * drizzle-orm/mysql-core as the converter uses it; with Athanor's `casing` setting (drizzle's), table configs are
 * read with converted column names and SQL is printed by a dialect that converts them, as drizzle-kit does.
 */
function loadMysqlCore(fromFile?: string, casing?: DrizzleCasing): DrizzleMysqlCore {
  const core = loadDrizzleCore<DrizzleMysqlCore>("drizzle-orm/mysql-core", fromFile);
  return coreWithCasing(core, "MySqlDialect", casing);
}

function isDrizzleSql(value: unknown): value is DrizzleSql {
  return isDrizzleSqlValue(value);
}

function escapeLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  return `'${String(value).replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** drizzle `sql` as text, its parameters inlined as literals. */
function sqlText(core: DrizzleMysqlCore, value: DrizzleSql): string {
  const q = new core.MySqlDialect().sqlToQuery(value);
  let i = 0;
  return q.sql.replace(/\?/g, () => escapeLiteral(q.params[i++]));
}

/** The column's type; a type of drizzle's own builders is marked (drizzle-type-mark.ts: it declares no collation). */
function columnType(col: MysqlDrizzleColumn): ColumnType {
  if (col.columnType === "MySqlEnumColumn" && col.enumValues) return drizzleBuiltType({ kind: "enum", name: col.name, values: [...col.enumValues] });
  if (col.columnType === "MySqlSerial") return drizzleBuiltType({ kind: "raw", sql: "bigint unsigned", dialect: "mysql" });
  const type = typeFromCatalog(col.getSQLType());
  return col.columnType === "MySqlCustomColumn" ? type : drizzleBuiltType(type);
}

/** What drizzle-kit pull writes for MariaDB's catalog (see pulledDefault), by table: said once per table. */
interface PulledDefaults {
  readonly nulls: string[];
  readonly now: string[];
  readonly quoted: string[];
}

/**
 * drizzle-kit pull (0.31) reads MariaDB's COLUMN_DEFAULT as MySQL's: `DEFAULT NULL` (MariaDB prints `NULL`) becomes
 * `.default('NULL')` and `DEFAULT current_timestamp()` the string `.default('current_timestamp()')`. As strings they
 * would set every such column's default to the text 'NULL' (which MySQL refuses on a number or a date) or to a
 * date no server accepts; they are taken as what the database has — no default, and CURRENT_TIMESTAMP — and said.
 * A string default MariaDB prints in quotes (`'G'`) is pulled with them (`.default("'G'")`): the text inside is meant;
 * the empty text (`''`) is pulled as one quote (`.default('\'')`): it is the empty text too.
 */
function pulledDefault(col: MysqlDrizzleColumn, pulled: PulledDefaults): ColumnDefault | undefined | false {
  if (typeof col.default !== "string") return false;
  if (col.default === "NULL") {
    pulled.nulls.push(col.name);
    return undefined;
  }
  if (/^(?:current_timestamp|now)\(\d*\)$|^current_timestamp$/i.test(col.default) && /^(?:datetime|timestamp)\b/i.test(col.getSQLType())) {
    pulled.now.push(col.name);
    return sql(col.default);
  }
  // MariaDB prints a string default quoted ('G'), and drizzle-kit pull quotes it again: .default("'G'"); the empty
  // text's two quotes ('') come out of pull's unescaping as one: .default("'") is DEFAULT ''
  if (col.default === "'") {
    pulled.quoted.push(col.name);
    return "";
  }
  const quoted = /^'((?:[^']|'')*)'$/.exec(col.default);
  if (quoted) {
    pulled.quoted.push(col.name);
    return quoted[1]!.replace(/''/g, "'");
  }
  return false;
}

function columnDefault(core: DrizzleMysqlCore, col: MysqlDrizzleColumn, pulled: PulledDefaults): ColumnDefault | undefined {
  if (col.default === undefined) return undefined;
  if (isDrizzleSql(col.default)) return sql(sqlText(core, col.default));
  const read = pulledDefault(col, pulled);
  if (read !== false) return read;
  return col.default as ColumnDefault;
}

function sayPulledDefaults(table: string, pulled: PulledDefaults, warn: (message: string) => void): void {
  if (pulled.nulls.length > 0)
    warn(
      `${table}: .default('NULL') on ${pulled.nulls.join(", ")} is taken as no default (drizzle-kit pull writes it for MariaDB's DEFAULT NULL; ` +
        "as written it is the text 'NULL'): remove it from the schema, or write .default(sql`'NULL'`) if you mean the text",
    );
  if (pulled.now.length > 0)
    warn(
      `${table}: .default('current_timestamp()') on ${pulled.now.join(", ")} is taken as the SQL CURRENT_TIMESTAMP (drizzle-kit pull writes MariaDB's ` +
        "current_timestamp() default as a string): write .defaultNow() or .default(sql`CURRENT_TIMESTAMP`)",
    );
  if (pulled.quoted.length > 0)
    warn(
      `${table}: the default of ${pulled.quoted.join(", ")} is a text in quotes ('G' for G, a lone ' for the empty text), taken as the text inside them ` +
        "(drizzle-kit pull quotes MariaDB's string defaults twice): remove the inner quotes from the schema",
    );
}

function generatedOf(core: DrizzleMysqlCore, col: MysqlDrizzleColumn): ColumnDefinition["generated"] {
  const g = col.generated;
  if (!g) return undefined;
  const as = typeof g.as === "function" ? (g.as as () => unknown)() : g.as;
  return { expression: sql(isDrizzleSql(as) ? sqlText(core, as) : String(as)), stored: g.mode === "stored" };
}

/**
 * Converts one drizzle `mysqlTable` into a table definition. `warn` gets what cannot be expressed; what it does not
 * carry over (the shared audit: `$defaultFn`/`$onUpdateFn` are client-side) goes to `options.notes` (said once for
 * the model set) or else through `warn`.
 */
export function fromMysqlDrizzleTable(value: unknown, warn: (message: string) => void, fromFile?: string, options: DrizzleTableOptions = {}): TableDefinition {
  const core = loadMysqlCore(fromFile, options.casing);
  const cfg = core.getTableConfig(value);
  const notes = options.notes ?? new DrizzleNotes();
  auditDrizzleTable(cfg as unknown as DrizzleTableConfig, cfg.name, notes);
  const serialUniques: UniqueDefinition[] = [];
  const pulled: PulledDefaults = { nulls: [], now: [], quoted: [] };
  const columns: ColumnDefinition[] = cfg.columns.map((col) => {
    const serial = col.columnType === "MySqlSerial";
    const generated = generatedOf(core, col);
    const def = serial ? undefined : columnDefault(core, col, pulled);
    // SERIAL is UNIQUE too: the server names its key after the column.
    if (serial) serialUniques.push({ columns: [col.name] });
    return {
      name: col.name,
      type: columnType(col),
      ...(col.primary ? { primaryKey: true } : {}),
      ...(col.notNull || col.primary || serial ? { nullable: false } : {}),
      ...(def === undefined ? {} : { default: def }),
      ...(serial || col.autoIncrement ? { identity: "byDefault" as const } : {}),
      ...(generated === undefined ? {} : { generated }),
      ...(col.hasOnUpdateNow ? { mysql: { onUpdateCurrentTimestamp: true } } : {}),
    };
  });
  sayPulledDefaults(cfg.name, pulled, warn);
  const uniques: UniqueDefinition[] = [...serialUniques];
  for (const col of cfg.columns) if (col.isUnique) uniques.push({ name: col.uniqueName ?? `${cfg.name}_${col.name}_unique`, columns: [col.name] });
  for (const u of cfg.uniqueConstraints) {
    const name = u.name ?? u.getName?.();
    uniques.push({ ...(name === undefined ? {} : { name }), columns: u.columns.map((c) => c.name) });
  }
  const foreignKeys: ForeignKeyDefinition[] = cfg.foreignKeys.map((fk) => {
    const ref = fk.reference();
    const target = ref.foreignColumns[0]!.table;
    const schema = target[SCHEMA];
    const def: ForeignKeyDefinition = {
      name: fk.getName(),
      columns: ref.columns.map((c) => c.name),
      refTable: target[NAME],
      ...(schema === undefined ? {} : { refSchema: schema }),
      refColumns: ref.foreignColumns.map((c) => c.name),
      ...(fk.onDelete === undefined ? {} : { onDelete: fk.onDelete }),
      ...(fk.onUpdate === undefined ? {} : { onUpdate: fk.onUpdate }),
    };
    // no name given (`.references()`, which drizzle-kit pull writes for every one-column key): drizzle's default
    return ref.name === undefined ? drizzleDefaultNamedForeignKey(def) : def;
  });
  const checks: CheckDefinition[] = cfg.checks.map((c) => ({ name: c.name, expression: sqlText(core, c.value) }));
  const indexes: IndexDefinition[] = cfg.indexes.map((ix) => {
    const elements: IndexElement[] = ix.config.columns.map((c) =>
      isDrizzleSql(c) ? sql(sqlText(core, c)) : drizzleIndexColumnName(cfg.name, ix.config.name, c),
    );
    if (ix.config.using === "hash") warn(`${cfg.name}: index ${ix.config.name} USING HASH is a B-tree on InnoDB; compared as one`);
    const online = [ix.config.algorithm === undefined ? "" : `.algorithm("${ix.config.algorithm}")`, ix.config.lock === undefined ? "" : `.lock("${ix.config.lock}")`].join("");
    if (online !== "")
      notes.add(
        `index ${ix.config.name} on table ${cfg.name}: ${online} is not carried over (drizzle-kit writes neither): the index is created with the server's default ALGORITHM and LOCK; ` +
          `to add it to a large table online, edit the revision: op.createIndex(..., { mysql: { algorithm: "inplace", lock: "none" } })`,
      );
    // drizzle's index() can't say FULLTEXT, SPATIAL or a key prefix: marked (see compareIndex)
    return drizzleBuiltIndex({ name: ix.config.name, columns: elements, ...(ix.config.unique ? { unique: true } : {}) });
  });
  const pk = cfg.primaryKeys[0];
  if (options.notes === undefined) for (const m of notes.messages()) warn(m);
  return drizzleTableDefinition({
    name: cfg.name,
    schema: cfg.schema,
    columns,
    ...(pk ? { primaryKey: { columns: pk.columns.map((c) => c.name) } } : {}),
    foreignKeys,
    uniques,
    checks,
    indexes,
  });
}

/** The reader the drizzle model registry dispatches to by the table's entity kind. */
export const mysqlDrizzleReader = {
  tableKind: "MySqlTable",
  fromTable(value: unknown, warn: (message: string) => void, fromFile?: string, options?: DrizzleTableOptions): TableDefinition {
    return fromMysqlDrizzleTable(value, warn, fromFile, options);
  },
} as const;

/** The drizzle entity kind of a table object (`PgTable`, `MySqlTable`, `SQLiteTable`), or null. */
export function drizzleTableKind(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const ctor = (value as { constructor?: Record<symbol, unknown> }).constructor;
  const kind = ctor?.[ENTITY_KIND];
  return typeof kind === "string" ? kind : null;
}
