import type { LintFinding, LintRule } from "./types.js";
export interface SarifOptions {
    /** Result paths are relative to this (the git repository's root). */
    readonly root: string;
    readonly version: string;
    readonly rules: readonly LintRule[];
}
export declare function formatSarif(findings: readonly LintFinding[], options: SarifOptions): unknown;
