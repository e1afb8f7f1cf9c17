/**
 * A dialect's comparator: the dialect's grammar and rules that autogenerate
 * asks while it matches models with the live schema. Type equality, default
 * and expression normalisation, the names the server gives (and truncates),
 * index definitions, and the optional server-side check of what the text
 * alone could not settle. Loaded on first use through `Dialect.comparator()`;
 * src/autogenerate/compare/ itself knows no dialect's SQL.
 */
import type { DatabaseConnection } from "../dialects/dialect.js";
import type { ColumnType } from "../schema/column-type.js";
import type { IndexDefinition } from "../schema/indexes.js";
import type { TableDefinition } from "../schema/table.js";
import type { ColumnDefault } from "../schema/value.js";
import type { CanonItem, CanonOutcome, IndexCanon } from "./canonical-items.js";
import type { AlterColumnOp } from "../operations/alter-column.js";
import type { ColumnDefinition } from "../schema/column.js";
import type { Operation } from "../operations/operation.js";
import type { DatabaseSchema, DbColumn, DbIndex, DbTable } from "./schema-model.js";

/** "unsure": the text alone cannot tell; the server-side check may settle it. */
export type Verdict = "same" | "different" | "unsure";

/** One constraint or index name the models give, as written and as the server keeps it. */
export interface ResolvedName {
  readonly kind: "primary key" | "unique constraint" | "foreign key" | "check constraint" | "index";
  readonly written: string;
  readonly kept: string;
}

export interface ResolvedTable {
  /** The table definition with every name as the server keeps it. */
  readonly def: TableDefinition;
  /** Every name the models give, written and kept. */
  readonly names: readonly ResolvedName[];
  /** Other names an object may carry in a database made by an earlier Athanor version, by the name kept now. */
  readonly legacy: ReadonlyMap<string, string>;
}

export interface ColumnOptionsDiff {
  readonly differ: boolean;
  readonly fields: Partial<Pick<AlterColumnOp, "mysql" | "existingMysql" | "sqlite" | "existingSqlite" | "existingDefault" | "existingComment">>;
  /** For messages: what differs. */
  readonly description?: string;
}

export interface ExpressionOptions {
  /** Qualifiers dropped before comparing (`users.email` is `email` in a CHECK on users). */
  readonly qualifiers?: readonly string[];
}

export interface SchemaComparator {
  /* ---------- types ---------- */
  /** The canonical form of a type for comparison (synonyms merged, the server's implicit defaults made explicit). */
  canonicalType(type: ColumnType, defaultSchema: string): ColumnType;
  /** Equality of two canonical types. */
  typesEqual(a: ColumnType, b: ColumnType, defaultSchema: string): boolean;
  /** Do two types as the server prints them name the same type? */
  sameTypeText(a: string, b: string): boolean;
  /**
   * `canonicalType` gives the whole type (raw type text included) in the
   * server's own form, so `typesEqual` settles every comparison by itself:
   * no "unsure" type comparison goes to the server-side check. Absent: raw
   * types that differ by text are unsure.
   */
  readonly exactTypes?: boolean;
  /**
   * Enums are written inline in the column type (`ENUM('a','b')`, MySQL):
   * no enum types are created or dropped, and a column's enum type keeps
   * its values in the operations. Absent: named enum types (PostgreSQL).
   */
  readonly inlineEnums?: boolean;
  /**
   * A column's comment is part of its definition and changes with an
   * alterColumn (`comment`), not a separate statement (MySQL).
   */
  readonly commentsInColumn?: boolean;
  /**
   * Column names are one name whatever the case of their ASCII letters
   * (MySQL, SQLite): a model column that differs from a database column
   * only so is that column, renamed to the model's spelling, not a drop and
   * an add. Absent: case makes another column (PostgreSQL's quoted names).
   */
  readonly columnNamesFoldCase?: boolean;
  /**
   * Table names are one name whatever the case of their ASCII letters
   * (SQLite): a model table that differs from a database table only so is
   * that table, renamed to the model's spelling, not a new table and a
   * dropped one (which the database would refuse, the name being taken).
   */
  readonly tableNamesFoldCase?: boolean;
  /**
   * Key columns may accept NULL (SQLite: one declared without NOT NULL, other than the rowid alias and WITHOUT ROWID
   * keys). A model can't declare a nullable key, so a key column nullable in the database but not in the model is
   * not a change (a warning says so once), rather than an alterColumn every `check` finds again.
   */
  readonly nullableKeyColumns?: boolean;
  /**
   * The server keeps no name for a primary key (MySQL: every one is PRIMARY, whatever it was given): a dropped
   * table's re-creation in the downgrade leaves the name out rather than write one the server ignores.
   */
  readonly primaryKeyNamesIgnored?: boolean;
  /**
   * What becomes of a view over a table a revision drops, for autogenerate's warning (PostgreSQL: the DROP fails).
   * Absent: the view fails when it is read.
   */
  readonly viewOverDroppedTable?: string;
  /**
   * How a column gains or loses its identity, for autogenerate's warning (it never changes one itself). Absent:
   * PostgreSQL's `ALTER TABLE ... ALTER COLUMN ... ADD/DROP IDENTITY`.
   */
  readonly identityChange?: string;
  /**
   * Optional, with `DbTable.acceptedTypes`: the model's type as one of the type names such a table accepts (SQLite
   * STRICT: `VARCHAR(50)` is TEXT there, `BOOLEAN` INTEGER), or null when it is one already. The model's columns of
   * such a table are compared, and added or altered, with that type.
   */
  typeWithin?(type: ColumnType, accepted: readonly string[]): ColumnType | null;
  /**
   * Optional: the column's dialect-only options (MySQL: ON UPDATE
   * CURRENT_TIMESTAMP, character set, collation, AUTO_INCREMENT kept by
   * MODIFY; SQLite: the column's collation). `differ`: the model's differ from the database's (an
   * alterColumn restates the column); `fields`: what every alterColumn of
   * the column carries so that the server keeps the rest of its definition.
   */
  columnOptions?(model: ColumnDefinition, db: DbColumn, table: DbTable): ColumnOptionsDiff;
  /**
   * A generated column's new expression is an alterColumn (MySQL: `MODIFY COLUMN ... GENERATED ALWAYS AS (...)`):
   * the column keeps its position and indexes and the server recomputes its values; `columnOptions` carries the
   * expressions in the op's fields. A change between STORED and VIRTUAL, or between generated and plain, stays a
   * drop and an add. Absent: every generation change is a drop and an add (PostgreSQL).
   */
  readonly alterGeneratedExpression?: boolean;
  /** Does changing a column from `from` to `to` need an explicit conversion? */
  needsConversion(from: ColumnType, to: ColumnType): boolean;
  /** The expression converting `column`'s current values to `to` (for `alterColumn`'s `using`). */
  conversionExpression(column: string, to: ColumnType): string;

