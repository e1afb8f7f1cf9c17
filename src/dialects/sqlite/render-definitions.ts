/**
 * Column, constraint, index and table definitions as SQLite DDL, from the
 * neutral definitions (src/schema/). Used by createTable, addColumn and the
 * table rebuilds, so a column reads the same whichever wrote it.
 */
import { type ColumnDefinition, type ColumnReference, type ReferentialAction, identityOptions, isNullable } from "../../schema/column.js";
import type { CheckDefinition, ForeignKeyDefinition, PrimaryKeyDefinition, UniqueDefinition } from "../../schema/constraints.js";
import { type IndexDefinition, type IndexElement, isIndexExpression } from "../../schema/indexes.js";
import { isSqlExpression, sqlTextOf } from "../../schema/sql-expression.js";
import type { TableDefinition } from "../../schema/table.js";
import { unsupportedError } from "../unsupported.js";
import { renderLiteral } from "./literal.js";
import { qualify, quoteIdentifier, quoteList } from "./quote.js";
import { renderColumnType } from "./render-type.js";
import type { ColumnConstraintSql, ColumnSql, TableConstraintSql, TableSql } from "./table-sql.js";

export const DIALECT = "sqlite";

export function refuse(operation: string, alternative: string): never {
  throw unsupportedError({ operation, dialect: DIALECT, alternative });
}

/** `DEFAULT` text: a literal, or `(expression)` for `sql()` (SQLite wants expressions in parentheses). */
export function renderDefault(value: unknown): string {
  if (isSqlExpression(value)) {
    const text = value.sql.trim();
    return /^(CURRENT_TIMESTAMP|CURRENT_DATE|CURRENT_TIME|NULL|TRUE|FALSE)$/i.test(text) || /^\(.*\)$/s.test(text) ? text : `(${text})`;
  }
  return renderLiteral(value);
}

function action(a: ReferentialAction): string {
  return a.toUpperCase();
}

/** `REFERENCES "p" ("id") ON DELETE CASCADE ...` */
export function referencesClause(ref: {
  readonly refTable: string;
  readonly refSchema?: string | undefined;
  readonly refColumns?: readonly string[] | undefined;
  readonly onDelete?: ReferentialAction | undefined;
  readonly onUpdate?: ReferentialAction | undefined;
  readonly deferrable?: boolean | undefined;
  readonly initiallyDeferred?: boolean | undefined;
}): string {
  let s = `REFERENCES ${qualify(ref.refTable, ref.refSchema)}`;
  if (ref.refColumns && ref.refColumns.length > 0) s += ` (${quoteList(ref.refColumns)})`;
  if (ref.onDelete) s += ` ON DELETE ${action(ref.onDelete)}`;
  if (ref.onUpdate) s += ` ON UPDATE ${action(ref.onUpdate)}`;
  if (ref.deferrable) s += ` DEFERRABLE INITIALLY ${ref.initiallyDeferred ? "DEFERRED" : "IMMEDIATE"}`;
  return s;
}

function named(name: string | undefined | null): string {
  return name ? `CONSTRAINT ${quoteIdentifier(name)} ` : "";
}

/** The name of the CHECK that holds an enum column's values. */
export function enumCheckName(table: string, column: string): string {
  return `${table}_${column}_enum`;
}

/** The name of the CHECK that keeps a JSON column's text valid JSON. */
export function jsonCheckName(table: string, column: string): string {
  return `${table}_${column}_json`;
}

export interface ColumnContext {
  readonly table: string;
  /** The column is part of the table's primary key. */
  readonly inPrimaryKey: boolean;
  /** Write `PRIMARY KEY` on the column itself (the key has this one column). */
  readonly columnPrimaryKey: boolean;
  /** The primary key's name, when the column carries it. */
  readonly primaryKeyName?: string | undefined;
  readonly where: string;
}

