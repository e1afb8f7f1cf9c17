import { type Operation } from "../../operations/operation.js";
import type { SqlLexer, SqlStatement } from "../dialect.js";
import { type RebuildDraft } from "./table-edit.js";
import { type TableState } from "./table-state.js";
/** SQLite 3.25: ALTER TABLE ... RENAME COLUMN. */
export declare const RENAME_COLUMN_VERSION = 3025000;
/** SQLite 3.35: ALTER TABLE ... DROP COLUMN. */
export declare const DROP_COLUMN_VERSION = 3035000;
export interface RenderContext {
    /** The table's current state; null: no such table; undefined: unknown (offline, created before the script). */
    table(name: string): TableState | null | undefined;
    /** SQLite's version as a number (3045001 for 3.45.1). */
    readonly version: number;
    /** Offline: the words for the refusal when a rebuild needs a table whose definition is unknown. */
    readonly offline: boolean;
    readonly lexer?: SqlLexer | undefined;
}
/** The statements, and the table's state after them (for the offline record). */
export interface Rendered {
    /** The statements (before the rebuild, when there is one). */
    readonly statements: SqlStatement[];
    /** Tables whose state changed: name → new state (null: dropped). */
    readonly states?: ReadonlyMap<string, TableState | null>;
    /** A rebuild, still open: later operations on the same table may join it (see SqliteRenderSession). */
    readonly rebuild?: PendingRebuild;
}
/** A table rebuild not written yet: the table as it is, and the draft of what it becomes. */
export interface PendingRebuild {
    readonly state: TableState;
    readonly draft: RebuildDraft;
}
/** All of a rendering's statements, its rebuild written out. */
export declare function allStatements(r: Rendered): SqlStatement[];
/** The checks every operation passes before it is rendered (or joins a rebuild). */
export declare function checkOperation(op: Operation, lexer: SqlLexer | undefined): void;
/**
 * Applies `op` to an open rebuild of its table, when it is a change a rebuild
 * can take (any column or constraint change but a rename); false otherwise.
 */
export declare function joinRebuild(op: Operation, draft: RebuildDraft): boolean;
export declare function renderSqliteOperation(op: Operation, ctx: RenderContext): Rendered;
/** The tables an `op.execute` script creates, changes or drops (for the offline record): best effort, by each statement's leading words. */
export declare function executeEffects(statements: readonly string[]): {
    created: string[];
    touched: string[];
};
