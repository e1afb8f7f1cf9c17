import type { ConstraintType } from "../schema/constraints.js";
import { type ReverseResult } from "./common.js";
import type { CreateCheckConstraintOp } from "./create-check-constraint.js";
import type { CreateForeignKeyOp } from "./create-foreign-key.js";
import type { CreatePrimaryKeyOp } from "./create-primary-key.js";
import type { CreateUniqueConstraintOp } from "./create-unique-constraint.js";
export type CreateConstraintOp = CreatePrimaryKeyOp | CreateUniqueConstraintOp | CreateForeignKeyOp | CreateCheckConstraintOp;
export interface DropConstraintOp {
    readonly kind: "dropConstraint";
    /** Absent: a constraint the database keeps no name for (SQLite's unnamed CHECK/UNIQUE), found through `original`. */
    readonly name?: string;
    readonly table: string;
    readonly schema?: string;
    /** What kind of constraint it is (informational on PostgreSQL; used by lint and other dialects). */
    readonly constraintType?: ConstraintType;
    readonly ifExists?: boolean;
    readonly cascade?: boolean;
    /** The op that created the constraint; makes the drop reversible. */
    readonly original?: CreateConstraintOp;
}
export interface DropConstraintOptions {
    readonly schema?: string;
    readonly constraintType?: ConstraintType;
    readonly ifExists?: boolean;
    readonly cascade?: boolean;
    readonly original?: CreateConstraintOp;
}
/** `name` null: a constraint the database keeps no name for; `original` then says which one it is. */
export declare function dropConstraintOp(name: string | null, table: string, options?: DropConstraintOptions): DropConstraintOp;
export declare function validateDropConstraint(op: DropConstraintOp): void;
export declare function reverseDropConstraint(op: DropConstraintOp): ReverseResult;
export declare function renderDropConstraintTs(op: DropConstraintOp): string;
