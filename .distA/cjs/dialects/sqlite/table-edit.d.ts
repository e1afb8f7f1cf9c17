/**
 * Edits of a table's parts (`TableSql`) for the operations SQLite can only do
 * by rebuilding the table: change a column's type, nullability or default;
 * add or drop a constraint; add or drop a column it can't add or drop in
 * place. Each edit also says how the rebuild fills the new column from the
 * old table (`copy`).
 */
import type { AlterColumnOp } from "../../operations/alter-column.js";
import type { CreateConstraintOp, DropConstraintOp } from "../../operations/drop-constraint.js";
import { type ColumnSql, type TableConstraintSql, type TableSql } from "./table-sql.js";
import type { TableState } from "./table-state.js";
/** A table being rebuilt: its new parts, and for each new column the SQL that reads its value from the old table. */
export interface RebuildDraft {
    table: TableSql;
    /** New column name (lower case) → expression over the old table; absent: the column takes its default. */
    readonly copy: Map<string, string>;
    /** Indexes and triggers to write again after the rebuild. */
    objects: TableState["objects"];
}
export declare function startDraft(state: TableState): RebuildDraft;
export declare function addColumnToDraft(draft: RebuildDraft, col: ColumnSql, where: string): void;
/** Why the column can't be dropped even by a rebuild (something else still names it), or null. */
export declare function dropBlocker(draft: RebuildDraft, name: string): string | null;
export declare function dropColumnFromDraft(draft: RebuildDraft, name: string, where: string): void;
/** Type, nullability and default changes of an alterColumn (the rename is done in place, before). */
export declare function alterColumnInDraft(draft: RebuildDraft, op: AlterColumnOp, name: string, where: string): void;
/** The table constraint an operation creates. */
export declare function constraintOf(op: CreateConstraintOp, where: string): TableConstraintSql;
export declare function addConstraintToDraft(draft: RebuildDraft, constraint: TableConstraintSql, where: string): void;
/** Finds the constraint by name; unnamed ones by their kind and definition (`original`). */
export declare function dropConstraintFromDraft(draft: RebuildDraft, op: DropConstraintOp, where: string): void;
/** The column's definition as it will be written (for messages and tests). */
export declare function describeColumn(c: ColumnSql): string;
