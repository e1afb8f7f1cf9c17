/**
 * Every failure Athanor reports to a user is an AthanorError: a one-line
 * message that names the file, revision or setting at fault, a stable `code`
 * that programs can switch on, and the exit status the CLI uses for it.
 */
import { type ErrorCode, type FormerErrorCode } from "./error-codes.js";
export type { ErrorCode, FormerErrorCode } from "./error-codes.js";
export type ExitCode = 1 | 2;
/** Marks AthanorErrors, so that one from another copy of the package (a bundled CLI next to the library) is recognised too. */
declare const BRAND: unique symbol;
export declare class AthanorError extends Error {
    static [Symbol.hasInstance](value: unknown): boolean;
    readonly [BRAND] = true;
    /** Stable, namespaced code such as `GRAPH.UNKNOWN_REVISION` or `CONFIG.INVALID` (all: src/error-codes.ts). */
    readonly code: ErrorCode;
    /** 1 for a failure, 2 for bad usage. */
    readonly exitCode: ExitCode;
    /**
     * Lines the CLI prints as they are under the one-line message (a failing
     * post-write hook's own output); the message itself is always one line.
     */
    readonly detail: string | undefined;
    constructor(code: ErrorCode, message: string, options?: {
        exitCode?: ExitCode;
        cause?: unknown;
        detail?: string;
    });
    /**
     * True when the error has `code`, or `code` is what its code was called in
     * an earlier release (`DB.CONNECT`, now `CONNECT.FAILED`).
     */
    hasCode(code: ErrorCode | FormerErrorCode): boolean;
}
/** Bad command-line usage (unknown option, missing argument, option not allowed here). Exit 2. */
export declare class UsageError extends AthanorError {
    constructor(message: string, code?: ErrorCode);
}
export declare function isAthanorError(e: unknown): e is AthanorError;
