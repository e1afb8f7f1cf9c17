/**
 * What generated revision files import from "athanor", for tests that run
 * them (aliased through jiti): the column-type builders and sql().
 */
export { sql, t } from "../../src/schema/index.js";
export { MigrationOps } from "../../src/operations/migration-ops.js";
