import { checkOfflineRange } from "./offline-range-check.js";
import { runMigrationCommand } from "./run-migration-command.js";
export async function downgrade(ctx, target, opts) {
    if (opts.sql)
        await checkOfflineRange(ctx, "downgrade", target);
    return runMigrationCommand(ctx, "downgrade", [target], opts);
}
