/**
 * The version table (one row per current head) and its append-only log,
 * read and written through the dialect's SQL. `readHeads` never creates
 * anything: `current` must not mutate the database.
 */
import { hostname } from "node:os";
import type { DatabaseConnection, Dialect, SqlStatement, VersionLogEntry, VersionTableRef } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
import type { VersionAction } from "../graph/index.js";
import { describeThrown } from "../util/describe-thrown.js";
import { ownQueryFailed } from "./own-query-error.js";

export type { VersionAction };

let host: string | undefined;
/** This machine's name, for the log (looked up once: it is a system call). */
function thisHost(): string {
  host ??= hostname();
  return host;
}

/** Recording steps in the version table failed; `cause` is what the database said. */
export class VersionRecordError extends Error {
  constructor(
    readonly actions: readonly VersionAction[],
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "VersionRecordError";
  }
}

export class VersionStore {
  #pinned: VersionTableRef | null = null;

  constructor(
    readonly dialect: Dialect,
    /** The version table as configured; `ref` is the one the session names (and the migration lock is named after). */
    readonly configured: VersionTableRef,
  ) {}

  /**
   * The version table as this session's statements name it. With no schema
   * configured, the first `exists()` (every command reads the heads before it
   * runs anything) pins the schema the unqualified name meant then, where
   * the dialect says (PostgreSQL): a revision's `SET search_path` or pg_dump's
   * `set_config('search_path', '', false)` would otherwise send the version
   * row to another schema's table, or to none.
   */
  get ref(): VersionTableRef {
    return this.#pinned ?? this.configured;
  }

  get displayName(): string {
    return this.configured.schema ? `${this.configured.schema}.${this.configured.table}` : this.configured.table;
  }

  async exists(conn: DatabaseConnection): Promise<boolean> {
    const s = this.dialect.versionTable.versionTableExists(this.ref);
    let v: unknown;
    try {
      const row = (await conn.query<{ exists: unknown; schema?: unknown }>(s.sql, s.params)).rows[0];
      v = row?.exists;
      if (!this.#pinned && !this.configured.schema && typeof row?.schema === "string") {
        this.#pinned = { ...this.configured, schema: row.schema, resolved: true };
      }
    } catch (e) {
      throw ownQueryFailed(`looking for the version table ${this.displayName}`, e, this.dialect);
    }
    // a boolean, or a count where the database has no boolean type (MySQL, SQLite)
    return v === true || (typeof v === "number" && v > 0) || (typeof v === "bigint" && v > 0n) || v === "1";
  }

  /** Current heads; [] when the table does not exist. Creates nothing. */
  async readHeads(conn: DatabaseConnection): Promise<string[]> {
    let rows: { version_num: unknown }[];
    try {
      if (!(await this.exists(conn))) return [];
      const s = this.dialect.versionTable.selectHeads(this.ref);
      rows = (await conn.query<{ version_num: unknown }>(s.sql, s.params)).rows;
    } catch (e) {
      throw ownQueryFailed(`reading the version table ${this.displayName}`, e, this.dialect);
    }
    return rows.map((row) => {
      if (typeof row.version_num !== "string") {
        throw new AthanorError("VERSION.INVALID", `version table ${this.displayName} holds a non-string value: ${String(row.version_num)}`);
      }
      return row.version_num;
    });
  }

  ensureStatements(): SqlStatement[] {
    return [...this.dialect.versionTable.createVersionTable(this.ref), ...this.ensureLogStatements()];
  }

  /** The log table alone, if missing: a version table another tool made (Alembic's) has none. */
  ensureLogStatements(): SqlStatement[] {
    return this.dialect.versionTable.createLogTable(this.ref);
  }

  async ensure(conn: DatabaseConnection): Promise<void> {
    try {
      for (const s of this.ensureStatements()) await conn.query(s.sql, s.params);
    } catch (e) {
      // a lock that was not granted in time, or a connection that broke, is no matter of privileges
      const kind = this.dialect.errors.classify(e);
      const hint = kind === "lock-timeout" || kind === "connection-lost" ? "" : " (set versionTableSchema, or grant CREATE on the schema)";
      throw new AthanorError("VERSION.CREATE_FAILED", `could not create the version table ${this.displayName}: ${describeThrown(e)}${hint}`, { cause: e });
    }
  }

