/**
 * Errors raised by the revision graph. Every one is an AthanorError with a
 * stable `code` under `GRAPH.` and a message that names the symbol, the
 * revision(s) and, when known, the file at fault. Alembic collapses most of
 * these into "Can't locate revision identified by 'x'"; we keep them apart.
 */
import { AthanorError } from "../errors.js";
export class GraphError extends AthanorError {
    details;
    constructor(code, message, details = {}) {
        super(code, message);
        this.name = "GraphError";
        this.details = details;
    }
}
/** The revision files do not form a valid graph (raised while building a RevisionMap). */
export class RevisionMapError extends GraphError {
    constructor(code, message, details = {}) {
        super(code, message, details);
        this.name = "RevisionMapError";
    }
}
/** A symbol does not name exactly what the caller asked for. */
export class ResolutionError extends GraphError {
    constructor(code, message, details = {}) {
        super(code, message, details);
        this.name = "ResolutionError";
    }
}
/** One revision was required but the symbol names several heads. */
export class MultipleHeadsError extends ResolutionError {
    /** The heads the argument resolved to, in load order. */
    heads;
    /** The argument that produced them (`head`, `shop@head`, `heads`). */
    argument;
    constructor(heads, argument, message, context = {}) {
        super("GRAPH.MULTIPLE_HEADS", message ?? multipleHeadsMessage(heads, argument, context), { symbol: argument, candidates: heads });
        this.name = "MultipleHeadsError";
        this.heads = heads;
        this.argument = argument;
    }
}
function multipleHeadsMessage(heads, argument, context) {
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
    constructor(code, message, details = {}) {
        super(code, message, details);
        this.name = "RelativeWalkError";
    }
}
/** A requested upgrade, downgrade or history range cannot be planned. */
export class PlanningError extends GraphError {
    constructor(code, message, details = {}) {
        super(code, message, details);
        this.name = "PlanningError";
    }
}
/** A version-table step does not fit the heads currently recorded. */
export class VersionTableError extends GraphError {
    constructor(message, details = {}) {
        super("GRAPH.VERSION_TABLE_MISMATCH", message, details);
        this.name = "VersionTableError";
    }
}
export function isGraphError(e) {
    return e instanceof GraphError;
}
