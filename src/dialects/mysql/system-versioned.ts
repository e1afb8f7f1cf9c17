/**
 * MariaDB's system-versioned tables (`WITH SYSTEM VERSIONING`) in autogenerate's operations. The server refuses to
 * change such a table's columns and keys (error 4119, "Not allowed for system-versioned ... Change
 * @@system_versioning_alter_history to proceed with ALTER") unless the session sets
 * `system_versioning_alter_history = KEEP`, with which the history rows are altered along with the table. That is
 * the user's decision, so autogenerate leaves the operations as they are and says so, once per table; dropping such
 * a table drops its history, which no downgrade brings back.
 */
import type { DatabaseSchema } from "../../autogenerate/schema-model.js";
import type { Operation } from "../../operations/operation.js";

/** Operations the server takes on a versioned table whatever the setting (checked on MariaDB 10.11). */
function allowedAnyway(op: Operation): boolean {
  return (
    op.kind === "createTable" ||
    op.kind === "renameTable" ||
    op.kind === "setTableComment" ||
    op.kind === "dropIndex" ||
    (op.kind === "createIndex" && op.unique !== true)
  );
}

export function systemVersionedWarnings(operations: readonly Operation[], db: DatabaseSchema): string[] {
  const versioned = new Map(db.tables.filter((t) => t.mysql?.systemVersioned === true).map((t) => [`${t.schema}.${t.name}`.toLowerCase(), t]));
  if (versioned.size === 0) return [];
  const warned = new Set<string>();
  const out: string[] = [];
  for (const op of operations) {
    if (!("table" in op) || typeof op.table !== "string" || allowedAnyway(op)) continue;
    const schema = "schema" in op && typeof op.schema === "string" ? op.schema : db.defaultSchema;
    const key = `${schema}.${op.table}`.toLowerCase();
    const table = versioned.get(key);
    if (table === undefined || warned.has(key)) continue;
    warned.add(key);
    const label = table.schema === db.defaultSchema ? table.name : `${table.schema}.${table.name}`;
    out.push(
      op.kind === "dropTable"
        ? `${label}: the table is system-versioned (WITH SYSTEM VERSIONING): dropping it drops its history too; the downgrade makes it again WITH SYSTEM VERSIONING, with no history`
        : `${label}: the table is system-versioned (WITH SYSTEM VERSIONING): MariaDB refuses to change its columns and keys ("Not allowed for system-versioned table") unless the session allows it; put op.execute("SET SESSION system_versioning_alter_history = KEEP") before these operations in the upgrade and in the downgrade if its history rows may be altered with it (see docs/mysql.md)`,
    );
  }
  return out;
}
