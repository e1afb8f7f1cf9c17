import { AthanorError } from "../errors.js";
/** The step protocol for a run on `dialect` in `mode`; refuses what the dialect can't keep. */
export function stepProtocolFor(dialect, mode, where = "transactionMode") {
    if (!dialect.capabilities.transactionalDdl) {
        if (mode === "per-run") {
            throw new AthanorError("DIALECT.UNSUPPORTED_MODE", `${where} 'per-run' needs DDL that rolls back, and ${dialect.name} commits each DDL statement by itself: ` +
                "a failed revision could not be undone together with the ones before it; use 'per-migration'");
        }
        // A dialect whose DDL commits by itself (MySQL) gets its own protocol here:
        // run each step's DDL outside a transaction, then record the version-table
        // change and the log row in a short transaction of their own, marking the
        // step as started before its first statement so that a step that failed
        // halfway is reported as such (what it changed can't be rolled back)
        // rather than silently retried.
        throw new AthanorError("DIALECT.NOT_IMPLEMENTED", `${dialect.name} has no transactional DDL, and Athanor can't yet run migrations without it (the step protocol for such dialects is not written)`);
    }
    return "transactional";
}
