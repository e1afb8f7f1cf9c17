/**
 * Reading libpg-query's parse trees (PostgreSQL's own parser, JSON form)
 * without its type package: small accessors over plain objects.
 */
export type Node = Record<string, unknown>;
export declare function obj(v: unknown): Node | undefined;
export declare function list(v: unknown): Node[];
export declare function str(v: unknown): string | undefined;
/** A node wrapped as `{ Type: {...} }`: its type name and body. */
export declare function unwrap(v: unknown): [string, Node] | undefined;
/** The strings of a list of `{ String: { sval } }` nodes. */
export declare function strings(v: unknown): string[];
/** Every FuncCall's (unqualified) name inside a tree. */
export declare function functionNames(v: unknown, out?: string[]): string[];
