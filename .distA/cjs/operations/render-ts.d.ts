import { type Operation } from "./operation.js";
export interface RenderTsOptions {
    /** Indentation of the line the call starts on; continuation lines are indented relative to it. */
    readonly indent?: string;
}
/**
 * The op as a TypeScript call on `op` (a MigrationOps), e.g.
 * `op.addColumn("users", { name: "email", type: t.varchar(255), nullable: false })`.
 * Assumes `t` and `sql` are imported from athanor; no trailing semicolon.
 * `original` hints on drop ops are not rendered.
 */
export declare function renderOperationTs(op: Operation, options?: RenderTsOptions): string;
/** Statements for a migration body: each op as `await <call>;`, one per line, indented. */
export declare function renderOperationsTs(ops: readonly Operation[], indent?: string): string;
