import type { TableDefinition, TableSpec } from "../schema/table.js";
import { type ReverseResult } from "./common.js";
export interface CreateTableOp {
    readonly kind: "createTable";
    readonly table: string;
    readonly schema?: string;
    readonly columns: TableDefinition["columns"];
    readonly primaryKey?: TableDefinition["primaryKey"];
    readonly foreignKeys?: TableDefinition["foreignKeys"];
    readonly uniques?: TableDefinition["uniques"];
    readonly checks?: TableDefinition["checks"];
    readonly indexes?: TableDefinition["indexes"];
    readonly comment?: string;
    readonly mysql?: TableDefinition["mysql"];
    readonly ifNotExists?: boolean;
}
/** The options of `op.createTable(name, spec)`. */
export interface CreateTableSpec extends TableSpec {
    readonly ifNotExists?: boolean;
}
export declare function createTableOp(name: string, spec: CreateTableSpec): CreateTableOp;
/** A table definition (for models, or `dropTable.original`) into a createTable op. */
export declare function createTableFromDefinition(def: TableDefinition, options?: {
    ifNotExists?: boolean;
}): CreateTableOp;
export declare function tableDefinitionOf(op: CreateTableOp): TableDefinition;
export declare function validateCreateTable(op: CreateTableOp): void;
export declare function reverseCreateTable(op: CreateTableOp): ReverseResult;
export declare function renderCreateTableTs(op: CreateTableOp, indent?: string): string;
