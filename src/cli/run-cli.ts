/**
 * The command line: parse it, run one command, map errors to exit codes (0
 * success, 1 failure, 2 bad usage) and one line on stderr. Started by the
 * `athanor` binary (src/cli/main.ts).
 */
import { CommanderError } from "commander";
import "../api/provide-api.js";
import { CommandContext } from "../commands/context.js";
import { AthanorError, isAthanorError } from "../errors.js";
import { enableRevisionCodeCache } from "../script/revision-code-cache.js";
import { showValue } from "../util/describe-thrown.js";
import { maskSecrets, scrubKnownSecrets } from "../util/mask-secrets.js";
import { packageVersion } from "../util/package-paths.js";
import { expandOptionPrefixes } from "./expand-option-prefixes.js";
import { Output } from "./output.js";
import { flushStd, guardStdStreams, writeStd } from "./std-streams.js";
import { buildProgram } from "./program.js";


export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  let debug = argv.includes("--debug");
  const program = buildProgram(packageVersion(), async (_name, body, commandOpts) => {
    const opts = { ...definedOnly(program.opts()), ...definedOnly(commandOpts) };
    debug = opts.debug === true;
    const out = new Output({ quiet: opts.quiet === true, json: opts.json === true });
    const ctx = new CommandContext(process.cwd(), opts, out);
    try {
      exitCode = (await body(ctx)) ?? 0;
    } catch (e) {
      exitCode = reportError(e, out, debug);
    }
  });
  // Subcommands copy their parent's settings only when they are created, so
  // set these on every command: a usage error anywhere must throw (exit 2),
  // not call process.exit(1).
  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride();
    cmd.configureOutput({ writeErr: (s) => writeStd("stderr", s) });
  }
  try {
    // `--autogen` for `--autogenerate`, as Alembic (argparse) accepts it
    await program.parseAsync(expandOptionPrefixes(program, argv), { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
      // `athanor` alone prints the help to stderr: no command is bad usage.
      if (e.code === "commander.help") return argv.length === 0 ? 2 : e.exitCode === 0 ? 0 : 2;
      return 2;
    }
    return reportError(e, new Output(), debug);
  }
  return exitCode;
}

function definedOnly(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** One `error:` line (password masked, whatever was thrown); the stack only with --debug. Returns the exit code. */
function reportError(e: unknown, out: Output, debug: boolean): number {
  if (isAthanorError(e)) {
    out.error(maskSecrets(e.message));
    if (e.detail) out.detail(maskSecrets(e.detail));
    if (debug && e.stack) writeStd("stderr", `${maskSecrets(e.stack)}\n`);
    return e.exitCode;
  }
  const msg = e instanceof Error ? e.message.split("\n")[0] || e.name : `a non-Error value was thrown: ${showValue(e)}`;
  out.error(`${maskSecrets(msg)}${debug ? "" : " (run with --debug for details)"}`);
  if (debug && e instanceof Error && e.stack) writeStd("stderr", `${maskSecrets(e.stack)}\n`);
  return 1;
}

/**
 * An exception nothing caught, or a rejected promise nothing handled (a
 * revision's stray promise, a hook's timer): Node would print the source
 * line it came from (in the bundled CLI, kilobytes of minified code), the
 * stack and the error's properties, none of it masked, and exit. Print the
 * one error line instead, and exit 1: what was running is in an unknown
 * state, and the database rolls back the transaction of a session that ends.
 */
function exitOnUncaught(argv: readonly string[], exit: (code: number) => never): void {
  const debug = argv.includes("--debug");
  let exiting = false;
  const fatal = (e: unknown) => {
    if (exiting) return;
    exiting = true;
    let code = 1;
    try {
      code = reportError(e, new Output(), debug);
    } finally {
      exit(code);
    }
  };
  process.on("uncaughtException", fatal);
  process.on("unhandledRejection", fatal);
}

let commandSettled = false;

/**
 * The event loop emptied while the command was still waiting: it awaits a
 * promise nothing can settle any more (a model file's top-level await on
 * something that never answers, a thenable that never calls back). Node would
 * exit quietly with code 0, and a CI gate such as `check` would pass having
 * compared nothing. Exit 1 with one line instead.
 */
function exitOnStall(argv: readonly string[], exit: (code: number) => never): void {
  process.on("beforeExit", () => {
    // another listener (a running revision's, revision-call.ts) fails its own wait more precisely: it goes first
    if (commandSettled || process.listenerCount("beforeExit") > 1) return;
    commandSettled = true;
    const e = new AthanorError(
      "COMMAND.STALLED",
      "the command stopped before it finished: it was waiting on a promise that nothing can settle any more (a model file, revision, config or hook that awaits something that never comes); nothing after that point ran",
    );
    const code = reportError(e, new Output(), argv.includes("--debug"));
    flushStd(() => exit(code));
  });
}

/** Runs the CLI in this process: output guards, one command, the exit code. */
export async function runCli(argv: string[]): Promise<void> {
  enableRevisionCodeCache();
  // Whatever prints it (a driver message, a stack trace, a hook's output), the
  // database password resolved from the configuration never reaches the screen.
  guardStdStreams(scrubKnownSecrets);

  // the real exit, taken before anything (a running revision's guard) replaces it
  const exit = process.exit.bind(process) as (code: number) => never;
  exitOnUncaught(argv, exit);
  exitOnStall(argv, exit);
  const code = await main(argv);
  commandSettled = true;
  process.exitCode = code;
  // The command is done. Something a revision or hook left behind (a timer, a socket, a promise
  // that waits forever) must not keep the CLI running: if the process has not ended on its own
  // shortly, end it, once its output is written.
  setTimeout(() => {
    flushStd(() => exit(code));
  }, 500).unref();
}
