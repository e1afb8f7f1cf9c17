import { isNewTable, operationRule, tableName, where } from "../rule-helpers.js";

/** CREATE INDEX / DROP INDEX without CONCURRENTLY on a table the revision did not create. */
export const requireConcurrentIndex = operationRule(
  {
    id: "require-concurrent-index",
    severity: "error",
    summary: "an index created or dropped without CONCURRENTLY on an existing table",
    lock:
      "CREATE INDEX takes a SHARE lock on the table for the whole build: inserts, updates and deletes wait (reads go on). DROP INDEX takes ACCESS EXCLUSIVE: everything waits.",
    recipe:
      "Build it with `concurrently: true` (CREATE INDEX CONCURRENTLY) in a revision of its own with `export const transactional = false`, or inside `await op.autocommit(async () => { ... })`; drop it the same way with `op.dropIndex(name, { concurrently: true })`. A concurrent build that fails leaves an INVALID index: drop it and run again.",
    appliesTo: (c) => c.concurrentIndex,
  },
  (op, item) => {
    if (op.kind === "createIndex") {
      if (op.concurrently || isNewTable(item, op.table)) return null;
      return `index ${op.name} is built on existing table ${tableName(op.table, op.schema)} without CONCURRENTLY: writes to the table wait until the build ends${where(item)}`;
    }
    if (op.kind === "dropIndex") {
      if (op.concurrently || item.newIndexes.has(op.name.toLowerCase()) || (op.table !== undefined && isNewTable(item, op.table))) return null;
      return `index ${op.name} is dropped without CONCURRENTLY: its table is locked against reads and writes until the drop ends${where(item)}`;
    }
    return null;
  },
);
