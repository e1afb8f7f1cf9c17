/** The nearest tsconfig.json at or above `dir`, or null. */
export declare function findTsconfig(dir: string): string | null;
/** JSON with comments and trailing commas (tsconfig's dialect). */
export declare function parseJsonc(text: string, file: string): unknown;
/** The aliases the nearest tsconfig.json above `dir` declares (empty without one). */
export declare function tsconfigAliases(dir: string): {
    file: string | null;
    alias: Record<string, string>;
};
