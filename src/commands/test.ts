/**
 * `athanor test [--url URL] [--heads N] [--json]`: proves the revision history
 * on a throwaway database (see src/history-test/run-history-test.ts). Exit 0
 * when every check passed, 1 when one failed (named: check, revision, file,
 * step, error), 2 for bad usage or configuration (and a `--url` database
 * that is not empty).
 */
import { AthanorError, isAthanorError, UsageError } from "../errors.js";
import type { CommandContext } from "./context.js";
import { expectedHeadCount, unexpectedHeads } from "./head-count.js";

export interface TestOptions {
  heads?: string;
}

export async function test(ctx: CommandContext, opts: TestOptions): Promise<number> {
  let heads: number | undefined;
  if (opts.heads !== undefined) {
    heads = Number(opts.heads);
    if (!/^\d+$/.test(opts.heads) || heads < 1) throw new UsageError(`--heads must be a whole number, at least 1 (got '${opts.heads}')`);
  }
  let config: Awaited<ReturnType<CommandContext["config"]>>;
  try {
    config = await ctx.config();
  } catch (e) {
    // a configuration the command can't use is bad usage here: exit 2, not a failed check
    if (isAthanorError(e) && e.code.startsWith("CONFIG.")) throw new AthanorError(e.code, e.message, { exitCode: 2, cause: e });
    throw e;
  }
  const scripts = await ctx.scriptDirectory();
  const expected = expectedHeadCount(config, heads);
  const setting = heads !== undefined ? "--heads" : config.raw.test?.heads !== undefined ? "test.heads in the config" : "the default; set test.heads in the config for more";
  const { runHistoryTest } = await import("../history-test/run-history-test.js");
  const report = await runHistoryTest({
    config,
    scripts,
    cwd: ctx.cwd,
    url: ctx.globals.url !== undefined ? (config.url?.url ?? ctx.globals.url) : null,
    progress: (line) => ctx.out.info(line),
    headsProblem: unexpectedHeads(scripts.map, expected, ctx.cwd, { exact: true, setting }),
  });
  if (ctx.globals.json) ctx.out.resultJson(report);
  const f = report.failure;
  if (f) {
    const where = [f.revision ? `revision ${f.revision}${f.file ? ` (${f.file})` : ""}` : null, f.step ? `step ${f.step}` : null]
      .filter((x) => x !== null)
      .join(", ");
    throw new AthanorError("TEST.FAILED", `${f.check}: ${where ? `${where}: ` : ""}${f.error}`);
  }
  if (!ctx.globals.json) {
    const ran = report.checks.filter((c) => c.status === "passed").map((c) => c.name);
    const skipped = report.checks.filter((c) => c.status === "skipped").map((c) => c.name);
    ctx.out.result(
      `passed: ${ran.join(", ") || "nothing to check"}${skipped.length ? ` (skipped: ${skipped.join(", ")})` : ""}; ` +
        `${report.revisions} revision${report.revisions === 1 ? "" : "s"} in ${(report.durationMs / 1000).toFixed(1)} s`,
    );
  }
  return 0;
}
