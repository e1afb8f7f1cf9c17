/** The conformance suite on SQLite: a database file in a temporary folder, and an in-memory database. */
import { defineConformanceSuite } from "./suite.js";
import { sqliteFileTarget, sqliteMemoryTarget } from "./targets/sqlite.js";

await defineConformanceSuite(sqliteFileTarget);
await defineConformanceSuite(sqliteMemoryTarget);
