/**
 * Tests that run every operation's SQL against a real server (PostgreSQL or
 * PGlite) and read the result back from the catalog over a second connection.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { postgresDialect as pg } from "../../../src/dialects/postgres/index.js";
import { postgresRenderer as pgr } from "../../../src/dialects/postgres/renderer.js";
import { MigrationOps, RecordingExecutor } from "../../../src/operations/migration-ops.js";
import { reverseOperations } from "../../../src/operations/reverse.js";
import { sql } from "../../../src/schema/sql-expression.js";
import { t } from "../../../src/schema/types-builder.js";
import { applyOps, column, constraintDef, indexDef, readCatalog, schemaExists } from "./catalog.js";
/** Builds ops through the public facade, as a migration would. */
async function record(body) {
    const rec = new RecordingExecutor();
    await body(new MigrationOps(rec));
    return rec.ops;
}
const S = 'App "S" x';
export function defineLiveSuite(label, open) {
    describe(`${label}: live`, () => {
        let target;
        let a;
        let b;
        before(async () => {
            target = await open();
            a = await target.connect();
            b = await target.connect();
        });
        after(async () => {
            await a?.close();
            await b?.close();
            await target?.cleanup();
        });
        const run = (ops) => applyOps(pg, a, ops);
        test("every operation executes and shows in the catalog", async () => {
            await run(await record(async (op) => op.createSchema(S)));
            assert.equal(await schemaExists(b, S), true);
            await run(await record(async (op) => op.createSchema(S, { ifNotExists: true })));
            await run(await record(async (op) => op.createEnum("Mood", ["happy", "it's ok", "sad\\"], { schema: S })));
            let cat = await readCatalog(b, S);
            assert.deepEqual(cat.enums, [{ name: "Mood", labels: ["happy", "it's ok", "sad\\"] }]);
            await run(await record(async (op) => {
                await op.createTable("Users", {
                    schema: S,
                    columns: [
                        { name: "id", type: t.bigint(), primaryKey: true, identity: "always" },
                        { name: "E-mail", type: t.varchar(255), nullable: false, unique: true },
                        { name: "select", type: t.text(), default: "it's \\ fine" },
                        { name: "mood", type: t.enum("Mood", { schema: S }), default: "happy" },
                        { name: "created", type: t.timestamptz({ precision: 3 }), default: sql("now()") },
                        { name: "tags", type: t.array(t.text()), default: ["a", 'b"c'] },
                        { name: "data", type: t.jsonb(), default: { k: "it's" } },
                        { name: "amount", type: t.numeric(10, 2), default: 1.5 },
                        { name: "flag", type: t.boolean(), default: false },
                        { name: "blob", type: t.bytea() },
                        { name: "ip", type: t.inet() },
                        { name: "uid", type: t.uuid() },
                        { name: "small", type: t.smallint() },
                        { name: "r", type: t.real() },
                        { name: "d", type: t.double() },
                        { name: "day", type: t.date() },
                        { name: "tm", type: t.time({ withTimeZone: true }) },
                        { name: "ts", type: t.timestamp() },
                        { name: "iv", type: t.interval() },
                        { name: "js", type: t.json(), default: [1, { a: "it's" }] },
                        { name: "code", type: t.char(3) },
                        { name: "ints", type: t.array(t.integer()) },
                        { name: "ci", type: t.sql("varchar(7)") },
                    ],
                    checks: [{ name: "ck_amount", expression: '"amount" >= 0' }],
                    indexes: [{ name: "ix_users_lower", columns: [sql('lower("E-mail")')], unique: true }],
                    comment: "User's table",
                });
                await op.createTable("Order Items", {
                    schema: S,
                    columns: [
                        { name: "id", type: t.serial(), primaryKey: true },
                        { name: "user_id", type: t.bigint(), references: { table: "Users", schema: S, column: "id", onDelete: "cascade" } },
                        { name: "qty", type: t.integer(), nullable: false, default: 1, comment: "how many" },
                    ],
                });
                await op.createTable("Pairs", {
                    schema: S,
                    columns: [
                        { name: "a", type: t.bigint() },
                        { name: "b", type: t.integer() },
                    ],
                    primaryKey: { name: "pairs_pk", columns: ["a", "b"] },
                    uniques: [{ name: "uq_pairs_b", columns: ["b"] }],
                    foreignKeys: [
                        { name: "fk_pairs_user", columns: ["a"], refTable: "Users", refSchema: S, refColumns: ["id"], onUpdate: "restrict" },
                    ],
                });
                await op.createTable("Logs", {
                    schema: S,
                    columns: [
                        { name: "n", type: t.integer(), nullable: false },
                        { name: "msg", type: t.text() },
                        { name: "user_id", type: t.bigint() },
                    ],
                    ifNotExists: true,
                });
            }));
            cat = await readCatalog(b, S);
            assert.deepEqual(cat.tables.map((x) => x.table), ["Logs", "Order Items", "Pairs", "Users"]);
            assert.equal(cat.tables.find((x) => x.table === "Users")?.comment, "User's table");
            assert.equal(column(cat, "Users", "id")?.identity, "a");
            assert.equal(column(cat, "Users", "id")?.nullable, false);
            assert.equal(column(cat, "Users", "E-mail")?.type, "character varying(255)");
            assert.equal(column(cat, "Users", "select")?.default, "'it''s \\ fine'::text");
            assert.match(column(cat, "Users", "mood")?.type ?? "", /Mood/);
            assert.equal(column(cat, "Users", "created")?.type, "timestamp(3) with time zone");
            assert.equal(column(cat, "Users", "created")?.default, "now()");
            assert.equal(column(cat, "Users", "tags")?.type, "text[]");
            assert.equal(column(cat, "Users", "amount")?.type, "numeric(10,2)");
            assert.equal(column(cat, "Users", "tm")?.type, "time with time zone");
            assert.equal(column(cat, "Users", "code")?.type, "character(3)");
            assert.equal(column(cat, "Users", "d")?.type, "double precision");
            assert.equal(column(cat, "Users", "ci")?.type, "character varying(7)");
            assert.equal(column(cat, "Order Items", "qty")?.comment, "how many");
            assert.match(column(cat, "Order Items", "id")?.default ?? "", /^nextval\(/);
            assert.equal(constraintDef(cat, "Users", "ck_amount"), "CHECK ((amount >= (0)::numeric))");
            assert.equal(constraintDef(cat, "Pairs", "pairs_pk"), "PRIMARY KEY (a, b)");
            assert.equal(constraintDef(cat, "Pairs", "uq_pairs_b"), "UNIQUE (b)");
            assert.match(constraintDef(cat, "Pairs", "fk_pairs_user") ?? "", /REFERENCES "App ""S"" x"\."Users"\(id\) ON UPDATE RESTRICT/);
            assert.ok(cat.constraints.some((c) => c.table === "Order Items" && c.type === "f" && /ON DELETE CASCADE/.test(c.def)));
            assert.ok(cat.constraints.some((c) => c.table === "Users" && c.type === "u" && c.def === 'UNIQUE ("E-mail")'));
            assert.match(indexDef(cat, "ix_users_lower") ?? "", /CREATE UNIQUE INDEX ix_users_lower ON .* \(lower\(\(?"E-mail"\)?::text\)\)/);
            // Defaults really work: insert a row with defaults only and read it back.
            await a.exec(`INSERT INTO "App ""S"" x"."Users" ("E-mail") VALUES ('x@y')`);
            const row = (await b.query(`SELECT * FROM "App ""S"" x"."Users"`)).rows[0];
            assert.equal(row?.select, "it's \\ fine");
            assert.equal(row?.mood, "happy");
            assert.deepEqual(row?.tags, ["a", 'b"c']);
            assert.deepEqual(row?.data, { k: "it's" });
            assert.equal(row?.amount, "1.50");
            assert.equal(row?.flag, false);
            assert.deepEqual(row?.js, [1, { a: "it's" }]);
            await run(await record(async (op) => {
                await op.addColumn("Users", { name: "user", type: t.varchar(50), comment: "reserved word" }, { schema: S });
                await op.addColumn("Users", { name: "user", type: t.varchar(50) }, { schema: S, ifNotExists: true });
                await op.alterColumn("Users", "user", {
                    schema: S,
                    type: t.text(),
                    default: "anon",
                    newName: "Login Name",
                    comment: "renamed",
                });
                await op.alterColumn("Users", "amount", { schema: S, type: t.integer(), using: 'round("amount")::integer', default: null });
                await op.execute(`UPDATE "App ""S"" x"."Users" SET "Login Name" = $1 WHERE "Login Name" IS NULL`, ["anon"]);
                await op.alterColumn("Users", "Login Name", { schema: S, nullable: false, default: sql("'x' || 'y'") });
            }));
            cat = await readCatalog(b, S);
            assert.equal(column(cat, "Users", "user"), undefined);
            assert.deepEqual({ ...column(cat, "Users", "Login Name") }, { table: "Users", column: "Login Name", type: "text", nullable: false, default: "('x'::text || 'y'::text)", identity: "", comment: "renamed" });
            assert.equal(column(cat, "Users", "amount")?.type, "integer");
            assert.equal(column(cat, "Users", "amount")?.default, null);
            await run(await record(async (op) => {
                await op.createIndex("ix_items_qty", "Order Items", [{ column: "qty", order: "desc", nulls: "last" }], {
                    schema: S,
                    where: '"qty" > 0',
                    include: ["user_id"],
                });
                await op.createIndex("ix_users_select", "Users", ["select"], { schema: S, method: "hash", concurrently: true, ifNotExists: true });
                await op.createIndex("ix_users_tags", "Users", ["tags"], { schema: S, method: "gin" });
                await op.createIndex("ix_users_code", "Users", ["code"], { schema: S, unique: true, nullsNotDistinct: true });
                await op.createPrimaryKey("Logs_pk", "Logs", ["n"], { schema: S });
                await op.createUniqueConstraint("uq_logs_msg", "Logs", ["msg"], { schema: S, deferrable: true });
                await op.createForeignKey("fk_logs_user", "Logs", ["user_id"], "Users", ["id"], {
                    schema: S,
                    refSchema: S,
                    onDelete: "set null",
                    initiallyDeferred: true,
                });
                await op.createCheckConstraint("ck_logs_n", "Logs", '"n" > 0', { schema: S, notValid: true });
            }));
            cat = await readCatalog(b, S);
            assert.match(indexDef(cat, "ix_items_qty") ?? "", /USING btree \(qty DESC NULLS LAST\) INCLUDE \(user_id\) WHERE \(qty > 0\)$/);
            assert.match(indexDef(cat, "ix_users_select") ?? "", /USING hash \("select"\)/);
            assert.match(indexDef(cat, "ix_users_tags") ?? "", /USING gin \(tags\)/);
            assert.match(indexDef(cat, "ix_users_code") ?? "", /UNIQUE INDEX ix_users_code .* NULLS NOT DISTINCT/);
            assert.equal(constraintDef(cat, "Logs", "Logs_pk"), "PRIMARY KEY (n)");
            assert.equal(constraintDef(cat, "Logs", "uq_logs_msg"), "UNIQUE (msg) DEFERRABLE");
            assert.match(constraintDef(cat, "Logs", "fk_logs_user") ?? "", /ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED$/);
            assert.equal(constraintDef(cat, "Logs", "ck_logs_n"), "CHECK ((n > 0)) NOT VALID");
            await run(await record(async (op) => {
                await op.dropConstraint("ck_logs_n", "Logs", { schema: S, constraintType: "check" });
                await op.dropConstraint("ck_logs_n", "Logs", { schema: S, ifExists: true });
                await op.addEnumValue("Mood", "meh", { schema: S, after: "happy" });
                await op.addEnumValue("Mood", "meh", { schema: S, ifNotExists: true });
                await op.addEnumValue("Mood", "first", { schema: S, before: "happy" });
                await op.renameEnumValue("Mood", "sad\\", "blue 'ish", { schema: S });
                await op.setTableComment("Logs", "log's", { schema: S });
                await op.setColumnComment("Logs", "msg", "the \\msg", { schema: S });
            }));
            cat = await readCatalog(b, S);
            assert.equal(constraintDef(cat, "Logs", "ck_logs_n"), undefined);
            assert.deepEqual(cat.enums[0]?.labels, ["first", "happy", "meh", "it's ok", "blue 'ish"]);
            assert.equal(cat.tables.find((x) => x.table === "Logs")?.comment, "log's");
            assert.equal(column(cat, "Logs", "msg")?.comment, "the \\msg");
            await run(await record(async (op) => {
                await op.setTableComment("Logs", null, { schema: S });
                await op.bulkInsert("Users", [
                    { "E-mail": "q'uote@x", code: "AAA", select: "back\\slash", tags: ["x", null, "y,z"], data: { a: [1, 2] }, blob: new Uint8Array([0, 255]) },
                    { "E-mail": "two@x", code: "BB", created: new Date("2020-01-02T03:04:05.678Z"), flag: true, ints: [1, 2, 3], day: "2020-02-29" },
                    { "E-mail": "three@x", code: "C", select: sql("upper('abc')"), "Login Name": "L" },
                ], { schema: S });
                await op.execute(`UPDATE "${S.replace(/"/g, '""')}"."Users" SET "select" = $1 WHERE "E-mail" = $2`, ["it's $1 -- not a comment", "two@x"]);
            }));
            cat = await readCatalog(b, S);
            assert.equal(cat.tables.find((x) => x.table === "Logs")?.comment, null);
            const rows = (await b.query(`SELECT "E-mail" AS e, "select" AS s, tags, data, blob, created, flag, ints, day::text AS day FROM "App ""S"" x"."Users" ORDER BY id`)).rows;
            assert.equal(rows.length, 4);
            assert.equal(rows[1]?.e, "q'uote@x");
            assert.equal(rows[1]?.s, "back\\slash");
            assert.deepEqual(rows[1]?.tags, ["x", null, "y,z"]);
            assert.deepEqual(rows[1]?.data, { a: [1, 2] });
            assert.deepEqual([...(rows[1]?.blob ?? [])], [0, 255]);
            assert.equal(rows[2]?.created?.toISOString(), "2020-01-02T03:04:05.678Z");
            assert.equal(rows[2]?.s, "it's $1 -- not a comment");
            assert.deepEqual(rows[2]?.ints, [1, 2, 3]);
            assert.equal(rows[2]?.day, "2020-02-29");
            assert.equal(rows[3]?.s, "ABC");
            await run(await record(async (op) => {
                await op.renameTable("Logs", "Audit Log", { schema: S });
                await op.dropIndex("ix_items_qty", { schema: S });
                await op.dropIndex("ix_users_select", { schema: S, concurrently: true, ifExists: true });
                await op.dropIndex("no_such_index", { schema: S, ifExists: true });
                await op.dropColumn("Users", "Login Name", { schema: S });
                await op.dropColumn("Users", "no_such_column", { schema: S, ifExists: true });
            }));
            cat = await readCatalog(b, S);
            assert.ok(cat.tables.some((x) => x.table === "Audit Log"));
            assert.equal(indexDef(cat, "ix_items_qty"), undefined);
            assert.equal(indexDef(cat, "ix_users_select"), undefined);
            assert.equal(column(cat, "Users", "Login Name"), undefined);
            await run(await record(async (op) => {
                await op.dropTable("Audit Log", { schema: S });
                await op.dropTable("Pairs", { schema: S, ifExists: true, cascade: true });
                await op.dropTable("Nope", { schema: S, ifExists: true });
                await op.dropEnum("Mood", { schema: S, cascade: true });
                await op.dropEnum("Mood", { schema: S, ifExists: true });
            }));
            cat = await readCatalog(b, S);
            assert.deepEqual(cat.tables.map((x) => x.table), ["Order Items", "Users"]);
            assert.deepEqual(cat.enums, []);
            assert.equal(column(cat, "Users", "mood"), undefined);
            await run(await record(async (op) => op.dropSchema(S, { cascade: true })));
            await run(await record(async (op) => op.dropSchema(S, { ifExists: true })));
            assert.equal(await schemaExists(b, S), false);
        });
        test("reversed upgrade ops restore the catalog exactly", async () => {
            const R = "Rev Schema";
            await run(await record(async (op) => {
                await op.createSchema(R);
                await op.createTable("base", {
                    schema: R,
                    columns: [
                        { name: "id", type: t.integer(), primaryKey: true },
                        { name: "old col", type: t.varchar(20), default: "v", comment: "was here" },
                        { name: "note", type: t.text() },
                    ],
                    indexes: [{ name: "ix_base_note", columns: ["note"], where: "note IS NOT NULL" }],
                    checks: [{ name: "ck_base_id", expression: "id > 0" }],
                });
            }));
            const before = await readCatalog(b, R);
            const upgrade = await record(async (op) => {
                await op.createEnum("state", ["on", "off"], { schema: R });
                await op.createTable("child", {
                    schema: R,
                    columns: [
                        { name: "id", type: t.bigint(), primaryKey: true, identity: "byDefault" },
                        { name: "base_id", type: t.integer(), nullable: false },
                        { name: "st", type: t.enum("state", { schema: R }) },
                    ],
                    comment: "kid",
                });
                await op.addColumn("base", { name: "extra", type: t.numeric(8, 3), default: 0 }, { schema: R });
                await op.alterColumn("base", "old col", {
                    schema: R,
                    type: t.text(),
                    nullable: false,
                    default: "w",
                    newName: "new col",
                    comment: "now here",
                    existingType: t.varchar(20),
                    existingNullable: true,
                    existingDefault: "v",
                    existingComment: "was here",
                });
                await op.createIndex("ix_child_base", "child", ["base_id"], { schema: R });
                await op.createUniqueConstraint("uq_child_base", "child", ["base_id", "st"], { schema: R });
                await op.createForeignKey("fk_child_base", "child", ["base_id"], "base", ["id"], { schema: R, refSchema: R });
                await op.createCheckConstraint("ck_child_id", "child", "id < 1000000", { schema: R });
                await op.setTableComment("base", "the base", { schema: R, existingComment: null });
                await op.setColumnComment("base", "note", "a note", { schema: R, existingComment: null });
                await op.renameEnumValue("state", "off", "paused", { schema: R });
                await op.renameTable("child", "kid", { schema: R });
                await op.dropIndex("ix_base_note", {
                    schema: R,
                    original: { kind: "createIndex", name: "ix_base_note", table: "base", schema: R, columns: ["note"], where: "note IS NOT NULL" },
                });
                await op.dropConstraint("ck_base_id", "base", {
                    schema: R,
                    original: { kind: "createCheckConstraint", name: "ck_base_id", table: "base", schema: R, expression: "id > 0" },
                });
                await op.createSchema("Rev Other");
            });
            await run(upgrade);
            const mid = await readCatalog(b, R);
            assert.notDeepEqual(mid, before);
            await run(reverseOperations(upgrade));
            const restored = await readCatalog(b, R);
            assert.deepEqual(restored, before);
            assert.equal(await schemaExists(b, "Rev Other"), false);
            // A table dropped with its original definition comes back the same.
            const drop = await record(async (op) => op.dropTable("base", {
                schema: R,
                original: {
                    name: "base",
                    schema: R,
                    columns: [
                        { name: "id", type: t.integer(), primaryKey: true },
                        { name: "old col", type: t.varchar(20), default: "v", comment: "was here" },
                        { name: "note", type: t.text() },
                    ],
                    indexes: [{ name: "ix_base_note", columns: ["note"], where: "note IS NOT NULL" }],
                    checks: [{ name: "ck_base_id", expression: "id > 0" }],
                },
            }));
            await run(drop);
            assert.deepEqual((await readCatalog(b, R)).tables, []);
            await run(reverseOperations(drop));
            assert.deepEqual(await readCatalog(b, R), before);
            await run(await record(async (op) => op.dropSchema(R, { cascade: true })));
        });
        test("literals and bound parameters agree on the server", async () => {
            const values = [
                ["plain", "text"],
                ["it's", "text"],
                ["back\\slash 'and' quote", "text"],
                ["$1 -- /* not */ $$dollar$$", "text"],
                ["ünïcödé ☃", "text"],
                ["", "text"],
                [42, "int"],
                [-7, "int"],
                [1.25, "float8"],
                [Number.NaN, "float8"],
                [Number.POSITIVE_INFINITY, "float8"],
                [9007199254740993n, "int8"],
                [true, "bool"],
                [false, "bool"],
                [null, "text"],
                [new Date("2021-03-04T05:06:07.089Z"), "timestamptz"],
                [new Uint8Array([0, 1, 92, 39, 255]), "bytea"],
                [["a", 'q"uote', "back\\slash", null, "x,y", "{z}"], "text[]"],
                [
                    [
                        [1, 2],
                        [3, 4],
                    ],
                    "int[]",
                ],
                [{ k: "it's", n: [1, { deep: "\\" }] }, "jsonb"],
            ];
            for (const [value, type] of values) {
                const literal = pgr.renderLiteral(value);
                const viaLiteral = await a.query(`SELECT (${literal})::${type} AS v`);
                const viaParam = await a.query(`SELECT $1::${type} AS v`, [value]);
                assert.deepEqual(viaLiteral.rows[0]?.v, viaParam.rows[0]?.v, `literal ${literal} for ${type}`);
                const inlined = pgr.inline({ sql: `SELECT $1::${type} AS v, 1-$2 AS w`, params: [value, -1] });
                const viaInline = await a.query(inlined);
                assert.deepEqual(viaInline.rows[0]?.v, viaParam.rows[0]?.v, `inlined ${inlined}`);
                assert.equal(viaInline.rows[0]?.w, 2);
            }
        });
        test("version table SQL round trip, online and inlined", async () => {
            const vt = pg.versionTable;
            const ref = { table: "athanor_version", schema: "Mig Schema" };
            const exists = async () => (await a.query(vt.versionTableExists(ref).sql, vt.versionTableExists(ref).params)).rows[0]?.exists;
            const q = async (stmt) => a.query(stmt.sql, stmt.params);
            assert.equal(await exists(), false);
            for (const s of [...vt.createVersionTable(ref), ...vt.createLogTable(ref)])
                await q(s);
            for (const s of [...vt.createVersionTable(ref), ...vt.createLogTable(ref)])
                await q(s);
            assert.equal(await exists(), true);
            await q(vt.insertHead(ref, "aaa111"));
            await q(vt.insertHead(ref, "bbb222"));
            const heads = async () => (await a.query(vt.selectHeads(ref).sql)).rows.map((r) => r.version_num);
            assert.deepEqual(await heads(), ["aaa111", "bbb222"]);
            const upd = await q(vt.updateHead(ref, "aaa111", "ccc333"));
            assert.equal(upd.rowCount, 1);
            assert.deepEqual(await heads(), ["bbb222", "ccc333"]);
            await assert.rejects(q(vt.insertHead(ref, "ccc333")), /duplicate key|athanor_version_pkc/);
            const del = await q(vt.deleteHead(ref, "bbb222"));
            assert.equal(del.rowCount, 1);
            assert.deepEqual(await heads(), ["ccc333"]);
            const started = new Date("2024-05-06T07:08:09.123Z");
            await q(vt.insertLog(ref, { revision: "ccc333", direction: "up", startedAt: started, durationMs: 12.6, checksum: "abc", host: "h1" }));
            await q(vt.insertLog(ref, { revision: "ccc333", direction: "down", startedAt: started, durationMs: 3, checksum: null, host: "h2" }));
            await q(vt.insertLog(ref, { revision: "ddd444", direction: "stamp-up", startedAt: started, durationMs: 0, checksum: "x", host: "h3" }));
            const logs = (await a.query(vt.selectLatestLogs(ref).sql)).rows;
            assert.equal(logs.length, 2);
            assert.equal(logs[0]?.revision, "ccc333");
            assert.equal(logs[0]?.direction, "down");
            assert.equal(logs[0]?.checksum, null);
            assert.equal(logs[0]?.durationMs, 3);
            assert.equal(logs[0]?.host, "h2");
            assert.equal(logs[0]?.startedAt?.toISOString(), started.toISOString());
            assert.equal(typeof logs[0]?.appliedBy, "string");
            assert.equal(logs[1]?.revision, "ddd444");
            // The offline (inlined) form of every statement runs too.
            const offRef = { table: "off_version" };
            for (const s of [
                ...vt.createVersionTable(offRef),
                ...vt.createLogTable(offRef),
                vt.insertHead(offRef, "r1"),
                vt.updateHead(offRef, "r1", "r2"),
                vt.insertLog(offRef, { revision: "r2", direction: "up", startedAt: started, durationMs: 5, checksum: "it's", host: "h" }),
            ])
                await a.exec(pgr.inline(s));
            assert.deepEqual((await a.query(vt.selectHeads(offRef).sql)).rows, [{ version_num: "r2" }]);
            assert.equal((await a.query(pgr.inline(vt.versionTableExists(offRef)))).rows[0]?.exists, true);
            await a.exec(pgr.inline(vt.deleteAllHeads(offRef)));
            assert.deepEqual((await a.query(vt.selectHeads(offRef).sql)).rows, []);
        });
        test("bulkInsert splits large inserts into several statements", async () => {
            await a.exec('CREATE TABLE "bulk" (id integer PRIMARY KEY, label text, n bigint DEFAULT 7)');
            const rows = Array.from({ length: 2500 }, (_, i) => (i % 2 === 0 ? { id: i, label: `row '${i}'` } : { id: i, label: null, n: i }));
            const ops = await record(async (op) => op.bulkInsert("bulk", rows));
            const stmts = pgr.renderOperation(ops[0]);
            assert.equal(stmts.length, 3);
            await run(ops);
            const r = await b.query("SELECT count(*) AS c, sum(n) FILTER (WHERE id % 2 = 1) AS s, count(*) FILTER (WHERE id % 2 = 0 AND n = 7) AS d FROM bulk");
            assert.equal(r.rows[0]?.c, "2500");
            assert.equal(r.rows[0]?.d, "1250");
            assert.equal(r.rows[0]?.s, String(rows.reduce((acc, row) => acc + (row.id % 2 === 1 ? row.id : 0), 0)));
        });
        test("session settings are applied and escaped", async () => {
            for (const s of pg.sessionSettings({ lockTimeout: 1500, statementTimeout: "2min", searchPath: ["Mig Schema", "public"] }))
                await a.exec(s.sql);
            const show = async (name) => (await a.query(`SHOW ${name}`)).rows[0]?.[name];
            assert.equal(await show("lock_timeout"), "1500ms");
            assert.equal(await show("statement_timeout"), "2min");
            assert.equal(await show("search_path"), '"Mig Schema", public');
            await a.exec("RESET ALL");
        });
        test("the server version is reported", async () => {
            const v = await pg.serverVersion?.(a);
            assert.ok(typeof v === "number" && v >= 120000, String(v));
        });
    });
}
