/**
 * What the conformance suite needs from a dialect target: fresh isolated
 * databases, a second connection to read what was committed, the database's
 * own command-line client (when it has one), a dialect-neutral dump of the
 * schema, the autogenerate comparison, and capability flags. Everything
 * database-specific the suite needs lives behind this interface; the suite
 * body (suite.ts, cases/) never names a database.
 */
import type { DatabaseConnection, Dialect } from "../../src/dialects/dialect.js";

/**
 * What a dialect can do. The first two come from `dialect.capabilities`;
 * the others are declared by the target until the dialect carries them.
 * A case that needs a capability the target lacks is skipped with a reason.
 */
export interface ConformanceCapabilities {
  /** DDL takes part in transactions: a failed per-run upgrade leaves nothing. */
  readonly transactionalDdl: boolean;
  /** Named schemas (namespaces) inside one database: createSchema, `schema` options. */
  readonly schemas: boolean;
  /** Named enum types (`createEnum`, `addEnumValue`, `t.enum(name)`). */
  readonly namedEnums: boolean;
  /** `createIndex(..., { concurrently: true })` outside a transaction. */
  readonly concurrentIndex: boolean;
  /** Table and column comments. */
  readonly comments: boolean;
  /**
   * `setColumnComment` alone (without the column's definition). False on
   * MySQL/MariaDB, where a column comment is part of the definition and
   * changes only by `alterColumn` with `comment` and every `existing*`
   * (which the scenario covers on every target that has comments).
   */
  readonly standaloneColumnComment: boolean;
  /** A primary key keeps the name it was given (MySQL/MariaDB name every primary key PRIMARY). */
  readonly namedPrimaryKey: boolean;
  /** Comments hold characters beyond U+FFFF (MySQL/MariaDB keep comments in 3-byte utf8). */
  readonly supplementaryCharsInComments: boolean;
  /**
   * The database is reachable from another process (the CLI). False for an
   * in-memory SQLite database, private to one connection: only the groups
   * that run in process (operations) can run; the others are skipped.
   */
  readonly crossProcess?: boolean;
}

/** One column in a dump. Types and defaults are the target's normalised text: compare dumps of one target only. */
export interface ColumnDump {
  readonly name: string;
  readonly type: string;
  readonly nullable: boolean;
  readonly default: string | null;
  readonly comment: string | null;
}

export interface ForeignKeyDump {
  readonly name: string;
  readonly columns: readonly string[];
  /** `schema.table` when outside the default schema, else `table`. */
  readonly refTable: string;
  readonly refColumns: readonly string[];
  readonly onDelete: string;
  readonly onUpdate: string;
}

export interface IndexDump {
  readonly name: string;
  readonly unique: boolean;
  /** Column names, or expression text for expression keys. */
  readonly columns: readonly string[];
  readonly where: string | null;
}

export interface TableDump {
  /** `schema.table` when outside the default schema, else `table`. */
  readonly name: string;
  readonly comment: string | null;
  /** Sorted by name: column order is not compared (re-adding a dropped column appends it). */
  readonly columns: readonly ColumnDump[];
  readonly primaryKey: { readonly name: string; readonly columns: readonly string[] } | null;
  /** Each list sorted by name. */
  readonly foreignKeys: readonly ForeignKeyDump[];
  readonly uniques: ReadonlyArray<{ readonly name: string; readonly columns: readonly string[] }>;
  readonly checks: ReadonlyArray<{ readonly name: string; readonly expression: string }>;
  /** Indexes that back no constraint (a unique constraint's own index is in `uniques`). */
  readonly indexes: readonly IndexDump[];
}

/** The schema of a database, normalised so that two dumps of equal schemas are deep-equal. */
export interface SchemaDump {
  /** Sorted by name; the version table and its log included. */
  readonly tables: readonly TableDump[];
  /** Named enums (empty without the capability), sorted by name. */
  readonly enums: ReadonlyArray<{ readonly name: string; readonly values: readonly string[] }>;
  /** Schemas besides the default one (empty without the capability). */
  readonly schemas: readonly string[];
}

/** A fresh, isolated database made for one case group. */
export interface ConformanceDatabase {
  /** The URL a user would put in DATABASE_URL. */
  readonly url: string;
  /**
   * A new, independent session (not shared with what the CLI or the suite
   * used to change the database): what it reads was committed. Close it
   * before running the CLI: an embedded database may admit one process at
   * a time.
   */
  connect(): Promise<DatabaseConnection>;
  drop(): Promise<void>;
}

/** The database's own command-line client, for applying offline (`--sql`) scripts. */
export interface NativeClient {
  /** e.g. "psql". */
  readonly name: string;
  /** Runs `script` against the database, stopping at the first error. */
  apply(db: ConformanceDatabase, script: string): { readonly code: number; readonly stderr: string };
}

export interface ConformanceTarget {
  /** Shown in test names, e.g. "PostgreSQL (server)". */
  readonly name: string;
  readonly dialect: Dialect;
  readonly capabilities: ConformanceCapabilities;
  /**
   * null when the target can run here, else why not. The suite skips with
   * that reason, except under CI=true, where it fails instead.
   */
  unavailable(): Promise<string | null>;
  createDatabase(): Promise<ConformanceDatabase>;
  /** The database's own client, or null with `nativeClientAbsent` saying why. */
  readonly nativeClient: NativeClient | null;
  readonly nativeClientAbsent?: string;
  /** The schema as seen over `conn`, normalised (see SchemaDump). */
  dumpSchema(conn: DatabaseConnection): Promise<SchemaDump>;
  /**
   * Autogenerate's comparison of `models` (tables and enums from `table()`
   * and `enumType()`) with the database over `conn`: one readable line per
   * difference, none when they match. The version table is ignored.
   */
  compareModels(models: readonly unknown[], conn: DatabaseConnection): Promise<string[]>;
  /**
   * Cases this target fails because of a known bug in Athanor, by case id
   * (see the `ctx.known(...)` calls in cases/): the case still runs, as a
   * `todo`, with this description. Remove the entry with the fix.
   */
  readonly knownBugs?: Readonly<Record<string, string>>;
}

/** The capabilities the suite gates on, read from the dialect (a target may narrow them, e.g. a driver without a client). */
export function capabilitiesOf(dialect: Dialect, narrowed: Partial<ConformanceCapabilities> = {}): ConformanceCapabilities {
  const c = dialect.capabilities;
  return {
    transactionalDdl: c.transactionalDdl,
    schemas: c.schemas,
    namedEnums: c.namedEnums,
    concurrentIndex: c.concurrentIndex,
    comments: c.comments,
    standaloneColumnComment: c.comments,
    namedPrimaryKey: true,
    supplementaryCharsInComments: c.comments,
    ...narrowed,
  };
}

/** Opens a session, runs `fn`, closes it (also when `fn` throws). */
export async function withConnection<T>(db: ConformanceDatabase, fn: (conn: DatabaseConnection) => Promise<T>): Promise<T> {
  const conn = await db.connect();
  try {
    return await fn(conn);
  } finally {
    await conn.close();
  }
}
