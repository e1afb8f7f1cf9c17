/**
 * Where the CLI writes: results to stdout, information and warnings to
 * stderr. Colours only on a TTY and never with NO_COLOR; `--quiet` silences
 * information (never errors, never results).
 */
import pc from "picocolors";
import { singleLine } from "../util/single-line.js";
export class Output {
    quiet;
    json;
    color;
    errColor;
    out;
    err;
    constructor(opts = {}) {
        const env = opts.env ?? process.env;
        this.out = opts.stdout ?? process.stdout;
        this.err = opts.stderr ?? process.stderr;
        this.quiet = opts.quiet ?? false;
        this.json = opts.json ?? false;
        const allowed = !("NO_COLOR" in env) && env.TERM !== "dumb";
        const forced = "FORCE_COLOR" in env && env.FORCE_COLOR !== "0";
        this.color = pc.createColors(allowed && (forced || this.out.isTTY === true));
        this.errColor = pc.createColors(allowed && (forced || this.err.isTTY === true));
    }
    /** A line of the command's result (stdout). */
    result(line) {
        this.out.write(`${line}\n`);
    }
    /** The command's result as JSON (stdout). */
    resultJson(value) {
        this.out.write(`${JSON.stringify(value, null, 2)}\n`);
    }
    /**
     * Progress and information (stderr), silenced by --quiet. Each of these is
     * one line whatever it quotes (a revision's message, a server's error):
     * see singleLine.
     */
    info(line) {
        if (!this.quiet)
            this.err.write(`${singleLine(line)}\n`);
    }
    warn(line) {
        this.err.write(`${this.errColor.yellow("warning:")} ${singleLine(line)}\n`);
    }
    error(line) {
        this.err.write(`${this.errColor.red("error:")} ${singleLine(line)}\n`);
    }
    /** Lines shown as they are under an error (a failing hook's own output), on stderr. */
    detail(text) {
        this.err.write(`${text}\n`);
    }
    /** Raw text to stdout (offline SQL). */
    write(text) {
        this.out.write(text);
    }
    get isTTY() {
        return this.err.isTTY === true;
    }
}
