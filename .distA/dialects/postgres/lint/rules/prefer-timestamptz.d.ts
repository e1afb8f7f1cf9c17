export declare const preferTimestamptz: import("../../../../lint/types.js").LintRule;
