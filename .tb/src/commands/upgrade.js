import { checkOfflineRange } from "./offline-range-check.js";
import { runMigrationCommand } from "./run-migration-command.js";
export async function upgrade(ctx, target, opts) {
    if (opts.sql)
        await checkOfflineRange(ctx, "upgrade", target);
    return runMigrationCommand(ctx, "upgrade", [target], opts);
}
