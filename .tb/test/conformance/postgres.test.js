/** The conformance suite on a PostgreSQL server (127.0.0.1:5432, or ATHANOR_TEST_PG_URL). */
import { defineConformanceSuite } from "./suite.js";
import { postgresServerTarget } from "./targets/postgres-server.js";
await defineConformanceSuite(postgresServerTarget);
