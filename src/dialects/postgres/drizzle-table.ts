/**
 * PostgreSQL's drizzle reader: drizzle ORM `pgTable` definitions as models, converted through drizzle's
 * public `getTableConfig` (from `drizzle-orm/pg-core`). Drizzle is optional:
 * it is loaded from the models' own folder first, then from Athanor's.
 * Names follow drizzle-kit's defaults (`<table>_<col>_unique`,
 * `<table>_<cols>_<ref>_<refcols>_fk`, `<table>_<cols>_index`), so a database
 * created by drizzle-kit compares clean.
 */
import { drizzleTableDefinition, isDrizzleSqlValue, loadDrizzleCore } from "../../autogenerate/models/drizzle-core.js";
import type { ColumnDefinition, ColumnIdentity } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { CheckDefinition, ForeignKeyDefinition, UniqueDefinition } from "../../schema/constraints.js";
import type { IndexDefinition, IndexElement } from "../../schema/indexes.js";
import { type SqlExpression, sql } from "../../schema/sql-expression.js";
import type { TableDefinition } from "../../schema/table.js";
import type { ColumnDefault } from "../../schema/value.js";
import { auditDrizzleTable, DrizzleNotes } from "../../autogenerate/models/drizzle-audit.js";
import { drizzleWithCasing } from "../../autogenerate/models/drizzle-casing.js";
import type { DrizzleTableOptions, DrizzleTableReader } from "../../autogenerate/models/drizzle-readers.js";
import {
  type DrizzleColumn,
  type DrizzleIndexedColumn,
  type DrizzlePgCore,
  type DrizzleSql,
  type DrizzleTableRef,
  NAME,
  SCHEMA,
} from "../../autogenerate/models/drizzle-types.js";
import type { ModelEnum } from "../../autogenerate/models/table.js";
import { parseSqlType } from "./grammar/types.js";
import { splitIndexElement } from "./index-element.js";

const IS_ENUM = Symbol.for("drizzle:isPgEnum");

function isDrizzleEnum(value: unknown): value is { enumName: string; enumValues: string[]; schema?: string } {
  return typeof value === "function" && (value as unknown as Record<symbol, unknown>)[IS_ENUM] === true;
}

function isDrizzleSql(value: unknown): value is DrizzleSql {
  return isDrizzleSqlValue(value);
}

function loadDrizzle(fromFile?: string): DrizzlePgCore {
  return loadDrizzleCore<DrizzlePgCore>("drizzle-orm/pg-core", fromFile);
}

function escapeLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  return `'${String(value).replace(/'/g, "''")}'`;
}

function sqlText(pg: DrizzlePgCore, value: DrizzleSql): string {
  const q = new pg.PgDialect().sqlToQuery(value, "indexes");
  return q.sql.replace(/\$(\d+)/g, (_m, n: string) => escapeLiteral(q.params[Number(n) - 1]));
}

/**
 * A drizzle `sql` index key (`sql\`${t.data} jsonb_path_ops\``, `sql\`${t.at} DESC NULLS LAST\``): drizzle-kit
 * writes it verbatim, so it may carry a collation, an operator class and an order after the key.
 */
function sqlIndexElement(text: string): IndexElement {
  const split = splitIndexElement(text);
  const options = {
    ...(split.collation === null ? {} : { collation: split.collation }),
    ...(split.opclass === null ? {} : { opclass: split.opclass }),
    ...(split.order === null ? {} : { order: split.order }),
    ...(split.nulls === null ? {} : { nulls: split.nulls }),
  };
  if (split.kind === "column") return Object.keys(options).length === 0 ? split.column! : { column: split.column!, ...options };
  return Object.keys(options).length === 0 ? sql(text) : { expression: sql(split.key), ...options };
}

