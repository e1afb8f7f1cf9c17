import type { TransactionMode } from "../config/settings.js";
import type { Dialect, SessionSettings } from "../dialects/dialect.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { type PlannedStep } from "./planned-step.js";
import type { VersionStore } from "./version-store.js";
export interface OfflineOptions {
    mode: TransactionMode;
    /** Emit version-table DDL (when starting from base). */
    createVersionTable: boolean;
    /**
     * The session settings the script starts with, as an online session would
     * have them (see docs/running.md): lockTimeout and searchPath; the statement
     * and idle limits are left to whoever runs the script.
     */
    settings?: SessionSettings;
    purge?: boolean;
}
export declare function offlineScript(dialect: Dialect, store: VersionStore, scripts: ScriptDirectory, steps: readonly PlannedStep[], opts: OfflineOptions): Promise<string>;
