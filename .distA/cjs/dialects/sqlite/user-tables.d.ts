/** The tables that are not SQLite's own (`sqlite_%`), as `main.<table>` (SQLite's name for the database's schema). */
import type { DatabaseConnection } from "../dialect.js";
export declare function sqliteUserTables(conn: DatabaseConnection): Promise<string[]>;
