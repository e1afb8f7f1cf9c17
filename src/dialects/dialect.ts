/**
 * The dialect seam. Everything database-specific lives behind these
 * interfaces: the driver (connections), the DDL renderer, the version-table
 * SQL, the migration lock, and autogenerate's introspector and comparator. Commands and the runtime only
 * talk to a `Dialect`; they never branch on a dialect's name.
 */
import type { DrizzleTableReader } from "../autogenerate/models/drizzle-readers.js";
import type { SchemaComparator } from "../autogenerate/schema-comparator.js";
import type { SchemaIntrospector } from "../autogenerate/schema-introspector.js";
import type { VersionAction } from "../graph/head-maintainer.js";
import type { DialectLint } from "../lint/types.js";
import type { Operation } from "../operations/operation.js";
import type { TypeSupport } from "./unsupported.js";

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
  /** The AUTO_INCREMENT value an INSERT made, where the driver reports it with the result (MySQL's OK packet). */
  readonly insertId?: number;
}

/** One live session (not a pool): transactions and session locks belong to it. */
export interface DatabaseConnection {
  /** Optional: the name of the dialect whose driver opened it (`"sqlite"`); what a caller that gets no dialect goes by. */
  readonly dialect?: string;
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
  /**
   * The database runs inside this process (PGlite). Its locks block no other
   * client, and a server-side timeout that fires there stalls the embedded
   * engine: such settings are not applied (Athanor's own checks still are).
   */
  readonly embedded?: boolean;
  /**
   * Optional: the database session this connection talks through, when other
   * connections in this process may talk through the same one (connections to
   * one PGlite instance; the application's pg Client, mysql2 connection or
   * better-sqlite3 Database adopted by several runs). The database would grant
   * its session-level migration lock to each of them: runs on one session take
   * it in turn in the process (src/runtime/in-process-locks.ts).
   */
  readonly session?: object;
  /**
   * Optional, on a connection the application passed in: whether the
   * application left its session inside a transaction (a BEGIN without
   * COMMIT or ROLLBACK yet). A run's own BEGIN and COMMIT would then commit
   * or roll back the application's work, so it is refused.
   */
  inTransaction?(): Promise<boolean>;
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
  /** How long the session may sit idle inside a transaction before the server ends it (PostgreSQL: idle_in_transaction_session_timeout). */
  idleInTransactionTimeout?: string | number | undefined;
  searchPath?: string | readonly string[] | undefined;
}

export interface VersionTableRef {
  readonly table: string;
  readonly schema?: string | null | undefined;
  /**
   * The schema was not configured but resolved on the session (see
   * VersionTableSql.versionTableExists): it exists, so nothing creates it.
   */
  readonly resolved?: boolean | undefined;
}

/** SQL for the version table (one row per current head) and the append-only log table. */
export interface VersionTableSql {
  /**
   * What the dialect appends to the version table's name to name what it
   * derives from it (the log table, primary keys): with the identifier limit
   * (capabilities.identifierMaxBytes) they bound the `versionTable` setting.
   */
  readonly derivedSuffixes: readonly string[];
  /** Statements that create the version table (and its schema when given) if missing. */
  createVersionTable(ref: VersionTableRef): SqlStatement[];
  /** Statements that create the log table if missing. */
  createLogTable(ref: VersionTableRef): SqlStatement[];
  /**
   * Does the version table exist? Returns a statement whose result has one row with a boolean `exists`.
   * Where an unqualified name is resolved through a search path the session (or a revision's SQL) can change
   * (PostgreSQL), and `ref` names no schema, the row also has `schema`: the schema that name means now (where
   * the table is, else where CREATE TABLE would put it), or null when there is none. VersionStore then names
   * that schema in every statement of the session, so a revision's `SET search_path` does not move its writes.
   */
  versionTableExists(ref: VersionTableRef): SqlStatement;
  /**
   * Optional, for offline scripts on a dialect whose unqualified names follow
   * a search path (PostgreSQL), with no schema configured: a script can't
   * pin the schema as a session does (it is not known without a
   * connection), so after a revision whose SQL may have moved the path, the
   * version statements run under the path the script started with.
   */
  readonly offlinePath?: OfflinePathGuard;
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
   * `{ revision, direction, startedAt, durationMs, checksum, host, appliedBy }`, and `status` where the log has one (stepLog).
   */
  selectLatestLogs(ref: VersionTableRef): SqlStatement;
  /**
   * Dialects without transactional DDL: the log rows that track a step
   * statement by statement (see StepLogSql). PostgreSQL has none.
   */
  readonly stepLog?: StepLogSql;
}

