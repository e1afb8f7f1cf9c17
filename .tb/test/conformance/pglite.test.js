/** The conformance suite on PGlite (embedded PostgreSQL in a temporary directory). */
import { defineConformanceSuite } from "./suite.js";
import { pgliteTarget } from "./targets/pglite.js";
await defineConformanceSuite(pgliteTarget);
