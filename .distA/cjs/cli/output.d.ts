/**
 * Where the CLI writes: results to stdout, information and warnings to
 * stderr. Colours only on a TTY and never with NO_COLOR; `--quiet` silences
 * information (never errors, never results).
 */
import pc from "picocolors";
export interface OutputOptions {
    quiet?: boolean;
    json?: boolean;
    stdout?: NodeJS.WriteStream | {
        write(s: string): unknown;
        isTTY?: boolean;
    };
    stderr?: NodeJS.WriteStream | {
        write(s: string): unknown;
        isTTY?: boolean;
    };
    env?: NodeJS.ProcessEnv;
}
export type Colors = ReturnType<typeof pc.createColors>;
export declare class Output {
    readonly quiet: boolean;
    readonly json: boolean;
    readonly color: Colors;
    readonly errColor: Colors;
    private readonly out;
    private readonly err;
    constructor(opts?: OutputOptions);
    /** A line of the command's result (stdout). */
    result(line: string): void;
    /** The command's result as JSON (stdout). */
    resultJson(value: unknown): void;
    /**
     * Progress and information (stderr), silenced by --quiet. Each of these is
     * one line whatever it quotes (a revision's message, a server's error):
     * see singleLine.
     */
    info(line: string): void;
    warn(line: string): void;
    error(line: string): void;
    /** Lines shown as they are under an error (a failing hook's own output), on stderr. */
    detail(text: string): void;
    /** Raw text to stdout (offline SQL). */
    write(text: string): void;
    get isTTY(): boolean;
}
