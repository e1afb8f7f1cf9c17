/**
 * A normal form of MySQL/MariaDB expressions (CHECK conditions, defaults,
 * generation and index expressions) so that what a model says and what the
 * server prints back compare equal. The servers print them differently:
 * MariaDB keeps the author's grouping (`` `i` > 0 and `s` <> 'x' ``), MySQL 8
 * parenthesises every operation and prefixes string literals with their
 * character set (`` ((`i` > 0) and (`s` <> _utf8mb4'x')) ``). The text is
 * parsed (operator precedence as in the MySQL manual) and printed back with
 * one pair of parentheses around every operation, names unquoted and
 * lower-cased (column names are case-insensitive), keywords lower-cased,
 * string literals re-quoted, synonyms merged (`!=` is `<>`, `&&` is `and`,
 * `now()` is `current_timestamp`). Text it cannot parse gives null.
 */
type TokKind = "str" | "num" | "ident" | "qident" | "op" | "lp" | "rp" | "comma" | "dot" | "hex";
interface Tok {
    readonly kind: TokKind;
    readonly text: string;
}
/** Splits an expression into tokens; comments are dropped. Null on text it cannot scan. */
export declare function tokenize(sql: string): Tok[] | null;
export interface ExpressionOptions {
    readonly qualifiers?: readonly string[];
}
/** The normal form of an expression, or null for text it cannot read. */
export declare function normaliseExpression(sql: string, options?: ExpressionOptions): string | null;
/** Equal normal forms; text that cannot be parsed is compared token by token. */
export declare function sameExpression(a: string, b: string, options?: ExpressionOptions): boolean;
/** The column names an expression uses (lower-cased), in order of first use. */
export declare function identifiersIn(sql: string): string[];
export {};
