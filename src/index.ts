/**
 * The library entry: `import { defineConfig, migrate, status, t, sql } from "athanor"`.
 */
export { type AthanorConfig, defineConfig, type PostWriteHook, type TransactionMode } from "./config/settings.js";
export { AthanorError, UsageError } from "./errors.js";
export type { DatabaseConnection, Dialect, SqlStatement } from "./dialects/dialect.js";
export { MigrationOps, type OperationExecutor } from "./operations/migration-ops.js";
export type { Operation } from "./operations/operation.js";
export * from "./schema/index.js";
