/**
 * `revision --autogenerate`: compare the models with the database (which must
 * be at the heads) and render the operations into the new file's body.
 */
import { AthanorError, UsageError } from "../errors.js";
import { headsNotApplied } from "../graph/index.js";
import { openSession } from "../runtime/open-session.js";
import { runtimeInput, versionStoreFor } from "../api/runtime-input.js";
import type { CommandContext } from "./context.js";

export function parseRenames(renames: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of renames) {
    const i = r.indexOf("=");
    if (i <= 0 || i === r.length - 1) throw new UsageError(`--rename takes old=new (e.g. users.name=full_name or old_table=new_table), got '${r}'`);
    out[r.slice(0, i)] = r.slice(i + 1);
  }
  return out;
}

export async function autogenerateRevisionBody(
  ctx: CommandContext,
  opts: { renames: readonly string[] },
): Promise<{ imports: string; upgrades: string; downgrades: string; extraExports?: string } | null> {
  const config = await ctx.config();
  const scripts = await ctx.scriptDirectory();
  const renames = parseRenames(opts.renames);
  const session = await openSession(runtimeInput(config), { createMissing: false });
  try {
    ctx.out.info(`Connected to ${session.displayUrl}`);
    const store = versionStoreFor(config, session.dialect);
    const dbHeads = await store.readHeads(session.conn);
    const missing = headsNotApplied(scripts.map, dbHeads);
    if (missing.length > 0) {
      throw new AthanorError(
        "DATABASE.NOT_AT_HEAD",
        `target database is not up to date: revisions not applied: ${missing.join(", ")}; run 'athanor upgrade heads' first`,
      );
    }
    const { autogenerate } = await import("../autogenerate/index.js");
    const result = await autogenerate(config, session.conn, { renames, dialect: session.dialect });
    for (const w of result.warnings) ctx.out.warn(w);
    if (result.empty) {
      ctx.out.info("No changes detected: the models match the database; no revision written");
      return null;
    }
    // the linter's findings on what is about to be written go into the file's review header
    const { lintOperations, withLintHeader } = await import("../lint/lint-operations.js");
    const findings = await lintOperations(result.upgradeOps, session.dialect, {
      severities: config.raw.lint?.rules,
      lockTimeoutConfigured: config.raw.lockTimeout !== undefined,
    });
    return { ...result.rendered, upgrades: withLintHeader(result.rendered.upgrades, findings) };
  } finally {
    await session.close();
  }
}
