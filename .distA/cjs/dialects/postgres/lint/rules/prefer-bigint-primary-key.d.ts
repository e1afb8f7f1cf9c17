export declare const preferBigintPrimaryKey: import("../../../../lint/types.js").LintRule;
