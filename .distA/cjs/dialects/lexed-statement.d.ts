import type { LexedStatement } from "./dialect.js";
/**
 * A statement as the dialects' lexers hand it out, from its place in the SQL
 * and the keyword of each of its tokens (null: not a bare word, e.g. a
 * literal, a quoted name or punctuation).
 */
export declare function lexedStatement(text: string, start: number, end: number, words: readonly (string | null)[]): LexedStatement;
/** A statement from a dialect's SQL scanner: its text, place and tokens. */
export interface ScannedStatement {
    readonly text: string;
    readonly start: number;
    readonly end: number;
    readonly tokens: readonly {
        readonly kind: string;
        readonly text: string;
    }[];
}
/** Scanned statements as lexed ones: the keyword of each `word` token (by the dialect's `keywordOf`), null for the rest. */
export declare function lexedStatements(statements: readonly ScannedStatement[], keywordOf: (word: string) => string | null): LexedStatement[];
