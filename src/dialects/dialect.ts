/**
 * The dialect seam. Everything database-specific lives behind these
 * interfaces: the driver (connections), the DDL renderer, the version-table
 * SQL, the migration lock, and autogenerate's introspector and comparator. Commands and the runtime only
 * talk to a `Dialect`; they never branch on a dialect's name.
 */
import type { SchemaComparator } from "../autogenerate/schema-comparator.js";
import type { SchemaIntrospector } from "../autogenerate/schema-introspector.js";
import type { VersionAction } from "../graph/head-maintainer.js";
import type { Operation } from "../operations/operation.js";

/** One SQL statement with bound parameters ($1, $2, … in the dialect's own placeholder style). */
export interface SqlStatement {
  readonly sql: string;
  readonly params?: readonly unknown[];
  /**
   * A statement run many times with different values may carry a name: the
   * driver keeps it prepared for the session under that name (parsed and
   * planned once). Drivers without prepared statements ignore it.
   */
  readonly name?: string;
}

export interface QueryOptions {
  /** See SqlStatement.name. */
  readonly name?: string | undefined;
}

export interface QueryResult<R = Record<string, unknown>> {
  readonly rows: R[];
  /** Rows affected (DML) or returned (SELECT). */
  readonly rowCount: number;
}

/** One live session (not a pool): transactions and session locks belong to it. */
export interface DatabaseConnection {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<R>>;
  /** Runs a parameterless script that may hold several statements. */
  exec(sql: string): Promise<void>;
  /**
   * Optional: runs statements, each a single statement (with or without
   * values, named or not), as one message to the server (one round trip), in
   * order, stopping at the first that fails; that failure rejects with a
   * BatchFailure naming its index, and nothing after it runs. Results are
   * not returned: what needs rows uses query().
   */
  batch?(statements: readonly SqlStatement[]): Promise<void>;
  /**
   * Optional: a pipeline on this session (see StatementStream). Until it has
   * ended, the session runs nothing else: other queries wait behind it.
   */
  stream?(): StatementStream;
  close(): Promise<void>;
}

/**
 * Statements sent in groups, each group without waiting for the ones before
 * it to finish; the server runs them in order. Once a statement fails, the
 * server runs nothing more that was sent on the stream: the failing group's
 * promise rejects with a BatchFailure (index within the group), later
 * groups' with SkippedAfterFailure. `end()` closes the stream; it resolves
 * once the session can take other queries again.
 */
export interface StatementStream {
  /** Resolves when every statement of the group has completed. */
  send(statements: readonly SqlStatement[]): Promise<void>;
  end(): Promise<void>;
}

/** Session settings applied to every migration session. */
export interface SessionSettings {
  lockTimeout?: string | number | undefined;
  statementTimeout?: string | number | undefined;
  searchPath?: string | readonly string[] | undefined;
}

export interface VersionTableRef {
  readonly table: string;
  readonly schema?: string | null | undefined;
}

/** SQL for the version table (one row per current head) and the append-only log table. */
export interface VersionTableSql {
  /** Statements that create the version table (and its schema when given) if missing. */
  createVersionTable(ref: VersionTableRef): SqlStatement[];
  /** Statements that create the log table if missing. */
  createLogTable(ref: VersionTableRef): SqlStatement[];
  /** Does the version table exist? Returns a statement whose result has one row with a boolean `exists`. */
  versionTableExists(ref: VersionTableRef): SqlStatement;
  /** Rows `{ version_num: string }`, one per head. */
  selectHeads(ref: VersionTableRef): SqlStatement;
  insertHead(ref: VersionTableRef, rev: string): SqlStatement;
  updateHead(ref: VersionTableRef, from: string, to: string): SqlStatement;
  deleteHead(ref: VersionTableRef, rev: string): SqlStatement;
  deleteAllHeads(ref: VersionTableRef): SqlStatement;
  insertLog(ref: VersionTableRef, entry: VersionLogEntry): SqlStatement;
  /**
   * Optional: one statement that records steps, their version-table changes
   * and their log rows together (one round trip instead of one per change).
   * Its one result row holds, in columns "0", "1", …, how many rows each
   * change matched, and the statement itself fails when any change did not
   * match exactly one row: a COMMIT sent behind it in the same message must
   * never run. Null when the changes can't share a statement (two of them
   * touch the same version: a statement's parts don't see each other's rows).
   */
  recordSteps?(ref: VersionTableRef, actions: readonly VersionAction[], logs: readonly VersionLogEntry[]): SqlStatement | null;
  /** When recordSteps' statement failed because a change did not match one row: how many rows each change matched. */
  unmatchedCounts?(error: unknown): readonly number[] | null;
  /**
   * Latest log entry per revision (for checksum drift warnings). Rows
   * `{ revision, direction, startedAt, durationMs, checksum, host, appliedBy }`.
   */
  selectLatestLogs(ref: VersionTableRef): SqlStatement;
}

