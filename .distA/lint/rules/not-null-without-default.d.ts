/** A NOT NULL column added to an existing table without a default. */
export declare const notNullWithoutDefault: import("../types.js").LintRule;
