/**
 * Generated columns (`GENERATED ALWAYS AS (expr) STORED`): the schema DSL
 * property, SQL and TypeScript rendering, introspection, comparison (a
 * changed generation is a drop and an add, with a warning), and the Drizzle
 * mapping, checked against a database built from the models and one built
 * from the SQL drizzle-kit writes.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql as dsql } from "drizzle-orm";
import { integer as dInteger, pgTable, serial as dSerial, text as dText } from "drizzle-orm/pg-core";
import { compare, downgradeOf, renderBodies, table } from "../../src/autogenerate/index.js";
import { postgresRenderer } from "../../src/dialects/postgres/renderer.js";
import { isAthanorError } from "../../src/errors.js";
import { sql, t } from "../../src/schema/index.js";
import { requirePostgres } from "../support/databases.js";
import { apply, assertClean, describe as describeOps, roundTrip, withDb } from "./helpers.js";
import { runRendered } from "./run-rendered.js";
const people = (expression) => table("people", {
    columns: {
        id: { type: t.integer(), primaryKey: true },
        first_name: t.text(),
        last_name: t.text(),
        full_name: expression === null ? t.text() : { type: t.text(), generated: { expression: sql(expression), stored: true } },
    },
});
describe("generated columns: schema and rendering", () => {
    test("createTable and addColumn render GENERATED ALWAYS AS (...) STORED", () => {
        const [create] = postgresRenderer.renderOperation({ kind: "createTable", table: "people", columns: people("first_name || ' ' || last_name").columns });
        assert.match(create.sql, /"full_name" TEXT GENERATED ALWAYS AS \(first_name \|\| ' ' \|\| last_name\) STORED/i);
        const [add] = postgresRenderer.renderOperation({
            kind: "addColumn",
            table: "orders",
            column: { name: "total", type: t.numeric(12, 2), generated: { expression: "price * qty" }, nullable: false },
        });
        assert.match(add.sql, /ADD COLUMN "total" NUMERIC\(12, ?2\) GENERATED ALWAYS AS \(price \* qty\) STORED NOT NULL/i);
    });
    test("a generated column cannot have a default or an identity", () => {
        const bad = (extra) => () => table("x", { columns: { a: t.integer(), b: { type: t.integer(), generated: { expression: sql("a * 2") }, ...extra } } });
        assert.throws(bad({ default: 1 }), (e) => isAthanorError(e) && /generated column cannot also have a default/.test(e.message));
        assert.throws(bad({ identity: "always" }), /cannot also be an identity/);
        assert.throws(() => table("x", { columns: { b: { type: t.integer(), generated: { expression: sql("  ") } } } }), /must not be empty/);
    });
});
describe("generated columns against PostgreSQL", async () => {
    const opts = await requirePostgres();
    test("built from the models, the database compares clean; the revision writes generated back", opts, async () => {
        await withDb(async ({ conn }) => {
            const ops = await roundTrip(conn, [people("first_name || ' ' || last_name")]);
            const rendered = renderBodies({ upgradeOps: ops, downgradeOps: downgradeOf(ops).operations, irreversible: [], possibleRenames: [] });
            assert.match(rendered.upgrades, /generated: \{ expression: sql\("first_name \|\| ' ' \|\| last_name"\), stored: true \}/);
            await runRendered(conn, rendered, "upgrade");
            await conn.exec("INSERT INTO people (id, first_name, last_name) VALUES (1, 'Ada', 'Lovelace')");
            const r = await conn.query("SELECT full_name FROM people");
            assert.equal(r.rows[0]?.full_name, "Ada Lovelace");
            await assertClean(conn, [people("first_name || ' ' || last_name")]);
        });
    });
    test("a changed expression is a drop and an add, with a warning; the downgrade restores it", opts, async () => {
        await withDb(async ({ conn }) => {
            await apply(conn, (await compare([people("first_name || ' ' || last_name")], conn)).operations);
            const after = [people("last_name || ', ' || first_name")];
            const r = await compare(after, conn);
            assert.deepEqual(r.operations.map((o) => o.kind), ["dropColumn", "addColumn"], describeOps(r.operations));
            assert.ok(r.warnings.some((w) => w.includes("people.full_name") && w.includes("generation expression changes")), r.warnings.join("\n"));
            const down = downgradeOf(r.operations);
            assert.deepEqual(down.irreversible, []);
            const rendered = renderBodies({ upgradeOps: r.operations, downgradeOps: down.operations, irreversible: [], possibleRenames: [] });
            await runRendered(conn, rendered, "upgrade");
            await assertClean(conn, after);
            await runRendered(conn, rendered, "downgrade");
            await assertClean(conn, [people("first_name || ' ' || last_name")]);
        });
    });
    test("plain to generated and back are drops and adds, with warnings", opts, async () => {
        await withDb(async ({ conn }) => {
            await apply(conn, (await compare([people(null)], conn)).operations);
            const toGenerated = await compare([people("first_name || last_name")], conn);
            assert.deepEqual(toGenerated.operations.map((o) => o.kind), ["dropColumn", "addColumn"]);
            assert.ok(toGenerated.warnings.some((w) => w.includes("people.full_name") && w.includes("makes the column generated")));
            await apply(conn, toGenerated.operations);
            await assertClean(conn, [people("first_name || last_name")]);
            const toPlain = await compare([people(null)], conn);
            assert.deepEqual(toPlain.operations.map((o) => o.kind), ["dropColumn", "addColumn"]);
            assert.ok(toPlain.warnings.some((w) => w.includes("people.full_name") && w.includes("plain column")));
            await apply(conn, toPlain.operations);
            await assertClean(conn, [people(null)]);
        });
    });
    const drizzlePeople = () => pgTable("d_people", {
        id: dSerial("id").primaryKey(),
        firstName: dText("first_name").notNull(),
        lastName: dText("last_name").notNull(),
        fullName: dText("full_name").generatedAlwaysAs(() => dsql `first_name || ' ' || last_name`),
        nameLength: dInteger("name_length").generatedAlwaysAs(dsql `length(first_name)`),
    });
    test("drizzle generatedAlwaysAs: built from the models, compares clean", opts, async () => {
        await withDb(async ({ conn }) => {
            const models = { people: drizzlePeople() };
            const r = await compare(models, conn);
            assert.deepEqual(r.warnings, []);
            await roundTrip(conn, models);
        });
    });
    test("drizzle generatedAlwaysAs: a database from drizzle-kit's SQL compares clean", opts, async () => {
        await withDb(async ({ conn, sql: run }) => {
            // drizzle-kit generate output for the table above
            await run(`CREATE TABLE "d_people" (
	"id" serial PRIMARY KEY NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"full_name" text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
	"name_length" integer GENERATED ALWAYS AS (length(first_name)) STORED
);`);
            await assertClean(conn, { people: drizzlePeople() });
            // The same table with plain columns (what Athanor used to create) is a difference.
            await run(`DROP TABLE "d_people"; CREATE TABLE "d_people" ("id" serial PRIMARY KEY NOT NULL, "first_name" text NOT NULL,
        "last_name" text NOT NULL, "full_name" text, "name_length" integer);`);
            const r = await compare({ people: drizzlePeople() }, conn);
            assert.deepEqual(r.operations.map((o) => o.kind), ["dropColumn", "addColumn", "dropColumn", "addColumn"]);
        });
    });
});
