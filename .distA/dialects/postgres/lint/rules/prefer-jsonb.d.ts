export declare const preferJsonb: import("../../../../lint/types.js").LintRule;
