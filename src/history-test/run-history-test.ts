/**
 * `athanor test`: the checks that prove a revision history, in order, stopping
 * at the first failure:
 *
 *   heads       the graph has exactly the expected number of heads (test.heads, default 1);
 *   downgrades  every revision exports a downgrade or declares `irreversible`;
 *   stairway    from empty, each revision up, down and up again; the schema
 *               after each downgrade equals the schema before its upgrade;
 *   models      after the last upgrade the models compare empty (when `models` is set).
 *
 * The database is a throwaway one: the dialect's scratch database (PGlite in
 * memory) unless a URL is given, which must then be empty.
 */
import { relative } from "node:path";
import type { ResolvedConfig } from "../config/load-config.js";
import { dialectForUrl, defaultDialect } from "../dialects/registry.js";
import { AthanorError } from "../errors.js";
import { openSession, type Session } from "../runtime/open-session.js";
import { irreversibleReason } from "../runtime/revision-call.js";
import { runtimeInput, versionTableRef } from "../api/runtime-input.js";
import { VersionStore } from "../runtime/version-store.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { describeThrown } from "../util/describe-thrown.js";
import { maskUrl } from "../util/mask-secrets.js";
import { runStairway, upgradeOrder } from "./stairway.js";

export type CheckName = "heads" | "downgrades" | "stairway" | "models";
export const CHECKS: readonly CheckName[] = ["heads", "downgrades", "stairway", "models"];
export type CheckStatus = "passed" | "failed" | "skipped" | "not run";

export interface TestFailure {
  readonly check: CheckName;
  readonly revision: string | null;
  readonly file: string | null;
  /** `upgrade`, `downgrade`, `upgrade again`, `import`; null when no step ran (heads, a missing downgrade, models). */
  readonly step: string | null;
  readonly error: string;
  /** Schema or model differences, one line each. */
  readonly differences: readonly string[];
}

export interface CheckResult {
  readonly name: CheckName;
  readonly status: CheckStatus;
  /** What was checked, or why it was skipped. */
  readonly summary: string;
}

export interface HistoryTestReport {
  readonly passed: boolean;
  /** The database used, password masked (null when no database was needed). */
  readonly database: string | null;
  readonly revisions: number;
  readonly heads: readonly string[];
  readonly irreversible: ReadonlyArray<{ readonly revision: string; readonly reason: string }>;
  readonly checks: readonly CheckResult[];
  readonly failure: TestFailure | null;
  readonly durationMs: number;
}

export interface HistoryTestOptions {
  readonly config: ResolvedConfig;
  readonly scripts: ScriptDirectory;
  readonly cwd: string;
  /** Test on this URL (which must be empty) instead of a scratch database. */
  readonly url: string | null;
  /** One line per check passed and per revision done. */
  readonly progress: (line: string) => void;
  /** The heads check, as an error (see head-count.ts), or null when the count is right. */
  readonly headsProblem: AthanorError | null;
}

/** The URL to test on: the one given, else the scratch database of the configured dialect (PostgreSQL's: PGlite in memory). */
export function scratchUrl(config: ResolvedConfig): string {
  let dialect = defaultDialect();
  if (config.url && !config.url.invalid) {
    try {
      dialect = dialectForUrl(config.url.url).dialect;
    } catch {
      // an unknown scheme: the default dialect's scratch database
    }
  }
  const url = dialect.drivers.find((d) => d.scratchUrl)?.scratchUrl;
  if (!url) {
    throw new AthanorError(
      "USAGE",
      `the ${dialect.name} dialect has no throwaway database of its own: pass --url with an empty database for 'athanor test'`,
      { exitCode: 2 },
    );
  }
  return url;
}

