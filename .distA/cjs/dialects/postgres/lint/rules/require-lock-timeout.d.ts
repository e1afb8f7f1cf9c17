import type { LintRule } from "../../../../lint/types.js";
/** DDL that takes a lock on a busy table without lock_timeout. */
export declare const requireLockTimeout: LintRule;
