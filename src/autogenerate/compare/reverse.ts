/**
 * Downgrade operations: each upgrade op's inverse (from the operations'
 * own `reverseOperation`), in reverse order. A type change back gets the
 * same `USING` cast treatment as the way up; ops without an inverse (an
 * added enum value) are reported instead of failing the whole file.
 */
import type { Operation } from "../../operations/operation.js";
import { reverseOperation } from "../../operations/reverse.js";
import { sql } from "../../schema/sql-expression.js";
import type { SchemaComparator } from "../schema-comparator.js";

export interface Downgrade {
  readonly operations: Operation[];
  /** Why some upgrade ops have no inverse. */
  readonly irreversible: string[];
}

/** The inverse of `upgrade`; `cmp` writes the conversions a reversed type change needs. */
export function downgradeOf(upgrade: readonly Operation[], cmp: Pick<SchemaComparator, "needsConversion" | "conversionExpression">): Downgrade {
  const operations: Operation[] = [];
  const irreversible: string[] = [];
  for (let i = upgrade.length - 1; i >= 0; i--) {
    const r = reverseOperation(upgrade[i]!);
    if (!r.ok) {
      irreversible.push(r.reason);
      continue;
    }
    let op = r.op;
    if (op.kind === "alterColumn" && op.type !== undefined && op.existingType !== undefined && op.using === undefined) {
      if (cmp.needsConversion(op.existingType, op.type)) op = { ...op, using: sql(cmp.conversionExpression(op.column, op.type)) };
    }
    if (op.kind === "alterColumn" && op.using !== undefined && op.type === undefined) {
      const { using: _u, ...rest } = op;
      op = rest;
    }
    operations.push(op);
  }
  return { operations, irreversible };
}
