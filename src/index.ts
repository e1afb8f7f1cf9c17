/**
 * The library entry: `import { defineConfig, migrate, status } from "athanor"`.
 */
export { type AthanorConfig, defineConfig, type PostWriteHook, type TransactionMode } from "./config/settings.js";
export { AthanorError, UsageError } from "./errors.js";
export type { DatabaseConnection, Dialect, SqlStatement } from "./dialects/dialect.js";
export { MigrationOps } from "./operations/migration-ops.js";
