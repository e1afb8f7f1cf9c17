/** Small pieces most rules share. */
import { describeType } from "../autogenerate/types.js";
import type { ColumnType } from "../schema/column-type.js";
import type { Operation } from "../operations/operation.js";
import { key, type LintContext, type LintItem, type LintRule, type RuleHit } from "./types.js";

type RuleInfo = Omit<LintRule, "check">;

/** A rule that looks at each operation on its own: `message` returns what is wrong, or null. */
export function operationRule(
  info: RuleInfo,
  message: (op: Operation, item: LintItem, context: LintContext, items: readonly LintItem[]) => string | null,
): LintRule {
  return {
    ...info,
    check(items, context) {
      const hits: RuleHit[] = [];
      for (const item of items) {
        if (item.subject.kind !== "operation") continue;
        const m = message(item.subject.op, item, context, items);
        if (m !== null) hits.push({ item, message: m });
      }
      return hits;
    },
  };
}

/** The table was created earlier in the same revision. */
export function isNewTable(item: LintItem, table: string): boolean {
  return item.newTables.has(key(table));
}

/** The column was added earlier in the same revision (or its table created). */
export function isNewColumn(item: LintItem, table: string, column: string): boolean {
  return isNewTable(item, table) || item.newColumns.has(`${key(table)}.${key(column)}`);
}

/** The type a column was given by an `addColumn` earlier in the revision (the last one before `item`), if any. */
export function typeAddedEarlier(items: readonly LintItem[], item: LintItem, table: string, column: string): ColumnType | undefined {
  let type: ColumnType | undefined;
  for (const earlier of items) {
    if (earlier === item) break;
    const s = earlier.subject;
    if (s.kind === "operation" && s.op.kind === "addColumn" && key(s.op.table) === key(table) && key(s.op.column.name) === key(column)) type = s.op.column.type;
  }
  return type;
}

/** `schema.table` or `table`. */
export function tableName(table: string, schema?: string): string {
  return schema ? `${schema}.${table}` : table;
}

/** `in upgrade()` / `in downgrade()`, for messages about the downgrade. */
export function where(item: LintItem): string {
  return item.direction === "downgrade" ? " (in downgrade())" : "";
}

/** A column type as people write it, for messages, with its length or precision: `varchar(40)`, `numeric(12,2)`. */
export function typeLabel(type: ColumnType): string {
  if (type.kind === "raw") return (type as { sql?: string }).sql ?? "raw";
  return describeType(type);
}
