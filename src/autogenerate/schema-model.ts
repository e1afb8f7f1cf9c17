/**
 * The live schema as a dialect's introspector reads it (dialect-neutral).
 * Types are already in the schema vocabulary; expressions (defaults,
 * checks, predicates) are the server's own deparsed text, which only the
 * dialect's comparator interprets.
 */
import type { MysqlColumnOptions, MysqlIndexOptions, MysqlTableOptions } from "../dialects/mysql/options.js";
import type { SqliteColumnOptions } from "../dialects/sqlite/options.js";
import type { ReferentialAction } from "../schema/column.js";
import type { ColumnType } from "../schema/column-type.js";
import type { ForeignKeyMatch } from "../schema/constraints.js";

export interface DbIdentity {
  readonly generation: "always" | "byDefault";
  readonly start: bigint;
  readonly increment: bigint;
}

export interface DbColumn {
  readonly name: string;
  /** `serial`/`bigserial`/`smallserial` when the column is an integer fed by the sequence it owns. */
  readonly type: ColumnType;
  readonly nullable: boolean;
  /** The default expression as the server prints it (null: none; also null for serials and identities). */
  readonly default: string | null;
  readonly identity: DbIdentity | null;
  /** `GENERATED ALWAYS AS (...) STORED` expression. */
  readonly generated: string | null;
  /** The generated column is VIRTUAL (PostgreSQL 18+), not STORED. */
  readonly generatedVirtual?: boolean;
  readonly comment: string | null;
  /** The type as the server prints it, for messages. */
  readonly formatted: string;
  /** MySQL/MariaDB: ON UPDATE CURRENT_TIMESTAMP, and a character set or collation other than the table's. */
  readonly mysql?: MysqlColumnOptions;
  /** SQLite: the column's own collation (`COLLATE NOCASE`), when not BINARY; `AUTOINCREMENT` on the rowid key. */
  readonly sqlite?: SqliteColumnOptions;
}

export interface DbPrimaryKey {
  readonly name: string;
  readonly columns: readonly string[];
}

export interface DbForeignKey {
  readonly name: string;
  readonly columns: readonly string[];
  readonly refSchema: string;
  readonly refTable: string;
  readonly refColumns: readonly string[];
  readonly onDelete: ReferentialAction;
  readonly onUpdate: ReferentialAction;
  readonly match: ForeignKeyMatch | "partial";
  readonly deferrable: boolean;
  readonly initiallyDeferred: boolean;
  readonly validated: boolean;
}

export interface DbUnique {
  readonly name: string;
  readonly columns: readonly string[];
  readonly nullsNotDistinct: boolean;
  readonly deferrable: boolean;
  readonly initiallyDeferred: boolean;
}

export interface DbCheck {
  readonly name: string;
  /** The condition without `CHECK (...)`. */
  readonly expression: string;
  readonly validated: boolean;
}

export interface DbIndexElement {
  /** A plain column, or null for an expression. */
  readonly column: string | null;
  /** The expression text (or the column name). */
  readonly expression: string;
  readonly order: "asc" | "desc";
  readonly nulls: "first" | "last";
  /** The operator class when it is not the type's default. */
  readonly opclass: string | null;
  /** The collation when it is not the key's own (`COLLATE "C"` in the definition). */
  readonly collation: string | null;
  /**
   * SQLite: a column key's own collation (the column's, else BINARY), which a model may also write out
   * (`{ column: "email", collation: "NOCASE" }` on a NOCASE column is the same index as `"email"`).
   */
  readonly ownCollation?: string;
}

export interface DbIndex {
  readonly name: string;
  readonly unique: boolean;
  readonly method: string;
  readonly elements: readonly DbIndexElement[];
  readonly include: readonly string[];
  readonly where: string | null;
  readonly nullsNotDistinct: boolean;
  readonly valid: boolean;
  /** The index's definition as the server prints it (compared by the dialect's comparator). */
  readonly definition: string;
  /**
   * The server made it for a constraint (MySQL: the index a foreign key needs):
   * kept when the models have it, never dropped when they do not.
   */
  readonly implicit?: boolean;
  /** MySQL/MariaDB: FULLTEXT/SPATIAL and prefix lengths. */
  readonly mysql?: MysqlIndexOptions;
}

