/** Dropping a table or a column: its data is gone, and the running application may still read it. */
export declare const banDrop: import("../types.js").LintRule;
