/**
 * Wraps a mysql2 connection or pool the application already has (callback
 * API or `mysql2/promise`). The application keeps ownership: closing the
 * wrapper releases a pooled connection but never ends the application's
 * connection or pool.
 */
import type { DatabaseConnection } from "../dialect.js";
export declare function adoptConnection(external: unknown): Promise<DatabaseConnection | null>;
