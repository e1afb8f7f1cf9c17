/** An inline ENUM/SET column type changed other than by appending values: the table is copied. */
export declare const enumChangeCopiesTable: import("../types.js").LintRule;
