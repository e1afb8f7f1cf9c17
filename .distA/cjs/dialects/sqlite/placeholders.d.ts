type Piece = {
    readonly kind: "code" | "skip";
    readonly text: string;
};
/** Splits SQL into code and the parts placeholders never appear in. */
export declare function sqlPieces(sql: string): Piece[];
/**
 * `$n` placeholders to `?` with the values in the order they are used; SQL
 * without `$n` (SQLite's own `?`) unchanged. `$n` counts only where a name
 * can't continue (`a$1` is a name).
 */
export declare function numberedToPositional(sql: string, params: readonly unknown[]): {
    sql: string;
    params: readonly unknown[];
};
export {};
