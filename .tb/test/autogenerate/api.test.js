import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compare, diffJson, enumType, formatDiff, introspect, table } from "../../src/autogenerate/index.js";
import { sql, t } from "../../src/schema/index.js";
import { requirePostgres } from "../support/databases.js";
import { apply, withDb } from "./helpers.js";
describe("compare options and outputs", async () => {
    const opts = await requirePostgres();
    test("introspection reads everything in seven queries", opts, async () => {
        await withDb(async ({ conn, sql: run }) => {
            await run(`CREATE SCHEMA s2; CREATE TABLE s2.a (id int primary key); CREATE TABLE b (id int references s2.a)`);
            const seen = [];
            const counting = {
                ...conn,
                query: ((q, p) => {
                    seen.push(q);
                    return conn.query(q, p);
                }),
            };
            const db = await introspect(counting, { schemas: ["public", "s2"] });
            assert.equal(seen.length, 7);
            assert.equal(db.queries, 7);
            assert.deepEqual(db.tables.map((x) => `${x.schema}.${x.name}`), ["public.b", "s2.a"]);
            assert.equal(db.tables[0]?.foreignKeys[0]?.refSchema, "s2");
        });
    });
    test("includeSchemas limits what is compared; models elsewhere are skipped with a warning", opts, async () => {
        await withDb(async ({ conn, sql: run }) => {
            await run("CREATE SCHEMA other; CREATE TABLE other.x (id int); CREATE TABLE y (id int)");
            const r = await compare([table("z", { columns: { id: t.integer() } }, { schema: "third" })], conn, { includeSchemas: ["other"] });
            assert.deepEqual(r.operations.map((o) => [o.kind, o.table]), [["dropTable", "x"]]);
            assert.ok(r.warnings.some((w) => w.includes("third.z") && w.includes("includeSchemas")));
        });
    });
    test("an include filter sees model and database objects", opts, async () => {
        await withDb(async ({ conn, sql: run }) => {
            await run("CREATE TABLE keep (id int, secret text); CREATE INDEX ix_secret ON keep (secret)");
            const seen = new Set();
            const r = await compare([table("keep", { columns: { id: t.integer() } })], conn, {
                include: (o) => {
                    seen.add(`${o.source}:${o.type}:${o.name}`);
                    return !(o.name === "secret" || o.name === "ix_secret");
                },
            });
            assert.deepEqual(r.operations, []);
            assert.ok(seen.has("database:column:secret") && seen.has("model:table:keep") && seen.has("database:index:ix_secret"));
        });
    });
    test("formatDiff and diffJson describe the operations", opts, async () => {
        await withDb(async ({ conn }) => {
            await apply(conn, (await compare([table("u", { columns: { id: t.integer(), name: t.varchar(100) } })], conn)).operations);
            const r = await compare([enumType("e", ["a"]), table("u", { columns: { id: t.integer(), name: t.varchar(10), at: { type: t.timestamptz(), default: sql("now()") } } })], conn);
            const lines = formatDiff(r.operations);
            assert.ok(lines.some((l) => l.startsWith("create enum")));
            assert.ok(lines.some((l) => l.includes("alter column u.name") && l.includes("varchar(100) to varchar(10)")));
            const json = diffJson(r.operations);
            assert.doesNotThrow(() => JSON.stringify(json));
            const add = json.find((j) => j.kind === "addColumn");
            assert.deepEqual(add.operation.column.default, { sql: "now()" });
            assert.equal(json.find((j) => j.kind === "alterColumn")?.destructive, true);
        });
    });
    test("a read-only session still compares; unsure expressions become a warning", opts, async () => {
        await withDb(async ({ conn, sql: run }) => {
            const m = [table("d", { columns: { at: { type: t.timestamptz(), default: sql("date_trunc('day', now())") } } })];
            await apply(conn, (await compare(m, conn)).operations);
            await run("SET default_transaction_read_only = on");
            const r = await compare([table("d", { columns: { at: { type: t.timestamptz(), default: sql("date_trunc('hour', now())") } } })], conn);
            assert.deepEqual(r.operations, []);
            assert.ok(r.warnings.some((w) => w.includes("could not verify") && w.includes("d.at")));
        });
    });
});
