/**
 * Schema validation after migrating: the critical tables exist, or (with
 * "models") the database matches the models as `athanor check` would see it.
 */
import type { ResolvedConfig } from "../config/load-config.js";
import { AthanorError } from "../errors.js";
import { openSession, type Session } from "../runtime/open-session.js";
import { runtimeInput } from "./runtime-input.js";
import type { Logger } from "./api-config.js";

export type ValidateOption =
  | "models"
  | { tables?: readonly string[]; models?: boolean; onFailure?: "error" | "warn" };

export interface ValidationResult {
  readonly ok: boolean;
  readonly missingTables: readonly string[];
  /** Differences between models and database (readable lines). */
  readonly drift: readonly string[];
}

export async function validateSchema(
  config: ResolvedConfig,
  option: ValidateOption,
  ctx: { connection?: unknown; log: Logger },
): Promise<ValidationResult> {
  const spec = option === "models" ? { models: true } : option;
  const onFailure = (option !== "models" && option.onFailure) || "error";
  const session = await openSession(runtimeInput(config), { connection: ctx.connection, createMissing: false });
  let missingTables: string[] = [];
  let drift: string[] = [];
  try {
    for (const t of spec.tables ?? []) {
      if (!(await tableExists(session, t))) missingTables.push(t);
    }
    if (spec.models) {
      const { autogenerate, formatDiff } = await import("../autogenerate/index.js");
      const result = await autogenerate(config, session.conn, { dialect: session.dialect });
      drift = result.empty ? [] : formatDiff(result.upgradeOps);
    }
  } finally {
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
    if (onFailure === "error") throw new AthanorError("VALIDATE.FAILED", `schema validation failed after migrating: ${msg}`);
    ctx.log.warn(`schema validation failed after migrating: ${msg}`);
  } else ctx.log.info("schema validation passed");
  return { ok, missingTables, drift };
}

/** The dialect's own lookup, else its list of user tables in the default schema (`schema.table` names compared whole). */
async function tableExists(session: Session, name: string): Promise<boolean> {
  if (session.dialect.tableExists) return session.dialect.tableExists(session.conn, name);
  const tables = await session.dialect.userTables(session.conn, name.includes(".") ? undefined : [null]);
  return tables.some((t) => t === name || t.slice(t.indexOf(".") + 1) === name);
}
