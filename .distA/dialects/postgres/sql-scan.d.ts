/**
 * A lexer for PostgreSQL SQL that follows the server's own (scan.l) on every
 * rule that decides where code is: what is whitespace and where a `--`
 * comment ends (at `\n` or `\r`), nested `/* *\/` comments, string literals
 * ('...', E'...', N'...', B'...', X'...', U&'...', and their continuation
 * across a line break: `'a'\n'b'` is one literal), quoted identifiers ("..."
 * and U&"..."), dollar-quoted bodies ($$...$$, $tag$...$tag$, where the tag
 * follows identifier rules without `$`, and `$1` is a parameter), and the
 * effect of `standard_conforming_strings` (off: '...' takes backslash
 * escapes, as E'...' always does).
 *
 * Used to split scripts into statements, to find statement-level keywords
 * (transaction control, see transaction-control.ts) and to locate `$n`
 * placeholders for inlining. Numbers are read the way servers before 16
 * read them (digits, a fraction, an exponent); newer servers refuse the
 * junk that older ones split off (`1_000$a$`, `0x'..'`), so the older
 * reading only ever finds more code, never less.
 */
export type SqlTokenKind = "space" | "comment" | "word" | "quotedIdent" | "string" | "dollarString" | "param" | "semicolon" | "other";
export interface SqlToken {
    readonly kind: SqlTokenKind;
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
export interface SqlScanOptions {
    /**
     * The session's `standard_conforming_strings` (default true, PostgreSQL's
     * default since 9.1). When false, '...' literals take backslash escapes.
     */
    readonly standardConformingStrings?: boolean;
}
export declare function scanSql(sql: string, options?: SqlScanOptions): SqlToken[];
/** Upper-cases ASCII letters only, as PostgreSQL matches keywords (`commıt` is not COMMIT). */
export declare function keywordOf(word: string): string;
export interface ScannedStatement {
    /** The statement's text, without the terminating semicolon, trimmed. */
    readonly text: string;
    readonly start: number;
    readonly end: number;
    /** The statement's tokens, without spaces and comments. */
    readonly tokens: readonly SqlToken[];
}
/**
 * Splits a script into statements at top-level semicolons, as the server's
 * grammar does. Semicolons inside literals, comments, dollar quotes and
 * SQL-standard function bodies (`CREATE FUNCTION ... BEGIN ATOMIC stmt; ...
 * END`) do not split; such a body ends at the first `END` that starts one of
 * its statements (the grammar allows no `END` statement there; an `END` of a
 * `CASE` never starts one). Empty statements are dropped.
 */
export declare function splitSqlStatements(sql: string, options?: SqlScanOptions): ScannedStatement[];
/** The first `n` keywords of a statement, upper-cased (stops at the first non-word token). */
export declare function leadingWords(statement: ScannedStatement, n: number): string[];
