import { AthanorError } from "../../errors.js";
import type { Driver } from "../dialect.js";
import type { BetterSqliteDatabase, BetterSqliteModule } from "./better-sqlite3-types.js";
export declare const SQLITE_PACKAGE = "better-sqlite3";
/** better-sqlite3, imported once (the session and the write lock share it). */
export declare function loadDriver(): Promise<BetterSqliteModule>;
/** Options for better-sqlite3's Database, with the addon's path when known (every Database opened must say it: the lookup is per call). */
export declare function databaseOptions<T extends object>(options: T): T & {
    nativeBinding?: string;
};
/**
 * better-sqlite3 installed without a usable compiled addon: its install script
 * never ran (npm 12 runs a dependency's install script only when the project's
 * package.json `allowScripts` approves it), or it does not load (built for
 * another Node.js, damaged). Null for any other failure.
 */
export declare function addonError(e: unknown): AthanorError | null;
/** Opens a better-sqlite3 Database for a URL (session settings not applied). */
export declare function openSqliteDatabase(url: string): Promise<BetterSqliteDatabase>;
export declare const betterSqlite3Driver: Driver;
