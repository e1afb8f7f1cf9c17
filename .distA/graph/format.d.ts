import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
export interface FormatOptions {
    /** Add ` (current)` to these revisions (history -i, current). */
    readonly current?: ReadonlySet<string> | readonly string[];
}
export interface HeadOnlyOptions extends FormatOptions {
    /** ` (label, label)` after the id. */
    readonly includeBranches?: boolean;
    /** `, <message>` at the end. */
    readonly includeDoc?: boolean;
    /** `<parents> [(dependencies)] -> ` before the id. */
    readonly includeParents?: boolean;
    /** ` (branchpoint)` / ` (mergepoint)`. Default true. */
    readonly treeIndicators?: boolean;
    /** ` (head)` / ` (effective head)` / ` (current)`. Default true. */
    readonly headIndicators?: boolean;
}
/** Alembic `_format_down_revision`: `<base>` or `a, b`. */
export declare function formatDownRevisions(rev: Revision): string;
/** Alembic `Script._head_only`: the one-line forms. */
export declare function formatRevisionLine(rev: Revision, options?: HeadOnlyOptions): string;
/**
 * Alembic `Script.log_entry`, the verbose form (`history -v`, `show`,
 * `heads -v`): Rev/Parent or Merges/Also depends on/Branches into/Branch
 * names/Path, then the doc indented by four spaces. Ends with "\n".
 */
export declare function formatLogEntry(rev: Revision, options?: FormatOptions): string;
/** `history` line: `aaaa1111 -> bbbb2222 (head), add column`; verbose gives the log entry. */
export declare function formatHistoryEntry(rev: Revision, options?: FormatOptions & {
    verbose?: boolean;
}): string;
/** `heads` line: `cccc3333 (shop) (head)`, `x1 (effective head)`; verbose gives the log entry. */
export declare function formatHeadEntry(rev: Revision, options?: FormatOptions & {
    verbose?: boolean;
}): string;
/** `current` line: `ffff6666 (head) (mergepoint)` (no labels); verbose gives the log entry. */
export declare function formatCurrentEntry(rev: Revision, options?: FormatOptions & {
    verbose?: boolean;
}): string;
/**
 * `branches` block for one branch point:
 * ```
 * aaaa1111 (branchpoint)
 *          -> bbbb2222 (head)
 *          -> cccc3333 (shop) (head)
 * ```
 * followed by "\n" (Alembic prints a blank line after each block).
 */
export declare function formatBranchPoint<S extends RevisionSource>(map: RevisionMap<S>, rev: Revision<S>, options?: {
    verbose?: boolean;
}): string;
/** Every `branches` block, newest branch point first (Alembic walks the whole history). */
export declare function formatBranches<S extends RevisionSource>(map: RevisionMap<S>, options?: {
    verbose?: boolean;
}): string[];