export async function runHistoryTest(opts: HistoryTestOptions): Promise<HistoryTestReport> {
  const started = Date.now();
  const { scripts, config } = opts;
  const map = scripts.map;
  const checks: CheckResult[] = [];
  const irreversible: { revision: string; reason: string }[] = [];
  let database: string | null = null;
  let revisions = 0;
  const fileOf = (id: string) => {
    const p = map.get(id)?.path;
    return p ? relative(opts.cwd, p) || p : null;
  };
  const finish = (failure: TestFailure | null): HistoryTestReport => {
    for (const name of CHECKS) if (!checks.some((c) => c.name === name)) checks.push({ name, status: "not run", summary: "" });
    return { passed: failure === null, database, revisions, heads: map.heads, irreversible, checks, failure, durationMs: Date.now() - started };
  };
  const failed = (failure: TestFailure): HistoryTestReport => {
    checks.push({ name: failure.check, status: "failed", summary: failure.error });
    return finish(failure);
  };
  const pass = (name: CheckName, summary: string, status: CheckStatus = "passed") => {
    checks.push({ name, status, summary });
    opts.progress(`${status === "passed" ? "ok" : status}: ${name}: ${summary}`);
  };

  // 1. heads
  if (opts.headsProblem) {
    return failed({ check: "heads", revision: null, file: null, step: null, error: opts.headsProblem.message, differences: [] });
  }
  pass("heads", map.heads.length === 0 ? "no revisions yet" : `${map.heads.length} (${map.heads.join(", ")})`);

  // 2. every revision has a downgrade, or says it has none on purpose
  const order = upgradeOrder(scripts).map((s) => s.revision);
  for (const rev of order) {
    let module: Record<string, unknown>;
    try {
      module = (await scripts.importRevision(rev.id)).module as Record<string, unknown>;
    } catch (e) {
      return failed({ check: "downgrades", revision: rev.id, file: fileOf(rev.id), step: "import", error: describeThrown(e), differences: [] });
    }
    const reason = irreversibleReason(module);
    if (reason !== null) irreversible.push({ revision: rev.id, reason });
    else if (typeof module.downgrade !== "function") {
      return failed({
        check: "downgrades",
        revision: rev.id,
        file: fileOf(rev.id),
        step: null,
        error: `no downgrade: export async function downgrade(op) { … }, or declare that it can't have one with export const irreversible = "why"`,
        differences: [],
      });
    }
  }
  pass(
    "downgrades",
    `${order.length} revision${order.length === 1 ? "" : "s"}` +
      (irreversible.length ? `; irreversible: ${irreversible.map((i) => i.revision).join(", ")}` : ", each with a downgrade"),
  );
  if (order.length === 0) {
    pass("stairway", "no revisions", "skipped");
    pass("models", "no revisions", "skipped");
    return finish(null);
  }

  // 3. the stairway, on a throwaway database
  const url = opts.url ?? scratchUrl(config);
  database = maskUrl(url);
  const session = await openSession({ ...runtimeInput(config), url: { url } });
  try {
    if (opts.url) await refuseUnlessEmpty(session, config);
    const introspector = await session.dialect.introspector?.();
    if (!introspector) {
      throw new AthanorError(
        "DIALECT.NO_AUTOGENERATE",
        `the ${session.dialect.name} dialect has no introspector, so 'athanor test' can't compare schemas`,
      );
    }
    opts.progress(`Testing ${order.length} revision${order.length === 1 ? "" : "s"} on ${database}`);
    const stairway = await runStairway({
      session,
      scripts,
      config,
      introspector,
      irreversible: new Set(irreversible.map((i) => i.revision)),
      progress: opts.progress,
      cwd: opts.cwd,
      scratch: opts.url ? null : database,
    });
    revisions = stairway.revisions;
    if (stairway.failure) {
      const f = stairway.failure;
      return failed({ check: "stairway", ...f });
    }
    pass(
      "stairway",
      `${stairway.revisions} revision${stairway.revisions === 1 ? "" : "s"} upgraded, downgraded and upgraded again` +
        `${irreversible.length ? ` (irreversible ones upgraded only)` : ""}; the schema after each downgrade matched the one before its upgrade`,
    );

    // 4. the models describe the schema the revisions build
    if (!config.raw.models) {
      pass("models", "no `models` in the config", "skipped");
      return finish(null);
    }
    const { autogenerate, formatDiff } = await import("../autogenerate/index.js");
    const result = await autogenerate(config, session.conn, { dialect: session.dialect });
    if (!result.empty) {
      const differences = formatDiff(result.upgradeOps);
      return failed({
        check: "models",
        revision: null,
        file: null,
        step: null,
        error:
          `the models differ from the schema the revisions build (${differences.length} difference${differences.length === 1 ? "" : "s"}): ` +
          `${differences.join("; ")}; write a revision for them ('athanor revision --autogenerate -m "…"')`,
        differences,
      });
    }
    pass("models", "no differences after the last upgrade");
    return finish(null);
  } finally {
    await session.close().catch(() => {});
  }
}

/**
 * `--url` must name an empty database: `test` never touches one with data (or an Athanor version table), nor one
 * holding views, routines, triggers, types… (`userObjects`), which a downgrade could break or the stairway trip over.
 */
async function refuseUnlessEmpty(session: Session, config: ResolvedConfig): Promise<void> {
  const tables = await session.dialect.userTables(session.conn);
  const objects = (await session.dialect.userObjects?.(session.conn)) ?? [];
  const versioned = await new VersionStore(session.dialect, versionTableRef(config)).exists(session.conn);
  if (tables.length === 0 && objects.length === 0 && !versioned) return;
  throw new AthanorError(
    "TEST.DATABASE_NOT_EMPTY",
    `the database at ${session.displayUrl} is not empty (${contents(tables, objects)}); 'athanor test' runs every upgrade and downgrade, so it needs an empty, throwaway database: create one for it${scratchHint(session)}`,
    { exitCode: 2 },
  );
}

/** `tables: a, b; view app.v, function app.f, … (5 other objects)`: up to five tables and two other objects by name. */
function contents(tables: readonly string[], objects: readonly string[]): string {
  const parts: string[] = [];
  if (tables.length > 0 || objects.length === 0) {
    const shown = `${tables.slice(0, 5).join(", ")}${tables.length > 5 ? `, … (${tables.length} in all)` : ""}`;
    parts.push(`tables: ${shown || "the version table"}`);
  }
  if (objects.length > 0) {
    const more = objects.length > 2 ? `, … (${objects.length} other objects)` : "";
    parts.push(`${objects.slice(0, 2).join(", ")}${more}`);
  }
  return parts.join("; ");
}

/** `, or leave out --url to test on <the dialect's scratch database>`, where it has one (MySQL has none). */
function scratchHint(session: Session): string {
  const url = session.dialect.drivers.find((d) => d.scratchUrl)?.scratchUrl;
  return url ? `, or leave out --url to test on ${url}` : "";
}
