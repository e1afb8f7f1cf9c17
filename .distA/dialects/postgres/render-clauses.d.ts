/** Clause-level pieces shared by the PostgreSQL renderers. */
import type { ColumnReference, ReferentialAction } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { ForeignKeyDefinition, UniqueDefinition } from "../../schema/constraints.js";
import { type SqlText } from "../../schema/sql-expression.js";
import type { ColumnDefault } from "../../schema/value.js";
export declare function referentialAction(action: ReferentialAction): string;
export declare function deferrableClause(def: {
    deferrable?: boolean;
    initiallyDeferred?: boolean;
}): string;
export declare function constraintName(name: string | undefined): string;
/** ` ON DELETE CASCADE ON UPDATE ...` */
export declare function actionsClause(def: {
    onDelete?: ReferentialAction;
    onUpdate?: ReferentialAction;
}): string;
/** `REFERENCES "s"."t" ("id") ...` for a column's FK shorthand. */
export declare function columnReferenceClause(ref: ColumnReference): string;
/** `[CONSTRAINT n] FOREIGN KEY (...) REFERENCES ... ` (table constraint or ALTER TABLE ADD). */
export declare function foreignKeyClause(fk: ForeignKeyDefinition): string;
export declare function uniqueClause(u: UniqueDefinition): string;
export declare function checkClause(name: string | undefined, expression: SqlText): string;
/**
 * A default: `sql()` verbatim (parenthesised unless it is a simple term), else
 * an escaped literal. On a json/jsonb column a non-string value is written as
 * JSON text (so `default: []` means an empty JSON array, not a SQL array); a
 * string is taken as the JSON text itself.
 */
export declare function renderDefault(value: ColumnDefault, type?: ColumnType): string;
/** Is `text` one function call `name(...)` whose opening parenthesis closes at the very end? */
export declare function isFunctionCall(text: string): boolean;
