export interface LoadOptions {
    /**
     * The package is CommonJS (pg, mysql2, better-sqlite3): load it with
     * `require`. `import()` of a CommonJS package also runs Node's lexer over
     * its source to find the named exports and builds an ES module around it,
     * a few milliseconds (mysql2: ~20) of every command that connects. The
     * result has the shape `import()` gives (`default` is `module.exports`), so
     * callers don't know which way it came. Without it (PGlite, an ES-module
     * package with a separate CommonJS build) the package is imported.
     */
    commonJs?: boolean;
}
/**
 * Imports an optional driver package: first as seen from Athanor itself,
 * then as seen from the user's project (the current directory). A missing
 * package becomes `DRIVER.MISSING` telling the user what to install.
 */
export declare function loadOptionalModule<T>(name: string, purpose: string, options?: LoadOptions): Promise<T>;
