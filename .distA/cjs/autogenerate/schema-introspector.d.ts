/**
 * A dialect's introspector: reads the live schema behind a connection into
 * the dialect-neutral model autogenerate compares (src/autogenerate/schema-model.ts).
 * Loaded on first use through `Dialect.introspector()`.
 */
import type { DatabaseConnection } from "../dialects/dialect.js";
import type { DatabaseSchema, IncludeFilter } from "./schema-model.js";
export interface IntrospectOptions {
    /** Schemas to read. Default: the connection's current schema plus `extraSchemas`. */
    readonly schemas?: readonly string[];
    /** Read these as well as the current schema (when `schemas` is not given): the schemas models live in. */
    readonly extraSchemas?: readonly string[];
    /** Tables never reported (the version table and its log table). */
    readonly excludeTables?: ReadonlyArray<{
        readonly name: string;
        readonly schema?: string | null;
    }>;
    readonly include?: IncludeFilter;
}
export interface SchemaIntrospector {
    introspect(conn: DatabaseConnection, options?: IntrospectOptions): Promise<DatabaseSchema>;
}
