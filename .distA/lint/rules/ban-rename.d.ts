/** Renaming a table or a column the running application uses. */
export declare const banRename: import("../types.js").LintRule;
