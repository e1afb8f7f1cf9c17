/**
 * Tokens of SQLite DDL, for reading the stored `CREATE TABLE`/`CREATE INDEX`
 * text a table rebuild must carry over. Keeps each token's offsets so that
 * pieces of the original text can be kept exactly as written.
 */
export type DdlTokenKind = "word" | "quoted" | "string" | "blob" | "number" | "punct" | "space" | "comment";
export interface DdlToken {
    readonly kind: DdlTokenKind;
    readonly text: string;
    readonly start: number;
    readonly end: number;
}
export declare function tokenizeDdl(sql: string): DdlToken[];
/** Tokens without spaces and comments. */
export declare function significant(tokens: readonly DdlToken[]): DdlToken[];
/** An identifier token's name: quotes removed (doubled quotes undone); a bare word as written. */
export declare function identifierName(token: DdlToken): string;
export declare function isWord(token: DdlToken | undefined, ...words: string[]): boolean;
/** Does this token name something (a bare word or a quoted name)? */
export declare function isName(token: DdlToken | undefined): token is DdlToken;
/** Index of the parenthesis closing the one at `open` (in a significant-token list). */
export declare function matchingParen(tokens: readonly DdlToken[], open: number): number;
/** Does `sql` mention `name` as an identifier (bare or quoted, case-insensitively)? */
export declare function mentionsIdentifier(sql: string, name: string): boolean;
