import { runMigrationCommand } from "./run-migration-command.js";
export function downgrade(ctx, target, opts) {
    return runMigrationCommand(ctx, "downgrade", [target], opts);
}
