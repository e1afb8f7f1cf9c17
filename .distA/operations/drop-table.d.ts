import type { TableDefinition } from "../schema/table.js";
import { type ReverseResult } from "./common.js";
export interface DropTableOp {
    readonly kind: "dropTable";
    readonly table: string;
    readonly schema?: string;
    readonly ifExists?: boolean;
    readonly cascade?: boolean;
    /** The dropped table's definition; makes the drop reversible. */
    readonly original?: TableDefinition;
}
export interface DropTableOptions {
    readonly schema?: string;
    readonly ifExists?: boolean;
    readonly cascade?: boolean;
    readonly original?: TableDefinition;
}
export declare function dropTableOp(name: string, options?: DropTableOptions): DropTableOp;
export declare function validateDropTable(op: DropTableOp): void;
export declare function reverseDropTable(op: DropTableOp): ReverseResult;
export declare function renderDropTableTs(op: DropTableOp): string;
