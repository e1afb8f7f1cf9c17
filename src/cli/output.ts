/**
 * Where the CLI writes: results to stdout, information and warnings to
 * stderr. Colours only on a TTY and never with NO_COLOR; `--quiet` silences
 * information (never errors, never results).
 */
import pc from "picocolors";
import { singleLine } from "../util/single-line.js";

export interface OutputOptions {
  quiet?: boolean;
  json?: boolean;
  stdout?: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
  stderr?: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
}

export type Colors = ReturnType<typeof pc.createColors>;

export class Output {
  readonly quiet: boolean;
  readonly json: boolean;
  readonly color: Colors;
  readonly errColor: Colors;
  private readonly out: { write(s: string): unknown; isTTY?: boolean };
  private readonly err: { write(s: string): unknown; isTTY?: boolean };

  constructor(opts: OutputOptions = {}) {
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
  result(line: string): void {
    this.out.write(`${line}\n`);
  }

  /** The command's result as JSON (stdout). */
  resultJson(value: unknown): void {
    this.out.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /**
   * Progress and information (stderr), silenced by --quiet. Each of these is
   * one line whatever it quotes (a revision's message, a server's error):
   * see singleLine.
   */
  info(line: string): void {
    if (!this.quiet) this.err.write(`${singleLine(line)}\n`);
  }

  warn(line: string): void {
    this.err.write(`${this.errColor.yellow("warning:")} ${singleLine(line)}\n`);
  }

  error(line: string): void {
    this.err.write(`${this.errColor.red("error:")} ${singleLine(line)}\n`);
  }

  /** Lines shown as they are under an error (a failing hook's own output), on stderr. */
  detail(text: string): void {
    this.err.write(`${text}\n`);
  }

  /** Raw text to stdout (offline SQL). */
  write(text: string): void {
    this.out.write(text);
  }

  get isTTY(): boolean {
    return this.err.isTTY === true;
  }
}