function columnType(col: DrizzleColumn): ColumnType {
  if (col.columnType === "PgEnumColumn" && col.enum) {
    return {
      kind: "enum",
      name: col.enum.enumName,
      values: [...col.enum.enumValues],
      ...(col.enum.schema === undefined ? {} : { schema: col.enum.schema }),
    };
  }
  if (col.columnType === "PgArray" && col.baseColumn) {
    let of = columnType(col.baseColumn);
    const dims = (col.getSQLType().match(/\[\d*\]/g) ?? []).length - (col.baseColumn.getSQLType().match(/\[\d*\]/g) ?? []).length;
    for (let i = 1; i < dims; i++) of = { kind: "array", of };
    return { kind: "array", of };
  }
  return parseSqlType(col.getSQLType());
}

function identity(col: DrizzleColumn): ColumnIdentity | undefined {
  const gi = col.generatedIdentity;
  if (!gi) return undefined;
  const start = gi.sequenceOptions?.startWith;
  const increment = gi.sequenceOptions?.increment;
  if (start === undefined && increment === undefined) return gi.type;
  return {
    generation: gi.type,
    ...(start === undefined ? {} : { start: Number(start) }),
    ...(increment === undefined ? {} : { increment: Number(increment) }),
  };
}

/** Column types whose JS values are JSON documents or arrays of the element type, kept as such. */
const JS_VALUE_TYPES = new Set(["PgJson", "PgJsonb", "PgArray"]);

function columnDefault(pg: DrizzlePgCore, col: DrizzleColumn): ColumnDefault | undefined {
  if (col.default === undefined || col.generatedIdentity) return undefined;
  if (isDrizzleSql(col.default)) return sql(sqlText(pg, col.default)) as SqlExpression;
  const value = col.default;
  // An object or array for any other type (point {x, y} or [x, y], line {a, b, c} or [a, b, c], ...) is not a
  // JSON document: its default is what drizzle sends for it, the column's driver value ('(1,2)' for a point).
  if (typeof value === "object" && value !== null && !(value instanceof Date) && !JS_VALUE_TYPES.has(col.columnType) && col.mapToDriverValue) {
    const driver = col.mapToDriverValue(value);
    if (typeof driver === "string" || typeof driver === "number") return driver as ColumnDefault;
  }
  return value as ColumnDefault;
}

/** `generatedAlwaysAs(sql\`...\`)` (or a function returning it, or SQL text) as a generated column. */
function generatedOf(pg: DrizzlePgCore, col: DrizzleColumn): ColumnDefinition["generated"] {
  const g = col.generated;
  if (!g) return undefined;
  const as = typeof g.as === "function" ? (g.as as () => unknown)() : g.as;
  const expression = isDrizzleSql(as) ? sqlText(pg, as) : String(as);
  return { expression: sql(expression), stored: g.mode !== "virtual" };
}

function tableName(ref: DrizzleTableRef): { name: string; schema?: string } {
  const schema = ref[SCHEMA];
  return schema === undefined ? { name: ref[NAME] } : { name: ref[NAME], schema };
}

