/** Findings for people: `file:line  severity  rule-id  message`, then the recipe. */
import type { LintFinding } from "./types.js";

export function formatText(findings: readonly LintFinding[], checked: number): string[] {
  const lines: string[] = [];
  for (const f of findings) {
    lines.push(`${f.file}:${f.line}: ${f.severity} ${f.ruleId}: ${f.message}`);
    lines.push(`  fix: ${f.recipe}`);
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? "" : "s"}`;
  lines.push(`${n(checked, "revision")} checked: ${n(errors, "error")}, ${n(warnings, "warning")}`);
  return lines;
}
