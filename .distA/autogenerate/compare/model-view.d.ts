/**
 * Both sides of the comparison in one shape: model tables resolved
 * (effective nullability, column-level `unique`/`references` lifted to
 * table constraints, schemas filled in) and database tables as read.
 * Also turns database objects back into schema definitions, for the
 * `original` of drop operations (which makes them reversible).
 */
import type { DropConstraintOp } from "../../operations/drop-constraint.js";
import type { CreateIndexOp } from "../../operations/create-index.js";
import { type ColumnDefinition, type ReferentialAction } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { ForeignKeyDefinition, UniqueDefinition } from "../../schema/constraints.js";
import type { IndexDefinition } from "../../schema/indexes.js";
import { type TableDefinition } from "../../schema/table.js";
import type { DbColumn, DbForeignKey, DbIndex, DbTable, DbUnique, IncludeFilter } from "../schema-model.js";
export interface MForeignKey {
    readonly name?: string;
    readonly columns: readonly string[];
    readonly refSchema: string;
    readonly refTable: string;
    /** Null: the referenced table's primary key (resolved later when known). */
    refColumns: readonly string[] | null;
    readonly onDelete: ReferentialAction;
    readonly onUpdate: ReferentialAction;
    readonly match: "simple" | "full";
    readonly deferrable: boolean;
    readonly initiallyDeferred: boolean;
    /** As written in the model (for ops). */
    readonly explicitRefSchema?: string;
}
export interface MUnique {
    readonly name?: string;
    readonly columns: readonly string[];
    readonly nullsNotDistinct: boolean;
    readonly deferrable: boolean;
    readonly initiallyDeferred: boolean;
}
export interface MCheck {
    readonly name?: string;
    readonly expression: string;
}
export interface MTable {
    readonly schema: string;
    /** The schema as the model wrote it (undefined: the default schema), used in ops. */
    readonly opSchema?: string;
    readonly name: string;
    readonly def: TableDefinition;
    readonly columns: readonly ColumnDefinition[];
    readonly primaryKey: {
        readonly name?: string;
        readonly columns: readonly string[];
    } | null;
    readonly foreignKeys: MForeignKey[];
    readonly uniques: readonly MUnique[];
    readonly checks: readonly MCheck[];
    readonly indexes: readonly IndexDefinition[];
    readonly comment: string | null;
    /** Names an earlier Athanor gave these objects (long names cut with a hash), by the name the server keeps now. */
    readonly legacyNames: ReadonlyMap<string, string>;
}
/** Looks an object up by the model's name, then by the name an earlier Athanor version gave it. */
export declare function byModelName<T>(objects: ReadonlyMap<string, T>, name: string, m: MTable): T | undefined;
/** Effective nullability of a model column (serial columns are NOT NULL like in PostgreSQL). */
export declare function modelNullable(column: ColumnDefinition, inPrimaryKey: boolean): boolean;
export declare function modelView(def: TableDefinition, defaultSchema: string, include?: IncludeFilter, legacyNames?: ReadonlyMap<string, string>): MTable;
/** A type as it should appear in generated code: the default schema left implicit on enums. */
export declare function presentType(type: ColumnType, defaultSchema: string): ColumnType;
export declare function dbColumnDefinition(c: DbColumn, defaultSchema: string, inPrimaryKey: boolean): ColumnDefinition;
export declare function dbForeignKeyDefinition(fk: DbForeignKey, defaultSchema: string): ForeignKeyDefinition;
export declare function dbUniqueDefinition(u: DbUnique): UniqueDefinition;
export declare function dbIndexDefinition(ix: DbIndex): IndexDefinition;
/**
 * A database table as a definition. `skipForeignKeys` leaves out FKs that
 * are dropped (and re-created on downgrade) separately.
 */
export declare function dbTableDefinition(t: DbTable, defaultSchema: string, skipForeignKeys?: ReadonlySet<string>): TableDefinition;
export type DropOriginal = NonNullable<DropConstraintOp["original"]>;
export declare function dbCreateIndexOp(ix: DbIndex, table: string, schema: string | undefined): CreateIndexOp;
