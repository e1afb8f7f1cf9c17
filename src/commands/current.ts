/** `athanor current [-v] [--check-heads]`: the revisions the database is at. Never creates the version table. */
import { formatCurrentEntry, headsNotApplied, resolveCurrentHeads } from "../graph/index.js";
import { AthanorError } from "../errors.js";
import { describeHalfApplied, resolveAdvice } from "../runtime/half-applied.js";
import type { CommandContext } from "./context.js";
import { readDatabaseHeads } from "./database-heads.js";
import { revisionJson } from "./revision-json.js";

export async function current(ctx: CommandContext, opts: { verbose?: boolean; checkHeads?: boolean }): Promise<number> {
  const { map } = await ctx.scriptDirectory();
  const { heads, url, halfApplied, unversionedTables, unversionedNote } = await readDatabaseHeads(ctx);
  const scripts = await ctx.scriptDirectory();
  // each row names a known revision, one per line of descent: else a clear error, not a listing that looks fine
  resolveCurrentHeads(map, heads);
  const revs = map.allCurrent(heads);
  // real heads the database lacks (an effective head is applied with what depends on it)
  const missing = headsNotApplied(map, heads);
  const atHeads = missing.length === 0;
  if (ctx.globals.json) {
    ctx.out.resultJson({
      url,
      current: revs.map(revisionJson),
      heads: map.heads,
      upToDate: atHeads && halfApplied.length === 0 && unversionedTables.length === 0,
      unversionedTables,
      halfApplied: halfApplied.map((u) => ({
        revision: u.revision,
        direction: u.direction,
        status: u.status,
        statementsDone: u.statementsDone,
        inProgress: u.inProgress !== undefined,
      })),
    });
  } else {
    if (opts.verbose) ctx.out.result(`Current revision(s) for ${url}:`);
    for (const rev of revs) ctx.out.result(formatCurrentEntry(rev, { verbose: opts.verbose === true }));
    if (unversionedNote !== null) ctx.out.warn(unversionedNote);
    else if (revs.length === 0 && halfApplied.length === 0) ctx.out.info("(no current revision: the database is at base)");
    for (const u of halfApplied) {
      if (u.inProgress) {
        // another session is applying it right now: no warning, nothing to resolve
        ctx.out.result(`${u.revision} (being applied: ${u.statementsDone} statement(s) committed so far)`);
        ctx.out.info(`${describeHalfApplied(u, scripts)}; ${resolveAdvice(u)}`);
        continue;
      }
      ctx.out.result(`${u.revision} (half-applied: ${u.statementsDone} statement(s) committed, ${u.status === "failed" ? "then one failed" : "then it stopped"})`);
      ctx.out.warn(`${describeHalfApplied(u, scripts)}; ${resolveAdvice(u)}`);
    }
  }
  if (opts.checkHeads && !atHeads) {
    throw new AthanorError(
      "DATABASE.NOT_AT_HEAD",
      `Database is not on all head revisions (missing: ${missing.join(", ")}); run 'athanor upgrade heads'`,
    );
  }
  return 0;
}
