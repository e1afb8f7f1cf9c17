/**
 * Findings as SARIF 2.1.0, the format GitHub code scanning reads
 * (github/codeql-action/upload-sarif): one run, the rules in
 * tool.driver.rules, each result at a file relative to the repository root.
 */
import { relative, sep } from "node:path";
import type { LintFinding, LintRule } from "./types.js";

export interface SarifOptions {
  /** Result paths are relative to this (the git repository's root). */
  readonly root: string;
  readonly version: string;
  readonly rules: readonly LintRule[];
}

export function formatSarif(findings: readonly LintFinding[], options: SarifOptions): unknown {
  const rules = options.rules.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: r.summary },
    fullDescription: { text: `${r.summary}. ${r.lock}` },
    help: { text: `${r.lock}\n\nFix: ${r.recipe}`, markdown: `${r.lock}\n\n**Fix:** ${r.recipe}` },
    defaultConfiguration: { level: r.severity === "error" ? "error" : "warning" },
  }));
  const index = new Map(options.rules.map((r, i) => [r.id, i]));
  const results = findings.map((f) => ({
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
    level: f.severity === "error" ? "error" : "warning",
    message: { text: `${f.message}. Fix: ${f.recipe}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relative(options.root, f.path).split(sep).join("/"), uriBaseId: "%SRCROOT%" },
          region: { startLine: Math.max(1, f.line) },
        },
      },
    ],
    partialFingerprints: { "athanorLint/v1": `${f.ruleId}:${f.revision}:${f.direction}:${f.message}` },
  }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "athanor lint", version: options.version, rules } },
        results,
      },
    ],
  };
}
