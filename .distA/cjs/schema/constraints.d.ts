import type { ReferentialAction } from "./column.js";
import type { SqlText } from "./sql-expression.js";
export interface PrimaryKeyDefinition {
    readonly name?: string;
    readonly columns: readonly string[];
}
export type ForeignKeyMatch = "simple" | "full";
export interface ForeignKeyDefinition {
    readonly name?: string;
    readonly columns: readonly string[];
    readonly refTable: string;
    readonly refSchema?: string;
    readonly refColumns: readonly string[];
    readonly onDelete?: ReferentialAction;
    readonly onUpdate?: ReferentialAction;
    readonly match?: ForeignKeyMatch;
    readonly deferrable?: boolean;
    readonly initiallyDeferred?: boolean;
}
export interface UniqueDefinition {
    readonly name?: string;
    readonly columns: readonly string[];
    /** PostgreSQL 15+: `NULLS NOT DISTINCT`. */
    readonly nullsNotDistinct?: boolean;
    readonly deferrable?: boolean;
    readonly initiallyDeferred?: boolean;
}
export interface CheckDefinition {
    readonly name?: string;
    /** A SQL boolean expression (this position is SQL by nature). */
    readonly expression: SqlText;
}
export type ConstraintType = "primaryKey" | "unique" | "foreignKey" | "check";
