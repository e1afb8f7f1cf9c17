/** A foreign key or CHECK added to an existing table and validated at once. */
export declare const requireNotValid: import("../../../../lint/types.js").LintRule;
