/**
 * The library entry: `import { defineConfig, migrate, status, t, sql } from "athanor"`.
 */
export { defineConfig, } from "./config/settings.js";
export { RunContext } from "./config/run-context.js";
export { AthanorError, UsageError } from "./errors.js";
export { MigrationOps } from "./operations/migration-ops.js";
export * from "./schema/index.js";
export { pg } from "./dialects/postgres/type-builders.js";
export { mysql } from "./dialects/mysql/type-builders.js";
export { unsupportedMessage } from "./dialects/unsupported.js";
export { migrate } from "./api/migrate.js";
export { status } from "./api/status.js";
export { waitForDatabase } from "./runtime/wait-for-database.js";
export { describeOperation, isDestructive, renderOperationTs, requiresNoTransaction, reverseOperation, } from "./operations/index.js";
export { enumType, table } from "./autogenerate/models/table.js";
export { namingConvention } from "./autogenerate/models/naming.js";