export interface VersionLogEntry {
  readonly revision: string;
  readonly direction: "up" | "down" | "stamp-up" | "stamp-down";
  /** null: the start of the database's current transaction (offline scripts; a step recorded in the message that ran it). */
  readonly startedAt: Date | null;
  /** null: measured by the database, from the start of its current transaction to the row's writing. */
  readonly durationMs: number | null;
  readonly checksum: string | null;
  /** null when unknown (offline scripts, applied elsewhere). */
  readonly host: string | null;
}

/** The session-level migration lock (PostgreSQL: pg_advisory_lock). */
export interface MigrationLock {
  /** A stable lock key for a version table. */
  keyFor(ref: VersionTableRef): string;
  /** Try once without waiting; true when taken. */
  tryAcquire(conn: DatabaseConnection, key: string): Promise<boolean>;
  /** Who holds it now (for the "waiting for migration lock…" line), if the database can tell. PostgreSQL: the backend pid. */
  holder(conn: DatabaseConnection, key: string): Promise<string | null>;
  release(conn: DatabaseConnection, key: string): Promise<void>;
}

export interface DialectCapabilities {
  /** DDL takes part in transactions (PostgreSQL: yes; MySQL: no). */
  readonly transactionalDdl: boolean;
  readonly schemas: boolean;
}

export interface ConnectOptions {
  readonly url: string;
  readonly settings?: SessionSettings | undefined;
}

/** Opens sessions for one URL family (`postgresql://`, `pglite:`). */
export interface Driver {
  /** URL prefixes this driver accepts, e.g. `["postgres:", "postgresql:"]`. */
  readonly protocols: readonly string[];
  /** npm package the driver needs, for the "install X" message. */
  readonly packageName: string;
  /** Imports the driver package ahead of connect(), so that connect() starts talking to the server at once. */
  load?(): Promise<void>;
  connect(options: ConnectOptions): Promise<DatabaseConnection>;
}

/** Turns operations into SQL. */
export interface DialectRenderer {
  /** Renders one operation to its statements, with values as bound parameters. */
  renderOperation(op: Operation): SqlStatement[];
  /** Renders a value as a safely escaped SQL literal (offline scripts). */
  renderLiteral(value: unknown): string;
  /** A statement with its parameters inlined as literals (offline scripts). */
  inline(stmt: SqlStatement): string;
}

export interface Dialect {
  /** e.g. "postgresql". */
  readonly name: string;
  readonly capabilities: DialectCapabilities;
  readonly drivers: readonly Driver[];
  quoteIdentifier(name: string): string;
  /** `"schema"."name"` or `"name"`. */
  qualify(name: string, schema?: string | null): string;
  /**
   * DDL rendering, loaded on first use: a run with nothing to do, `current`
   * and the lock never need it (it is most of a dialect's code).
   */
  renderer(): Promise<DialectRenderer>;
  /**
   * Autogenerate: reads the live schema into the dialect-neutral model
   * (src/autogenerate/schema-model.ts). Loaded on first use. A dialect
   * without it does not support autogenerate.
   */
  introspector?(): Promise<SchemaIntrospector>;
  /**
   * Autogenerate: the dialect's type, default, expression, name and index
   * rules the comparison asks (src/autogenerate/schema-comparator.ts).
   * Loaded on first use.
   */
  comparator?(): Promise<SchemaComparator>;
  /** Statements that apply session settings. */
  sessionSettings(settings: SessionSettings): SqlStatement[];
  readonly beginTransaction: string;
  readonly commitTransaction: string;
  readonly rollbackTransaction: string;
  readonly versionTable: VersionTableSql;
  readonly lock: MigrationLock;
  /**
   * The server's version as a number (PostgreSQL: `server_version_num`, e.g. 150004),
   * for version-dependent decisions such as `requiresNoTransaction(op, { serverVersion })`.
   */
  serverVersion?(conn: DatabaseConnection): Promise<number>;
  /**
   * Tables that are not the database's own (outside system schemas), as
   * `schema.table`, for telling an empty database from an unversioned one.
   * With `schemas`, only the tables in those (`null`: the session's default
   * schema).
   */
  userTables(conn: DatabaseConnection, schemas?: readonly (string | null)[]): Promise<string[]>;
  /** Wraps a driver object the application already has (a client, a pool, an embedded instance). */
  adoptConnection(external: unknown): Promise<DatabaseConnection | null>;
}
