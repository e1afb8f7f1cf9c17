import { type ColumnDefinition } from "../../schema/column.js";
import type { PossibleRename } from "./compare.js";
import type { DiffContext } from "./diff-context.js";
/** What only the column comparison needs besides the shared context. */
export interface ColumnDiffOptions {
    readonly renames: Readonly<Record<string, string>>;
    readonly compareTypes: boolean;
    readonly compareDefaults: boolean;
    readonly possibleRenames: PossibleRename[];
    /** Filled with the columns the model adds (the server-side check builds them on its copy). */
    readonly addedColumns: ColumnDefinition[];
}
/** Columns of one table pair: renames (asked for and possible), adds, drops, and each pair's changes. */
export declare function diffColumns(x: DiffContext, o: ColumnDiffOptions): void;
