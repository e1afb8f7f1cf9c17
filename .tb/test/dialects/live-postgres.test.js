import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { isAthanorError } from "../../src/errors.js";
import { postgresDialect as pg } from "../../src/dialects/postgres/index.js";
import { postgresRenderer as pgr } from "../../src/dialects/postgres/renderer.js";
import { pgDriver } from "../../src/dialects/postgres/driver-pg.js";
import { dialectForUrl } from "../../src/dialects/registry.js";
import { defineLiveSuite } from "./support/live-suite.js";
import { createTestDatabase, PG_ADMIN_URL } from "./support/pg-database.js";
defineLiveSuite("PostgreSQL", async () => {
    const db = await createTestDatabase();
    return { connect: db.connect, cleanup: db.drop };
});
describe("PostgreSQL: lock, connections, errors", () => {
    let db;
    before(async () => {
        db = await createTestDatabase();
    });
    after(async () => {
        await db?.drop();
    });
    test("advisory lock: exclusive across sessions, holder pid, released on unlock and on close", async () => {
        const key = pg.lock.keyFor({ table: "athanor_version", schema: "app" });
        const c1 = await db.connect();
        const c2 = await db.connect();
        try {
            const pid1 = String((await c1.query("SELECT pg_backend_pid() AS pid")).rows[0]?.pid);
            assert.equal(await pg.lock.holder(c2, key), null);
            assert.equal(await pg.lock.tryAcquire(c1, key), true);
            assert.equal(await pg.lock.tryAcquire(c2, key), false);
            assert.equal(await pg.lock.holder(c2, key), pid1);
            // A different version table has a different lock.
            const other = pg.lock.keyFor({ table: "athanor_version", schema: "other" });
            assert.equal(await pg.lock.tryAcquire(c2, other), true);
            await pg.lock.release(c2, other);
            await pg.lock.release(c1, key);
            assert.equal(await pg.lock.holder(c2, key), null);
            assert.equal(await pg.lock.tryAcquire(c2, key), true);
            assert.equal(await pg.lock.tryAcquire(c1, key), false);
            const pid2 = String((await c2.query("SELECT pg_backend_pid() AS pid")).rows[0]?.pid);
            assert.equal(await pg.lock.holder(c1, key), pid2);
            await c2.close();
            // The server releases a session lock when its session ends; give it a moment.
            let free = false;
            for (let i = 0; i < 50 && !free; i++) {
                free = await pg.lock.tryAcquire(c1, key);
                if (!free)
                    await new Promise((r) => setTimeout(r, 50));
            }
            assert.equal(free, true);
            await pg.lock.release(c1, key);
        }
        finally {
            await c1.close();
            await c2.close();
        }
    });
    test("dialectForUrl accepts SQLAlchemy schemes and connects", async () => {
        for (const scheme of ["postgresql+psycopg", "postgresql+psycopg2", "postgresql+asyncpg", "postgres"]) {
            const url = db.url.replace(/^postgresql:/, `${scheme}:`);
            const { dialect, driver } = dialectForUrl(url);
            assert.equal(dialect.name, "postgresql");
            const conn = await driver.connect({ url, settings: { lockTimeout: 250, searchPath: "public" } });
            try {
                const r = await conn.query("SELECT current_database() AS db, current_setting('lock_timeout') AS lt");
                assert.deepEqual(r.rows[0], { db: db.name, lt: "250ms" });
            }
            finally {
                await conn.close();
            }
        }
    });
    test("connection errors never contain the password", async () => {
        const host = new URL(PG_ADMIN_URL).host;
        const secret = "Sup3r$ecret@pw";
        const encoded = encodeURIComponent(secret);
        const urls = [
            `postgresql://no_such_role_x:${encoded}@${host}/${db.name}`,
            `postgresql+psycopg://postgres:${encoded}@${host}/no_such_database_x`,
            `postgresql://postgres:${encoded}@127.0.0.1:1/postgres`,
            `postgresql://postgres:${secret}@${host}/no_such_database_z`,
            `postgresql://postgres@${host}/postgres?password=${encoded}&user=no_such_role_y`,
            `postgresql://postgres:${encoded}@${host}:notaport/postgres`,
        ];
        for (const url of urls) {
            let caught;
            try {
                const c = await pgDriver.connect({ url });
                await c.close();
            }
            catch (e) {
                caught = e;
            }
            assert.ok(caught, `expected ${url} to fail`);
            assert.ok(isAthanorError(caught), String(caught));
            const text = `${caught.message}\n${caught.stack ?? ""}\n${JSON.stringify(caught)}`;
            for (const s of [secret, encoded, "Sup3r"])
                assert.ok(!text.includes(s), `leaked in: ${text}`);
            assert.equal(caught.code, "CONNECT.FAILED");
            assert.ok(isAthanorError(caught) && caught.hasCode("DB.CONNECT"), "the former code still matches");
            // Only the machine-readable code travels as the cause, never the raw driver error.
            const cause = caught.cause;
            assert.ok(cause === undefined || (typeof cause === "object" && cause !== null && Object.keys(cause).join() === "code"), JSON.stringify(cause));
        }
    });
    test("version tables can be created by a role that may not create schemas", async () => {
        const role = `athanor_t_role_${db.name.slice(-12)}`;
        const admin = await db.connect();
        try {
            await admin.exec(`CREATE ROLE "${role}" LOGIN`);
            await admin.exec(`CREATE SCHEMA app; GRANT USAGE, CREATE ON SCHEMA app TO "${role}"`);
            await admin.exec(`REVOKE CREATE ON DATABASE "${db.name}" FROM PUBLIC`);
            const u = new URL(db.url);
            u.username = role;
            const limited = await pgDriver.connect({ url: u.toString() });
            try {
                const ref = { table: "athanor_version", schema: "app" };
                for (const s of [...pg.versionTable.createVersionTable(ref), ...pg.versionTable.createLogTable(ref)])
                    await limited.exec(s.sql);
                for (const s of pg.versionTable.createVersionTable(ref))
                    await limited.exec(s.sql);
                await limited.query(pg.versionTable.insertHead(ref, "r1").sql, pg.versionTable.insertHead(ref, "r1").params);
                // A schema that does not exist still needs the privilege, and says so.
                const [guard] = pg.versionTable.createVersionTable({ table: "v", schema: "other" });
                await assert.rejects(limited.exec(guard?.sql ?? ""), /permission denied for database/);
            }
            finally {
                await limited.close();
            }
        }
        finally {
            await admin.exec(`DROP OWNED BY "${role}"`).catch(() => { });
            await admin.close();
            await db.drop();
            const server = await pgDriver.connect({ url: PG_ADMIN_URL });
            try {
                await server.exec(`DROP ROLE IF EXISTS "${role}"`);
            }
            finally {
                await server.close();
            }
            db = await createTestDatabase();
        }
    });
    test("a query on a closed connection fails clearly", async () => {
        const c = await db.connect();
        await c.close();
        await c.close();
        await assert.rejects(c.query("SELECT 1"), /closed/);
    });
    test("CONCURRENTLY statements and transactions: the server agrees with requiresNoTransaction", async () => {
        const c = await db.connect();
        try {
            await c.exec("CREATE TABLE conc (id int)");
            await c.exec("BEGIN");
            const stmts = pgr.renderOperation({ kind: "createIndex", name: "ix_conc", table: "conc", columns: ["id"], concurrently: true });
            await assert.rejects(c.exec(stmts[0]?.sql ?? ""), /cannot run inside a transaction block/);
            await c.exec("ROLLBACK");
            await c.exec(stmts[0]?.sql ?? "");
            // ADD VALUE is allowed in a transaction on PostgreSQL 12+.
            await c.exec("CREATE TYPE e AS ENUM ('a')");
            await c.exec("BEGIN");
            await c.exec(pgr.renderOperation({ kind: "addEnumValue", name: "e", value: "b" })[0]?.sql ?? "");
            await c.exec("COMMIT");
        }
        finally {
            await c.close();
        }
    });
});
