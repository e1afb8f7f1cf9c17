import { runMigrationCommand } from "./run-migration-command.js";
export function upgrade(ctx, target, opts) {
    return runMigrationCommand(ctx, "upgrade", [target], opts);
}
