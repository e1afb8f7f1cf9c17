/**
 * PostgreSQL server at 127.0.0.1:5432 (ATHANOR_TEST_PG_URL): one new
 * database per case group (CREATE DATABASE, dropped afterwards), read over
 * a new `pg` session, offline scripts applied with psql.
 */
import { spawnSync } from "node:child_process";
import { pgDriver, postgresDialect } from "../../../src/dialects/postgres/index.js";
import { createTestDatabase, postgresUnavailable } from "../../support/databases.js";
import type { ConformanceTarget } from "../target.js";
import { comparePostgresModels, dumpPostgresSchema, POSTGRES_CAPABILITIES } from "./postgres-family.js";

export const postgresServerTarget: ConformanceTarget = {
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
  knownBugs: {
    "date-in-local-time":
      "the pg driver binds a JS Date through node-postgres' prepareValue, which writes it in the local time zone of the " +
      "process running athanor (2026-01-02T00:04:05.000-03:00 under TZ=America/Sao_Paulo); a timestamp (without time " +
      "zone) column keeps the wall-clock and drops the offset, so it stores 00:04:05, while offline --sql " +
      "(Date.toISOString) and PGlite store 03:04:05: one revision stores different values depending on driver, mode and TZ",
  },
};