  actionStatements(action: VersionAction): SqlStatement {
    const vt = this.dialect.versionTable;
    switch (action.kind) {
      case "insert":
        return vt.insertHead(this.ref, action.rev);
      case "update":
        return vt.updateHead(this.ref, action.from, action.to);
      case "delete":
        return vt.deleteHead(this.ref, action.rev);
    }
  }

  /** Applies one action online, checking that exactly one row changed. */
  async apply(conn: DatabaseConnection, action: VersionAction): Promise<void> {
    const s = this.actionStatements(action);
    const r = await conn.query(s.sql, s.params);
    if (r.rowCount !== 1) throw this.rowCountError(action, r.rowCount);
  }

  /**
   * Steps' version-table changes and log rows as one statement that fails
   * unless each change matched exactly one row (so a COMMIT sent behind it
   * in the same message never runs); null when the dialect can't.
   */
  recordStatement(actions: readonly VersionAction[], logs: readonly Omit<VersionLogEntry, "host">[]): SqlStatement | null {
    const entries = logs.map((l) => ({ ...l, host: thisHost() }));
    return this.dialect.versionTable.recordSteps?.(this.ref, actions, entries) ?? null;
  }

  /**
   * Records steps: their version-table changes and log rows, in one
   * statement when the dialect can (one round trip per revision instead of
   * two or three; in per-run mode one for the whole run), checking that each
   * change matched exactly one row. A failure is a VersionRecordError.
   */
  async record(
    conn: DatabaseConnection,
    actions: readonly VersionAction[],
    logs: readonly Omit<VersionLogEntry, "host">[],
  ): Promise<void> {
    const s = this.recordStatement(actions, logs);
    if (!s) {
      for (const action of actions) await this.apply(conn, action);
      for (const entry of logs) {
        const l = this.dialect.versionTable.insertLog(this.ref, { ...entry, host: thisHost() });
        await conn.query(l.sql, l.params);
      }
      return;
    }
    let row: Record<string, unknown>;
    try {
      row = (await conn.query<Record<string, unknown>>(s.sql, s.params, { name: s.name })).rows[0] ?? {};
    } catch (e) {
      throw new VersionRecordError(actions, e);
    }
    actions.forEach((action, i) => {
      const n = Number(row[String(i)]);
      if (n !== 1) throw this.rowCountError(action, n);
    });
  }

  /** Why a record failed: the change that did not match one row (the version table was changed behind the run), else what the database said. */
  explainRecordFailure(failure: VersionRecordError): unknown {
    const counts = this.dialect.versionTable.unmatchedCounts?.(failure.cause);
    const i = counts ? counts.findIndex((n) => n !== 1) : -1;
    const action = failure.actions[i];
    return counts && action ? this.rowCountError(action, counts[i] ?? 0) : failure.cause;
  }

  private rowCountError(action: VersionAction, found: number): AthanorError {
    const what =
      action.kind === "update" ? `updating '${action.from}' to '${action.to}'` : action.kind === "delete" ? `deleting '${action.rev}'` : `inserting '${action.rev}'`;
    return new AthanorError(
      "VERSION.ROWCOUNT",
      `expected to match one row when ${what} in ${this.displayName}; ${found} found (was the version table changed by hand?)`,
    );
  }

  purgeStatement(): SqlStatement {
    return this.dialect.versionTable.deleteAllHeads(this.ref);
  }

  /** A log row for an offline script: the database's clock, no duration or host known. */
  offlineLogStatement(entry: Pick<VersionLogEntry, "revision" | "direction" | "checksum">): SqlStatement {
    return this.dialect.versionTable.insertLog(this.ref, { ...entry, startedAt: null, durationMs: 0, host: null });
  }

  /**
   * Latest checksum recorded per applied revision (for "edited after it was
   * applied" warnings). Not a revision whose last upgrade did not finish (a
   * step log's `running` or `failed` row: half-applied, resumed by checking
   * each statement's own checksum) or was resolved as rolled back.
   */
  async latestChecksums(conn: DatabaseConnection): Promise<Map<string, string | null>> {
    const s = this.dialect.versionTable.selectLatestLogs(this.ref);
    try {
      const r = await conn.query<{ revision: string; checksum: string | null; direction: string; status?: string | null }>(s.sql, s.params);
      const applied = r.rows.filter((x) => x.direction === "up" && (x.status == null || x.status === "finished" || x.status === "resolved-applied"));
      return new Map(applied.map((x) => [x.revision, x.checksum]));
    } catch {
      return new Map();
    }
  }
}
