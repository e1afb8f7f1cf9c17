#!/usr/bin/env node
/**
 * The `athanor` binary: parse the command line, run one command, map errors to
 * exit codes (0 success, 1 failure, 2 bad usage) and one line on stderr.
 */
import { readFileSync } from "node:fs";
import { CommanderError } from "commander";
import { CommandContext } from "../commands/context.js";
import { isAthanorError } from "../errors.js";
import { maskSecrets, scrubKnownSecrets } from "../util/mask-secrets.js";
import { Output } from "./output.js";
import { buildProgram } from "./program.js";
function version() {
    try {
        const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
        return pkg.version;
    }
    catch {
        return "0.0.0";
    }
}
export async function main(argv) {
    let exitCode = 0;
    let debug = argv.includes("--debug");
    const program = buildProgram(version(), async (_name, body, commandOpts) => {
        const opts = { ...definedOnly(program.opts()), ...definedOnly(commandOpts) };
        debug = opts.debug === true;
        const out = new Output({ quiet: opts.quiet === true, json: opts.json === true });
        const ctx = new CommandContext(process.cwd(), opts, out);
        try {
            exitCode = (await body(ctx)) ?? 0;
        }
        catch (e) {
            exitCode = reportError(e, out, debug);
        }
    });
    // Subcommands copy their parent's settings only when they are created, so
    // set these on every command: a usage error anywhere must throw (exit 2),
    // not call process.exit(1).
    for (const cmd of [program, ...program.commands]) {
        cmd.exitOverride();
        cmd.configureOutput({ writeErr: (s) => process.stderr.write(s) });
    }
    try {
        await program.parseAsync(argv, { from: "user" });
    }
    catch (e) {
        if (e instanceof CommanderError) {
            if (e.code === "commander.helpDisplayed" || e.code === "commander.version")
                return 0;
            // `athanor` alone prints the help to stderr: no command is bad usage.
            if (e.code === "commander.help")
                return argv.length === 0 ? 2 : e.exitCode === 0 ? 0 : 2;
            return 2;
        }
        return reportError(e, new Output(), debug);
    }
    return exitCode;
}
function definedOnly(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
function reportError(e, out, debug) {
    if (isAthanorError(e)) {
        out.error(maskSecrets(e.message));
        if (debug && e.stack)
            process.stderr.write(`${maskSecrets(e.stack)}\n`);
        return e.exitCode;
    }
    const msg = e instanceof Error ? e.message : String(e);
    out.error(`${maskSecrets(msg)}${debug ? "" : " (run with --debug for details)"}`);
    if (debug && e instanceof Error && e.stack)
        process.stderr.write(`${maskSecrets(e.stack)}\n`);
    return 1;
}
// Whatever prints it (a driver message, a stack trace, a hook's output), the
// database password resolved from the configuration never reaches the screen.
for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk, ...rest) => write(typeof chunk === "string" ? scrubKnownSecrets(chunk) : chunk, ...rest));
}
// `athanor history | head` closes the pipe early: stop quietly, like other CLIs.
for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e) => {
        if (e.code === "EPIPE")
            process.exit(process.exitCode ?? 0);
        throw e;
    });
}
const code = await main(process.argv.slice(2));
process.exitCode = code;
