/**
 * A change a dialect that can't alter constraints in place (SQLite) makes by
 * rebuilding the whole table, on a table that other tables reference (as the
 * history's foreign keys say; when they can't be known, any existing table).
 */
export declare const tableRebuild: import("../types.js").LintRule;
