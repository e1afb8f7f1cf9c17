/** The rules every dialect has (each says where it applies); a dialect adds its own (Dialect.lint). */
import type { LintRule } from "../types.js";
export declare const COMMON_RULES: readonly LintRule[];
