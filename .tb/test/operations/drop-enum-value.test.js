/**
 * `dropEnumValue` against PostgreSQL: the type is rebuilt without the value,
 * every column using it (arrays too, in any schema) keeps its data and its
 * default; a row holding the value makes it refuse, changing nothing.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { postgresRenderer } from "../../src/dialects/postgres/renderer.js";
import { requirePostgres } from "../support/databases.js";
import { apply, withDb } from "../autogenerate/helpers.js";
describe("dropEnumValue", async () => {
    const opts = await requirePostgres();
    const setup = `
    CREATE SCHEMA app;
    CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'it''s fine', 'happy');
    CREATE TABLE app.people (id int PRIMARY KEY, mood app.mood NOT NULL DEFAULT 'sad', history app.mood[] DEFAULT '{happy}');
    CREATE TABLE public.visits (id int, mood app.mood);
    INSERT INTO app.people VALUES (1, 'happy', '{sad,happy}'), (2, DEFAULT, DEFAULT);
    INSERT INTO public.visits VALUES (1, 'sad'), (2, NULL);`;
    const labels = async (conn) => (await conn.query("SELECT enumlabel AS l FROM pg_enum WHERE enumtypid = 'app.mood'::regtype ORDER BY enumsortorder")).rows.map((r) => r.l);
    test("rebuilds the type without the value; columns, arrays, data and defaults survive", opts, async () => {
        await withDb(async ({ conn, sql }) => {
            await sql(setup);
            await apply(conn, [{ kind: "dropEnumValue", name: "mood", schema: "app", value: "ok" }]);
            assert.deepEqual(await labels(conn), ["sad", "it's fine", "happy"]);
            await apply(conn, [{ kind: "dropEnumValue", name: "mood", schema: "app", value: "it's fine" }]);
            assert.deepEqual(await labels(conn), ["sad", "happy"]);
            const rows = await conn.query("SELECT id, mood::text, history::text FROM app.people ORDER BY id");
            assert.deepEqual(rows.rows, [
                { id: 1, mood: "happy", history: "{sad,happy}" },
                { id: 2, mood: "sad", history: "{happy}" },
            ]);
            const types = await conn.query(`SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute
          WHERE attrelid IN ('app.people'::regclass, 'public.visits'::regclass) AND attname IN ('mood', 'history') ORDER BY attrelid, attnum`);
            assert.deepEqual(types.rows.map((r) => r.t), ["app.mood", "app.mood[]", "app.mood"]);
            await sql("INSERT INTO app.people (id) VALUES (3)");
            const d = await conn.query("SELECT mood::text, history::text FROM app.people WHERE id = 3");
            assert.deepEqual(d.rows[0], { mood: "sad", history: "{happy}" });
            const types2 = await conn.query("SELECT count(*)::text AS n FROM pg_type WHERE typname LIKE 'athanor_tmp_%'");
            assert.equal(types2.rows[0]?.n, "0");
        });
    });
    test("refuses while a row holds the value, naming the column; nothing changes", opts, async () => {
        await withDb(async ({ conn, sql }) => {
            await sql(setup);
            await assert.rejects(apply(conn, [{ kind: "dropEnumValue", name: "mood", schema: "app", value: "happy" }]), /cannot remove value happy from enum app\.mood: column app\.people\.mood still holds it/);
            await sql("UPDATE app.people SET mood = 'sad'");
            // Still held inside an array.
            await assert.rejects(apply(conn, [{ kind: "dropEnumValue", name: "mood", schema: "app", value: "happy" }]), /column app\.people\.history still holds it/);
            assert.deepEqual(await labels(conn), ["sad", "ok", "it's fine", "happy"]);
            await assert.rejects(apply(conn, [{ kind: "dropEnumValue", name: "mood", schema: "app", value: "nope" }]), /enum app\.mood has no value nope/);
            await apply(conn, [{ kind: "dropEnumValue", name: "mood", schema: "app", value: "nope", ifExists: true }]);
        });
    });
    test("renders as one DO block (works in --sql scripts too)", () => {
        const stmts = postgresRenderer.renderOperation({ kind: "dropEnumValue", name: "mood", value: "$athanor$" });
        assert.equal(stmts.length, 1);
        assert.match(stmts[0].sql, /^DO \$athanor1\$/);
    });
});
