/**
 * MySQL/MariaDB introspector for autogenerate: reads the tables of the
 * current database (and of the other databases the models name) from
 * `information_schema`, values always bound, then turns the rows into the
 * dialect-neutral model (introspect-build.ts, where the servers' quirks are
 * handled). Nine catalog queries whatever the number of tables.
 */
import type { IntrospectOptions, SchemaIntrospector } from "../../autogenerate/schema-introspector.js";
import type { DatabaseSchema } from "../../autogenerate/schema-model.js";
import type { DatabaseConnection } from "../dialect.js";
import { type Catalog } from "./introspect-build.js";
/** Reads the catalog rows introspect-build.ts needs. */
export declare function readCatalog(conn: DatabaseConnection, options?: IntrospectOptions): Promise<Catalog>;
export declare function introspect(conn: DatabaseConnection, options?: IntrospectOptions): Promise<DatabaseSchema>;
export declare const mysqlIntrospector: SchemaIntrospector;
