/** Findings for people: `file:line  severity  rule-id  message`, then the recipe. */
import type { LintFinding } from "./types.js";
export declare function formatText(findings: readonly LintFinding[], checked: number): string[];
