/**
 * Helpers for autogenerate tests: a fresh database per test, applying
 * operations through the PostgreSQL dialect, and the round trip
 * "models -> ops on an empty database -> apply -> compare is empty".
 */
import assert from "node:assert/strict";
import { postgresRenderer } from "../../src/dialects/postgres/renderer.js";
import { dialectForUrl } from "../../src/dialects/registry.js";
import { compare, downgradeOf, formatDiff } from "../../src/autogenerate/index.js";
import { createTestDatabase } from "../support/databases.js";
export async function withDb(fn) {
    const db = await createTestDatabase("athanor_ag");
    const { driver } = dialectForUrl(db.url);
    const conn = await driver.connect({ url: db.url });
    try {
        return await fn({ db, conn, sql: (text) => conn.exec(text) });
    }
    finally {
        await conn.close().catch(() => { });
        await db.drop();
    }
}
export async function apply(conn, ops) {
    for (const op of ops) {
        for (const stmt of postgresRenderer.renderOperation(op)) {
            try {
                await conn.query(stmt.sql, stmt.params);
            }
            catch (e) {
                throw new Error(`${e.message}\n  while running: ${stmt.sql}`);
            }
        }
    }
}
export function describe(ops) {
    return formatDiff(ops).join("\n") || "(none)";
}
export async function assertClean(conn, models, options = {}) {
    const r = await compare(models, conn, options);
    assert.equal(r.operations.length, 0, `expected no differences, got:\n${describe(r.operations)}\n${JSON.stringify(r.operations, replacer, 1)}`);
    const unverified = r.warnings.filter((w) => w.includes("could not verify"));
    assert.deepEqual(unverified, [], "every comparison should be settled");
    return r;
}
export function replacer(_k, v) {
    if (typeof v === "bigint")
        return `${v}n`;
    if (typeof v === "object" && v !== null && typeof v.sql === "string" && Object.getOwnPropertySymbols(v).length > 0)
        return `sql(${v.sql})`;
    return v;
}
/**
 * The round trip every model must survive: compare against an empty
 * database gives only creates; applying them leaves compare empty; the
 * downgrade drops everything again.
 */
export async function roundTrip(conn, models, options = {}) {
    const first = await compare(models, conn, options);
    for (const op of first.operations)
        assert.ok(/^create|^addEnumValue/.test(op.kind), `expected only creates on an empty database, got ${op.kind}`);
    await apply(conn, first.operations);
    await assertClean(conn, models, options);
    const down = downgradeOf(first.operations);
    assert.deepEqual(down.irreversible, []);
    await apply(conn, down.operations);
    const again = await compare(models, conn, options);
    assert.deepEqual(again.operations.map((o) => o.kind), first.operations.map((o) => o.kind), "after the downgrade the database should be empty again");
    return first.operations;
}
