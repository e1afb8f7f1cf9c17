/**
 * MySQL's and MariaDB's lexical rules, for reading user SQL: `#` comments,
 * `-- ` comments (the dashes must be followed by a space or a control
 * character), `/* *\/` comments, executable comments (`/*! ... *\/`,
 * `/*!50708 ... *\/`, MariaDB's `/*M! ... *\/`) whose body is read as SQL,
 * backtick identifiers, '' and "" strings with backslash escapes (unless the
 * session has NO_BACKSLASH_ESCAPES), `?` placeholders, and the client's
 * `DELIMITER` command. Stored-program bodies (`CREATE PROCEDURE ... BEGIN
 * ...; ... END`) are one statement.
 */
export type TokenKind = "word" | "string" | "identifier" | "placeholder" | "punct" | "number";
export interface Token {
    readonly kind: TokenKind;
    readonly text: string;
    readonly start: number;
    readonly end: number;
}
export interface ScannedStatement {
    readonly text: string;
    readonly start: number;
    readonly end: number;
    readonly tokens: readonly Token[];
}
export interface ScanOptions {
    /** The session's sql_mode has NO_BACKSLASH_ESCAPES: a backslash in a string is an ordinary character. */
    readonly noBackslashEscapes?: boolean;
}
/** Upper-cased keyword of a word token. */
export declare function keywordOf(text: string): string;
/** The tokens of `sql` (comments and whitespace dropped), and where `DELIMITER` commands were. */
export declare function tokenize(sql: string, options?: ScanOptions): Token[];
/**
 * Splits a script into statements where the server (and the mysql client)
 * would: at the delimiter (`;`, or what a `DELIMITER` line set), outside
 * strings, quoted names, comments and stored-program bodies. Empty
 * statements and `DELIMITER` lines are dropped.
 */
export declare function splitSqlStatements(sql: string, options?: ScanOptions): ScannedStatement[];
/** The first `count` words a statement starts with, upper-cased, up to its first other token. */
export declare function leadingWords(stmt: ScannedStatement, count: number): string[];
