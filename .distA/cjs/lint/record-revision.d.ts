/**
 * Runs a revision's upgrade() or downgrade() against a recording `op`: no
 * database, every operation kept with the line of the call that made it.
 * `op.execute` SQL is split into statements by the dialect's SQL reader (a
 * real parser) when one is loaded, else by its lexer.
 */
import type { SqlLexer } from "../dialects/dialect.js";
import { MigrationOps } from "../operations/migration-ops.js";
import type { RunContext } from "../config/run-context.js";
import type { LintSubject, SqlReader } from "./types.js";
export interface RecordedStep {
    readonly subject: LintSubject;
    readonly line: number;
    readonly callLine: number;
    readonly inTransaction: boolean;
}
export interface Recording {
    readonly steps: RecordedStep[];
    /** Why the function stopped early (it threw), or null. */
    readonly failure: {
        readonly message: string;
        readonly line: number;
    } | null;
    /** `op.execute` SQL that the parser rejected: the parser's message and the line. */
    readonly syntaxErrors: {
        readonly message: string;
        readonly line: number;
    }[];
}
export interface RecordOptions {
    /** The revision file: its absolute path and text. */
    readonly path: string;
    readonly source: string;
    /** `export const transactional = false` makes this false. */
    readonly transactional: boolean;
    readonly lexer: SqlLexer;
    readonly reader: SqlReader | null;
    readonly context?: RunContext | undefined;
    /** Where the function's code starts in the file (calls are looked up from there when the stack doesn't tell). */
    readonly functionStart?: number;
}
/** Records what `fn` (a revision's upgrade or downgrade) does. */
export declare function recordRevisionFunction(fn: (op: MigrationOps) => unknown, options: RecordOptions): Promise<Recording>;
/**
 * The line of a statement that starts at `offset` of `sql`, passed by the
 * call at `callLine`: where the statement's first line appears in the file
 * at or after the call (SQL written in the file), else the call's line.
 */
export declare function statementLine(source: string, callLine: number, sql: string, offset: number): number;
