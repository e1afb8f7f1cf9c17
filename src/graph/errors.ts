/**
 * Errors raised by the revision graph. Every one is an AthanorError with a
 * stable `code` under `GRAPH.` and a message that names the symbol, the
 * revision(s) and, when known, the file at fault. Alembic collapses most of
 * these into "Can't locate revision identified by 'x'"; we keep them apart.
 */
import { AthanorError } from "../errors.js";

export type GraphErrorCode =
  // building the map
  | "GRAPH.INVALID_REVISION_ID"
  | "GRAPH.INVALID_BRANCH_LABEL"
  | "GRAPH.DUPLICATE_REVISION"
  | "GRAPH.DUPLICATE_BRANCH_LABEL"
  | "GRAPH.MISSING_DOWN_REVISION"
  | "GRAPH.MISSING_DEPENDENCY"
  | "GRAPH.SELF_LOOP"
  | "GRAPH.DEPENDENCY_SELF_LOOP"
  | "GRAPH.CYCLE"
  | "GRAPH.DEPENDENCY_CYCLE"
  // resolving symbols
  | "GRAPH.UNKNOWN_REVISION"
  | "GRAPH.UNKNOWN_CURRENT_REVISION"
  | "GRAPH.OVERLAPPING_CURRENT"
  | "GRAPH.PREFIX_TOO_SHORT"
  | "GRAPH.AMBIGUOUS_PREFIX"
  | "GRAPH.UNKNOWN_BRANCH"
  | "GRAPH.NOT_IN_BRANCH"
  | "GRAPH.INVALID_SYMBOL"
  | "GRAPH.MULTIPLE_HEADS"
  | "GRAPH.OVERLAPPING_REVISIONS"
  // relative symbols (+N / -N)
  | "GRAPH.RELATIVE_TOO_FAR"
  | "GRAPH.WALKED_TOO_FAR"
  | "GRAPH.AMBIGUOUS_WALK"
  | "GRAPH.AMBIGUOUS_RELATIVE"
  // planning
  | "GRAPH.INVALID_UPGRADE_TARGET"
  | "GRAPH.INVALID_DOWNGRADE_TARGET"
  | "GRAPH.RANGE_NOT_ANCESTOR"
  | "GRAPH.INVALID_RANGE"
  | "GRAPH.NOT_A_HEAD"
  | "GRAPH.DUPLICATE_HEADS"
  // version table bookkeeping
  | "GRAPH.VERSION_TABLE_MISMATCH";

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

export class GraphError extends AthanorError {
  declare readonly code: GraphErrorCode;
  readonly details: GraphErrorDetails;

  constructor(code: GraphErrorCode, message: string, details: GraphErrorDetails = {}) {
    super(code, message);
    this.name = "GraphError";
    this.details = details;
  }
}

/** The revision files do not form a valid graph (raised while building a RevisionMap). */
export class RevisionMapError extends GraphError {
  constructor(code: GraphErrorCode, message: string, details: GraphErrorDetails = {}) {
    super(code, message, details);
    this.name = "RevisionMapError";
  }
}

/** A symbol does not name exactly what the caller asked for. */
export class ResolutionError extends GraphError {
  constructor(code: GraphErrorCode, message: string, details: GraphErrorDetails = {}) {
    super(code, message, details);
    this.name = "ResolutionError";
  }
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
export class MultipleHeadsError extends ResolutionError {
  /** The heads the argument resolved to, in load order. */
  readonly heads: readonly string[];
  /** The argument that produced them (`head`, `shop@head`, `heads`). */
  readonly argument: string;

  constructor(heads: readonly string[], argument: string, message?: string, context: MultipleHeadsContext = {}) {
    super(
      "GRAPH.MULTIPLE_HEADS",
      message ?? multipleHeadsMessage(heads, argument, context),
      { symbol: argument, candidates: heads },
    );
    this.name = "MultipleHeadsError";
    this.heads = heads;
    this.argument = argument;
  }
}

function multipleHeadsMessage(heads: readonly string[], argument: string, context: MultipleHeadsContext): string {
  const effective = new Set(context.effective ?? []);
  const listed = heads.map((h) => (effective.has(h) ? `${h} (effective head)` : h)).join(", ");
  const at = argument.lastIndexOf("@");
  if (at > 0) {
    const branch = argument.slice(0, at);
    const merge = context.mergeCommand ? ` with '${context.mergeCommand}'` : "";
    return `Multiple head revisions are present for given argument '${argument}': ${listed}; branch '${branch}' has more than one head, so please specify one of these revisions, '${branch}@heads' for all of them, or merge them${merge}`;
  }
  const narrow = context.hasBranchLabels === false ? "" : "'<branchname>@head' to narrow to a specific head, ";
  return `Multiple head revisions are present for given argument '${argument}': ${listed}; please specify a specific target revision, ${narrow}'heads' for all heads, or merge the heads with '${context.mergeCommand ?? "athanor merge heads"}'`;
}

/** A `+N` / `-N` walk cannot be carried out. */
export class RelativeWalkError extends GraphError {
  constructor(code: GraphErrorCode, message: string, details: GraphErrorDetails = {}) {
    super(code, message, details);
    this.name = "RelativeWalkError";
  }
}

/** A requested upgrade, downgrade or history range cannot be planned. */
export class PlanningError extends GraphError {
  constructor(code: GraphErrorCode, message: string, details: GraphErrorDetails = {}) {
    super(code, message, details);
    this.name = "PlanningError";
  }
}

/** A version-table step does not fit the heads currently recorded. */
export class VersionTableError extends GraphError {
  constructor(message: string, details: GraphErrorDetails = {}) {
    super("GRAPH.VERSION_TABLE_MISMATCH", message, details);
    this.name = "VersionTableError";
  }
}

export function isGraphError(e: unknown): e is GraphError {
  return e instanceof GraphError;
}
