/**
 * Where the CLI writes: results to stdout, information and warnings to
 * stderr. Colours only on a TTY and never with NO_COLOR; `--quiet` silences
 * information (never errors, never results).
 */
import pc from "picocolors";
import { singleLine } from "../util/single-line.js";
import { stdIsTTY, writeStd } from "./std-streams.js";

export interface OutputOptions {
  quiet?: boolean;
  json?: boolean;
  stdout?: NodeJS.WriteStream | { write(s: string): unknown; readonly isTTY?: boolean };
  stderr?: NodeJS.WriteStream | { write(s: string): unknown; readonly isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
}

export type Colors = ReturnType<typeof pc.createColors>;

type Sink = { write(s: string): unknown; readonly isTTY?: boolean };

/** stdout or stderr as a sink (std-streams.ts: no stream is built until something needs one). */
function stdSink(name: "stdout" | "stderr"): Sink {
  return {
    write: (s: string) => writeStd(name, s),
    get isTTY() {
      return stdIsTTY(name);
    },
  };
}

export class Output {
  readonly quiet: boolean;
  readonly json: boolean;
  private readonly out: Sink;
  private readonly err: Sink;
  private readonly colorAllowed: boolean;
  private readonly colorForced: boolean;
  private colors: { out?: Colors; err?: Colors } = {};

  constructor(opts: OutputOptions = {}) {
    const env = opts.env ?? process.env;
    this.out = opts.stdout ?? stdSink("stdout");
    this.err = opts.stderr ?? stdSink("stderr");
    this.quiet = opts.quiet ?? false;
    this.json = opts.json ?? false;
    this.colorAllowed = !("NO_COLOR" in env) && env.TERM !== "dumb";
    this.colorForced = "FORCE_COLOR" in env && env.FORCE_COLOR !== "0";
  }

  /** Colours for stdout (decided when first used: asking whether it is a terminal builds the stream). */
  get color(): Colors {
    this.colors.out ??= this.colorsFor(this.out);
    return this.colors.out;
  }

  /** Colours for stderr. */
  get errColor(): Colors {
    this.colors.err ??= this.colorsFor(this.err);
    return this.colors.err;
  }

  private colorsFor(sink: Sink): Colors {
    return pc.createColors(this.colorAllowed && (this.colorForced || sink.isTTY === true));
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
