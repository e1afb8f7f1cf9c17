/**
 * Half-applied revisions, on a dialect without transactional DDL: a revision
 * whose latest log row says it is `running` (the process died or lost its
 * connection in the middle) or `failed` after some of its statements had
 * committed. Until the team decides (`athanor resolve <rev> --applied` or
 * `--rolled-back`, or a rerun of the fixed revision that resumes it), the
 * next `upgrade` and `downgrade` refuse to move past it, and `current` and
 * `status()` report it.
 */
import { relative } from "node:path";
import type { DatabaseConnection, Dialect, UnfinishedStep, VersionTableRef } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { ownQueryFailed } from "./own-query-error.js";
import type { PlannedStep } from "./planned-step.js";

/** Where the runbook is. */
export const RUNBOOK = "docs/running.md#recovering-from-a-half-applied-revision";

function truthy(v: unknown): boolean {
  return v === true || (typeof v === "number" && v > 0) || v === "1";
}

/** The half-applied revisions recorded in the log ([] when the dialect has transactional DDL, or there is no log yet). */
export async function readHalfApplied(dialect: Dialect, conn: DatabaseConnection, ref: VersionTableRef): Promise<UnfinishedStep[]> {
  const sql = dialect.versionTable.stepLog;
  if (!sql) return [];
  const s = sql.selectUnfinished(ref);
  let rows: Record<string, unknown>[];
  try {
    rows = (await conn.query<Record<string, unknown>>(s.sql, s.params)).rows;
  } catch (e) {
    // no log table yet: nothing ever ran
    const exists = sql.logTableExists(ref);
    let found: boolean;
    try {
      found = truthy((await conn.query<{ exists: unknown }>(exists.sql, exists.params)).rows[0]?.exists);
    } catch {
      found = true;
    }
    if (!found) return [];
    throw ownQueryFailed(`reading the log table ${ref.schema ? `${ref.schema}.` : ""}${ref.table}_log`, e, dialect);
  }
  return rows
    .map((r) => {
      const checksums = typeof r.checksums === "string" && r.checksums !== "" ? r.checksums.split(" ") : [];
      return {
        id: Number(r.id),
        revision: String(r.revision),
        direction: r.direction === "down" ? "down" : "up",
        status: r.status === "failed" ? "failed" : "running",
        statementsDone: Number(r.statementsDone ?? 0),
        checksums,
        failedStatement: typeof r.failedStatement === "string" ? r.failedStatement : null,
        startedAt: (r.startedAt as Date | string | null) ?? null,
        host: typeof r.host === "string" ? r.host : null,
      } satisfies UnfinishedStep;
    })
    .filter((u) => u.status === "running" || u.statementsDone > 0);
}

/**
 * For a reader that takes no lock (`current`, `status()`): a `running` row
 * while another session holds the migration lock is a revision being applied
 * right now, not one whose process stopped. Those rows come back with
 * `inProgress` (who holds the lock); the others as they were.
 */
export async function markInProgress(list: readonly UnfinishedStep[], dialect: Dialect, conn: DatabaseConnection, ref: VersionTableRef): Promise<UnfinishedStep[]> {
  if (!list.some((u) => u.status === "running")) return [...list];
  const holder = await dialect.lock.holder(conn, dialect.lock.keyFor(ref)).catch(() => null);
  if (!holder) return [...list];
  return list.map((u) => (u.status === "running" ? { ...u, inProgress: holder } : u));
}

function fileOf(scripts: ScriptDirectory | null, rev: string): string | null {
  const s = scripts?.scripts.get(rev);
  return s ? relative(process.cwd(), s.path) || s.path : null;
}

function oneLine(sql: string, max = 200): string {
  // without the statement's own closing `;`, which the message's `; ` would double
  const s = sql.replace(/\s+/g, " ").replace(/[\s;]+$/, "").trim();
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

/** One line about a half-applied revision: which, its file, how far it got, and what failed. */
export function describeHalfApplied(u: UnfinishedStep, scripts: ScriptDirectory | null): string {
  const file = fileOf(scripts, u.revision);
  const verb = u.direction === "up" ? "upgrade" : "downgrade";
  const n = u.statementsDone;
  if (u.inProgress) return `revision ${u.revision}${file ? ` (${file})` : ""} is being applied right now (the migration lock is ${u.inProgress}): ${n} of its statements have committed so far`;
  const done = `${n} of its statements committed`;
  const how =
    u.status === "running"
      ? `its ${verb} stopped without finishing (the process was killed or lost its connection) after ${done}; statement ${n + 1} may or may not have run`
      : // the failing statement may come after statement n + 1: data statements between DDL run in a transaction of their own, which it rolled back
        `its ${verb} failed${u.failedStatement ? ` at ${oneLine(u.failedStatement)}` : ""} after ${done}`;
  return `revision ${u.revision}${file ? ` (${file})` : ""} is half-applied: ${how}`;
}

/** What to do about it. */
export function resolveAdvice(u: UnfinishedStep): string {
  if (u.inProgress) return "wait for that run to end: it records the revision when its last statement has run, and 'athanor current' then shows it";
  return (
    `make the schema match the revision, or undo its first ${u.statementsDone} statement(s), then run 'athanor resolve ${u.revision} --applied' ` +
    `or 'athanor resolve ${u.revision} --rolled-back'; or fix the revision (keeping its first ${u.statementsDone} statement(s) unchanged) and run the same command again ` +
    `to resume from statement ${u.statementsDone + 1} (${RUNBOOK})`
  );
}

export function halfAppliedError(list: readonly UnfinishedStep[], scripts: ScriptDirectory | null, refusing: string): AthanorError {
  const first = list[0] as UnfinishedStep;
  const others = list.length > 1 ? `; also half-applied: ${list.slice(1).map((u) => u.revision).join(", ")}` : "";
  return new AthanorError("MIGRATION.HALF_APPLIED", `${refusing}: ${describeHalfApplied(first, scripts)}; ${resolveAdvice(first)}${others}`);
}

/**
 * Before `upgrade`/`downgrade` runs steps: a half-applied revision blocks the
 * run, unless the run's first step is that very revision in the same
 * direction (a rerun): then it resumes, and this returns the row to resume.
 */
export function resumeOrRefuse(
  list: readonly UnfinishedStep[],
  steps: readonly PlannedStep[],
  scripts: ScriptDirectory,
  verb: string,
): UnfinishedStep | null {
  if (list.length === 0) return null;
  const first = steps[0];
  const u = list[0] as UnfinishedStep;
  if (list.length === 1 && first && !first.stamp && first.revision === u.revision && first.direction === u.direction) return u;
  throw halfAppliedError(list, scripts, `refusing to ${verb}`);
}