/** A column's type, nullability, key, default, generation and reference as SQLite constraints. */
export function columnSql(col: ColumnDefinition, ctx: ColumnContext): ColumnSql {
  if (col.comment !== undefined) refuse(`${ctx.where}: the comment on column ${col.name}`, "SQLite stores no comments; remove it (keep it in the model's documentation)");
  const constraints: ColumnConstraintSql[] = [];
  const add = (kind: ColumnConstraintSql["kind"], text: string, name: string | null = null) =>
    constraints.push({ kind, name, text: `${named(name)}${text}` });
  let type = renderColumnType(col.type);
  if (col.identity !== undefined) {
    const options = identityOptions(col.identity);
    if (!ctx.columnPrimaryKey)
      refuse(`${ctx.where}: identity on column ${col.name}`, "SQLite numbers only the table's one-column INTEGER PRIMARY KEY: make the column the primary key alone, or drop the identity");
    if (options.start !== undefined || options.increment !== undefined)
      refuse(`${ctx.where}: identity start/increment on column ${col.name}`, "SQLite's INTEGER PRIMARY KEY counts from the largest id + 1: drop start and increment");
    type = "INTEGER";
  }
  const autoincrement = col.sqlite?.autoincrement === true;
  if (autoincrement && !(ctx.columnPrimaryKey && /^INTEGER$/i.test(type)))
    refuse(
      `${ctx.where}: sqlite.autoincrement on column ${col.name}`,
      "SQLite has AUTOINCREMENT only on the table's one-column INTEGER PRIMARY KEY: make the column that key (type integer), or drop the option",
    );
  if (ctx.columnPrimaryKey) add("primaryKey", autoincrement ? "PRIMARY KEY AUTOINCREMENT" : "PRIMARY KEY", ctx.primaryKeyName ?? null);
  if (!isNullable(col, ctx.inPrimaryKey)) add("notNull", "NOT NULL");
  if (col.unique) add("unique", "UNIQUE");
  if (col.sqlite?.collation !== undefined) add("collate", `COLLATE ${quoteIdentifier(col.sqlite.collation)}`);
  if (col.default !== undefined) add("default", `DEFAULT ${renderDefault(col.default)}`);
  if (col.generated) add("generated", `GENERATED ALWAYS AS (${sqlTextOf(col.generated.expression)}) ${col.generated.stored === false ? "VIRTUAL" : "STORED"}`);
  if (col.references) add("references", columnReference(col.references), col.references.name ?? null);
  if (col.type.kind === "enum") {
    const values = col.type.values ?? [];
    add("check", `CHECK (${quoteIdentifier(col.name)} IN (${values.map((v) => renderLiteral(v)).join(", ")}))`, enumCheckName(ctx.table, col.name));
  }
  if (col.type.kind === "json") add("check", `CHECK (${quoteIdentifier(col.name)} IS NULL OR json_valid(${quoteIdentifier(col.name)}))`, jsonCheckName(ctx.table, col.name));
  return { name: col.name, type, constraints };
}

/**
 * A column added to an existing table (addColumn, alone or in a rebuild). An AUTOINCREMENT column that is not the
 * added key itself is the downgrade of a dropped AUTOINCREMENT key (addColumn, then createPrimaryKey): SQLite
 * writes the keyword only in the key column's own definition, so it is refused, saying how to keep it.
 */
export function addedColumnSql(col: ColumnDefinition, table: string, where: string): ColumnSql {
  if (col.sqlite?.autoincrement === true && col.primaryKey !== true)
    refuse(
      `${where}: sqlite.autoincrement on column ${col.name} added without primaryKey: true`,
      "SQLite writes AUTOINCREMENT only on the key column's own definition, which a column added and then made the key by createPrimaryKey never gets: add it with primaryKey: true (and no createPrimaryKey), or drop sqlite.autoincrement to add it back as a plain INTEGER PRIMARY KEY",
    );
  return columnSql(col, { table, inPrimaryKey: col.primaryKey === true, columnPrimaryKey: col.primaryKey === true, where });
}

function columnReference(ref: ColumnReference): string {
  return referencesClause({ ...ref, refTable: ref.table, refSchema: ref.schema, refColumns: ref.column ? [ref.column] : [] });
}

export function primaryKeySql(pk: PrimaryKeyDefinition): TableConstraintSql {
  return { name: pk.name ?? null, kind: "primaryKey", columns: pk.columns, text: `${named(pk.name)}PRIMARY KEY (${quoteList(pk.columns)})` };
}

export function uniqueSql(u: UniqueDefinition, where: string): TableConstraintSql {
  if (u.nullsNotDistinct) refuse(`${where}: NULLS NOT DISTINCT`, "SQLite treats NULLs as distinct in a UNIQUE constraint: make the columns NOT NULL");
  if (u.deferrable) refuse(`${where}: a deferrable unique constraint`, "SQLite defers only foreign keys: drop deferrable");
  return { name: u.name ?? null, kind: "unique", columns: u.columns, text: `${named(u.name)}UNIQUE (${quoteList(u.columns)})` };
}

