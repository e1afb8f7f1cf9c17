import type { LintRule } from "../types.js";
/** BEGIN, COMMIT, ROLLBACK… in raw SQL: Athanor manages the transaction. */
export declare const transactionControl: LintRule;
