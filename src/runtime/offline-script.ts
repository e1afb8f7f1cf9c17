/**
 * `--sql`: the same run, written as a SQL script instead of executed. No
 * connection is made; values are inlined as escaped literals.
 */
import { relative } from "node:path";
import type { TransactionMode } from "../config/settings.js";
import type { Dialect, SessionSettings, SqlLexer } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
import { MigrationOps, type OperationExecutor } from "../operations/migration-ops.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { describeThrown } from "../util/describe-thrown.js";
import { singleLine } from "../util/single-line.js";
import { type PlannedStep, stepLabel } from "./planned-step.js";
import { OperationTracker } from "../operations/operation-tracker.js";
import { callRevision, type RevisionFunction, revisionFunction } from "./revision-call.js";
import { OfflineExecutor, type OfflineTransaction } from "./step-executor.js";
import { stepProtocolFor } from "./step-protocol.js";
import type { VersionStore } from "./version-store.js";

export interface OfflineOptions {
  mode: TransactionMode;
  /**
   * Emit version-table DDL (when starting from base). Otherwise the script
   * still creates the log table if it is missing (`CREATE TABLE IF NOT
   * EXISTS`): a database whose version table Alembic made has none, and the
   * script's log rows would stop it half-way.
   */
  createVersionTable: boolean;
  /**
   * The session settings the script starts with, as an online session would
   * have them (see docs/running.md): lockTimeout and searchPath; the statement
   * and idle limits are left to whoever runs the script.
   */
  settings?: SessionSettings;
  purge?: boolean;
}

export async function offlineScript(
  dialect: Dialect,
  store: VersionStore,
  scripts: ScriptDirectory,
  steps: readonly PlannedStep[],
  opts: OfflineOptions,
): Promise<string> {
  stepProtocolFor(dialect, opts.mode);
  const renderer = await dialect.renderer();
  const parts: string[] = [];
  // BEGIN is written in front of the transaction's first statement: a transaction with none prints nothing.
  let beginOwed = false;
  let open = false;
  // statements around each transaction (SQLite: foreign keys off, checked before COMMIT)
  const guard = renderer.transactionGuard;
  const push = (sql: string) => parts.push(terminated(sql, dialect.sqlLexer));
  // No schema configured: once a revision may have moved the search path, the version statements of it and of
  // every step after it (the path it set lasts for the session) run under the script's (see OfflinePathGuard).
  const pathGuard = store.configured.schema ? undefined : dialect.versionTable.offlinePath;
  let pathMoved = false;
  const emit = (sql: string) => {
    if (beginOwed) {
      beginOwed = false;
      for (const s of guard?.beforeBegin ?? []) push(renderer.inline(s));
      parts.push(`${dialect.beginTransaction};`);
    }
    if (pathGuard?.mayMovePath(sql)) pathMoved = true;
    push(sql);
  };
  const comment = (text: string) => parts.push(`-- ${singleLine(text)}`);
  const tx: OfflineTransaction = {
    get open() {
      return open;
    },
    begin() {
      if (open) return;
      open = true;
      beginOwed = true;
    },
    commit() {
      if (!open) return;
      open = false;
      if (beginOwed) beginOwed = false;
      else {
        for (const s of guard?.offlineCheck ?? []) push(renderer.inline(s));
        parts.push(`${dialect.commitTransaction};`);
        for (const s of guard?.afterEnd ?? []) push(renderer.inline(s));
      }
    },
  };
  const tracker = new OperationTracker();
  const executor = new OfflineExecutor(renderer, emit, tx, dialect.sqlLexer);
  const op = new MigrationOps(executor, {
    offline: true,
    tracker,
    context: scripts.config.context,
    sqlLexer: dialect.sqlLexer,
  });
  // A script that starts past base, on a dialect whose rendering depends on the tables as they are (SQLite's
  // rebuilds): the revisions before it are replayed into the renderer's session first, writing nothing.
  const start = steps[0]?.from ?? [];
  if (executor.primes && start.length > 0) await primeSession(executor, scripts, start, dialect);
  // the session as an online run would set it up (MySQL: UTC and backslash escapes, which the script's literals assume)
  for (const s of dialect.sessionSettings(opts.settings ?? {})) push(renderer.inline(s));
  // where the path is remembered, should a revision move it (written there once it is needed)
  const rememberAt = parts.length;
  let remembered = false;
  const perRun = opts.mode === "per-run";
  // Where DDL commits by itself (MySQL), the script doesn't wrap it in
  // BEGIN/COMMIT as if it could roll back: each revision's statements run as
  // they come, then its version-table change and log row commit together.
  const ddlRollsBack = dialect.capabilities.transactionalDdl;
  if (perRun) tx.begin();
  const tableStatements = opts.createVersionTable ? store.ensureStatements() : steps.length > 0 ? store.ensureLogStatements() : [];
  if (tableStatements.length > 0) {
    if (ddlRollsBack) tx.begin();
    for (const s of tableStatements) emit(renderer.inline(s));
    if (!perRun) tx.commit();
  }
  if (opts.purge) emit(renderer.inline(store.purgeStatement()));
  for (const step of steps) {
    let transactional = true;
    let fn: RevisionFunction | undefined;
    let checksum: string | null = null;
    if (step.revision !== null && !step.stamp) {
      const { module, checksum: sum } = await scripts.importRevision(step.revision);
      checksum = sum;
      const script = scripts.script(step.revision);
      transactional = module.transactional !== false && script.transactional;
      fn = revisionFunction(module, step.direction, script.path, step.revision);
    }
    if (transactional && ddlRollsBack) tx.begin();
    else tx.commit();
    comment(stepLabel(step));
    try {
      if (fn) await callRevision(fn, op, { direction: step.direction, tracker, idleLimitMs: null, inTransaction: () => tx.open });
      // what the renderer's session held back (it may refuse it: the step's failure)
      executor.flush();
    } catch (e) {
      throw offlineFailure(e, step, scripts);
    }
    if (!transactional || !ddlRollsBack) tx.begin();
    const restorePath = pathGuard && pathMoved;
    if (restorePath) {
      if (!remembered) parts.splice(rememberAt, 0, ...pathGuard.remember.map((s) => terminated(renderer.inline(s), dialect.sqlLexer)));
      remembered = true;
      comment("a revision's SQL may have moved the search_path: the version table is written under the path the script started with");
      for (const s of pathGuard.before) emit(renderer.inline(s));
    }
    for (const action of step.actions) emit(renderer.inline(store.actionStatements(action)));
    // the log row too, so a script applied by hand leaves the same trail as an online run
    const touched = step.revision ?? step.to[0] ?? step.from[0];
    if (touched) {
      const direction = step.stamp ? (step.direction === "up" ? "stamp-up" : "stamp-down") : step.direction;
      emit(renderer.inline(store.offlineLogStatement({ revision: touched, direction, checksum })));
    }
    if (restorePath) for (const s of pathGuard.after) emit(renderer.inline(s));
    if (!perRun) tx.commit();
  }
  tx.commit();
  return `${parts.join("\n\n")}\n`;
}

