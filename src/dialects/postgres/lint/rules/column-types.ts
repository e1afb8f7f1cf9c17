/** The column types an operation writes, for the type rules (prefer-jsonb, prefer-timestamptz…). */
import type { ColumnType } from "../../../../schema/column-type.js";
import type { Operation } from "../../../../operations/operation.js";
import { primaryKeyColumns } from "../../../../schema/table.js";
import { operationRule, tableName, where } from "../../../../lint/rule-helpers.js";
import type { LintRule } from "../../../../lint/types.js";

export interface TypedColumn {
  /** `table.column`. */
  readonly at: string;
  readonly type: ColumnType;
  readonly primaryKey: boolean;
}

export function typedColumns(op: Operation): TypedColumn[] {
  switch (op.kind) {
    case "createTable": {
      const pk = new Set(primaryKeyColumns(op));
      return op.columns.map((c) => ({ at: `${tableName(op.table, op.schema)}.${c.name}`, type: c.type, primaryKey: pk.has(c.name) }));
    }
    case "addColumn":
      return [{ at: `${tableName(op.table, op.schema)}.${op.column.name}`, type: op.column.type, primaryKey: op.column.primaryKey === true }];
    case "alterColumn":
      return op.type === undefined ? [] : [{ at: `${tableName(op.table, op.schema)}.${op.column}`, type: op.type, primaryKey: false }];
    default:
      return [];
  }
}

function elementType(type: ColumnType): ColumnType {
  return type.kind === "array" ? elementType(type.of) : type;
}

/** A warning about a column type: `bad` says what is wrong with one column, or null. */
export function typeRule(info: Omit<LintRule, "check" | "severity">, bad: (column: TypedColumn, element: ColumnType) => string | null): LintRule {
  return operationRule({ ...info, severity: "warning" }, (op, item) => {
    const found = typedColumns(op)
      .map((c) => {
        const why = bad(c, elementType(c.type));
        return why === null ? null : `${c.at} ${why}`;
      })
      .filter((m) => m !== null);
    return found.length === 0 ? null : `${found.join("; ")}${where(item)}`;
  });
}