export interface DbTable {
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly DbColumn[];
  readonly primaryKey: DbPrimaryKey | null;
  readonly foreignKeys: readonly DbForeignKey[];
  readonly uniques: readonly DbUnique[];
  readonly checks: readonly DbCheck[];
  readonly indexes: readonly DbIndex[];
  /** EXCLUDE constraints, by name (reported, not managed). */
  readonly exclusions: readonly string[];
  readonly comment: string | null;
  readonly partitioned: boolean;
  /** MySQL/MariaDB: the table's engine and default character set and collation. */
  readonly mysql?: MysqlTableOptions;
  /**
   * The table's triggers, by name (not compared or managed: models have none). Dropping the table drops them,
   * and the downgrade's createTable does not make them again, so autogenerate says so.
   */
  readonly triggers?: readonly string[];
  /**
   * The views that read the table, by name (schema-qualified when in another schema; not compared or managed:
   * models have none). Dropping the table leaves them reading a table that is gone, so autogenerate says so.
   */
  readonly views?: readonly string[];
  /**
   * PostgreSQL: the partitions of a partitioned table, by name. Dropping the table drops them with their rows, and
   * the downgrade's createTable makes a plain table, so autogenerate says so.
   */
  readonly partitions?: readonly string[];
  /** PostgreSQL: the tables it inherits from (`INHERITS`), which createTable can't make again; dropped after it. */
  readonly inherits?: readonly { readonly schema: string; readonly name: string }[];
  /** PostgreSQL: the rules on the table, by name (dropped with it, not made again by createTable). */
  readonly rules?: readonly string[];
  /**
   * Other objects that depend on the table and make its `DROP TABLE` fail while they exist, described for a
   * message (`function rewards_report(integer,numeric)`, `rule r on t`).
   */
  readonly blockers?: readonly string[];
  /**
   * What the table has that a createTable made from this description doesn't make again, described for a message
   * (PostgreSQL: `UNLOGGED persistence`, `storage parameters (fillfactor=70)`, `column title's COLLATE "C"`, `NOT VALID on c`).
   */
  readonly unmade?: readonly string[];
  /**
   * The only type names the table's columns may declare (SQLite's STRICT tables: INT, INTEGER, REAL, TEXT, BLOB,
   * ANY), upper case. Absent: any type.
   */
  readonly acceptedTypes?: readonly string[];
}

export interface DbEnum {
  readonly schema: string;
  readonly name: string;
  readonly values: readonly string[];
}

/**
 * SQL the server keeps no dependency record for (a PL/pgSQL or SQL function body, a MySQL procedure, function or
 * trigger, a SQLite trigger): a table it names can be dropped without a word, and it fails when it next runs.
 */
export interface DbRoutine {
  /** For a message: `function f(integer)`, `procedure p`, `trigger t on orders`. */
  readonly description: string;
  /** The tables its SQL names, lower-cased, without their schema (src/util/table-mentions.ts). */
  readonly tables: readonly string[];
  /** A trigger's own table (schema and name), dropped with it. */
  readonly on?: { readonly schema: string; readonly name: string };
}

export interface DatabaseSchema {
  /** The session's default schema: where unqualified model tables live. */
  readonly defaultSchema: string;
  /** The schemas that were read. */
  readonly schemas: readonly string[];
  /** Every non-system schema in the database (to know which must be created). */
  readonly existingSchemas: readonly string[];
  readonly serverVersion: number;
  readonly tables: readonly DbTable[];
  readonly enums: readonly DbEnum[];
  /** Routines and triggers whose SQL names tables (for the warning when one of those is dropped). */
  readonly routines?: readonly DbRoutine[];
  /** How many catalog queries were run. */
  readonly queries: number;
}

/** What `include` filters see, for both database and model objects. */
export interface IncludeObject {
  readonly type: "table" | "column" | "index" | "uniqueConstraint" | "foreignKey" | "check" | "enum" | "primaryKey";
  readonly name: string;
  readonly schema?: string | null;
  readonly table?: string;
  /** Where the object was found. */
  readonly source?: "database" | "model";
}

export type IncludeFilter = (object: IncludeObject) => boolean;
