import type { DialectCapabilities } from "../dialect.js";
/** What PostgreSQL (a server or PGlite) can do; see DialectCapabilities. */
export declare const postgresCapabilities: DialectCapabilities;
