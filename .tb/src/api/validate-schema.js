import { AthanorError } from "../errors.js";
import { openSession } from "../runtime/open-session.js";
export async function validateSchema(config, option, ctx) {
    const spec = option === "models" ? { models: true } : option;
    const onFailure = (option !== "models" && option.onFailure) || "error";
    const session = await openSession(config, { connection: ctx.connection });
    let missingTables = [];
    let drift = [];
    try {
        for (const t of spec.tables ?? []) {
            const r = await session.conn.query("SELECT to_regclass($1)::text AS t", [t]);
            if (!r.rows[0]?.t)
                missingTables.push(t);
        }
        if (spec.models) {
            const { autogenerate, formatDiff } = await import("../autogenerate/index.js");
            const result = await autogenerate(config, session.conn, { dialect: session.dialect });
            drift = result.empty ? [] : formatDiff(result.upgradeOps);
        }
    }
    finally {
        await session.close();
    }
    missingTables = [...new Set(missingTables)];
    const ok = missingTables.length === 0 && drift.length === 0;
    if (!ok) {
        const msg = [
            missingTables.length ? `missing tables: ${missingTables.join(", ")}` : "",
            drift.length ? `schema differs from the models: ${drift.join("; ")}` : "",
        ]
            .filter(Boolean)
            .join("; ");
        if (onFailure === "error")
            throw new AthanorError("VALIDATE.FAILED", `schema validation failed after migrating: ${msg}`);
        ctx.log.warn(`schema validation failed after migrating: ${msg}`);
    }
    else
        ctx.log.info("schema validation passed");
    return { ok, missingTables, drift };
}
