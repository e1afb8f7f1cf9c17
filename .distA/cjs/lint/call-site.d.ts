/** The first line of `stack` that is in `path` (a path or its file: URL), or null. */
export declare function lineInStack(stack: string | undefined, path: string): number | null;
/**
 * Where the `nth` (0-based) call `.method(` after offset `from` sits in `source`, or null:
 * the fallback when the stack does not show the file (a loader that moved lines).
 */
export declare function lineOfNthCall(source: string, method: string, nth: number, from?: number): number | null;
/** 1-based line of an offset. */
export declare function lineAt(source: string, offset: number): number;
