/**
 * Ignore comments in a revision file, where a team decided a finding is fine:
 *
 *   // athanor-lint-ignore require-concurrent-index: the table has 40 rows
 *   await op.createIndex("ix_flags_name", "flags", ["name"]);
 *
 * applies to the next `op.*` call (or, at the end of a line, to that line's
 * call); `// athanor-lint-ignore-file rule-a, rule-b: reason` to the whole
 * file. The reason is required: an ignore without one suppresses nothing and
 * is reported itself.
 */
export interface Suppressions {
    /** Is `ruleId` ignored for a call at `callLine`? */
    ignores(ruleId: string, callLine: number): boolean;
    /** Ignore comments without a reason (or naming no rule): their lines. */
    readonly invalid: readonly {
        readonly line: number;
        readonly problem: string;
    }[];
}
export declare function readSuppressions(source: string): Suppressions;
