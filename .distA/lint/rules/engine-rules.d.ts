/**
 * What the linter itself reports about a revision it could not fully read.
 * Listed with the rules (ids, severities, docs, SARIF), found by the engine.
 */
import type { LintRule } from "../types.js";
export declare const revisionNotLintable: LintRule;
export declare const revisionNotImportable: LintRule;
export declare const sqlSyntax: LintRule;
export declare const invalidIgnore: LintRule;
export declare const ENGINE_RULES: readonly LintRule[];
