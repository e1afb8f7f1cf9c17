import type { LintRule } from "../types.js";
/** A statement the database refuses inside a transaction block (CREATE INDEX CONCURRENTLY), in a transactional revision. */
export declare const needsNoTransaction: LintRule;
