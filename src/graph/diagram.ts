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
export function diagramOrder<S extends RevisionSource>(map: RevisionMap<S>): Revision<S>[] {
  const revs = [...map.revisions()];
  const pending = new Map<string, number>();
  const children = new Map<string, string[]>();
  for (const r of revs) {
    const parents = [...new Set([...r.downRevisions, ...r.resolvedDependencies])];
    pending.set(r.id, parents.length);
    for (const p of parents) children.set(p, [...(children.get(p) ?? []), r.id]);
  }
  const ready = revs.filter((r) => pending.get(r.id) === 0).map((r) => r.id);
  const out: Revision<S>[] = [];
  while (ready.length > 0) {
    ready.sort();
    const id = ready.shift() as string;
    out.push(map.get(id) as Revision<S>);
    for (const c of children.get(id) ?? []) {
      const left = (pending.get(c) ?? 0) - 1;
      pending.set(c, left);
      if (left === 0) ready.push(c);
    }
  }
  return out;
}

interface Node {
  readonly key: string;
  readonly title: string;
  readonly message: string;
  readonly head: boolean;
  readonly current: boolean;
}

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly dependency: boolean;
}

function model<S extends RevisionSource>(map: RevisionMap<S>, opts: DiagramOptions): { nodes: Node[]; edges: Edge[] } {
  const order = diagramOrder(map);
  const current = new Set(opts.current ?? []);
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const r of order) {
    // a node name made of the id, unique even when two ids differ only in characters Mermaid can't take
    const base = `r_${r.id.replace(/[^A-Za-z0-9_]/g, "_")}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}_${n}`;
    used.add(key);
    keys.set(r.id, key);
  }
  const max = opts.maxMessage ?? 60;
  const nodes = order.map((r): Node => {
    const marks = [
      r.declaredBranchLabels.length ? `(${r.declaredBranchLabels.join(", ")})` : "",
      r.isRealHead ? "(head)" : r.isEffectiveHead ? "(effective head)" : "",
      r.isMergePoint ? "(mergepoint)" : "",
      r.isBranchPoint ? "(branchpoint)" : "",
      current.has(r.id) ? "(current)" : "",
    ].filter((m) => m !== "");
    const message = r.message.replace(/\s+/g, " ").trim();
    return {
      key: keys.get(r.id) as string,
      title: [r.id, ...marks].join(" "),
      message: message.length > max ? `${message.slice(0, max - 1)}…` : message,
      head: r.isHead,
      current: current.has(r.id),
    };
  });
  const edges: Edge[] = [];
  for (const r of order) {
    const to = keys.get(r.id) as string;
    for (const p of r.downRevisions) edges.push({ from: keys.get(p) as string, to, dependency: false });
    for (const d of r.resolvedDependencies) edges.push({ from: keys.get(d) as string, to, dependency: true });
  }
  return { nodes, edges };
}

/**
 * Text Mermaid shows as it is inside a quoted label. `#` first: Mermaid reads
 * `#name;` and `#12;` in a label as entity codes, so a message like
 * "fix #12; …" would show a control character.
 */
function mermaidText(s: string): string {
  return s.replace(/#/g, "#35;").replace(/&/g, "#amp;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}

export function renderMermaid<S extends RevisionSource>(map: RevisionMap<S>, opts: DiagramOptions = {}): string {
  const { nodes, edges } = model(map, opts);
  const lines = ["flowchart TD"];
  for (const n of nodes) {
    const label = n.message ? `${mermaidText(n.title)}<br/>${mermaidText(n.message)}` : mermaidText(n.title);
    lines.push(`  ${n.key}["${label}"]`);
  }
  for (const e of edges) lines.push(e.dependency ? `  ${e.from} -.->|depends on| ${e.to}` : `  ${e.from} --> ${e.to}`);
  const heads = nodes.filter((n) => n.head).map((n) => n.key);
  const current = nodes.filter((n) => n.current).map((n) => n.key);
  if (heads.length) {
    lines.push("  classDef head stroke-width:3px");
    lines.push(`  class ${heads.join(",")} head`);
  }
  if (current.length) {
    lines.push("  classDef current fill:#ffe08a,stroke:#b8860b,stroke-width:3px");
    lines.push(`  class ${current.join(",")} current`);
  }
  return `${lines.join("\n")}\n`;
}

/** A dot string literal. */
function dotString(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

export function renderDot<S extends RevisionSource>(map: RevisionMap<S>, opts: DiagramOptions = {}): string {
  const { nodes, edges } = model(map, opts);
  const lines = ["digraph revisions {", "  rankdir=TB;", '  node [shape=box, fontname="Helvetica"];'];
  for (const n of nodes) {
    const attrs = [`label=${dotString(n.message ? `${n.title}\n${n.message}` : n.title)}`];
    if (n.head) attrs.push("penwidth=3");
    if (n.current) attrs.push('style=filled, fillcolor="#ffe08a"');
    lines.push(`  ${n.key} [${attrs.join(", ")}];`);
  }
  for (const e of edges) lines.push(`  ${e.from} -> ${e.to}${e.dependency ? ' [style=dashed, label="depends on"]' : ""};`);
  lines.push("}");
  return `${lines.join("\n")}\n`;
}
