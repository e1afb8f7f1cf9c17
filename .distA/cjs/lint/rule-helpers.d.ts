/** Small pieces most rules share. */
import type { ColumnType } from "../schema/column-type.js";
import type { Operation } from "../operations/operation.js";
import { type LintContext, type LintItem, type LintRule } from "./types.js";
type RuleInfo = Omit<LintRule, "check">;
/** A rule that looks at each operation on its own: `message` returns what is wrong, or null. */
export declare function operationRule(info: RuleInfo, message: (op: Operation, item: LintItem, context: LintContext) => string | null): LintRule;
/** The table was created earlier in the same revision. */
export declare function isNewTable(item: LintItem, table: string): boolean;
/** The column was added earlier in the same revision (or its table created). */
export declare function isNewColumn(item: LintItem, table: string, column: string): boolean;
/** `schema.table` or `table`. */
export declare function tableName(table: string, schema?: string): string;
/** `in upgrade()` / `in downgrade()`, for messages about the downgrade. */
export declare function where(item: LintItem): string;
/** A column type as people write it, for messages. */
export declare function typeLabel(type: ColumnType): string;
export {};