  /* ---------- defaults and expressions ---------- */
  /** Does the model's default equal the default as the server prints it (`dbText`)? */
  compareDefault(model: ColumnDefault | undefined, dbText: string | null, type: ColumnType): Verdict;
  /** A normal form of an SQL expression (null: text it cannot read). Equal forms mean equal expressions. */
  normaliseExpression(sql: string, options?: ExpressionOptions): string | null;
  sameExpression(a: string, b: string, options?: ExpressionOptions): boolean;
  /**
   * Optional: settles two expressions from their text alone when it can
   * ("same" or "different"; "unsure" otherwise). Without it, different
   * normal forms are only "maybe different" (for the server-side check).
   */
  expressionVerdict?(a: string, b: string, options?: ExpressionOptions): Verdict;
  /** The identifiers an expression names (for a CHECK's default name). */
  identifiersIn(sql: string): string[];

  /* ---------- names ---------- */
  primaryKeyName(table: string): string;
  uniqueName(table: string, columns: readonly string[]): string;
  foreignKeyName(table: string, columns: readonly string[]): string;
  checkName(table: string, usedColumns: readonly string[]): string;
  /** A table definition with its constraint and index names as the server keeps them (truncated). */
  resolveServerNames(def: TableDefinition): ResolvedTable;
  /** Warnings for names that the server would keep as the same name. */
  truncationCollisions(names: ReadonlyArray<ResolvedName & { readonly schema: string; readonly table: string }>): string[];

  /* ---------- indexes ---------- */
  /** A model index against the database's, structurally ("unsure" when only expressions differ by text). */
  compareIndex(model: IndexDefinition, db: DbIndex): Verdict;
  /** Does the server's text for a model index (from `canonicalize`) equal the live index's definition? */
  sameIndexDefinition(canon: IndexCanon, db: DbIndex): boolean;

  /* ---------- order ---------- */
  /**
   * Optional: the operations rearranged by the dialect's own rules, with a warning for each thing it leaves out
   * (MySQL: a key a foreign key needs is dropped only after one that serves the foreign key is created, or, when
   * nothing the revision creates does, kept).
   */
  arrangeOperations?(operations: readonly Operation[], db: DatabaseSchema): { operations: Operation[]; warnings: string[] };

  /* ---------- server-side check ---------- */
  /**
   * Optional: settles unsure comparisons on the server without changing
   * anything (PostgreSQL: a rolled-back transaction on temporary copies).
   * Without it, unsure comparisons are reported as unverified.
   */
  canonicalize?(conn: DatabaseConnection, items: readonly CanonItem[]): Promise<CanonOutcome>;
}