/** See VersionTableSql.offlinePath. */
export interface OfflinePathGuard {
  /** Whether a statement may change how unqualified names resolve (PostgreSQL: it names search_path). */
  mayMovePath(sql: string): boolean;
  /** Once, at the start of a script that needs it (outside any transaction): remember the path. */
  readonly remember: readonly SqlStatement[];
  /** Inside the transaction, before a step's version statements: keep the revision's path, take the remembered one. */
  readonly before: readonly SqlStatement[];
  /** After them: the revision's path again, for the rest of the transaction. */
  readonly after: readonly SqlStatement[];
}

/** A step's progress as the autocommit step protocol records it in the log table. */
export interface StepProgress {
  /** Statements of the step that have committed, counted from its first. */
  readonly statementsDone: number;
  /** Their checksums, in order (one per statement). */
  readonly checksums: readonly string[];
}

/** A log row of a step that did not finish: `running` (the process died or lost its connection) or `failed`. */
export interface UnfinishedStep extends StepProgress {
  readonly id: number;
  readonly revision: string;
  readonly direction: "up" | "down";
  readonly status: "running" | "failed";
  /** The statement that failed (status `failed`), as it was run. */
  readonly failedStatement: string | null;
  readonly startedAt: Date | string | null;
  readonly host: string | null;
  /**
   * A `running` row while another session holds the migration lock: the
   * revision is being applied right now, by that session (the lock's holder,
   * as MigrationLock.holder says it), not stopped. Set only by readers that
   * don't hold the lock themselves (`current`, `status()`).
   */
  readonly inProgress?: string | undefined;
}

/**
 * The log rows of the autocommit step protocol (src/runtime/step-protocol-autocommit.ts):
 * a step that commits statements one by one is marked `running` before its first
 * one, counted after each, and marked `failed` or `finished` at its end;
 * `athanor resolve` appends a `resolved-applied` or `resolved-rolled-back` row.
 * The latest row of a revision tells whether it is half-applied.
 */
