/**
 * PostgreSQL server at 127.0.0.1:5432 (ATHANOR_TEST_PG_URL): one new
 * database per case group (CREATE DATABASE, dropped afterwards), read over
 * a new `pg` session, offline scripts applied with psql.
 */
import { spawnSync } from "node:child_process";
import { pgDriver, postgresDialect } from "../../../src/dialects/postgres/index.js";
import { createTestDatabase, postgresUnavailable } from "../../support/databases.js";
import { comparePostgresModels, dumpPostgresSchema, POSTGRES_CAPABILITIES } from "./postgres-family.js";
export const postgresServerTarget = {
    name: "PostgreSQL (server)",
    dialect: postgresDialect,
    capabilities: POSTGRES_CAPABILITIES,
    unavailable: postgresUnavailable,
    async createDatabase() {
        const db = await createTestDatabase("athanor_conf");
        return {
            url: db.url,
            connect: () => pgDriver.connect({ url: db.url }),
            drop: () => db.drop(),
        };
    },
    nativeClient: {
        name: "psql",
        apply(db, script) {
            const r = spawnSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", db.url], { input: script, encoding: "utf8" });
            return { code: r.status ?? -1, stderr: r.error ? r.error.message : r.stderr };
        },
    },
    dumpSchema: dumpPostgresSchema,
    compareModels: comparePostgresModels,
    knownBugs: {},
};
