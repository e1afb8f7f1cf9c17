/**
 * Model schemas covering every type, default, constraint and index form
 * the DSL can express. Each must round-trip: created from the models, the
 * database must compare clean (zero false positives).
 */
import { bigint as dBigint, boolean as dBoolean, check as dCheck, index as dIndex, integer as dInteger, jsonb as dJsonb, pgEnum, pgSchema, pgTable, primaryKey as dPrimaryKey, serial as dSerial, text as dText, timestamp as dTimestamp, uniqueIndex as dUniqueIndex, unique as dUnique, uuid as dUuid, varchar as dVarchar, numeric as dNumeric } from "drizzle-orm/pg-core";
import { sql as dsql } from "drizzle-orm";
import { enumType, namingConvention, table } from "../../src/autogenerate/index.js";
import { defineTable, sql, t } from "../../src/schema/index.js";
const scalarTypes = {
    i: t.integer(),
    bi: t.bigint(),
    si: t.smallint(),
    b: t.boolean(),
    tx: t.text(),
    vc: t.varchar(),
    vc255: t.varchar(255),
    ch: t.char(),
    ch10: t.char(10),
    num: t.numeric(),
    num10: t.numeric(10),
    num102: t.numeric(10, 2),
    r: t.real(),
    dbl: t.double(),
    d: t.date(),
    tm: t.time(),
    ts: t.timestamp(),
    tstz: t.timestamptz(),
    iv: t.interval(),
    u: t.uuid(),
    js: t.json(),
    jsb: t.jsonb(),
    by: t.bytea(),
    ip: t.inet(),
};
export const corpus = [
    {
        name: "01 every scalar type, nullable",
        models: [table("all_types", { columns: { id: { type: t.serial(), primaryKey: true }, ...scalarTypes } })],
    },
    {
        name: "02 every scalar type, NOT NULL",
        models: [
            table("all_types_nn", {
                columns: [
                    { name: "id", type: t.bigserial(), primaryKey: true },
                    ...Object.entries(scalarTypes).map(([name, type]) => ({ name, type, nullable: false })),
                ],
            }),
        ],
    },
    {
        name: "03 character lengths",
        models: [
            table("strings", {
                columns: {
                    a: t.varchar(1),
                    b: t.varchar(10485760),
                    c: t.char(1),
                    d: t.char(200),
                    e: t.varchar(),
                    f: t.text(),
                },
            }),
        ],
    },
    {
        name: "04 numeric forms",
        models: [
            table("numbers", {
                columns: {
                    a: t.numeric(),
                    b: t.numeric(1),
                    c: t.numeric(38, 10),
                    d: t.numeric(5, -2),
                    e: t.numeric(1000, 0),
                    f: t.real(),
                    g: t.double(),
                    h: t.smallint(),
                },
            }),
        ],
    },
    {
        name: "05 time precisions",
        models: [
            table("times", {
                columns: {
                    a: t.time({ precision: 0 }),
                    b: t.time({ precision: 3, withTimeZone: true }),
                    c: t.time({ withTimeZone: true }),
                    d: t.timestamp({ precision: 0 }),
                    e: t.timestamp({ precision: 6 }),
                    f: t.timestamptz({ precision: 3 }),
                    g: t.timestamptz(),
                    h: t.date(),
                    i: t.interval(),
                },
            }),
        ],
    },
    {
        name: "06 arrays",
        models: [
            enumType("color", ["red", "green"]),
            table("arrays", {
                columns: {
                    a: t.array(t.text()),
                    b: { type: t.array(t.integer()), default: [] },
                    c: { type: t.array(t.varchar(20)), default: ["x", "y z", 'q"uote'] },
                    d: t.array(t.array(t.integer())),
                    e: { type: t.array(t.enum("color")), default: ["red"] },
                    f: { type: t.array(t.numeric(10, 2)), default: [1.5, 2] },
                    g: { type: t.array(t.timestamptz()), default: sql("'{}'::timestamptz[]") },
                    h: { type: t.array(t.boolean()), default: [true, false] },
                    i: { type: t.array(t.uuid()) },
                    j: { type: t.array(t.jsonb()) },
                },
            }),
        ],
    },
    {
        name: "07 enums with defaults and odd labels",
        models: [
            enumType("status", ["draft", "published", "archived"]),
            enumType("Odd Labels", ["it's", 'say "hi"', "with space", "ÜNICODE", "a,b", "{x}"]),
            table("posts", {
                columns: {
                    id: { type: t.integer(), primaryKey: true },
                    status: { type: t.enum("status"), nullable: false, default: "draft" },
                    odd: { type: t.enum("Odd Labels"), default: "it's" },
                    odd2: { type: t.enum("Odd Labels"), default: "{x}" },
                },
            }),
        ],
    },
    {
        name: "08 string defaults",
        models: [
            table("str_defaults", {
                columns: {
                    a: { type: t.text(), default: "plain" },
                    b: { type: t.text(), default: "it's" },
                    c: { type: t.text(), default: "back\\slash" },
                    d: { type: t.text(), default: "" },
                    e: { type: t.varchar(50), default: "naïve ☃" },
                    f: { type: t.char(3), default: "ab" },
                    g: { type: t.text(), default: "line\nbreak" },
                    h: { type: t.varchar(10), default: "draft" },
                    i: { type: t.text(), default: "NULL" },
                    j: { type: t.text(), default: "now()" },
                },
            }),
        ],
    },
    {
        name: "09 numeric defaults",
        models: [
            table("num_defaults", {
                columns: {
                    a: { type: t.integer(), default: 0 },
                    b: { type: t.integer(), default: -1 },
                    c: { type: t.numeric(10, 2), default: 1.5 },
                    d: { type: t.numeric(10, 2), default: "1.50" },
                    e: { type: t.bigint(), default: 9007199254740993n },
                    f: { type: t.real(), default: 0.1 },
                    g: { type: t.double(), default: -0.5 },
                    h: { type: t.smallint(), default: 32767 },
                    i: { type: t.numeric(), default: 1e21 },
                    j: { type: t.bigint(), default: -9007199254740993n },
                    k: { type: t.numeric(12, 4), default: "-0.0001" },
                },
            }),
        ],
    },
    {
        name: "10 boolean and null defaults",
        models: [
            table("bool_defaults", {
                columns: {
                    a: { type: t.boolean(), default: true },
                    b: { type: t.boolean(), default: false },
                    c: { type: t.boolean(), nullable: false, default: false },
                    d: { type: t.text(), default: null },
                    e: { type: t.integer(), default: null },
                    f: { type: t.boolean(), default: sql("true") },
                },
            }),
        ],
    },
    {
        name: "11 SQL expression defaults",
        models: [
            table("expr_defaults", {
                columns: {
                    a: { type: t.timestamptz(), default: sql("now()") },
                    b: { type: t.timestamptz(), default: sql("CURRENT_TIMESTAMP") },
                    c: { type: t.date(), default: sql("CURRENT_DATE") },
                    d: { type: t.uuid(), default: sql("gen_random_uuid()") },
                    e: { type: t.text(), default: sql("'x'::text") },
                    f: { type: t.integer(), default: sql("(1 + 2)") },
                    g: { type: t.text(), default: sql("lower('ABC')") },
                    h: { type: t.timestamptz(), default: sql("clock_timestamp()") },
                    i: { type: t.timestamptz(), default: sql("now() + interval '1 day'") },
                    j: { type: t.timestamp(), default: sql("timezone('utc', now())") },
                    k: { type: t.timestamp(), default: sql("LOCALTIMESTAMP") },
                    l: { type: t.text(), default: sql("current_user") },
                    m: { type: t.integer(), default: sql("42") },
                    n: { type: t.varchar(20), default: sql("'draft'") },
                    o: { type: t.timestamptz({ precision: 3 }), default: sql("transaction_timestamp()") },
                    p: { type: t.text(), default: sql("md5(random()::text)") },
                    q: { type: t.integer(), default: sql("-1") },
                    r: { type: t.jsonb(), default: sql("jsonb_build_object('a', 1)") },
                },
            }),
        ],
    },
    {
        name: "12 JSON defaults",
        models: [
            table("json_defaults", {
                columns: {
                    a: { type: t.jsonb(), default: {} },
                    b: { type: t.jsonb(), default: { a: 1, b: [1, 2, { c: "d" }], e: null, f: true } },
                    c: { type: t.json(), default: { z: 1, a: 2 } },
                    d: { type: t.jsonb(), default: sql("'{}'::jsonb") },
                    e: { type: t.jsonb(), default: sql("'[]'") },
                    f: { type: t.json(), default: "[1,2]" },
                    g: { type: t.jsonb(), default: { quote: "it's", unicode: "ü" } },
                },
            }),
        ],
    },
    {
        name: "13 date and time value defaults",
        models: [
            table("date_defaults", {
                columns: {
                    a: { type: t.timestamptz(), default: new Date("2020-01-02T03:04:05.678Z") },
                    b: { type: t.timestamp(), default: new Date("2021-06-07T08:09:10Z") },
                    c: { type: t.date(), default: new Date("2022-12-31T00:00:00Z") },
                    d: { type: t.date(), default: "2023-01-01" },
                    e: { type: t.time(), default: "12:30:00" },
                    f: { type: t.interval(), default: "1 day" },
                    g: { type: t.timestamptz(), default: "2020-01-01 00:00:00+00" },
                },
            }),
        ],
    },
    {
        name: "14 other value defaults",
        models: [
            table("misc_defaults", {
                columns: {
                    a: { type: t.bytea(), default: new Uint8Array([1, 2, 255]) },
                    b: { type: t.uuid(), default: "00000000-0000-0000-0000-000000000001" },
                    c: { type: t.inet(), default: "127.0.0.1" },
                    d: { type: t.array(t.text()), default: ["a", "b"] },
                    e: { type: t.array(t.integer()), default: [1, 2, 3] },
                    f: { type: t.array(t.text()), default: [] },
                    g: { type: t.array(t.text()), default: ["with,comma", "NULL", ""] },
                },
            }),
        ],
    },
    {
        name: "15 identity columns",
        models: [
            table("ids", { columns: { id: { type: t.integer(), identity: "always", primaryKey: true }, x: t.text() } }),
            table("ids2", { columns: { id: { type: t.bigint(), identity: "byDefault", primaryKey: true } } }),
            table("ids3", {
                columns: {
                    id: { type: t.bigint(), identity: { generation: "always", start: 1000, increment: 5 }, primaryKey: true },
                    other: { type: t.smallint(), identity: { generation: "byDefault", start: 7 } },
                },
            }),
        ],
    },
    {
        name: "16 serial kinds",
        models: [
            table("serials", {
                columns: {
                    id: { type: t.serial(), primaryKey: true },
                    big: t.bigserial(),
                    small: t.smallserial(),
                },
            }),
        ],
    },
    {
        name: "17 composite and named primary keys",
        models: [
            table("memberships", {
                columns: { user_id: t.integer(), group_id: t.integer(), role: t.text() },
                primaryKey: { columns: ["user_id", "group_id"] },
            }),
            table("named_pk", { columns: { code: t.varchar(10) }, primaryKey: { name: "named_pk_code_pk", columns: ["code"] } }),
        ],
    },
    {
        name: "18 unique constraints",
        models: [
            table("uniques", {
                columns: {
                    id: { type: t.integer(), primaryKey: true },
                    email: { type: t.text(), unique: true },
                    a: t.integer(),
                    b: t.integer(),
                    c: t.integer(),
                    d: t.integer(),
                },
                uniques: [
                    { columns: ["a", "b"] },
                    { name: "uq_c", columns: ["c"], nullsNotDistinct: true },
                    { name: "uq_d_deferred", columns: ["d"], deferrable: true, initiallyDeferred: true },
                    { name: "uq_b_deferrable", columns: ["b", "c"], deferrable: true },
                ],
            }),
        ],
    },
    {
        name: "19 foreign keys, every option",
        models: [
            table("parents", {
                columns: { id: { type: t.integer(), primaryKey: true }, code: { type: t.text(), unique: true }, a: t.integer(), b: t.integer() },
                uniques: [{ columns: ["a", "b"] }],
            }),
            table("children", {
                columns: {
                    id: { type: t.integer(), primaryKey: true },
                    p1: { type: t.integer(), references: { table: "parents" } },
                    p2: { type: t.integer(), references: { table: "parents", column: "id", onDelete: "cascade", onUpdate: "restrict" } },
                    p3: { type: t.integer(), references: { table: "parents", onDelete: "set null", name: "fk_children_p3" } },
                    p4: { type: t.integer(), references: { table: "parents", onDelete: "set default", onUpdate: "cascade" } },
                    p5: { type: t.integer(), references: { table: "parents", onDelete: "no action", deferrable: true } },
                    p6: { type: t.integer(), references: { table: "parents", deferrable: true, initiallyDeferred: true } },
                    code: { type: t.text(), references: { table: "parents", column: "code", onDelete: "restrict" } },
                    a: t.integer(),
                    b: t.integer(),
                },
                foreignKeys: [
                    { columns: ["a", "b"], refTable: "parents", refColumns: ["a", "b"], match: "full" },
                    { name: "fk_named_composite", columns: ["b", "a"], refTable: "parents", refColumns: ["a", "b"], onDelete: "cascade" },
                ],
            }),
        ],
    },
    {
        name: "20 self-referencing foreign key",
        models: [
            table("nodes", {
                columns: {
                    id: { type: t.serial(), primaryKey: true },
                    parent_id: { type: t.integer(), references: { table: "nodes", onDelete: "cascade" } },
                    name: t.text(),
                },
            }),
        ],
    },
    {
        name: "21 foreign-key cycle between two tables",
        models: [
            table("authors", {
                columns: {
                    id: { type: t.integer(), primaryKey: true },
                    favourite_book_id: { type: t.integer(), references: { table: "books" } },
                },
            }),
            table("books", {
                columns: {
                    id: { type: t.integer(), primaryKey: true },
                    author_id: { type: t.integer(), nullable: false, references: { table: "authors", onDelete: "cascade" } },
                },
            }),
        ],
    },
    {
        name: "22 check constraints",
        models: [
            table("checks", {
                columns: {
                    id: { type: t.integer(), primaryKey: true },
                    price: t.numeric(10, 2),
                    qty: t.integer(),
                    status: t.varchar(20),
                    email: t.text(),
                    starts: t.date(),
                    ends: t.date(),
                },
                checks: [
                    { name: "price_positive", expression: "price > 0" },
                    { expression: "qty >= 0" },
                    { name: "status_known", expression: "status IN ('draft', 'published')" },
                    { name: "qty_range", expression: "qty BETWEEN 0 AND 1000" },
                    { name: "email_like", expression: "email LIKE '%@%'" },
                    { name: "email_regex", expression: sql("email ~* '^[^@]+@[^@]+$'") },
                    { name: "dates", expression: "ends IS NULL OR ends >= starts" },
                    { expression: "price < 1000000 AND qty < 1000000" },
                    { name: "status_not_x", expression: "status NOT IN ('x', 'y')" },
                    { name: "coalesced", expression: "COALESCE(qty, 0) <> -1" },
                    { name: "cast_check", expression: "length(status::text) < 30" },
                ],
            }),
        ],
    },
    {
        name: "23 index forms",
        models: [
            table("docs", {
                columns: {
                    id: { type: t.integer(), primaryKey: true },
                    title: t.text(),
                    body: t.text(),
                    tags: t.array(t.text()),
                    data: t.jsonb(),
                    created: t.timestamptz(),
                    score: t.integer(),
                    deleted_at: t.timestamptz(),
                },
                indexes: [
                    { name: "ix_docs_title", columns: ["title"] },
                    { name: "ux_docs_title_body", columns: ["title", "body"], unique: true },
                    { name: "ix_docs_created_desc", columns: [{ column: "created", order: "desc" }] },
                    { name: "ix_docs_score_nulls_first", columns: [{ column: "score", nulls: "first" }] },
                    { name: "ix_docs_score_desc_last", columns: [{ column: "score", order: "desc", nulls: "last" }] },
                    { name: "ix_docs_title_pattern", columns: [{ column: "title", opclass: "text_pattern_ops" }] },
                    { name: "ix_docs_lower_title", columns: [sql("lower(title)")] },
                    { name: "ix_docs_live", columns: ["created"], where: "deleted_at IS NULL" },
                    { name: "ix_docs_tags", columns: ["tags"], method: "gin" },
                    { name: "ix_docs_data", columns: [{ column: "data", opclass: "jsonb_path_ops" }], method: "gin" },
                    { name: "ix_docs_title_hash", columns: ["title"], method: "hash" },
                    { name: "ix_docs_created_brin", columns: ["created"], method: "brin" },
                    { name: "ix_docs_cover", columns: ["score"], include: ["title", "created"] },
                    { name: "ux_docs_nnd", columns: ["score"], unique: true, nullsNotDistinct: true },
                    { name: "ux_docs_live_title", columns: [sql("lower(title)")], unique: true, where: sql("deleted_at IS NULL AND score > 0") },
                    { name: "ix_docs_expr_multi", columns: [sql("(data->>'kind')"), { column: "created", order: "desc" }] },
                    { columns: ["body"] },
                    { name: "ix_docs_coalesce", columns: [sql("COALESCE(score, 0)")] },
                    { name: "ix_docs_in", columns: ["score"], where: "score IN (1, 2, 3)" },
                ],
            }),
        ],
    },
    {
        name: "24 comments",
        models: [
            table("commented", {
                columns: {
                    id: { type: t.integer(), primaryKey: true, comment: "the key" },
                    note: { type: t.text(), comment: "it's got 'quotes' and ünïcode\nand a newline" },
                    empty: { type: t.text(), comment: "" },
                },
                comment: "a table's comment",
            }),
        ],
    },
    {
        name: "25 names that need quoting",
        models: [
            enumType("Mood Type", ["a", "b"]),
            table("User Accounts", {
                columns: {
                    "ID": { type: t.integer(), primaryKey: true },
                    "select": { type: t.text(), unique: true },
                    'say "hi"': { type: t.integer(), default: 1 },
                    "Mixed Case": { type: t.enum("Mood Type") },
                    order: { type: t.integer(), references: { table: "order", column: "user" } },
                },
                indexes: [{ name: "Index With Space", columns: ["select", 'say "hi"'] }],
                checks: [{ name: "Check \"Quoted\"", expression: '"say ""hi""" > 0' }],
                uniques: [{ name: "UQ Upper", columns: ["Mixed Case"] }],
            }),
            table("order", { columns: { user: { type: t.integer(), primaryKey: true }, "group": t.text() } }),
        ],
    },
    {
        name: "26 tables in another schema",
        models: [
            enumType("level", ["low", "high"], { schema: "audit" }),
            table("accounts", { columns: { id: { type: t.integer(), primaryKey: true } } }),
            table("events", {
                columns: {
                    id: { type: t.bigserial(), primaryKey: true },
                    account_id: { type: t.integer(), references: { table: "accounts", schema: "public" } },
                    level: { type: t.enum("level", { schema: "audit" }), default: "low" },
                    at: { type: t.timestamptz(), default: sql("now()") },
                },
                indexes: [{ name: "ix_events_at", columns: ["at"] }],
            }, { schema: "audit" }),
            table("event_notes", { columns: { id: { type: t.integer(), primaryKey: true }, event_id: { type: t.bigint(), references: { table: "events", schema: "audit" } } } }, { schema: "audit" }),
        ],
    },
    {
        name: "27 raw SQL types",
        models: [
            table("raw_types", {
                columns: {
                    a: t.sql("int4range"),
                    b: t.sql("tsvector"),
                    c: t.sql("bit(3)"),
                    d: t.sql("varbit(5)"),
                    e: t.sql("macaddr"),
                    f: t.sql("cidr"),
                    g: t.sql("money"),
                    h: t.sql("xml"),
                    i: t.sql("point"),
                    j: t.sql("int4"),
                    k: t.sql("character varying(12)"),
                    l: t.sql("float8"),
                    m: t.sql("interval day"),
                    n: t.sql("timestamp(3) without time zone"),
                    o: t.sql("DOUBLE PRECISION"),
                    p: t.sql("bool"),
                    q: t.sql("decimal(8, 3)"),
                    r: t.sql("int8[]"),
                    s: t.sql("bit varying(7)"),
                    u: t.sql("timetz"),
                    v: t.sql("char(2)"),
                    w: t.sql("daterange"),
                },
            }),
        ],
    },
    {
        name: "28 naming convention",
        models: {
            convention: namingConvention({
                ix: "ix_%(column_0_label)s",
                uq: "uq_%(table_name)s_%(column_0_name)s",
                ck: "ck_%(table_name)s_%(constraint_name)s",
                fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
                pk: "pk_%(table_name)s",
            }),
            teams: table("teams", { columns: { id: { type: t.integer(), primaryKey: true }, slug: { type: t.text(), unique: true } } }),
            players: table("players", {
                columns: {
                    id: { type: t.integer(), primaryKey: true },
                    team_id: { type: t.integer(), references: { table: "teams" } },
                    number: t.integer(),
                },
                checks: [{ name: "number_positive", expression: "number > 0" }],
                indexes: [{ columns: ["number"] }],
            }),
        },
    },
    {
        name: "29 drizzle pgTable models",
        models: (() => {
            const role = pgEnum("role", ["admin", "member"]);
            const users = pgTable("d_users", {
                id: dSerial("id").primaryKey(),
                email: dVarchar("email", { length: 255 }).notNull().unique(),
                role: role("role").default("member").notNull(),
                createdAt: dTimestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
                active: dBoolean("active").default(true),
                meta: dJsonb("meta").default({}),
                big: dBigint("big", { mode: "number" }).generatedAlwaysAsIdentity(),
            }, (tbl) => [dIndex("d_users_created_idx").on(tbl.createdAt.desc()), dCheck("d_users_email_check", dsql `position('@' in ${tbl.email}) > 0`)]);
            const posts = pgTable("d_posts", {
                id: dUuid("id").defaultRandom().primaryKey(),
                userId: dInteger("user_id").references(() => users.id, { onDelete: "cascade" }),
                title: dText("title").notNull(),
                price: dNumeric("price", { precision: 10, scale: 2 }).default("0"),
                slug: dVarchar("slug", { length: 100 }),
            }, (tbl) => [dUniqueIndex("d_posts_slug_uq").on(tbl.slug), dIndex().on(tbl.userId, tbl.title), dUnique().on(tbl.userId, tbl.slug)]);
            const tags = pgTable("d_post_tags", { postId: dUuid("post_id").notNull().references(() => posts.id), tag: dText("tag").notNull() }, (tbl) => [dPrimaryKey({ columns: [tbl.postId, tbl.tag] })]);
            const reports = pgSchema("reports");
            const daily = reports.table("daily", { id: dSerial("id").primaryKey(), day: dTimestamp("day", { mode: "string" }) });
            return { role, users, posts, tags, daily };
        })(),
    },
    {
        name: "30 defineTable and plain data exports",
        models: [
            [
                defineTable("plain_a", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "v", type: t.text(), default: "x" }] }),
                { name: "plain_b", columns: [{ name: "id", type: { kind: "uuid" }, primaryKey: true }] },
            ],
            { nested: { deeper: defineTable("plain_c", { columns: [{ name: "n", type: t.numeric(4, 1) }] }) } },
        ],
    },
    {
        name: "31 wide table",
        models: [
            table("wide", {
                columns: Object.fromEntries(Array.from({ length: 120 }, (_, i) => [
                    `c${i}`,
                    i === 0
                        ? { type: t.integer(), primaryKey: true }
                        : { type: [t.text(), t.integer(), t.timestamptz(), t.numeric(12, 3), t.boolean()][i % 5], nullable: i % 3 !== 0 },
                ])),
            }),
        ],
    },
    {
        name: "32 long names close to 63 bytes",
        models: [
            table("a_table_name_that_is_quite_long_but_still_fits_in_sixty_three_b", {
                columns: {
                    id: { type: t.integer(), primaryKey: true },
                    a_column_name_that_is_quite_long_but_still_fits_in_sixty_three: { type: t.integer(), unique: true },
                    other_long_column_name_for_the_foreign_key_reference_xxxxxxxxx: {
                        type: t.integer(),
                        references: { table: "a_table_name_that_is_quite_long_but_still_fits_in_sixty_three_b" },
                    },
                },
                checks: [{ expression: "a_column_name_that_is_quite_long_but_still_fits_in_sixty_three > 0" }],
            }),
        ],
    },
    {
        name: "33 TIMESTAMPTZ everywhere (seed 001 style)",
        models: [
            table("providers", {
                columns: {
                    id: { type: t.uuid(), primaryKey: true, default: sql("gen_random_uuid()") },
                    user_id: { type: t.uuid(), nullable: false, references: { table: "seed_users", onDelete: "cascade" } },
                    created_at: { type: t.timestamptz(), nullable: false, default: sql("now()") },
                    updated_at: { type: t.timestamptz(), nullable: false, default: sql("CURRENT_TIMESTAMP") },
                    deleted_at: t.timestamptz(),
                },
                indexes: [{ name: "ix_providers_user", columns: ["user_id"] }],
            }),
            table("seed_users", {
                columns: {
                    id: { type: t.uuid(), primaryKey: true, default: sql("gen_random_uuid()") },
                    email: { type: t.varchar(255), nullable: false, unique: true },
                    full_name: t.varchar(255),
                    phone_number: t.varchar(20),
                },
                indexes: [{ name: "ix_seed_users_email", columns: ["email"] }],
            }),
        ],
    },
    {
        name: "34 seed 003 style enums",
        models: [
            enumType("condition_enum", ["poor", "fair", "good", "great", "excellent"]),
            table("listings", {
                columns: {
                    id: { type: t.serial(), primaryKey: true },
                    condition: { type: t.enum("condition_enum"), default: "good" },
                    price: { type: t.numeric(12, 2), nullable: false, default: 0 },
                    tags: { type: t.array(t.text()), nullable: false, default: [] },
                },
            }),
        ],
    },
];