/** What failed while writing the script, naming the step, the revision's file and (for an AthanorError) keeping its code. */
/**
 * Runs the upgrade() of `start` and its ancestors, parents first, against an
 * `op` whose operations only reach the renderer session's `prime()`: it then
 * knows every table as those revisions left it. A revision that can't be
 * replayed offline leaves what it touched unknown (the script's operation on
 * it then fails with the usual message).
 */
async function primeSession(executor: OfflineExecutor, scripts: ScriptDirectory, start: readonly string[], dialect: Dialect): Promise<void> {
  const before = scripts.map.ancestors(start);
  const tracker = new OperationTracker();
  const primer: OperationExecutor = {
    offline: true,
    run: async (op) => executor.prime(op),
    query: async <R>() => [] as R[],
    autocommit: (fn) => fn(),
  };
  const op = new MigrationOps(primer, { offline: true, tracker, context: scripts.config.context, sqlLexer: dialect.sqlLexer });
  for (const rev of scripts.map.parentsFirst()) {
    if (!before.has(rev)) continue;
    const module = await scripts.importRevision(rev.id).then(
      (r) => r.module,
      () => null,
    );
    if (typeof module?.upgrade !== "function") continue;
    const fn = revisionFunction(module, "up", scripts.script(rev.id).path, rev.id);
    await callRevision(fn, op, { direction: "up", tracker, idleLimitMs: null, inTransaction: () => false }).catch(() => {});
  }
}

function offlineFailure(e: unknown, step: PlannedStep, scripts: ScriptDirectory): AthanorError {
  const rev = step.revision as string;
  const verb = step.direction === "up" ? "upgrade" : "downgrade";
  const file = relative(process.cwd(), scripts.script(rev).path);
  const where = `${verb} ${step.from.join(", ") || "<base>"} -> ${step.to.join(", ") || "<base>"} (${file})`;
  if (e instanceof AthanorError) return new AthanorError(e.code, `${where}: ${e.message}`, { exitCode: e.exitCode, cause: e });
  return new AthanorError("MIGRATION.FAILED", `${where} failed with --sql: ${e instanceof Error ? e.message : describeThrown(e)}`, { cause: e });
}

/**
 * A statement with its `;`. When a comment follows its last token (read by
 * the dialect's lexer, so a `--` or `#` inside a string doesn't count), the
 * `;` goes on a line of its own: written after a line comment, the client
 * would read it as part of the comment and join the statement with the next
 * one. If the statement carried its own `;` before the comment, the clients
 * (psql, mariadb, sqlite3) skip the empty statement that leaves.
 */
function terminated(sql: string, lexer: SqlLexer): string {
  // most statements hold no comment mark at all: no lexing for them
  if (!/--|#|\/\*/.test(sql)) return /;\s*$/.test(sql) ? sql : `${sql};`;
  const last = lexer.splitStatements(sql).at(-1);
  const at = last ? sql.indexOf(last.text, last.start) : -1;
  if (last && at >= 0 && /--|#|\/\*/.test(sql.slice(at + last.text.length))) return `${sql}\n;`;
  return /;\s*$/.test(sql) ? sql : `${sql};`;
}
