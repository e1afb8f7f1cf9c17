/**
 * Every failure Athanor reports to a user is an AthanorError: a one-line
 * message that names the file, revision or setting at fault, a stable `code`
 * that programs can switch on, and the exit status the CLI uses for it.
 */
import { FORMER_ERROR_CODES } from "./error-codes.js";
/** Marks AthanorErrors, so that one from another copy of the package (a bundled CLI next to the library) is recognised too. */
const BRAND = Symbol.for("athanor.error");
export class AthanorError extends Error {
    static [Symbol.hasInstance](value) {
        // `this` is the class on the right of instanceof: subclasses keep the ordinary check
        // biome-ignore lint/complexity/noThisInStatic: the subclass case needs `this`
        if (this !== AthanorError)
            return Function.prototype[Symbol.hasInstance].call(this, value);
        return typeof value === "object" && value !== null && value[BRAND] === true;
    }
    [BRAND] = true;
    /** Stable, namespaced code such as `GRAPH.UNKNOWN_REVISION` or `CONFIG.INVALID` (all: src/error-codes.ts). */
    code;
    /** 1 for a failure, 2 for bad usage. */
    exitCode;
    /**
     * Lines the CLI prints as they are under the one-line message (a failing
     * post-write hook's own output); the message itself is always one line.
     */
    detail;
    constructor(code, message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.name = "AthanorError";
        this.code = code;
        this.exitCode = options?.exitCode ?? 1;
        this.detail = options?.detail;
    }
    /**
     * True when the error has `code`, or `code` is what its code was called in
     * an earlier release (`DB.CONNECT`, now `CONNECT.FAILED`).
     */
    hasCode(code) {
        return this.code === code || FORMER_ERROR_CODES[code] === this.code;
    }
}
/** Bad command-line usage (unknown option, missing argument, option not allowed here). Exit 2. */
export class UsageError extends AthanorError {
    constructor(message, code = "USAGE") {
        super(code, message, { exitCode: 2 });
        this.name = "UsageError";
    }
}
export function isAthanorError(e) {
    return e instanceof AthanorError;
}
