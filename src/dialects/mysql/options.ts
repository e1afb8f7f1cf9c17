/**
 * MySQL/MariaDB-only options, carried by operations and models under a
 * `mysql` key (`{ mysql: { engine: "InnoDB" } }`). Other dialects ignore
 * them, as Alembic's dialects ignore each other's `mysql_*` keyword arguments.
 */
import type { GeneratedColumn } from "../../schema/column.js";

/** `ALGORITHM=...` of an online DDL statement. */
export type MysqlAlgorithm = "default" | "instant" | "inplace" | "copy";
/** `LOCK=...` of an online DDL statement. */
export type MysqlLock = "default" | "none" | "shared" | "exclusive";

/** How the server may carry out an `ALTER TABLE` or `CREATE INDEX`: fails at once when it can't do it that way. */
export interface MysqlOnlineDdl {
  readonly algorithm?: MysqlAlgorithm;
  readonly lock?: MysqlLock;
}

/** A table's options: `ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`. */
export interface MysqlTableOptions {
  readonly engine?: string;
  readonly charset?: string;
  readonly collation?: string;
  /**
   * MariaDB: `WITH SYSTEM VERSIONING` (the server keeps every row's past versions, read with `FOR SYSTEM_TIME`).
   * Written by createTable (refused on MySQL); read from the database, so that a dropped table's downgrade makes it
   * versioned again (its history is not restored). Not compared: see docs/mysql.md.
   */
  readonly systemVersioned?: boolean;
}

/** A column's options beyond its portable definition. */
export interface MysqlColumnOptions {
  /** `CHARACTER SET utf8mb4` (text columns). */
  readonly charset?: string;
  /** `COLLATE utf8mb4_bin` (text columns). */
  readonly collation?: string;
  /** `ON UPDATE CURRENT_TIMESTAMP` (with the column's fractional-second precision): datetime/timestamp columns. */
  readonly onUpdateCurrentTimestamp?: boolean;
}

/**
 * `op.alterColumn(..., { mysql })`. MODIFY/CHANGE COLUMN rewrites the whole
 * column definition: besides `existingType`, `existingNullable`,
 * `existingDefault` and `existingComment`, what it must keep is said here
 * (`autoIncrement: true` keeps AUTO_INCREMENT, and so on).
 */
export interface MysqlAlterColumnOptions extends MysqlColumnOptions, MysqlOnlineDdl {
  /** The column is AUTO_INCREMENT (and stays so). */
  readonly autoIncrement?: boolean;
  /**
   * The column is generated: `GENERATED ALWAYS AS (expression) STORED` (`stored: false`: VIRTUAL). A new expression
   * here changes it in place (the column keeps its position and its indexes; the server recomputes the values);
   * `existingMysql.generated` is what the downgrade restores. Changing between STORED and VIRTUAL is refused by both
   * servers: drop the column and add it again.
   */
  readonly generated?: GeneratedColumn;
}

/** `op.addColumn(..., { mysql })`, `op.dropColumn(..., { mysql })`. */
export type MysqlAlterTableOptions = MysqlOnlineDdl;

/** An index's MySQL options. */
export interface MysqlIndexOptions extends MysqlOnlineDdl {
  /** `FULLTEXT` or `SPATIAL` index. */
  readonly indexType?: "fulltext" | "spatial";
  /** Prefix lengths by column: `{ body: 100 }` indexes the first 100 characters of `body` (needed for TEXT/BLOB keys). */
  readonly prefixLengths?: Readonly<Record<string, number>>;
  /** `WITH PARSER ngram` (FULLTEXT). */
  readonly parser?: string;
}
