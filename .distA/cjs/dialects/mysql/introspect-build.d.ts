/**
 * The catalog rows of a MySQL or MariaDB database turned into the
 * dialect-neutral schema model (src/autogenerate/schema-model.ts). Pure:
 * the rows come from introspect.ts (or, in tests, from captured fixtures of
 * what each server returns), so every server version's quirks are handled
 * and tested here:
 * - MariaDB's JSON is LONGTEXT with a `json_valid(col)` CHECK: a json column, no check.
 * - Unique indexes are unique constraints (MySQL has no other kind).
 * - The index MySQL adds for a foreign key (named after the constraint, or
 *   after its first column when unnamed) is marked implicit.
 * - AUTO_INCREMENT is identity; display widths, `year(4)` and charset
 *   clauses are dropped (type-text.ts); defaults become SQL text with their
 *   ON UPDATE clause (default-text.ts).
 */
import type { IntrospectOptions } from "../../autogenerate/schema-introspector.js";
import type { DatabaseSchema } from "../../autogenerate/schema-model.js";
type Str = string | null;
export interface CatalogColumn {
    readonly table_schema: string;
    readonly table_name: string;
    readonly column_name: string;
    readonly ordinal_position: number | string;
    readonly column_type: string;
    readonly column_default: Str;
    readonly is_nullable: string;
    readonly extra: Str;
    readonly generation_expression: Str;
    readonly collation_name: Str;
    readonly column_comment: Str;
}
export interface CatalogTable {
    readonly table_schema: string;
    readonly table_name: string;
    readonly table_comment: Str;
    readonly table_collation: Str;
}
export interface CatalogStatistic {
    readonly table_schema: string;
    readonly table_name: string;
    readonly index_name: string;
    readonly non_unique: number | string;
    readonly seq_in_index: number | string;
    readonly column_name: Str;
    readonly collation: Str;
    readonly sub_part: number | string | null;
    readonly index_type: string;
    /** MySQL 8.0.13+: a functional key part's expression. */
    readonly expression?: Str;
}
export interface CatalogConstraint {
    readonly table_schema: string;
    readonly table_name: string;
    readonly constraint_name: string;
    readonly constraint_type: string;
    /** MySQL 8.0.16+: `NO` for a NOT ENFORCED check. */
    readonly enforced?: Str;
}
export interface CatalogKeyColumn {
    readonly table_schema: string;
    readonly table_name: string;
    readonly constraint_name: string;
    readonly column_name: string;
    readonly ordinal_position: number | string;
    readonly referenced_table_schema: Str;
    readonly referenced_table_name: Str;
    readonly referenced_column_name: Str;
}
export interface CatalogReferential {
    readonly constraint_schema: string;
    readonly table_name: string;
    readonly constraint_name: string;
    readonly update_rule: string;
    readonly delete_rule: string;
}
export interface CatalogCheck {
    readonly table_schema: string;
    readonly table_name: string;
    readonly constraint_name: string;
    readonly check_clause: string;
}
/** What introspect.ts reads: one array per catalog query. */
export interface Catalog {
    /** `SELECT DATABASE()`. */
    readonly database: string;
    /** `SELECT VERSION()`, e.g. `10.11.19-MariaDB-0+deb12u1` or `8.0.36`. */
    readonly version: string;
    readonly existingSchemas: readonly string[];
    readonly tables: readonly CatalogTable[];
    readonly columns: readonly CatalogColumn[];
    readonly statistics: readonly CatalogStatistic[];
    readonly constraints: readonly CatalogConstraint[];
    readonly keyColumns: readonly CatalogKeyColumn[];
    readonly referential: readonly CatalogReferential[];
    readonly checks: readonly CatalogCheck[];
    readonly queries: number;
}
export declare function buildSchema(cat: Catalog, options?: IntrospectOptions): DatabaseSchema;
export {};
