import type { DialectCapabilities } from "../dialect.js";
/** What SQLite can do; see DialectCapabilities. */
export declare const sqliteCapabilities: DialectCapabilities;
