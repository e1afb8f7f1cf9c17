import type { ResolvedConfig } from "../config/load-config.js";
import { AthanorError } from "../errors.js";
import type { ScriptDirectory } from "../script/script-directory.js";
export type CheckName = "heads" | "downgrades" | "stairway" | "models";
export declare const CHECKS: readonly CheckName[];
export type CheckStatus = "passed" | "failed" | "skipped" | "not run";
export interface TestFailure {
    readonly check: CheckName;
    readonly revision: string | null;
    readonly file: string | null;
    /** `upgrade`, `downgrade`, `upgrade again`, `import`; null when no step ran (heads, a missing downgrade, models). */
    readonly step: string | null;
    readonly error: string;
    /** Schema or model differences, one line each. */
    readonly differences: readonly string[];
}
export interface CheckResult {
    readonly name: CheckName;
    readonly status: CheckStatus;
    /** What was checked, or why it was skipped. */
    readonly summary: string;
}
export interface HistoryTestReport {
    readonly passed: boolean;
    /** The database used, password masked (null when no database was needed). */
    readonly database: string | null;
    readonly revisions: number;
    readonly heads: readonly string[];
    readonly irreversible: ReadonlyArray<{
        readonly revision: string;
        readonly reason: string;
    }>;
    readonly checks: readonly CheckResult[];
    readonly failure: TestFailure | null;
    readonly durationMs: number;
}
export interface HistoryTestOptions {
    readonly config: ResolvedConfig;
    readonly scripts: ScriptDirectory;
    readonly cwd: string;
    /** Test on this URL (which must be empty) instead of a scratch database. */
    readonly url: string | null;
    /** One line per check passed and per revision done. */
    readonly progress: (line: string) => void;
    /** The heads check, as an error (see head-count.ts), or null when the count is right. */
    readonly headsProblem: AthanorError | null;
}
/** The URL to test on: the one given, else the scratch database of the configured dialect (PostgreSQL's: PGlite in memory). */
export declare function scratchUrl(config: ResolvedConfig): string;
export declare function runHistoryTest(opts: HistoryTestOptions): Promise<HistoryTestReport>;
