/** The SQLite library's version as a number: 3.51.2 is 3051002 (SQLITE_VERSION_NUMBER's form). */
import type { DatabaseConnection } from "../dialect.js";
export declare function versionNumber(text: string): number;
export declare function sqliteServerVersion(conn: DatabaseConnection): Promise<number>;
/** The linked SQLite library's version and the driver's, read on a private in-memory database (the configured file is not opened). */
export declare function sqliteEngineVersion(open: () => Promise<DatabaseConnection>): Promise<string>;
