/**
 * Found by the real-schema corpus (drizzle-kit's all-types schema): a Drizzle default given as a JS value for a
 * column whose driver form is not JSON — `point({ mode: "xy" }).default({ x: 1, y: 2 })`,
 * `point({ mode: "tuple" }).default([1, 2])`, `line().default([1, 1, 1])` — was rendered as JSON
 * (`'{"x":1,"y":2}'`), which PostgreSQL rejects ("invalid input syntax for type point"). Such a default is the
 * value drizzle itself sends for it (the column's `mapToDriverValue`). (drizzle-kit 0.31 writes these defaults
 * as `DEFAULT [object Object]` / `DEFAULT 1,2`, invalid SQL, so there is no drizzle-kit build to compare with.)
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { integer, json, jsonb, line, pgTable, point, text } from "drizzle-orm/pg-core";
import { compare } from "../../../src/autogenerate/index.js";
import { requirePostgres } from "../../support/databases.js";
import { apply, roundTrip, withDb } from "../helpers.js";
const shapes = pgTable("shapes", {
    id: integer("id").primaryKey(),
    pointXy: point("point_xy", { mode: "xy" }).default({ x: 1, y: 2 }),
    pointTuple: point("point_tuple", { mode: "tuple" }).default([3, 4.5]),
    lineAbc: line("line_abc", { mode: "abc" }).default({ a: 1, b: -1, c: 0 }),
    lineTuple: line("line_tuple").default([1, 1, 1]),
    // JSON columns keep their JSON defaults, arrays their array literals.
    doc: jsonb("doc").default({ x: 1, y: 2 }),
    list: json("list").default([1, 2]),
    tags: text("tags").array().default(["a", "b"]),
});
describe("drizzle defaults in their driver form", async () => {
    const opts = await requirePostgres();
    test("point and line defaults given as JS values build and compare clean", opts, async () => {
        await withDb(async ({ conn, db }) => {
            // Create, compare clean, downgrade; then build again to read what the server keeps.
            await roundTrip(conn, { shapes });
            await apply(conn, (await compare({ shapes }, conn)).operations);
            const rows = await db.query("SELECT column_name, column_default FROM information_schema.columns WHERE table_name = 'shapes' ORDER BY ordinal_position");
            const defaults = Object.fromEntries(rows.map((r) => [r.column_name, r.column_default]));
            assert.equal(defaults.point_xy, "'(1,2)'::point");
            assert.equal(defaults.point_tuple, "'(3,4.5)'::point");
            assert.equal(defaults.line_abc, "'{1,-1,0}'::line");
            assert.equal(defaults.line_tuple, "'{1,1,1}'::line");
            assert.equal(defaults.doc, `'{"x": 1, "y": 2}'::jsonb`);
        });
    });
});
