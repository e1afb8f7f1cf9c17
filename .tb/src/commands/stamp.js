import { runMigrationCommand } from "./run-migration-command.js";
export function stamp(ctx, revisions, opts) {
    return runMigrationCommand(ctx, "stamp", revisions, opts);
}
