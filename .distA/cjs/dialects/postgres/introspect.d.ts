/**
 * Reads the live schema with a fixed number of catalog queries (seven,
 * whatever the number of tables): tables, columns (with defaults, identity
 * and owned sequences), constraints, indexes, enums. Nothing is read per
 * table, so 1,000 tables cost the same round trips as one.
 */
import type { IntrospectOptions, SchemaIntrospector } from "../../autogenerate/schema-introspector.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { DatabaseConnection } from "../dialect.js";
import type { DatabaseSchema } from "../../autogenerate/schema-model.js";
/** A catalog type (name, namespace, kind, typmod) in the schema vocabulary. */
export declare function catalogType(typname: string, typschema: string, typtype: string, typmod: number, formatted: string): ColumnType;
/**
 * Reads tables, columns, constraints, indexes and enums of `schemas`.
 * Seven queries in all.
 */
export declare function introspect(conn: DatabaseConnection, options?: IntrospectOptions): Promise<DatabaseSchema>;
export declare const postgresIntrospector: SchemaIntrospector;
