/**
 * The revision graph as a diagram: Mermaid (GitHub renders it in Markdown)
 * or Graphviz dot. Oldest at the top, an arrow from each revision to the
 * revisions built on it, dashed arrows for `dependsOn`, heads, merge and
 * branch points and branch labels in the node text, and the database's
 * current revisions highlighted when they are known. The output depends only
 * on the graph: nodes in a parents-first order with ties broken by id, so
 * it can be committed and diffed.
 */
import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
export type DiagramFormat = "mermaid" | "dot";
export interface DiagramOptions {
    /** The revisions the database is at (highlighted), or undefined when not asked. */
    readonly current?: readonly string[] | undefined;
    /** Longest message shown in a node (default 60 characters). */
    readonly maxMessage?: number;
}
/** Parents (and dependencies) before children; among revisions ready at once, the smallest id first. */
export declare function diagramOrder<S extends RevisionSource>(map: RevisionMap<S>): Revision<S>[];
export declare function renderMermaid<S extends RevisionSource>(map: RevisionMap<S>, opts?: DiagramOptions): string;
export declare function renderDot<S extends RevisionSource>(map: RevisionMap<S>, opts?: DiagramOptions): string;