export function checkSql(c: CheckDefinition): TableConstraintSql {
  return { name: c.name ?? null, kind: "check", columns: [], text: `${named(c.name)}CHECK (${sqlTextOf(c.expression)})` };
}

export function foreignKeySql(fk: ForeignKeyDefinition, where: string): TableConstraintSql {
  if (fk.match === "full") refuse(`${where}: MATCH FULL`, "SQLite ignores MATCH: drop it, or add a CHECK that the key columns are all NULL or all set");
  return {
    name: fk.name ?? null,
    kind: "foreignKey",
    columns: fk.columns,
    refTable: fk.refTable,
    text: `${named(fk.name)}FOREIGN KEY (${quoteList(fk.columns)}) ${referencesClause(fk)}`,
  };
}

/** A table definition as `TableSql` (its parts, for createTable and for the offline record). */
export function tableSql(def: TableDefinition, where: string): TableSql {
  if (def.comment !== undefined) refuse(`${where}: the table comment`, "SQLite stores no comments; remove it");
  const pkColumns = def.primaryKey ? [...def.primaryKey.columns] : def.columns.filter((c) => c.primaryKey).map((c) => c.name);
  const single = pkColumns.length === 1 ? pkColumns[0] : undefined;
  // a one-column key is written on its column (needed for INTEGER PRIMARY KEY, the rowid alias, and for AUTOINCREMENT)
  const columnKey =
    single !== undefined &&
    (def.primaryKey === undefined || def.columns.some((c) => c.name === single && (c.identity !== undefined || c.sqlite?.autoincrement === true)));
  const columns = def.columns.map((c) =>
    columnSql(c, {
      table: def.name,
      inPrimaryKey: pkColumns.includes(c.name),
      columnPrimaryKey: columnKey && c.name === single,
      primaryKeyName: def.primaryKey?.name,
      where,
    }),
  );
  const constraints: TableConstraintSql[] = [];
  if (pkColumns.length > 0 && !columnKey) constraints.push(primaryKeySql({ ...(def.primaryKey?.name ? { name: def.primaryKey.name } : {}), columns: pkColumns }));
  for (const u of def.uniques ?? []) constraints.push(uniqueSql(u, where));
  for (const fk of def.foreignKeys ?? []) constraints.push(foreignKeySql(fk, where));
  for (const c of def.checks ?? []) constraints.push(checkSql(c));
  return { name: def.name, columns, constraints, options: "" };
}

function indexElement(e: IndexElement, where: string): string {
  if (typeof e === "string") return quoteIdentifier(e);
  if (isSqlExpression(e)) return e.sql;
  if (e.opclass) refuse(`${where}: operator class ${e.opclass}`, "SQLite has no operator classes: drop opclass");
  if (e.nulls) refuse(`${where}: NULLS ${e.nulls.toUpperCase()} in an index`, "SQLite indexes sort NULLs first ascending: drop nulls");
  let s = isIndexExpression(e) ? `(${sqlTextOf(e.expression)})` : quoteIdentifier(e.column);
  if (e.collation) s += ` COLLATE ${quoteIdentifier(e.collation)}`;
  if (e.order) s += ` ${e.order.toUpperCase()}`;
  return s;
}

/** `CREATE [UNIQUE] INDEX "name" ON "t" (...) [WHERE ...]`. */
export function createIndexSql(table: string, index: IndexDefinition, where: string, ifNotExists = false): string {
  if (index.method && index.method.toLowerCase() !== "btree")
    refuse(`${where}: index method ${index.method}`, "SQLite indexes are B-trees: drop method (full-text search is a virtual table, created with op.execute)");
  if (index.include && index.include.length > 0) refuse(`${where}: INCLUDE columns`, "add them to the index's columns");
  if (index.nullsNotDistinct) refuse(`${where}: NULLS NOT DISTINCT`, "SQLite treats NULLs as distinct in a unique index: make the columns NOT NULL");
  const cols = index.columns.map((e) => indexElement(e, where)).join(", ");
  const predicate = index.where === undefined ? "" : ` WHERE ${sqlTextOf(index.where)}`;
  return `CREATE ${index.unique ? "UNIQUE " : ""}INDEX ${ifNotExists ? "IF NOT EXISTS " : ""}${quoteIdentifier(index.name)} ON ${quoteIdentifier(table)} (${cols})${predicate}`;
}
