/** PostgreSQL's own lint rules (see docs/lint.md). */
import type { LintRule } from "../../../../lint/types.js";
export declare const POSTGRES_RULES: readonly LintRule[];
