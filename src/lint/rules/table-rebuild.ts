import type { Operation } from "../../operations/operation.js";
import { isNewTable, tableName, where } from "../rule-helpers.js";
import { replacementSteps } from "../table-replacements.js";
import { key, type LintItem, type LintRule, type RuleHit } from "../types.js";

/**
 * A change a dialect that can't alter constraints in place (SQLite) makes by
 * rebuilding the whole table, on a table that other tables reference (as the
 * history's foreign keys say; when they can't be known, any existing table):
 * an operation Athanor rebuilds for, or a rebuild written in SQL (drizzle-kit's
 * `CREATE TABLE __new_t …; INSERT …; DROP TABLE t; ALTER TABLE __new_t RENAME
 * TO t`), judged alike.
 *
 * A rebuild of a table nothing references holds the database's write lock for
 * its copy too, but so do a CREATE INDEX and an UPDATE of every row, which no
 * rule reports on SQLite either: what makes a rebuild worth an error is the
 * referencing rows, each checked against the copy before COMMIT (a violation
 * rolls the revision back), on tables the revision doesn't otherwise touch.
 */
const info: Omit<LintRule, "check"> = {
  id: "table-rebuild",
  severity: "error",
  summary:
    "a change that rebuilds an existing table that other tables reference (where constraints can't be altered in place: column type, nullability, default, constraints; or a rebuild written in SQL)",
  lock:
    "The table is copied row by row into a new one, then the old one is dropped and the new one renamed, inside the step's transaction: every other writer waits for the whole copy. Athanor keeps referencing rows (foreign keys are checked before COMMIT, nothing cascades) and recreates indexes, triggers and views.",
  recipe:
    "Put every change to this table in one revision (all of a revision's changes to one table become one rebuild, renames of it and of its columns included, unless op.execute, op.query or op.autocommit comes between them, or a rename comes between them on a table with a trigger), and run it when writes to the database can pause for the time the copy takes; on a large table, measure it on a copy first.",
  appliesTo: (c) => !c.alterConstraints,
  usesHistory: true,
};

/** What an operation changes that makes a rebuild, and on which table; null for the rest. */
function rebuildingChange(op: Operation): { what: string; table: { table: string; schema?: string } } | null {
  switch (op.kind) {
    case "alterColumn":
      return op.type !== undefined || op.nullable !== undefined || op.default !== undefined ? { what: `altering column ${op.column}`, table: op } : null;
    case "createForeignKey":
    case "createCheckConstraint":
    case "createUniqueConstraint":
    case "createPrimaryKey":
      return { what: "adding a constraint", table: op };
    case "dropConstraint":
      return { what: op.name === undefined ? `dropping an unnamed ${op.constraintType ?? "constraint"}` : `dropping constraint ${op.name}`, table: op };
    default:
      return null;
  }
}

/** A rebuild written in SQL: the DROP (or rename away) of a table that a copy then replaces under its name. */
function handWrittenRebuild(item: LintItem, items: readonly LintItem[]): { what: string; table: { table: string; schema?: string } } | null {
  const s = item.subject;
  if (s.kind !== "operation" || (s.op.kind !== "dropTable" && s.op.kind !== "renameTable") || !replacementSteps(items).has(item)) return null;
  const table = s.op.schema === undefined ? { table: s.op.table } : { table: s.op.table, schema: s.op.schema };
  return { what: "replacing it with a copy (a new table renamed to its name)", table };
}

/**
 * One finding per table and function (upgrade or downgrade), at its first
 * rebuilding change, naming them all: a revision's changes to one table are
 * one rebuild (docs/sqlite.md).
 */
export const tableRebuild: LintRule = {
  ...info,
  check(items, context) {
    const byTable = new Map<string, { item: LintItem; table: { table: string; schema?: string }; whats: string[] }>();
    // a table renamed in the function: its changes under the new name are the same rebuild (keyed by its first name)
    const renamed = new Map<string, string>();
    const tableKey = (table: string, schema: string | undefined) => {
      const k = `${key(schema ?? "")}.${key(table)}`;
      return renamed.get(k) ?? k;
    };
    for (const item of items) {
      if (item.subject.kind !== "operation") continue;
      const op = item.subject.op;
      if (op.kind === "renameTable") renamed.set(`${key(op.schema ?? "")}.${key(op.newName)}`, tableKey(op.table, op.schema));
      const change = rebuildingChange(op) ?? handWrittenRebuild(item, items);
      if (change === null || isNewTable(item, change.table.table)) continue;
      const k = tableKey(change.table.table, change.table.schema);
      const seen = byTable.get(k);
      if (seen) {
        if (!seen.whats.includes(change.what)) seen.whats.push(change.what);
      } else byTable.set(k, { item, table: change.table, whats: [change.what] });
    }
    const hits: RuleHit[] = [];
    for (const { item, table, whats } of byTable.values()) {
      const children = context.referencedBy?.(table.table, table.schema) ?? null;
      if (children !== null && children.length === 0) continue;
      const referenced = children === null ? "" : ` (referenced by ${children.join(", ")})`;
      hits.push({
        item,
        message: `${whats.join(", ")} ${whats.length > 1 ? "rebuild" : "rebuilds"} table ${tableName(table.table, table.schema)}${referenced}: the whole table is copied while other writers wait, and every row of the tables that reference it is checked against it before COMMIT${where(item)}`,
      });
    }
    return hits;
  },
};
