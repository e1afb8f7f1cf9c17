/**
 * The library entry: `import { defineConfig, migrate, status, t, sql } from "athanor"`.
 */
import "./api/provide-api.js";
export { type AthanorConfig, type AthanorConfigFunction, defineConfig, type PostWriteHook, type TransactionMode, } from "./config/settings.js";
export { RunContext } from "./config/run-context.js";
export { AthanorError, UsageError } from "./errors.js";
export type { DatabaseConnection, Dialect, SqlStatement } from "./dialects/dialect.js";
export { MigrationOps, type OperationExecutor } from "./operations/migration-ops.js";
export type { Operation } from "./operations/operation.js";
export * from "./schema/index.js";
export { pg, type PgTypeBuilders } from "./dialects/postgres/type-builders.js";
export { mysql, type MysqlTypeBuilders } from "./dialects/mysql/type-builders.js";
export type { MysqlAlgorithm, MysqlAlterColumnOptions, MysqlAlterTableOptions, MysqlColumnOptions, MysqlIndexOptions, MysqlLock, MysqlOnlineDdl, MysqlTableOptions, } from "./dialects/mysql/options.js";
export { type TypeSupport, type Unsupported, unsupportedMessage } from "./dialects/unsupported.js";
export { migrate, type MigrateOptions, type MigrateResult } from "./api/migrate.js";
export { status, type StatusOptions, type StatusResult } from "./api/status.js";
export type { Logger } from "./api/api-config.js";
export type { ValidateOption, ValidationResult } from "./api/validate-schema.js";
export { waitForDatabase, type WaitOptions } from "./runtime/wait-for-database.js";
export { describeOperation, isDestructive, renderOperationTs, requiresNoTransaction, reverseOperation, } from "./operations/index.js";
export { enumType, type ModelEnum, type ModelTableSpec, table } from "./autogenerate/models/table.js";
export { type NamingConvention, namingConvention } from "./autogenerate/models/naming.js";
export type { ModelSet } from "./autogenerate/models/collect.js";
