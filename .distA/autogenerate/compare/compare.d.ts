/**
 * Models versus the live database: the list of operations that makes the
 * database match the models, in an order that runs (schemas and enums
 * first, referenced tables before referencing ones, FK cycles closed with
 * separate `createForeignKey`s, drops last and in reverse dependency order).
 */
import type { DatabaseConnection, Dialect } from "../../dialects/dialect.js";
import type { Operation } from "../../operations/operation.js";
import { type ModelSet } from "../models/collect.js";
import type { SchemaComparator } from "../schema-comparator.js";
import type { DatabaseSchema, IncludeFilter } from "../schema-model.js";
import { Resolver } from "./resolver.js";
export interface CompareOptions {
    /** Schemas to compare. Default: the connection's current schema plus every schema a model names. */
    readonly includeSchemas?: readonly string[];
    /** Return false to ignore an object (database or model side). */
    readonly include?: IncludeFilter;
    /** Compare column types. Default true. */
    readonly compareType?: boolean;
    /** Compare server defaults. Default true. */
    readonly compareServerDefault?: boolean;
    /** Treat these as renames: `{ "users.name": "full_name", "old_table": "new_table" }` (old name: new name). */
    readonly renames?: Readonly<Record<string, string>>;
    /** Tables never compared (the version table and its log). */
    readonly excludeTables?: ReadonlyArray<{
        readonly name: string;
        readonly schema?: string | null;
    }>;
    /** The version table: excluded together with its `_log` table. */
    readonly versionTable?: {
        readonly table: string;
        readonly schema?: string | null;
    };
    /** Settle unsure expression/default comparisons on the server (rolled-back transaction). Default true. */
    readonly canonicalize?: boolean;
    /** The database's dialect (the session's). Default: the one whose driver opened the connection, else PostgreSQL. */
    readonly dialect?: Dialect;
}
export interface PossibleRename {
    readonly kind: "table" | "column";
    readonly schema?: string;
    /** For a column: its table (the model's name). For a table: the old name. */
    readonly table: string;
    readonly from: string;
    readonly to: string;
    /** The operation that would do it as a rename (keeping the data). */
    readonly operation: Operation;
    /** Pass this to `renames` to turn the drop and add into the rename. */
    readonly renameKey: string;
}
export interface CompareResult {
    /** Upgrade operations, in execution order. */
    readonly operations: Operation[];
    readonly warnings: string[];
    readonly possibleRenames: PossibleRename[];
    /** The schema as read (for tools). */
    readonly database: DatabaseSchema;
}
/**
 * Compares models with the database behind `conn`. `models` is a ModelSet,
 * an array of tables, or module exports (collected with `collectModels`).
 */
export declare function compare(models: unknown, conn: DatabaseConnection, options: CompareOptions & {
    readonly dialect: Dialect;
}): Promise<CompareResult>;
interface DiffResult {
    operations: Operation[];
    warnings: string[];
    possibleRenames: PossibleRename[];
}
/** The pure part of `compare`: models and an introspected schema in, operations out. */
export declare function diff(set: ModelSet, db: DatabaseSchema, options: CompareOptions, cmp: SchemaComparator, resolver?: Resolver): DiffResult;
export {};
