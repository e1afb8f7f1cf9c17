/** SET NOT NULL on a column of an existing table. */
export declare const setNotNull: import("../../../../lint/types.js").LintRule;
