/**
 * Reading libpg-query's parse trees (PostgreSQL's own parser, JSON form)
 * without its type package: small accessors over plain objects.
 */
export type Node = Record<string, unknown>;

export function obj(v: unknown): Node | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Node) : undefined;
}

export function list(v: unknown): Node[] {
  return Array.isArray(v) ? (v.map(obj).filter((x) => x !== undefined) as Node[]) : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** A node wrapped as `{ Type: {...} }`: its type name and body. */
export function unwrap(v: unknown): [string, Node] | undefined {
  const o = obj(v);
  if (!o) return undefined;
  const k = Object.keys(o)[0];
  if (k === undefined) return undefined;
  const body = obj(o[k]);
  return body ? [k, body] : undefined;
}

/** The strings of a list of `{ String: { sval } }` nodes. */
export function strings(v: unknown): string[] {
  return list(v).map((n) => str(obj(n.String)?.sval) ?? "").filter((s) => s !== "");
}

/** Every FuncCall's (unqualified) name inside a tree. */
export function functionNames(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) {
    for (const x of v) functionNames(x, out);
    return out;
  }
  const o = obj(v);
  if (!o) return out;
  for (const [k, child] of Object.entries(o)) {
    if (k === "FuncCall") {
      const names = strings(obj(child)?.funcname);
      const last = names.at(-1);
      if (last) out.push(last.toLowerCase());
    }
    if (typeof child === "object" && child !== null) functionNames(child, out);
  }
  return out;
}
