import type { RunContext } from "../config/run-context.js";
import type { Dialect } from "../dialects/dialect.js";
import type { RevisionModule } from "../script/script-directory.js";
import type { LintContext, LintFinding, LintRule, SeveritySetting, SqlReader } from "./types.js";
export interface LintSetup {
    readonly dialect: Dialect;
    /** The dialect's SQL parser, or null (SQL is then split by the lexer). */
    readonly reader: SqlReader | null;
    /** The rules that apply to the dialect. */
    readonly rules: readonly LintRule[];
    /** `lint.rules` of the config: severities by rule id. */
    readonly severities: Readonly<Record<string, SeveritySetting>>;
    readonly lockTimeoutConfigured: boolean;
    /** Paths in findings are relative to this. */
    readonly projectDir: string;
    readonly context?: RunContext | undefined;
    /** The foreign keys in place before the revision, when the history was replayed (see LintContext.referencedBy). */
    readonly referencedBy?: LintContext["referencedBy"];
}
export interface RevisionToLint {
    readonly revision: string;
    readonly path: string;
    readonly source: string;
    readonly transactional: boolean;
    /** The loaded file, or why it could not be loaded (reported as `revision-not-importable`). */
    readonly module: RevisionModule | {
        readonly importError: string;
        readonly line: number;
    };
}
export declare function lintRevision(rev: RevisionToLint, setup: LintSetup): Promise<LintFinding[]>;