export interface StepLogSql {
  /** A `running` row (statements already committed with it may be counted in `progress`). */
  insertRunning(ref: VersionTableRef, entry: VersionLogEntry, progress: StepProgress): SqlStatement;
  /** The id of the row the session inserted last: rows `{ id }`. */
  lastInsertId(): SqlStatement;
  updateProgress(ref: VersionTableRef, id: number, progress: StepProgress): SqlStatement;
  markFailed(ref: VersionTableRef, id: number, progress: StepProgress, failedStatement: string | null): SqlStatement;
  /**
   * A `failed` row set back to `running` (its failed statement forgotten) as a rerun resumes it: a process
   * killed during the rerun then leaves it `running`, not `failed` at a statement that may have committed since.
   */
  markRunning(ref: VersionTableRef, id: number): SqlStatement;
  /**
   * The row finished, with the checksum of the file that finished it: a revision fixed and rerun after it failed
   * halfway records the fixed file, which later runs compare with (not the file its first run started with).
   */
  markFinished(ref: VersionTableRef, id: number, progress: StepProgress, durationMs: number, checksum: string | null): SqlStatement;
  /** A `finished` row for a step that committed all at once (no statement committed by itself). */
  insertFinished(ref: VersionTableRef, entry: VersionLogEntry, progress: StepProgress): SqlStatement;
  /** A row recording the team's decision on a half-applied revision. */
  insertResolution(ref: VersionTableRef, entry: VersionLogEntry, status: "resolved-applied" | "resolved-rolled-back"): SqlStatement;
  /** Each revision's latest row when it is `running` or `failed`: rows as UnfinishedStep (checksums as one space-separated string). */
  selectUnfinished(ref: VersionTableRef): SqlStatement;
  /** Does the log table exist? One row with `exists` (true or 1). */
  logTableExists(ref: VersionTableRef): SqlStatement;
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

/** The session-level migration lock (PostgreSQL: a session advisory lock). */
export interface MigrationLock {
  /** A stable lock key for a version table. */
  keyFor(ref: VersionTableRef): string;
  /** Try once without waiting; true when taken. */
  tryAcquire(conn: DatabaseConnection, key: string): Promise<boolean>;
  /** Who holds it now (for the "waiting for migration lock…" line), if the database can tell. PostgreSQL: the backend pid. */
  holder(conn: DatabaseConnection, key: string): Promise<string | null>;
  release(conn: DatabaseConnection, key: string): Promise<void>;
}

/**
 * What a dialect's database can do, for the code that must choose between
 * ways of doing something. docs/dialects.md lists what reads each.
 */
export interface DialectCapabilities {
  /**
   * DDL takes part in transactions and rolls back with them (PostgreSQL: yes;
   * MySQL: no, each DDL statement commits by itself). The runtime's step
   * protocol depends on it, and `per-run` mode needs it.
   */
  readonly transactionalDdl: boolean;
  /** Objects live in schemas inside one database (PostgreSQL: yes; MySQL: a schema is a database; SQLite: no). */
  readonly schemas: boolean;
  /** Enums are named types of their own (`CREATE TYPE ... AS ENUM`); false: written inline in the column type (`ENUM('a','b')`). */
  readonly namedEnums: boolean;
  /** Constraints are added and dropped with `ALTER TABLE`; false: changing them means rebuilding the table (SQLite). */
  readonly alterConstraints: boolean;
  /** Indexes can be built without blocking writes (`CREATE INDEX CONCURRENTLY`), outside a transaction. */
  readonly concurrentIndex: boolean;
  /** Tables and columns take comments. */
  readonly comments: boolean;
  /** Indexes may have a `WHERE` predicate. */
  readonly partialIndexes: boolean;
  /** Constraints may be `DEFERRABLE [INITIALLY DEFERRED]`. */
  readonly deferrableConstraints: boolean;
  /** Columns may hold arrays (`integer[]`). */
  readonly arrays: boolean;
  /**
   * The longest identifier in bytes (UTF-8) (PostgreSQL: 63;
   * MySQL: 64 characters). Longer names are refused before the server would
   * truncate or reject them.
   */
  readonly identifierMaxBytes: number;
}

/** A statement found in user SQL: what it is, the statement, and where it starts. */
export interface StatementFinding {
  /** What was found, e.g. `COMMIT` or `CREATE INDEX CONCURRENTLY`. */
  readonly keyword: string;
  /** The offending statement (trimmed). */
  readonly statement: string;
  /** Offset of the statement in the input. */
  readonly offset: number;
  /**
   * Why it is refused and what to do instead, for a statement refused along
   * with transaction control for another reason (MySQL's `USE`, which would
   * move Athanor's version table to another database). The refusal then
   * names `keyword` alone, not "transaction control".
   */
  readonly refusal?: string;
}

/** One statement of a script, as the dialect's lexer split it. */
export interface LexedStatement {
  /** The statement's text, without the terminating semicolon, trimmed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The bare words the statement starts with, upper-cased (`["ALTER", "TABLE"]`), up to its first other token. */
  readonly leadingKeywords: readonly string[];
  /** Every bare word of the statement, upper-cased; words in literals, quoted names and comments are not words. */
  readonly keywords: readonly string[];
}

/** What decides whether an operation can run in a transaction, besides the operation. */
export interface TransactionContext {
  /** The server's version (see Dialect.serverVersion); unknown: assume a supported modern server. */
  readonly serverVersion?: number;
}

/**
 * Reads user SQL the way the database does: where statements end, what is a
 * comment, a literal or a quoted name. Everything that looks inside raw SQL
 * (`op.execute`, `op.query`) asks it, never a regular expression of its own.
 */
export interface SqlLexer {
  /** A script's statements (empty ones dropped), split where the database splits them. */
  splitStatements(sql: string): LexedStatement[];
  /**
   * The first statement that controls the transaction (BEGIN, COMMIT,
   * SAVEPOINT, ...), or that Athanor refuses in user SQL alike for a reason
   * of its own (`refusal`), or null.
   */
  findTransactionControl(sql: string): StatementFinding | null;
  /** The first statement the database refuses to run inside a transaction block, or null. */
  findNonTransactionalStatement(sql: string): StatementFinding | null;
  /** Why an operation can't run inside a transaction block, or null. */
  noTransactionReason(op: Operation, context?: TransactionContext): string | null;
  /**
   * Optional: the first construct only a command-line client runs, not the
   * server (PostgreSQL: `COPY ... FROM STDIN` with its data lines, psql's
   * backslash meta-commands), or null. An online op.execute refuses it; an
   * offline script, which that client runs, keeps it.
   */
  findClientCommand?(sql: string): StatementFinding | null;
  /**
   * Optional, for dialects without transactional DDL: whether a statement
   * commits the open transaction by itself (MySQL's DDL). The autocommit step
   * protocol counts such statements one by one; the others run in a transaction.
   */
  commitsImplicitly?(sql: string): boolean;
}

/**
 * What went wrong, in words every dialect shares, read from the error's codes
 * (SQLSTATE, vendor error numbers, Node's errno codes), never from its text.
 */
export type DatabaseErrorKind =
  /** Nothing answered: refused, host unreachable, name not resolvable yet, no answer in time. May heal. */
  | "connect-refused"
  /** An open connection broke (reset, terminated). */
  | "connection-lost"
  /** The server is starting up, shutting down or in recovery. Heals. */
  | "starting-up"
  /** The server has no connection slot free. Heals. */
  | "too-many-connections"
  /** The password is wrong. */
  | "auth-failed"
  /** The server refused the login for another reason (unknown role, access rules). */
  | "auth-rejected"
  /** The server asks for a password and none was given. */
  | "password-missing"
  /** The role may not connect to, or use, what it asked for. */
  | "permission-denied"
  /** The database named in the URL does not exist. */
  | "database-missing"
  /** A lock was not granted within the lock timeout. */
  | "lock-timeout"
  /** A statement ran longer than the statement timeout (or was cancelled). */
  | "statement-timeout"
  /** The session sat idle (in a transaction) longer than the server allows. */
  | "idle-timeout"
  /** Two transactions waited on each other; the server broke the deadlock. */
  | "deadlock"
  /** A value added to an enum type is used before the transaction that added it committed (PostgreSQL's 55P04). */
  | "uncommitted-enum-value"
  /** The server can't do it: a feature or extension it doesn't have (PostgreSQL's 0A000, as PGlite answers `CREATE EXTENSION pgcrypto`). */
  | "feature-unsupported"
  | "unknown";

/** Turns a driver's or server's error into a DatabaseErrorKind. */
export interface ErrorClassifier {
  classify(error: unknown): DatabaseErrorKind;
}

/** The parts of a database URL, as environment variables give them (DB_HOST, DB_PORT, ...). */
export interface UrlComponents {
  readonly host?: string | undefined;
  readonly port?: string | undefined;
  readonly user?: string | undefined;
  readonly password?: string | undefined;
  readonly database?: string | undefined;
}

/** The dialect's own environment variables for each URL component, read after the generic DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_NAME. */
export type ComponentVariables = { readonly [K in keyof UrlComponents]-?: readonly string[] };

/** How a dialect's URLs are written and built. */
export interface DialectUrls {
  /**
   * The URL in its canonical form, for a URL of one of this dialect's
   * schemes (or a scheme with a `+driver` suffix, as SQLAlchemy writes them):
   * `postgresql+asyncpg://...` becomes `postgresql://...`.
   */
  normalize(url: string): string;
  /** This dialect's own variables (PostgreSQL: POSTGRES_HOST and libpq's host variable, ...). One of them set picks this dialect. */
  readonly environment: ComponentVariables;
  /** A URL from components; missing ones take the dialect's defaults (host localhost, ...). */
  fromComponents(components: UrlComponents): string;
}

export interface ConnectOptions {
  readonly url: string;
  readonly settings?: SessionSettings | undefined;
  /**
   * The caller applies the dialect's session settings itself right after
   * connecting (the runtime's sessions do): a driver that applies its base
   * settings on every connection skips them, saving a round trip.
   */
  readonly settingsAppliedByCaller?: boolean;
  /**
   * false: a read-only command (current, check, status(), autogenerate) asks, and a
   * database that does not exist yet is not created. An embedded engine that would
   * create it on open (a SQLite file) opens an empty database in its place, so the
   * command sees a database at base and leaves nothing behind. Default true.
   */
  readonly createMissing?: boolean;
  /**
   * An abort abandons the attempt: a driver that is still connecting drops its socket (a host that drops packets
   * would otherwise keep it, and the process, alive until the driver's own timeout) and rejects; a wait inside
   * connect that is not the server's (PGlite's directory lock, held by another process) ends too, rejecting with
   * the abort's reason (SIGTERM during `upgrade`, `migrate()`'s signal) instead of waiting on.
   */
  readonly signal?: AbortSignal | undefined;
  /**
   * A wait inside connect for another process that is not the server's (PGlite's directory lock): how long
   * (`lockWaitTimeout`, ms; 0: not at all; undefined: the driver's own limit), and where to say that it waits.
   */
  readonly lockWait?: { readonly timeoutMs?: number | undefined; readonly log?: ((line: string) => void) | undefined } | undefined;
}

/** Opens sessions for one URL family (`postgresql://`, `pglite:`). */
export interface Driver {
  /** URL prefixes this driver accepts, e.g. `["postgres:", "postgresql:"]`. */
  readonly protocols: readonly string[];
  /**
   * The database runs in this process (an embedded engine): no network, so
   * no per-attempt connect timeout while waiting for it.
   */
  readonly inProcess?: boolean;
  /** URLs to show as examples in messages, e.g. `postgresql://user@localhost:5432/app`. */
  readonly urlExamples?: readonly string[];
  /** The URLs are `scheme:rest`, not `scheme://authority/...` (`pglite:./data`). */
  readonly opaqueUrls?: boolean;
  /** A throwaway database (in memory) this driver can open, for advice such as "autogenerate against a scratch database". */
  readonly scratchUrl?: string;
  /** A URL with its relative file paths made absolute against `base` (`pglite:./data`: relative to the config's folder). */
  resolvePaths?(url: string, base: string): string;
  /** npm package the driver needs, for the "install X" message. */
  readonly packageName: string;
  /** Imports the driver package ahead of connect(), so that connect() starts talking to the server at once. */
  load?(): Promise<void>;
  connect(options: ConnectOptions): Promise<DatabaseConnection>;
}

/** Reads the live schema for a renderer session (queries run inside the step's transaction, after what it sent so far). */
export interface SchemaReader {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/**
 * Rendering for one run, for a dialect whose statements depend on the
 * schema as it is (SQLite rebuilds a table for most changes and needs its
 * whole current definition). Online it reads the live database through the
 * reader; offline (`--sql`) it remembers what the operations rendered
 * earlier in the same script did.
 */
export interface RenderSession {
  render(op: Operation): Promise<SqlStatement[]>;
  /**
   * Optional: statements the session held back (SQLite keeps each table's
   * rebuild open while the step's later operations change that table, and
   * writes it once). Executors call it before anything else reaches the
   * database: a query, a COMMIT, op.autocommit, the end of a step.
   */
  flush?(): SqlStatement[];
  /**
   * Optional, offline: take note of an operation that ran before the script
   * starts (an earlier revision's upgrade), writing nothing, so that a script
   * that starts past base (`downgrade --sql head:base`) knows the tables its
   * operations rebuild. Throws nothing: what it can't follow stays unknown.
   */
  prime?(op: Operation): void;
}

/**
 * Statements around each migration transaction, for a dialect that must
 * change a setting no transaction can change (SQLite: `PRAGMA foreign_keys`
 * is off during a step so that a table rebuild fires no cascade, and the
 * step's foreign keys are checked before its COMMIT).
 */
export interface TransactionGuard {
  /** Sent before BEGIN. */
  readonly beforeBegin: readonly SqlStatement[];
  /** Sent after COMMIT or ROLLBACK. */
  readonly afterEnd: readonly SqlStatement[];
  /** Online, just before COMMIT: why the transaction must not commit (e.g. the rows that violate a foreign key), or null. */
  check(reader: SchemaReader): Promise<string | null>;
  /** Offline, the statement before COMMIT that fails the script when the check would fail online. */
  readonly offlineCheck: readonly SqlStatement[];
}

/** Turns operations into SQL. */
export interface DialectRenderer {
  /** Optional: a session that renders operations knowing the current schema (see RenderSession); `reader` is null offline. */
  session?(reader: SchemaReader | null): RenderSession;
  /** Optional: statements around each migration transaction (see TransactionGuard). */
  readonly transactionGuard?: TransactionGuard;
  /** Renders one operation to its statements, with values as bound parameters. */
  renderOperation(op: Operation): SqlStatement[];
  /** Renders a value as a safely escaped SQL literal (offline scripts). */
  renderLiteral(value: unknown): string;
  /** A statement with its parameters inlined as literals (offline scripts). */
  inline(stmt: SqlStatement): string;
  /**
   * Which column types the dialect can store: null, or the alternative to name
   * in the DIALECT.UNSUPPORTED refusal (see unsupported.ts). Absent: all.
   */
  readonly supportsType?: TypeSupport;
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
   *
   * `conn`, when given, is the session the statements will run on: a dialect
   * whose SQL depends on the server's version (MySQL: RENAME COLUMN or
   * CHANGE) reads it from there (without a query where the driver knows it).
   * Without it (offline `--sql`), the renderer writes for a modern server.
   */
  renderer(conn?: DatabaseConnection): Promise<DialectRenderer>;
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
  /**
   * Statements that apply session settings on `conn` (its server's version may decide their form); without
   * `conn`, the statements an offline script (`--sql`) starts with.
   */
  sessionSettings(settings: SessionSettings, conn?: DatabaseConnection): SqlStatement[];
  readonly beginTransaction: string;
  readonly commitTransaction: string;
  readonly rollbackTransaction: string;
  readonly versionTable: VersionTableSql;
  readonly lock: MigrationLock;
  /** Reads user SQL: statements, comments, quoting, transaction control. */
  readonly sqlLexer: SqlLexer;
  /** URL forms, normalization, and URLs built from environment variables. */
  readonly urls: DialectUrls;
  /** Reads the kind of a failure from its codes (for retrying a connection, for messages). */
  readonly errors: ErrorClassifier;
  /**
   * The server's version as a number (PostgreSQL: `server_version_num`, e.g. 150004),
   * for version-dependent decisions such as `requiresNoTransaction(op, { serverVersion })`.
   */
  serverVersion?(conn: DatabaseConnection): Promise<number>;
  /**
   * An embedded engine's version, read without opening the configured
   * database (SQLite: the linked library's `sqlite_version()`), for
   * `athanor config`. Absent for servers (their version needs a connection).
   */
  engineVersion?(): Promise<string>;
  /**
   * Tables that are not the database's own (outside system schemas), as
   * `schema.table`, for telling an empty database from an unversioned one.
   * With `schemas`, only the tables in those (`null`: the session's default
   * schema).
   */
  userTables(conn: DatabaseConnection, schemas?: readonly (string | null)[]): Promise<string[]>;
  /**
   * Optional: what a user made besides tables, in the schemas `userTables`
   * searches without `schemas` (views, sequences, routines, triggers, types,
   * events: whatever the database has), as `kind schema.name` (`view
   * app.active_users`), sorted; objects an extension owns are not the user's.
   * `athanor test --url` refuses a database where this or `userTables` finds
   * anything. Without it, only tables are looked for.
   */
  userObjects?(conn: DatabaseConnection): Promise<string[]>;
  /**
   * Wraps a driver object the application already has (a client, a pool, an
   * embedded instance). With `driverObjectsOnly`, only objects it can tell
   * are its driver library's own; without, also generic ones (a plain
   * DatabaseConnection, any object with a `query` method). Without a URL,
   * every dialect is first asked for its own objects, so that a generic
   * match can't take another driver's object.
   */
  adoptConnection(external: unknown, opts?: { driverObjectsOnly?: boolean }): Promise<DatabaseConnection | null>;
  /**
   * Optional: where a driver object the application passed in is connected, as
   * a URL without its password (`mysql://app@db:3306/shop`, `sqlite:/srv/app.db`),
   * read from the object itself (no round trip); null when it can't tell. The
   * result's `url` and "Connected to" name it rather than the config's URL,
   * which may name another database.
   */
  describeAdopted?(external: unknown): string | null;
  /** `athanor lint`: the dialect's own rules and SQL parser, loaded on first use. Absent: the common rules only, SQL split by the lexer. */
  lint?(): Promise<DialectLint>;
  /**
   * Optional: reads this database's drizzle tables (drizzle-orm's core for it:
   * `pgTable`, `mysqlTable`, `sqliteTable`) as models, loaded on demand. See
   * DrizzleTableReader and docs/dialects.md.
   */
  drizzleReader?(): Promise<DrizzleTableReader>;
  /**
   * Optional: does the table exist? `name` as a user writes it (`users`,
   * `billing.invoices`), resolved the way the database resolves names (search
   * path, default schema). Without it, `userTables` is searched.
   */
  tableExists?(conn: DatabaseConnection, name: string): Promise<boolean>;
}
