/**
 * Wraps a connection object the application already has — a node-postgres
 * `Client` or `Pool`, or a PGlite instance — as a DatabaseConnection. The
 * application keeps ownership: closing the wrapper releases a pooled client
 * but never ends the application's client, pool or database.
 */
import type { DatabaseConnection } from "../dialect.js";
export declare function isDatabaseConnection(o: unknown): o is DatabaseConnection;
export declare function adoptConnection(external: unknown): Promise<DatabaseConnection | null>;
