/**
 * The command-line grammar. Each command's code is imported only when that
 * command runs, so `athanor heads` never loads database drivers.
 */
import { Command, Option } from "commander";
import type { CommandContext } from "../commands/context.js";

export type CommandRunner = (name: string, body: (ctx: CommandContext) => Promise<number | undefined>, opts: Record<string, unknown>) => Promise<void>;

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function common(cmd: Command): Command {
  return cmd
    .option("-c, --config <file>", "config file (default: athanor.config.{ts,mts,cts,js,mjs,cjs,json})")
    .option("--url <url>", "database URL (overrides DATABASE_URL and the config)")
    .option("-q, --quiet", "only print results and errors")
    .option("--debug", "print stack traces for errors")
    .option("--json", "print the result as JSON");
}

export function buildProgram(version: string, run: CommandRunner): Command {
  const program = new Command("athanor")
    .description("Database schema migrations for TypeScript: a revision graph with branches and merges, autogenerate, safe transactions.")
    .version(version, "-V, --version")
    .showSuggestionAfterError(true)
    .configureHelp({ sortSubcommands: false });
  // The same options before the command, as Alembic users type them
  // (`athanor -c deploy/prod.ts upgrade head`); the command's own win.
  common(program);
  // Only here, not per command: a program option is also read after the command name, so
  // `athanor -x a=1 upgrade head -x b=2` collects both (defined per command, one list would hide the other).
  program.option("-x, --context <key=value>", "run context for revisions (op.context) and a config function; repeatable", collect);

  const def = (name: string, description: string) => common(program.command(name).description(description));

  def("init", "create a config file and a migrations folder")
    .argument("[directory]", "migrations folder to create", "migrations")
    .option("--print-config", "print the resolved configuration instead")
    .action((directory: string, opts) =>
      run("init", async (ctx) => (await import("../commands/init.js")).init(ctx, directory, opts), opts),
    );

  def("config", "print the resolved configuration and where each value came from").action((opts) =>
    run("config", async (ctx) => (await import("../commands/config.js")).printConfig(ctx), opts),
  );

  def("revision", "create a new revision file")
    .option("-m, --message <message>", "what the revision does")
    .option("--autogenerate", "fill in operations by comparing the models with the database")
    .option("--sql", "not supported: use upgrade --sql")
    .option("--head <rev>", "revision the new one is based on (head, branch@head, a revision, or base)", "head")
    .option("--splice", "allow a non-head revision as the parent (creates a branch)")
    .option("--branch-label <label>", "branch label for the new revision", collect)
    .option("--version-path <dir>", "version location for the new file")
    .option("--rev-id <id>", "revision id to use instead of a random one")
    .option("--depends-on <rev>", "revision (or branch label) this one depends on; repeatable", collect)
    .option("--rename <old=new>", "autogenerate: treat a dropped and an added column/table as a rename; repeatable", collect)
    .action((opts) => run("revision", async (ctx) => (await import("../commands/revision.js")).revision(ctx, opts), opts));

  def("merge", "create a revision that merges several heads")
    .argument("<revisions...>", "revisions to merge, or 'heads'")
    .option("-m, --message <message>", "what the merge is")
    .option("--branch-label <label>", "branch label for the merge revision", collect)
    .option("--rev-id <id>", "revision id to use instead of a random one")
    .option("--splice", "allow merging revisions that are not heads")
    .action((revisions: string[], opts) =>
      run("merge", async (ctx) => (await import("../commands/merge.js")).merge(ctx, revisions, opts), opts),
    );

  def("upgrade", "upgrade the database to a later revision")
    .argument("[target]", "target revision (head, heads, +N, label@head, rev, …); with --sql, [from:]to", "head")
    .option("--sql", "print the SQL instead of running it (offline)")
    .option("--tag <tag>", "a tag for the run, read by revisions as op.context.tag")
    .option("--wait", "wait for the database to accept connections first")
    .addOption(new Option("--transaction-mode <mode>", "per-migration or per-run").choices(["per-migration", "per-run"]))
    .action((target: string, opts) =>
      run("upgrade", async (ctx) => (await import("../commands/upgrade.js")).upgrade(ctx, target, opts), opts),
    );

  def("downgrade", "revert the database to an earlier revision")
    .argument("<target>", "target revision (base, -N, label@-N, rev, …); with --sql, from:to")
    .option("--sql", "print the SQL instead of running it (offline)")
    .option("--tag <tag>", "a tag for the run, read by revisions as op.context.tag")
    .option("--wait", "wait for the database to accept connections first")
    .addOption(new Option("--transaction-mode <mode>", "per-migration or per-run").choices(["per-migration", "per-run"]))
    .action((target: string, opts) =>
      run("downgrade", async (ctx) => (await import("../commands/downgrade.js")).downgrade(ctx, target, opts), opts),
    );

  def("current", "show the revisions the database is at")
    .option("-v, --verbose", "full details")
    .option("--check-heads", "fail (exit 1) unless the database is at all heads")
    .action((opts) => run("current", async (ctx) => (await import("../commands/current.js")).current(ctx, opts), opts));

  def("history", "list revisions, newest first")
    .option("-r, --rev-range <range>", "[start]:[end], e.g. ae10:head, -3:current, base:")
    .option("-v, --verbose", "full details")
    .option("-i, --indicate-current", "mark the database's current revisions")
    .action((opts) => run("history", async (ctx) => (await import("../commands/history.js")).history(ctx, opts), opts));

  def("heads", "show the head revisions")
    .option("-v, --verbose", "full details")
    .option("--resolve-dependencies", "treat dependencies as down revisions (hide effective heads)")
    .option("--check", "fail (exit 1) when there is more than one head, naming the merge to run")
    .action((opts) => run("heads", async (ctx) => (await import("../commands/heads.js")).heads(ctx, opts), opts));

  def("branches", "show the branch points")
    .option("-v, --verbose", "full details")
    .action((opts) => run("branches", async (ctx) => (await import("../commands/branches.js")).branches(ctx, opts), opts));

  def("show", "show one revision (or 'current')")
    .argument("<rev>", "revision, label, head, or current")
    .action((rev: string, opts) => run("show", async (ctx) => (await import("../commands/show.js")).show(ctx, rev), opts));

  def("edit", "open a revision's file in $EDITOR (or 'current')")
    .argument("<rev>", "revision, label, head, heads, or current")
    .action((rev: string, opts) => run("edit", async (ctx) => (await import("../commands/edit.js")).edit(ctx, rev), opts));

  def("stamp", "set the version table to revisions without running migrations")
    .argument("<revisions...>", "revisions (or heads, base)")
    .option("--sql", "print the SQL instead of running it (offline)")
    .option("--tag <tag>", "a tag for the run, read by a config function as context.tag")
    .option("--purge", "delete all version rows first")
    .action((revisions: string[], opts) =>
      run("stamp", async (ctx) => (await import("../commands/stamp.js")).stamp(ctx, revisions, opts), opts),
    );

  def("resolve", "record how a half-applied revision was fixed (databases without transactional DDL)")
    .argument("<revision>", "the half-applied revision")
    .option("--applied", "the schema now matches the revision: record it as applied")
    .option("--rolled-back", "the schema is back to before the revision: record it as not applied")
    .action((revision: string, opts) =>
      run("resolve", async (ctx) => (await import("../commands/resolve.js")).resolve(ctx, revision, opts), opts),
    );

  def("check", "exit 2 if the models differ from the database (for CI)").action((opts) =>
    run("check", async (ctx) => (await import("../commands/check.js")).check(ctx), opts),
  );

  def("test", "prove the history on a throwaway database: one head, downgrades, up/down/up stairway, models (for CI)")
    .option("--heads <n>", "number of heads expected (default: test.heads in the config, else 1)")
    .action((opts) => run("test", async (ctx) => (await import("../commands/test.js")).test(ctx, opts), opts));

  def("graph", "draw the revision graph (Mermaid or Graphviz dot)")
    .addOption(new Option("--format <format>", "diagram format").choices(["mermaid", "dot"]).default("mermaid"))
    .option("--current", "highlight where the database is (the configured URL; --url implies it)")
    .action((opts) => run("graph", async (ctx) => (await import("../commands/graph.js")).graph(ctx, opts), opts));
  def("lint", "check revisions for locks, rewrites and breaking changes (no database needed)")
    .argument("[revisions...]", "revisions to check (default: all)")
    .option("--since <ref>", "only revision files added or changed since this git ref (e.g. origin/main)")
    .option("--format <format>", "text, json or sarif", undefined)
    .action((revisions: string[], opts) =>
      run("lint", async (ctx) => (await import("../commands/lint.js")).lint(ctx, revisions, opts), opts),
    );

  def("wait", "wait until the database accepts connections")
    .option("--attempts <n>", "attempts (default DB_MAX_RETRIES or 30)")
    .option("--interval <seconds>", "seconds between attempts (default DB_RETRY_INTERVAL or 2)")
    .option("--backoff", "double the interval after each attempt")
    .action((opts) => run("wait", async (ctx) => (await import("../commands/wait.js")).wait(ctx, opts), opts));

  // -x belongs to the program (see above), so each command's help mentions it
  for (const cmd of program.commands) {
    cmd.addHelpText("after", "\nRun context (before or after the command):\n  -x, --context <key=value>  for revisions (op.context) and a config function; repeatable");
  }
  return program;
}
