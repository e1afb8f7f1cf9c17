import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compare, normaliseExpression, parseSqlType, sameExpression, table } from "../../src/autogenerate/index.js";
import { compareDefault, parseArrayText } from "../../src/dialects/postgres/grammar/defaults.js";
import { parseLiteral } from "../../src/dialects/postgres/grammar/expression.js";
import { checkName, foreignKeyName, primaryKeyName, uniqueName } from "../../src/dialects/postgres/names.js";
import { sql, t } from "../../src/schema/index.js";
import { requirePostgres } from "../support/databases.js";
import { apply, withDb } from "./helpers.js";
describe("expression normal forms", () => {
    const same = [
        ["lower(email)", "lower((email)::text)"],
        ["now()", "CURRENT_TIMESTAMP"],
        ["'draft'", "'draft'::character varying"],
        ["status IN ('a', 'b')", "((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"],
        ["status NOT IN ('a')", "(status)::text <> ALL (ARRAY['a'::text])"],
        ["price > 0", "(price > (0)::numeric)"],
        ["-1", "'-1'::integer"],
        ["x != 1", "x <> 1"],
        ["email LIKE '%@%'", "email ~~ '%@%'::text"],
        ["email NOT ILIKE 'x'", "email !~~* 'x'::text"],
        ["qty BETWEEN 0 AND 10", "qty >= 0 AND qty <= 10"],
        ["now() + interval '1 day'", "(now() + '1 day'::interval)"],
        ['"Col" > 1', '"Col" > 1'],
        ['"users"."email" IS NOT NULL', "email IS NOT NULL"],
        ["1.50", "1.5"],
        ["(data->>'kind')", "(data ->> 'kind'::text)"],
    ];
    for (const [a, b] of same)
        test(`${a}  ==  ${b}`, () => assert.ok(sameExpression(a, b, { qualifiers: ["users"] }), `${normaliseExpression(a)} vs ${normaliseExpression(b)}`));
    const different = [
        ["lower(email)", "upper(email)"],
        ["'a'", "'b'"],
        ['"Col" > 1', "col > 1"],
        ["x > 1", "x >= 1"],
        ["status IN ('a')", "status IN ('a', 'b')"],
    ];
    for (const [a, b] of different)
        test(`${a}  !=  ${b}`, () => assert.ok(!sameExpression(a, b)));
    test("literals parse with their casts", () => {
        assert.deepEqual(parseLiteral("'it''s'::text"), { kind: "string", value: "it's" });
        assert.deepEqual(parseLiteral("'-1'::integer"), { kind: "string", value: "-1" });
        assert.deepEqual(parseLiteral("-1.50"), { kind: "number", value: "-1.5" });
        assert.deepEqual(parseLiteral("NULL::character varying"), { kind: "null" });
        assert.deepEqual(parseLiteral("E'a\\\\b'"), { kind: "string", value: "a\\b" });
        assert.equal(parseLiteral("now()"), null);
    });
    test("array text", () => {
        assert.deepEqual(parseArrayText('{a,"b c",NULL,"q\\"x"}'), ["a", "b c", null, 'q"x']);
        assert.deepEqual(parseArrayText("{{1,2},{3}}"), [["1", "2"], ["3"]]);
        assert.equal(parseArrayText("{a"), null);
    });
    test("value defaults against server text", () => {
        assert.equal(compareDefault("draft", "'draft'::character varying", t.varchar(10)), "same");
        assert.equal(compareDefault("draft", "'other'::character varying", t.varchar(10)), "different");
        assert.equal(compareDefault(0, "0", t.integer()), "same");
        assert.equal(compareDefault(-1, "'-1'::integer", t.integer()), "same");
        assert.equal(compareDefault(true, "true", t.boolean()), "same");
        assert.equal(compareDefault(true, "false", t.boolean()), "different");
        assert.equal(compareDefault({ a: 1 }, `'{"a": 1}'::jsonb`, t.jsonb()), "same");
        assert.equal(compareDefault(undefined, null, t.text()), "same");
        assert.equal(compareDefault(null, "NULL::text", t.text()), "same");
        assert.equal(compareDefault(undefined, "'x'::text", t.text()), "different");
        assert.equal(compareDefault(sql("now()"), "CURRENT_TIMESTAMP", t.timestamptz()), "same");
        assert.equal(compareDefault(sql("gen_random_uuid()"), "uuid_generate_v4()", t.uuid()), "unsure");
    });
    test("type text parses into the vocabulary", () => {
        assert.deepEqual(parseSqlType("character varying(255)"), { kind: "varchar", length: 255 });
        assert.deepEqual(parseSqlType("timestamp (3) with time zone"), { kind: "timestamptz", precision: 3 });
        assert.deepEqual(parseSqlType("int4[]"), { kind: "array", of: { kind: "integer" } });
        assert.deepEqual(parseSqlType("NUMERIC(10, 2)"), { kind: "numeric", precision: 10, scale: 2 });
        assert.deepEqual(parseSqlType("citext"), { kind: "raw", sql: "citext" });
    });
});
describe("predicted constraint names match PostgreSQL's", async () => {
    const opts = await requirePostgres();
    test("short and 63-byte names", opts, async () => {
        const long = "a_table_name_that_is_quite_long_but_still_fits_in_sixty_three_b";
        const colA = "first_column_with_a_rather_long_name_too";
        const colB = "second_column_with_a_rather_long_name_as_well";
        for (const name of ["t", long]) {
            await withDb(async ({ conn }) => {
                const m = [
                    table(name, {
                        columns: { id: { type: t.integer(), primaryKey: true }, [colA]: t.integer(), [colB]: t.integer() },
                        uniques: [{ columns: [colA, colB] }],
                        foreignKeys: [{ columns: [colA], refTable: name, refColumns: ["id"] }],
                        checks: [{ expression: `${colA} > 0` }],
                    }),
                ];
                await apply(conn, (await compare(m, conn)).operations);
                const names = (await conn.query("select conname, contype::text from pg_constraint where conrelid = $1::regclass order by contype", [`"${name}"`])).rows;
                const by = Object.fromEntries(names.map((r) => [r.contype, r.conname]));
                assert.equal(by.p, primaryKeyName(name));
                assert.equal(by.u, uniqueName(name, [colA, colB]));
                assert.equal(by.f, foreignKeyName(name, [colA]));
                assert.equal(by.c, checkName(name, [colA]));
            });
        }
    });
});
