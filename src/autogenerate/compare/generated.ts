/**
 * Generated columns (`GENERATED ALWAYS AS (expr) STORED`) in the comparison.
 * PostgreSQL cannot change a generation expression in place (before 17) nor
 * turn a plain column into a generated one, so any difference is a drop of
 * the column and an add of the model's: the stored values are recomputed,
 * and indexes or constraints on the column go with it. A dialect whose
 * comparator says `alterGeneratedExpression` (MySQL) changes a new
 * expression of the same kind in place instead (an alterColumn).
 */
import type { ColumnDefinition } from "../../schema/column.js";
import { sqlTextOf } from "../../schema/sql-expression.js";
import type { CanonResult } from "../canonical-items.js";
import type { SchemaComparator } from "../schema-comparator.js";
import type { DbColumn } from "../schema-model.js";

export interface GeneratedChange {
  /** Drop the database column and add the model's. */
  readonly replace: boolean;
  /** The expression changes, in place: an alterColumn (`alterGeneratedExpression`; the op's fields say the expressions). */
  readonly alter?: boolean;
  /** Why, for the warnings (set when `replace`). */
  readonly warning?: string;
  /** The expression could not be settled (treated as unchanged). */
  readonly unverified?: string;
}

/** The model column's generation expression text, or null for a plain column. */
export function modelGeneratedExpression(column: ColumnDefinition): string | null {
  return column.generated === undefined ? null : sqlTextOf(column.generated.expression);
}

/**
 * Compares the generation of a model column with the database's. `canon`
 * returns the server's text for the model's expression: undefined on the
 * first pass (not known yet), null when it could not be built.
 */
export function generatedChange(
  mc: ColumnDefinition,
  dc: DbColumn,
  where: string,
  canon: (expression: string) => CanonResult | undefined,
  cmp: Pick<SchemaComparator, "sameExpression" | "expressionVerdict" | "alterGeneratedExpression">,
): GeneratedChange | null {
  const mExpr = modelGeneratedExpression(mc);
  const dExpr = dc.generated;
  if (mExpr === null && dExpr === null) return null;
  const consequence =
    "Athanor drops the column and adds it again (its values are recomputed and it moves to the end of the table; its indexes are dropped and created again; constraints on it are dropped with it, run check again)";
  if (mExpr === null)
    return { replace: true, warning: `${where}: the database column is generated (${dExpr}) but the model's is a plain column; ${consequence}, and the new column starts empty` };
  if (dExpr === null)
    return { replace: true, warning: `${where}: the model makes the column generated (${mExpr}) but the database column is plain; ${consequence}, and its current values are lost` };
  const mVirtual = mc.generated?.stored === false;
  if (mVirtual !== !!dc.generatedVirtual)
    return { replace: true, warning: `${where}: the generated column changes between STORED and VIRTUAL; ${consequence}` };
  if (cmp.sameExpression(mExpr, dExpr)) return null;
  const changed: GeneratedChange = cmp.alterGeneratedExpression
    ? { replace: false, alter: true }
    : { replace: true, warning: `${where}: the generation expression changes (${dExpr} -> ${mExpr}); ${consequence}` };
  if (cmp.expressionVerdict?.(mExpr, dExpr) === "different") return changed;
  const r = canon(mExpr);
  if (r === undefined) return null; // first pass: settled on the server before the second
  if (typeof r === "string") {
    if (r.trim() === dExpr.trim() || cmp.sameExpression(r, dExpr)) return null;
    return changed;
  }
  return { replace: false, unverified: `generation expression of ${where} (${mExpr} vs ${dExpr})` };
}
