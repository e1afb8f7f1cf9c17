/** CREATE INDEX / DROP INDEX without CONCURRENTLY on a table the revision did not create. */
export declare const requireConcurrentIndex: import("../types.js").LintRule;
