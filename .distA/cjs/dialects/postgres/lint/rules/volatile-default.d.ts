/** A column added to an existing table with a value computed per row: the table is rewritten. */
export declare const volatileDefault: import("../../../../lint/types.js").LintRule;
