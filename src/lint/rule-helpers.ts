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

/**
 * A column's type just before `item`: what the last earlier operation of the revision gave it (an addColumn, or
 * an alterColumn with a type: a MODIFY or CHANGE in SQL restates it; a rename alone keeps the type the column had
 * under its old name), else the replayed history's (`context.columnTypeBefore`, for rules that use it).
 */
export function typeBefore(items: readonly LintItem[], item: LintItem, context: LintContext, table: string, column: string, schema?: string): ColumnType | undefined {
  const target = `${key(table)}.${key(column)}`;
  let found: ColumnType | undefined;
  let seen = false;
  for (const earlier of items) {
    if (earlier === item) break;
    if (earlier.subject.kind !== "operation") continue;
    const e = earlier.subject.op;
    if (e.kind === "addColumn" && `${key(e.table)}.${key(e.column.name)}` === target) {
      seen = true;
      found = e.column.type;
    } else if (e.kind === "alterColumn" && `${key(e.table)}.${key(e.newName ?? e.column)}` === target) {
      seen = true;
      found = e.type ?? (e.newName !== undefined ? typeBefore(items, earlier, context, e.table, e.column, e.schema) : found);
    }
  }
  return seen ? found : (context.columnTypeBefore?.(table, column, schema) ?? undefined);
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
