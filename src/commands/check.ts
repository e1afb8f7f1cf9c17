/**
 * `athanor check`: exit 0 and "No changes detected" when the models match the
 * database; exit 2 and a readable list of differences (or --json) otherwise.
 * The models describe the schema at the heads, so a database that is not at
 * the heads is not compared: exit 3, naming what is not applied. More heads
 * than expected (`test.heads`, default 1) fail first (exit 1), naming each
 * branch's latest revision and the merge to run.
 */
import { headsNotApplied } from "../graph/index.js";
import { openSession } from "../runtime/open-session.js";
import { runtimeInput, versionStoreFor } from "../api/runtime-input.js";
import { singleLine } from "../util/single-line.js";
import type { CommandContext } from "./context.js";
import { expectedHeadCount, unexpectedHeads } from "./head-count.js";

/** Exit status of `check` when the database is behind (or beside) the heads. */
export const CHECK_NOT_AT_HEADS = 3;

export async function check(ctx: CommandContext): Promise<number> {
  const config = await ctx.config();
  const { map } = await ctx.scriptDirectory();
  // two pull requests that each added a revision: say so before connecting (CI fails here, not at deploy)
  const extraHeads = unexpectedHeads(map, expectedHeadCount(config), ctx.cwd);
  if (extraHeads) throw extraHeads;
  const input = runtimeInput(config);
  const session = await openSession(input, { createMissing: false });
  try {
    ctx.out.info(`Connected to ${session.displayUrl}`);
    const store = versionStoreFor(config, session.dialect);
    const current = await store.readHeads(session.conn);
    const missing = headsNotApplied(map, current);
    if (missing.length > 0) {
      if (ctx.globals.json) ctx.out.resultJson({ changes: null, atHeads: false, current, notApplied: missing, operations: [], warnings: [] });
      // tables but no version table: maybe a database being adopted, whose schema already is the heads'
      const unversioned =
        current.length === 0 && !(await store.exists(session.conn)) && (await session.dialect.userTables(session.conn, input.managedSchemas)).length > 0;
      ctx.out.error(
        unversioned
          ? `the database has tables but no version table ${store.displayName} (not applied: ${missing.join(", ")}), so the models were not compared; ` +
              "if it already has the schema of the heads (a database being adopted), record that with 'athanor stamp head' and run check " +
              `again (see "Adopting an existing database" in docs/deploy.md), else run 'athanor upgrade heads' first`
          : `the database is not at the heads (it is at ${current.length > 0 ? current.join(", ") : "base"}; not applied: ${missing.join(", ")}), so the models were not compared; run 'athanor upgrade heads' first`,
      );
      return CHECK_NOT_AT_HEADS;
    }
    const { autogenerate, formatDiff, diffJson } = await import("../autogenerate/index.js");
    const result = await autogenerate(config, session.conn, { dialect: session.dialect });
    for (const w of result.warnings) ctx.out.warn(w);
    if (ctx.globals.json) {
      ctx.out.resultJson({ changes: !result.empty, atHeads: true, operations: diffJson(result.upgradeOps), warnings: result.warnings });
      return result.empty ? 0 : 2;
    }
    if (result.empty) {
      ctx.out.result("No changes detected");
      return 0;
    }
    ctx.out.result(`Changes detected (${result.upgradeOps.length}):`);
    // names from the database can hold line breaks: each difference stays on its line
    for (const line of formatDiff(result.upgradeOps)) ctx.out.result(`  ${singleLine(line)}`);
    return 2;
  } finally {
    await session.close();
  }
}
