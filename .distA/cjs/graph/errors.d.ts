/**
 * Errors raised by the revision graph. Every one is an AthanorError with a
 * stable `code` under `GRAPH.` and a message that names the symbol, the
 * revision(s) and, when known, the file at fault. Alembic collapses most of
 * these into "Can't locate revision identified by 'x'"; we keep them apart.
 */
import { AthanorError } from "../errors.js";
export type GraphErrorCode = "GRAPH.INVALID_REVISION_ID" | "GRAPH.INVALID_BRANCH_LABEL" | "GRAPH.DUPLICATE_REVISION" | "GRAPH.DUPLICATE_BRANCH_LABEL" | "GRAPH.MISSING_DOWN_REVISION" | "GRAPH.MISSING_DEPENDENCY" | "GRAPH.SELF_LOOP" | "GRAPH.DEPENDENCY_SELF_LOOP" | "GRAPH.CYCLE" | "GRAPH.DEPENDENCY_CYCLE" | "GRAPH.UNKNOWN_REVISION" | "GRAPH.UNKNOWN_CURRENT_REVISION" | "GRAPH.PREFIX_TOO_SHORT" | "GRAPH.AMBIGUOUS_PREFIX" | "GRAPH.UNKNOWN_BRANCH" | "GRAPH.NOT_IN_BRANCH" | "GRAPH.INVALID_SYMBOL" | "GRAPH.MULTIPLE_HEADS" | "GRAPH.OVERLAPPING_REVISIONS" | "GRAPH.RELATIVE_TOO_FAR" | "GRAPH.WALKED_TOO_FAR" | "GRAPH.AMBIGUOUS_WALK" | "GRAPH.AMBIGUOUS_RELATIVE" | "GRAPH.INVALID_UPGRADE_TARGET" | "GRAPH.INVALID_DOWNGRADE_TARGET" | "GRAPH.RANGE_NOT_ANCESTOR" | "GRAPH.INVALID_RANGE" | "GRAPH.NOT_A_HEAD" | "GRAPH.DUPLICATE_HEADS" | "GRAPH.VERSION_TABLE_MISMATCH";
/** Machine-readable facts about an error; every field is optional. */
export interface GraphErrorDetails {
    /** The symbol or range the user gave (`shop@head`, `ae10+2`, `a:b`). */
    readonly symbol?: string;
    /** Revision ids the error is about (the cycle, the overlapping pair, ...). */
    readonly revisions?: readonly string[];
    /** Candidate ids (an ambiguous prefix's matches, the several heads). */
    readonly candidates?: readonly string[];
    /** Branch label involved. */
    readonly branch?: string;
    /** Files involved, when known. */
    readonly paths?: readonly string[];
}
export declare class GraphError extends AthanorError {
    readonly code: GraphErrorCode;
    readonly details: GraphErrorDetails;
    constructor(code: GraphErrorCode, message: string, details?: GraphErrorDetails);
}
/** The revision files do not form a valid graph (raised while building a RevisionMap). */
export declare class RevisionMapError extends GraphError {
    constructor(code: GraphErrorCode, message: string, details?: GraphErrorDetails);
}
/** A symbol does not name exactly what the caller asked for. */
export declare class ResolutionError extends GraphError {
    constructor(code: GraphErrorCode, message: string, details?: GraphErrorDetails);
}
/** What the graph knows about several heads, for a message whose advice works on it. */
export interface MultipleHeadsContext {
    /** Heads that are only depended upon (shown as "(effective head)"). */
    readonly effective?: readonly string[];
    /** The exact merge to run (`athanor merge heads`, `athanor merge B C`). */
    readonly mergeCommand?: string;
    /** Whether the graph declares branch labels (only then is `<branchname>@head` advice). */
    readonly hasBranchLabels?: boolean;
}
/** One revision was required but the symbol names several heads. */
export declare class MultipleHeadsError extends ResolutionError {
    /** The heads the argument resolved to, in load order. */
    readonly heads: readonly string[];
    /** The argument that produced them (`head`, `shop@head`, `heads`). */
    readonly argument: string;
    constructor(heads: readonly string[], argument: string, message?: string, context?: MultipleHeadsContext);
}
/** A `+N` / `-N` walk cannot be carried out. */
export declare class RelativeWalkError extends GraphError {
    constructor(code: GraphErrorCode, message: string, details?: GraphErrorDetails);
}
/** A requested upgrade, downgrade or history range cannot be planned. */
export declare class PlanningError extends GraphError {
    constructor(code: GraphErrorCode, message: string, details?: GraphErrorDetails);
}
/** A version-table step does not fit the heads currently recorded. */
export declare class VersionTableError extends GraphError {
    constructor(message: string, details?: GraphErrorDetails);
}
export declare function isGraphError(e: unknown): e is GraphError;
