/**
 * What generated revision files import from "athanor", for tests that run
 * them (aliased through jiti): the column-type builders (t, pg) and sql().
 */
export { pg } from "../../src/dialects/postgres/type-builders.js";
export { sql, t } from "../../src/schema/index.js";
export { MigrationOps } from "../../src/operations/migration-ops.js";