/** Converts one drizzle `pgTable` into a table definition. `warn` gets what cannot be expressed. */
function fromDrizzleTable(
  value: unknown,
  warn: (message: string) => void,
  fromFile?: string,
  options: DrizzleTableOptions = {},
): TableDefinition {
  const pg = drizzleWithCasing(loadDrizzle(fromFile), options.casing);
  const cfg = pg.getTableConfig(value);
  const notes = options.notes ?? new DrizzleNotes();
  auditDrizzleTable(cfg, cfg.schema ? `${cfg.schema}.${cfg.name}` : cfg.name, notes);
  if (!options.notes) for (const m of notes.messages()) warn(m);
  const columns: ColumnDefinition[] = cfg.columns.map((col) => {
    const generated = generatedOf(pg, col);
    const id = identity(col);
    const def = columnDefault(pg, col);
    const c: ColumnDefinition = {
      name: col.name,
      type: columnType(col),
      ...(col.primary ? { primaryKey: true } : {}),
      ...(col.notNull || col.primary ? { nullable: false } : {}),
      ...(def === undefined ? {} : { default: def }),
      ...(id === undefined ? {} : { identity: id }),
      ...(generated === undefined ? {} : { generated }),
    };
    return c;
  });
  const uniques: UniqueDefinition[] = [];
  for (const col of cfg.columns) {
    if (!col.isUnique) continue;
    uniques.push({
      name: col.uniqueName ?? `${cfg.name}_${col.name}_unique`,
      columns: [col.name],
      ...(col.uniqueType === "not distinct" ? { nullsNotDistinct: true } : {}),
    });
  }
  for (const u of cfg.uniqueConstraints) {
    uniques.push({ name: u.getName(), columns: u.columns.map((c) => c.name), ...(u.nullsNotDistinct ? { nullsNotDistinct: true } : {}) });
  }
  const foreignKeys: ForeignKeyDefinition[] = cfg.foreignKeys.map((fk) => {
    const ref = fk.reference();
    const target = tableName(ref.foreignColumns[0]!.table);
    return {
      name: fk.getName(),
      columns: ref.columns.map((c) => c.name),
      refTable: target.name,
      ...(target.schema === undefined ? {} : { refSchema: target.schema }),
      refColumns: ref.foreignColumns.map((c) => c.name),
      ...(fk.onDelete === undefined ? {} : { onDelete: fk.onDelete }),
      ...(fk.onUpdate === undefined ? {} : { onUpdate: fk.onUpdate }),
    };
  });
  const checks: CheckDefinition[] = cfg.checks.map((c) => ({ name: c.name, expression: sqlText(pg, c.value) }));
  const indexes: IndexDefinition[] = cfg.indexes.map((ix) => {
    const elements: IndexElement[] = ix.config.columns.map((c) => {
      if (isDrizzleSql(c)) return sqlIndexElement(sqlText(pg, c));
      const ic = c as DrizzleIndexedColumn;
      const o = ic.indexConfig;
      return o && (o.order === "desc" || o.nulls === "first" || o.opClass)
        ? {
            column: ic.name,
            ...(o.order === "desc" ? { order: "desc" as const } : {}),
            // drizzle writes NULLS LAST explicitly; PostgreSQL's default for DESC is NULLS FIRST.
            ...(o.order === "desc" && o.nulls !== "first" ? { nulls: "last" as const } : {}),
            ...(o.order !== "desc" && o.nulls === "first" ? { nulls: "first" as const } : {}),
            ...(o.opClass ? { opclass: o.opClass } : {}),
          }
        : ic.name;
    });
    const colNames = ix.config.columns.map((c) => (isDrizzleSql(c) ? "" : (c as DrizzleIndexedColumn).name)).filter(Boolean);
    return {
      name: ix.config.name ?? `${cfg.name}_${colNames.join("_")}_index`,
      columns: elements,
      ...(ix.config.unique ? { unique: true } : {}),
      ...(ix.config.method && ix.config.method !== "btree" ? { method: ix.config.method } : {}),
      ...(ix.config.where ? { where: sqlText(pg, ix.config.where) } : {}),
    };
  });
  const pk = cfg.primaryKeys[0];
  return drizzleTableDefinition({
    name: cfg.name,
    schema: cfg.schema,
    columns,
    ...(pk ? { primaryKey: { name: pk.getName(), columns: pk.columns.map((c) => c.name) } } : {}),
    foreignKeys,
    uniques,
    checks,
    indexes,
  });
}

function fromDrizzleEnum(value: { enumName: string; enumValues: string[]; schema?: string }): ModelEnum {
  return {
    kind: "enum",
    name: value.enumName,
    values: [...value.enumValues],
    ...(value.schema === undefined ? {} : { schema: value.schema }),
  };
}

/** Drizzle's pg-core tables (`pgTable`) and enums (`pgEnum`), read for autogenerate (see DrizzleTableReader). */
export const postgresDrizzleReader: DrizzleTableReader = {
  tableKind: "PgTable",
  fromTable: fromDrizzleTable,
  isEnum: isDrizzleEnum,
  fromEnum: (value) => fromDrizzleEnum(value as { enumName: string; enumValues: string[]; schema?: string }),
};
