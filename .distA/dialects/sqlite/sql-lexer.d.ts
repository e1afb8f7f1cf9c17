import type { SqlLexer } from "../dialect.js";
type TokenKind = "word" | "string" | "quoted" | "punct" | "other";
interface Token {
    readonly kind: TokenKind;
    readonly text: string;
    readonly start: number;
}
/** The tokens of `sql`, comments and white space left out. */
export declare function tokenize(sql: string): Token[];
export declare const sqliteSqlLexer: SqlLexer;
export {};
