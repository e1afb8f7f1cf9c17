/**
 * What upgrade, downgrade and stamp share: online runs (with optional wait
 * for the database) and offline `--sql` scripts.
 */
import type { TransactionMode } from "../config/settings.js";
import { type RunKind } from "../runtime/plan-run.js";
import type { CommandContext } from "./context.js";
export interface RunCommandOptions {
    sql?: boolean;
    tag?: string;
    purge?: boolean;
    wait?: boolean;
    transactionMode?: TransactionMode;
}
export declare function runMigrationCommand(ctx: CommandContext, kind: RunKind, targets: readonly string[], opts: RunCommandOptions): Promise<number>;
