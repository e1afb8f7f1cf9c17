import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compare, table } from "../../src/autogenerate/index.js";
import { postgresComparator } from "../../src/dialects/postgres/comparator.js";
import { postgresDialect } from "../../src/dialects/postgres/index.js";
import { AthanorError } from "../../src/errors.js";
import { t } from "../../src/schema/index.js";
import { requirePostgres } from "../support/databases.js";
import { withDb } from "./helpers.js";
describe("autogenerate asks the dialect", async () => {
    const opts = await requirePostgres();
    test("compare uses options.dialect's introspector and comparator", opts, async () => {
        await withDb(async ({ conn, sql: run }) => {
            await run("CREATE TABLE t (id int NOT NULL)");
            let introspected = 0;
            const comparator = { ...postgresComparator, primaryKeyName: (name) => `${name}_primary` };
            const dialect = {
                ...postgresDialect,
                introspector: async () => {
                    const pg = await postgresDialect.introspector();
                    return {
                        introspect: (c, o) => {
                            introspected++;
                            return pg.introspect(c, o);
                        },
                    };
                },
                comparator: async () => comparator,
            };
            const r = await compare([table("t", { columns: { id: { type: t.integer(), primaryKey: true } } })], conn, { dialect });
            assert.equal(introspected, 1);
            assert.deepEqual(r.operations.map((o) => [o.kind, o.name]), [["createPrimaryKey", "t_primary"]]);
        });
    });
    test("PostgreSQL is the default dialect", opts, async () => {
        await withDb(async ({ conn, sql: run }) => {
            await run("CREATE TABLE t (id int NOT NULL)");
            const r = await compare([table("t", { columns: { id: { type: t.integer(), primaryKey: true } } })], conn);
            assert.deepEqual(r.operations.map((o) => [o.kind, o.name]), [["createPrimaryKey", "t_pkey"]]);
        });
    });
    test("a dialect without autogenerate collaborators is refused by name", opts, async () => {
        await withDb(async ({ conn }) => {
            const { introspector: _i, comparator: _c, ...rest } = postgresDialect;
            const dialect = { ...rest, name: "nodb" };
            await assert.rejects(compare([table("t", { columns: { id: t.integer() } })], conn, { dialect }), (e) => e instanceof AthanorError && e.code === "DIALECT.NO_AUTOGENERATE" && e.message.includes("nodb"));
        });
    });
});
