/**
 * Lints operations that are not in a file yet: what `revision --autogenerate`
 * is about to write, for the new file's review header. The same rules and
 * config severities as `athanor lint`; the operations run in the revision's
 * transaction, except enum values (written inside op.autocommit).
 */
import type { Dialect } from "../dialects/dialect.js";
import type { Operation } from "../operations/operation.js";
import type { Severity, SeveritySetting } from "./types.js";
export interface OperationFinding {
    readonly ruleId: string;
    readonly severity: Severity;
    readonly message: string;
}
export declare function lintOperations(ops: readonly Operation[], dialect: Dialect, settings: {
    severities?: Readonly<Record<string, SeveritySetting>>;
    lockTimeoutConfigured: boolean;
}): Promise<OperationFinding[]>;
/** The upgrade body with the findings listed under its first line (the "auto-generated" marker). */
export declare function withLintHeader(upgrades: string, findings: readonly OperationFinding[]): string;
