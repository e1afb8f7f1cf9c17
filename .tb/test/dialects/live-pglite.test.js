import assert from "node:assert/strict";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { randomBytes } from "node:crypto";
import { pgliteDriver, parsePgliteUrl } from "../../src/dialects/postgres/driver-pglite.js";
import { postgresDialect as pg } from "../../src/dialects/postgres/index.js";
import { dialectForUrl } from "../../src/dialects/registry.js";
import { defineLiveSuite } from "./support/live-suite.js";
defineLiveSuite("PGlite", async () => {
    const url = `pglite:memory:suite-${randomBytes(4).toString("hex")}`;
    const keep = await pgliteDriver.connect({ url });
    return {
        connect: () => pgliteDriver.connect({ url }),
        cleanup: () => keep.close(),
    };
});
describe("PGlite driver", () => {
    test("parses memory, named memory and directory URLs", () => {
        assert.deepEqual(parsePgliteUrl("pglite:memory"), { kind: "memory", name: "" });
        assert.deepEqual(parsePgliteUrl("pglite://memory"), { kind: "memory", name: "" });
        assert.deepEqual(parsePgliteUrl("pglite:"), { kind: "memory", name: "" });
        assert.deepEqual(parsePgliteUrl("pglite:memory:abc"), { kind: "memory", name: "abc" });
        assert.deepEqual(parsePgliteUrl("pglite:/abs/dir"), { kind: "dir", path: "/abs/dir" });
        assert.deepEqual(parsePgliteUrl("pglite:///abs/dir"), { kind: "dir", path: "/abs/dir" });
        assert.deepEqual(parsePgliteUrl("pglite:./rel"), { kind: "dir", path: join(process.cwd(), "rel") });
        assert.deepEqual(parsePgliteUrl("pglite://./rel"), { kind: "dir", path: join(process.cwd(), "rel") });
        assert.equal(dialectForUrl("pglite:memory").driver, pgliteDriver);
    });
    test("connections to one database share it; a transaction blocks the others until it ends", async () => {
        const url = `pglite:memory:share-${randomBytes(4).toString("hex")}`;
        const c1 = await pgliteDriver.connect({ url });
        const c2 = await pgliteDriver.connect({ url });
        try {
            await c1.exec("CREATE TABLE t (id int)");
            assert.deepEqual((await c2.query("SELECT count(*)::int AS n FROM t")).rows, [{ n: 0 }]);
            await c1.exec("BEGIN");
            await c1.query("INSERT INTO t VALUES ($1)", [1]);
            let seen;
            const waiting = c2.query("SELECT count(*)::int AS n FROM t").then((r) => {
                seen = r.rows[0]?.n;
            });
            await new Promise((r) => setTimeout(r, 50));
            assert.equal(seen, undefined, "the second connection must wait for the transaction");
            await c1.exec("COMMIT");
            await waiting;
            assert.equal(seen, 1);
            // Closing a connection with an open transaction rolls it back and frees the others.
            const c3 = await pgliteDriver.connect({ url });
            await c3.exec("BEGIN");
            await c3.exec("INSERT INTO t VALUES (2)");
            const pending = c2.query("SELECT count(*)::int AS n FROM t");
            await c3.close();
            assert.deepEqual((await pending).rows, [{ n: 1 }]);
            // int8 comes back as text, like node-postgres.
            assert.deepEqual((await c2.query("SELECT 5::int8 AS v, 7::int4 AS w")).rows, [{ v: "5", w: 7 }]);
            // Plain objects are bound as JSON text, like node-postgres.
            assert.deepEqual((await c2.query("SELECT $1::text AS v", [{ a: 1 }])).rows, [{ v: '{"a":1}' }]);
        }
        finally {
            await c1.close();
            await c2.close();
        }
        // The last close drops an in-memory database.
        const again = await pgliteDriver.connect({ url });
        try {
            assert.deepEqual((await again.query("SELECT to_regclass('t') IS NULL AS gone")).rows, [{ gone: true }]);
        }
        finally {
            await again.close();
        }
    });
    test("a file-backed database is created if missing and persists", async () => {
        const root = mkdtempSync(join(tmpdir(), "athanor-pglite-"));
        const dir = join(root, "nested", "db");
        try {
            const c1 = await pgliteDriver.connect({ url: `pglite:${dir}` });
            await c1.exec("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('it''s here')");
            await c1.close();
            assert.ok(existsSync(join(dir, "PG_VERSION")));
            const c2 = await pgliteDriver.connect({ url: `pglite://${dir}`, settings: { lockTimeout: "3s" } });
            try {
                assert.deepEqual((await c2.query("SELECT v FROM kept")).rows, [{ v: "it's here" }]);
                assert.deepEqual((await c2.query("SHOW lock_timeout")).rows, [{ lock_timeout: "3s" }]);
                // Single session: the advisory lock is re-entrant, and its holder is this session.
                const key = pg.lock.keyFor({ table: "athanor_version" });
                assert.equal(await pg.lock.tryAcquire(c2, key), true);
                assert.ok((await pg.lock.holder(c2, key)) !== null);
                await pg.lock.release(c2, key);
            }
            finally {
                await c2.close();
            }
        }
        finally {
            rmSync(root, { recursive: true, force: true });
        }
    });
});
