import { AthanorError } from "../errors.js";
/** The step protocol for a run on `dialect` in `mode`; refuses what the dialect can't keep. */
export function stepProtocolFor(dialect, mode, where = "transactionMode") {
    if (!dialect.capabilities.transactionalDdl) {
        if (mode === "per-run") {
            throw new AthanorError("DIALECT.UNSUPPORTED_MODE", `${where} 'per-run' needs DDL that rolls back, and ${dialect.name} commits each DDL statement by itself: ` +
                "a failed revision could not be undone together with the ones before it; use 'per-migration'");
        }
        // each statement commits by itself: see step-protocol-autocommit.ts
        return "autocommit";
    }
    return "transactional";
}
