/**
 * The same corpus against the embedded PGlite database (`pglite:memory`):
 * introspection and comparison rely only on catalog queries that PGlite
 * answers like PostgreSQL.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compare } from "../../src/autogenerate/index.js";
import { dialectForUrl } from "../../src/dialects/registry.js";
import { corpus } from "./corpus.js";
import { apply, describe as describeOps } from "./helpers.js";
async function pgliteAvailable() {
    try {
        await import("@electric-sql/pglite");
        return null;
    }
    catch {
        return "@electric-sql/pglite is not installed";
    }
}
// PGlite (WebAssembly) is slow to start: a representative third of the corpus
// (every entry passes; set ATHANOR_PGLITE_FULL=1 to run them all).
const entries = process.env.ATHANOR_PGLITE_FULL ? corpus : corpus.filter((e, i) => i % 3 === 0 || /quot|drizzle|schema/.test(e.name));
describe("autogenerate corpus on PGlite", async () => {
    const skip = await pgliteAvailable();
    for (const entry of entries) {
        test(entry.name, skip ? { skip } : {}, async () => {
            const conn = await dialectForUrl("pglite:memory").driver.connect({ url: "pglite:memory" });
            try {
                const first = await compare(entry.models, conn);
                await apply(conn, first.operations);
                const again = await compare(entry.models, conn);
                assert.equal(again.operations.length, 0, describeOps(again.operations));
                assert.deepEqual(again.warnings.filter((w) => w.includes("could not verify")), []);
            }
            finally {
                await conn.close();
            }
        });
    }
});
