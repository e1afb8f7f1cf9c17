/**
 * Autogenerate from models through the CLI: on an empty database,
 * `revision --autogenerate` writes a revision from a models file (the
 * `table()` DSL, every portable column type, keys, constraints, indexes,
 * and a table whose names are hostile); `upgrade head` applies it; `check`
 * then finds nothing. The generated downgrade takes the database back to
 * empty.
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { IN_ORDER, read, userTables } from "../context.js";
import { describeRun } from "../project.js";
const lit = JSON.stringify;
function modelsFile(q, caps) {
    const mood = caps.namedEnums ? `\n    mood: { type: t.enum(${lit('Mood "x"')}), default: ${lit("it's")} },` : "";
    const comments = caps.comments
        ? `\n  comment: ${lit("it's a \"comment\" with \\ and $1 ✓")},`
        : "";
    const columnComment = caps.comments ? `, comment: ${lit("col 'comment' \\ $1")}` : "";
    const enums = caps.namedEnums ? `\nexport const moodType = enumType(${lit('Mood "x"')}, ${lit(["it's", "back\\slash", "$1", "Upper Case"])});\n` : "";
    const schemaTable = caps.schemas
        ? `
export const elsewhere = table("Thing", {
  columns: { id: { type: t.integer(), primaryKey: true }, value: { type: t.text(), default: ${lit("$1 'x'")} } },
}, { schema: ${lit('Models "Schema"')} });
`
        : "";
    return `import { enumType, sql, t, table } from "athanor";
void enumType;
${enums}
export const parent = table("parent", {
  columns: {
    id: { type: t.integer(), primaryKey: true },
    code: { type: t.varchar(20), nullable: false },
    name: t.text(),
    active: { type: t.boolean(), nullable: false, default: true },
  },
  uniques: [{ name: "parent_code_uq", columns: ["code"] }],
});

export const child = table("child", {
  columns: {
    id: { type: t.integer(), primaryKey: true },
    parent_id: { type: t.integer(), nullable: false },
    qty: { type: t.integer(), nullable: false, default: 0 },
    price: t.numeric(10, 2),
    label: { type: t.varchar(50), default: "it's" },
    data: t.json(),
    created_at: { type: t.timestamp(), default: sql("CURRENT_TIMESTAMP") },
  },
  foreignKeys: [{ name: "child_parent_fk", columns: ["parent_id"], refTable: "parent", refColumns: ["id"], onDelete: "cascade" }],
  checks: [{ name: "child_qty_ck", expression: ${lit(`${q("qty")} >= 0`)} }],
  indexes: [{ name: "child_label_ix", columns: ["label", "qty"] }],
});

export const hostile = table(${lit('Order "Lines" select')}, {
  columns: {
    id: { type: t.integer(), primaryKey: true },
    ${lit("User Name")}: { type: t.varchar(100), nullable: false, default: ${lit("it's \"q\" \\ $1 ?")}${columnComment} },
    order: { type: t.integer(), nullable: false, default: 0 },
    ${lit("back\\slash")}: t.text(),${mood}
  },${comments}
  uniques: [{ name: ${lit('uq "order"')}, columns: ["order"] }],
  checks: [{ name: ${lit("ck Order")}, expression: ${lit(`${q("order")} >= 0`)} }],
  indexes: [{ name: ${lit("ix User Name")}, columns: ["User Name"] }],
});
${schemaTable}`;
}
export function autogenerateCases(ctx) {
    describe("autogenerate: models on an empty database, upgrade, check finds nothing", IN_ORDER, () => {
        let db;
        let p;
        before(async () => {
            db = await ctx.database();
            p = ctx.project(db, { models: "./models.ts" });
            p.write("models.ts", modelsFile(ctx.q, ctx.target.capabilities));
        });
        test("revision --autogenerate writes one revision with the tables", async () => {
            const r = await p.athanor("revision", "--autogenerate", "-m", "initial");
            assert.equal(r.code, 0, describeRun(r));
            const files = p.ls("migrations/versions").filter((f) => f.endsWith(".ts"));
            assert.equal(files.length, 1, files.join(", "));
        });
        test("upgrade head applies it; check exits 0 with no changes", async () => {
            const up = await p.athanor("upgrade", "head");
            assert.equal(up.code, 0, describeRun(up));
            const check = await p.athanor("check");
            assert.equal(check.code, 0, describeRun(check));
            assert.equal(check.stdout, "No changes detected\n");
            const tables = await read(ctx, db, async (c) => userTables(await c.schema()));
            const expected = ['Order "Lines" select', "child", "parent"];
            if (ctx.target.capabilities.schemas)
                expected.push('Models "Schema".Thing');
            assert.deepEqual(tables, expected.sort((a, b) => (a < b ? -1 : 1)));
        });
        test("the generated downgrade takes the database back to empty", async () => {
            const down = await p.athanor("downgrade", "base");
            assert.equal(down.code, 0, describeRun(down));
            const state = await read(ctx, db, async (c) => {
                const schema = await c.schema();
                return { tables: userTables(schema), enums: schema.enums, schemas: schema.schemas, heads: await c.heads() };
            });
            assert.deepEqual(state, { tables: [], enums: [], schemas: [], heads: [] });
        });
    });
}
