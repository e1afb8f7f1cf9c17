import type { Operation } from "../../../../operations/operation.js";
import { isNewTable, tableName } from "../../../../lint/rule-helpers.js";
import type { LintItem, LintRule } from "../../../../lint/types.js";

/** The existing table `op` locks (by name), or null when it locks none the running application uses. */
function lockedTable(op: Operation, item: LintItem): string | null {
  const existing = (table: string | undefined, schema?: string) => (table !== undefined && !isNewTable(item, table) ? tableName(table, schema) : null);
  switch (op.kind) {
    case "createIndex":
    case "addColumn":
    case "dropColumn":
    case "alterColumn":
    case "createCheckConstraint":
    case "createUniqueConstraint":
    case "createPrimaryKey":
    case "dropConstraint":
    case "renameTable":
    case "dropTable":
      return existing(op.table, op.schema);
    case "dropIndex":
      return item.newIndexes.has(op.name.toLowerCase()) ? null : (existing(op.table, op.schema) ?? `the table of index ${op.name}`);
    case "createForeignKey":
      return existing(op.table, op.schema) ?? existing(op.refTable, op.refSchema);
    case "createTable": {
      const refs = [...(op.foreignKeys ?? []).map((f) => f.refTable), ...op.columns.flatMap((c) => (c.references ? [c.references.table] : []))];
      for (const r of refs) if (!isNewTable(item, r)) return r;
      return null;
    }
    case "dropEnumValue":
      return `the tables using enum ${op.name}`;
    default:
      return null;
  }
}

/** DDL that takes a lock on a busy table without lock_timeout. */
export const requireLockTimeout: LintRule = {
  id: "require-lock-timeout",
  severity: "error",
  summary: "a statement that locks an existing table, in a revision without lock_timeout",
  lock:
    "A DDL lock request waits behind every running transaction on the table, and while it waits every new query on the table queues behind it: one long-running SELECT turns a millisecond ALTER into an outage.",
  recipe:
    "Set `lockTimeout` in athanor.config.ts (e.g. `lockTimeout: \"2s\"`: every migration session gets it), or start the revision with `await op.execute(\"SET LOCAL lock_timeout = '2s'\")`, and retry the migration when it times out.",
  check(items, context) {
    if (context.lockTimeoutConfigured) return [];
    for (const item of items) {
      const s = item.subject;
      if (s.kind === "setting" && s.name.toLowerCase() === "lock_timeout") return [];
      const table = s.kind === "operation" ? lockedTable(s.op, item) : s.kind === "statement" && s.table !== undefined && !isNewTable(item, s.table) ? s.table : null;
      if (table !== null) {
        return [{ item, message: `this locks ${table} with no lock_timeout set: while it waits for the lock, every query on the table waits behind it` }];
      }
    }
    return [];
  },
};
