/**
 * What every dialect's error classifier shares: the codes an error carries
 * (never its text), Node's network errno codes, and which kind decides when
 * an error carries several.
 */
import type { DatabaseErrorKind } from "./dialect.js";
/**
 * The machine-readable codes an error carries: its own `code`, its causes'
 * and, for an AggregateError (a host with several addresses), each inner
 * error's, outermost first. With `errno`, a positive `errno` too (a server's
 * error number; Node's own errno is negative). Text is never read.
 */
export declare function errorCodes(error: unknown, opts?: {
    errno?: boolean;
}): string[];
/** Node's errno codes for a network that did not answer or broke, the same for every server dialect. */
export declare const NETWORK_ERROR_KINDS: Readonly<Record<string, DatabaseErrorKind>>;
/** The kind that decides among the kinds an error's codes map to (undefined: a code the dialect doesn't know). */
export declare function decidingKind(kinds: Iterable<DatabaseErrorKind | undefined>): DatabaseErrorKind;
