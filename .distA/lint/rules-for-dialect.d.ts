/** The rules that apply to a dialect (common ones, its own, the engine's), and its SQL parser. */
import type { Dialect } from "../dialects/dialect.js";
import type { LintRule, SqlReader } from "./types.js";
/** `reader`: the parser, a string saying why there is none (its package is missing), or null (the dialect has none). */
export declare function lintRulesFor(dialect: Dialect): Promise<{
    rules: LintRule[];
    reader: SqlReader | string | null;
}>;
