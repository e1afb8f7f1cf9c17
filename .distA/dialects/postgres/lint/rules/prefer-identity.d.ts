export declare const preferIdentity: import("../../../../lint/types.js").LintRule;
