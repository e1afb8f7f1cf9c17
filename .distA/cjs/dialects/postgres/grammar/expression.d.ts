/**
 * Textual normalisation of SQL expressions (defaults, CHECK conditions,
 * index expressions and predicates) so that what a model says and what
 * PostgreSQL prints back compare equal: casts dropped (`'x'::text`),
 * case and whitespace folded, grouping parentheses removed, `IN (...)`
 * as `= ANY (ARRAY[...])`, `now()` as `CURRENT_TIMESTAMP`, `!=` as `<>`,
 * `LIKE` as `~~`. Equal normal forms mean equal expressions; different
 * ones are only "maybe different" and go to the server-side check.
 */
type TokKind = "str" | "ident" | "qident" | "num" | "op" | "lp" | "rp" | "comma" | "lb" | "rb" | "cast" | "dot";
interface Tok {
    kind: TokKind;
    text: string;
}
/** Splits SQL into tokens; comments are dropped. Returns null on text it cannot scan (unterminated quote). */
export declare function tokenize(sql: string): Tok[] | null;
/** The normal form of an expression, or null when it cannot be scanned. */
export declare function normaliseExpression(sql: string, options?: {
    qualifiers?: readonly string[];
}): string | null;
/** True when both expressions have the same normal form. */
export declare function sameExpression(a: string, b: string, options?: {
    qualifiers?: readonly string[];
}): boolean;
/** Identifiers (lower-cased, unquoted) used in an expression: for guessing which columns a CHECK mentions. */
export declare function identifiersIn(sql: string): string[];
/** A literal default as printed by the server: `'draft'::character varying`, `42`, `'-1'::integer`, `true`, `NULL::text`. */
export type ParsedLiteral = {
    readonly kind: "string";
    readonly value: string;
} | {
    readonly kind: "number";
    readonly value: string;
} | {
    readonly kind: "boolean";
    readonly value: boolean;
} | {
    readonly kind: "null";
};
/** Parses a default that is a single literal (with optional casts); null when it is anything else. */
export declare function parseLiteral(sql: string): ParsedLiteral | null;
export {};
