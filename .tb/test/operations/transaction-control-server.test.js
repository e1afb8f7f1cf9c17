/**
 * The transaction-control guard agrees with the server: every hostile input
 * runs on a scratch PostgreSQL database inside a transaction, once with
 * standard_conforming_strings on and once off, and the server is asked what
 * it did: the command tags of what ran (BEGIN, COMMIT, SAVEPOINT, ...), and
 * whether the transaction it ran in is still the one that was opened. The
 * guard must find transaction control exactly when one of the two runs ran
 * some (or, for the inputs marked conservative, when the server ran nothing).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { findTransactionControl } from "../../src/dialects/postgres/transaction-control.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { HOSTILE_SQL } from "./hostile-sql.js";
/** Command tags (as pg reports their first word) of transaction-control statements. */
const TX_TAGS = new Set(["BEGIN", "START", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PREPARE"]);
/** "cannot run inside a transaction block": the server read a transaction statement and refused it here. */
const IN_TX_BLOCK = "25001";
async function run(client, sql, conforming) {
    await client.query(`SET standard_conforming_strings = ${conforming ? "on" : "off"}`);
    await client.query("BEGIN");
    const before = (await client.query("SELECT txid_current() AS x")).rows[0]?.x;
    const control = [];
    let error;
    try {
        const res = (await client.query(sql));
        for (const r of Array.isArray(res) ? res : [res])
            if (TX_TAGS.has(r.command))
                control.push(r.command);
    }
    catch (e) {
        const err = e;
        error = `${err.code}: ${err.message}`;
        if (err.code === IN_TX_BLOCK)
            control.push("refused in a transaction block");
    }
    try {
        const now = (await client.query("SELECT txid_current() AS x")).rows[0]?.x;
        if (now !== before)
            control.push("ended the transaction");
    }
    catch (e) {
        // 25P02: the transaction is still open, in the failed state
        if (e.code !== "25P02")
            throw e;
    }
    await client.query("ROLLBACK");
    return error === undefined ? { control } : { control, error };
}
describe("the transaction-control guard agrees with PostgreSQL", async () => {
    const opts = await requirePostgres();
    let db;
    let client;
    before(async () => {
        if (opts.skip)
            return;
        db = await createTestDatabase("athanor_txguard");
        client = await db.connect();
        client.on("notice", () => { });
        await client.query("CREATE PROCEDURE tx_commit_proc() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$");
    });
    after(async () => {
        if (opts.skip)
            return;
        await client.end();
        await db.drop();
    });
    for (const c of HOSTILE_SQL) {
        test(JSON.stringify(c.sql), opts, async () => {
            const on = await run(client, c.sql, true);
            const off = await run(client, c.sql, false);
            const serverRan = on.control.length > 0 || off.control.length > 0;
            const found = findTransactionControl(c.sql)?.keyword ?? null;
            const detail = `guard: ${found}; server (conforming): ${on.control.join(", ") || "none"} ${on.error ?? ""}; server (non-conforming): ${off.control.join(", ") || "none"} ${off.error ?? ""}`;
            assert.equal(found, c.keyword, detail);
            if (serverRan)
                assert.notEqual(found, null, `the server ran transaction control the guard missed: ${detail}`);
            else if (c.conservative) {
                assert.ok(on.error && off.error, `marked conservative, but the server accepted it: ${detail}`);
            }
            else
                assert.equal(found, null, `the guard refuses what the server runs without transaction control: ${detail}`);
        });
    }
});
