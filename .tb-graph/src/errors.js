export class AthanorError extends Error {
    /** Stable, namespaced code such as `GRAPH.UNKNOWN_REVISION` or `CONFIG.INVALID`. */
    code;
    /** 1 for a failure, 2 for bad usage. */
    exitCode;
    constructor(code, message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.name = "AthanorError";
        this.code = code;
        this.exitCode = options?.exitCode ?? 1;
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
