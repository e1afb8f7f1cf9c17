import type { DialectCapabilities } from "../dialect.js";
import { SQLITE_IDENTIFIER_MAX_BYTES } from "./quote.js";

/** What SQLite can do; see DialectCapabilities. */
export const sqliteCapabilities: DialectCapabilities = {
  // DDL rolls back with its transaction: per-migration and per-run both keep their promise
  transactionalDdl: true,
  // one database file is one namespace (ATTACHed databases are not managed)
  schemas: false,
  // enums are CHECK (col IN (...)) constraints written with the column
  namedEnums: false,
  // most table changes are a rebuild (new table, copy, drop, rename)
  alterConstraints: false,
  concurrentIndex: false,
  comments: false,
  partialIndexes: true,
  deferrableConstraints: true,
  arrays: false,
  /**
   * SQLite has no identifier length limit of its own (a name is bounded only
   * by SQLITE_MAX_SQL_LENGTH, 1,000,000,000 bytes by default). Athanor still
   * refuses absurd names: 1024 bytes, far beyond any name a person writes,
   * while keeping the derived names (`<table>_log`, index names) in bounds.
   */
  identifierMaxBytes: SQLITE_IDENTIFIER_MAX_BYTES,
};
