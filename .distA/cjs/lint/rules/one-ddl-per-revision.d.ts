import type { LintRule } from "../types.js";
/** Several DDL statements in one revision on a database whose DDL commits by itself. */
export declare const oneDdlPerRevision: LintRule;
