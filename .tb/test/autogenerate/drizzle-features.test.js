/**
 * Drizzle schemas as real projects write them: drizzle's `casing` option,
 * and every pg-core feature Athanor does not manage reported by name
 * (never passed over in silence).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql as dsql } from "drizzle-orm";
import { bigint as dBigint, index as dIndex, integer as dInteger, pgMaterializedView, pgPolicy, pgRole, pgSequence, pgTable, pgView, primaryKey as dPrimaryKey, text as dText, timestamp as dTimestamp, unique as dUnique, uuid as dUuid, varchar as dVarchar, } from "drizzle-orm/pg-core";
import { collectModels, compare, toSnakeCase } from "../../src/autogenerate/index.js";
import { requirePostgres } from "../support/databases.js";
import { assertClean, describe as describeOps, roundTrip, withDb } from "./helpers.js";
/** A schema written for `casing: "snake_case"`: most columns have no name of their own. */
function casedSchema() {
    const users = pgTable("users", {
        id: dUuid().primaryKey().defaultRandom(),
        emailAddress: dVarchar({ length: 255 }).notNull().unique(),
        displayName: dText("DisplayName"),
        createdAt: dTimestamp({ withTimezone: true }).defaultNow().notNull(),
    }, (tbl) => [dIndex().on(tbl.createdAt), dIndex("users_display_idx").on(tbl.displayName)]);
    const memberships = pgTable("memberships", {
        userId: dUuid()
            .notNull()
            .references(() => users.id, { onDelete: "cascade" }),
        orgId: dInteger().notNull(),
        roleName: dText().default("member"),
    }, (tbl) => [dPrimaryKey({ columns: [tbl.userId, tbl.orgId] }), dUnique().on(tbl.orgId, tbl.roleName), dIndex().on(tbl.orgId, tbl.roleName)]);
    return { users, memberships };
}
/** What drizzle-kit generate writes for casedSchema() with casing: "snake_case". */
const drizzleKitSql = `CREATE TABLE "memberships" (
	"user_id" uuid NOT NULL,
	"org_id" integer NOT NULL,
	"role_name" text DEFAULT 'member',
	CONSTRAINT "memberships_user_id_org_id_pk" PRIMARY KEY("user_id","org_id"),
	CONSTRAINT "memberships_orgId_roleName_unique" UNIQUE("org_id","role_name")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_address" varchar(255) NOT NULL,
	"DisplayName" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_emailAddress_unique" UNIQUE("email_address")
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "memberships_org_id_role_name_index" ON "memberships" USING btree ("org_id","role_name");--> statement-breakpoint
CREATE INDEX "users_created_at_index" ON "users" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "users_display_idx" ON "users" USING btree ("DisplayName");`;
describe("drizzle casing", () => {
    test("conversion is drizzle-orm's", () => {
        assert.equal(toSnakeCase("createdAt"), "created_at");
        assert.equal(toSnakeCase("userID"), "user_id");
        assert.equal(toSnakeCase("HTMLParser2x"), "html_parser2x");
    });
    test("snake_case converts only columns declared without a name, in every constraint and index", () => {
        const set = collectModels(casedSchema(), { drizzleCasing: "snake_case" });
        const users = set.tables.find((x) => x.name === "users");
        assert.deepEqual(users.columns.map((c) => c.name), ["id", "email_address", "DisplayName", "created_at"]);
        assert.deepEqual(users.indexes?.map((i) => [i.name, i.columns]), [
            ["users_created_at_index", ["created_at"]],
            ["users_display_idx", ["DisplayName"]],
        ]);
        const m = set.tables.find((x) => x.name === "memberships");
        assert.deepEqual(m.primaryKey, { name: "memberships_user_id_org_id_pk", columns: ["user_id", "org_id"] });
        assert.deepEqual(m.foreignKeys?.map((f) => [f.name, f.columns, f.refColumns]), [["memberships_user_id_users_id_fk", ["user_id"], ["id"]]]);
        assert.deepEqual(m.uniques?.map((u) => [u.name, u.columns]), [["memberships_orgId_roleName_unique", ["org_id", "role_name"]]]);
        // Without the setting, keys are column names (drizzle's own default).
        const plain = collectModels(casedSchema());
        assert.ok(plain.tables.find((x) => x.name === "users").columns.some((c) => c.name === "createdAt"));
    });
});
describe("drizzle casing against PostgreSQL", async () => {
    const opts = await requirePostgres();
    test("a database from drizzle-kit's snake_case SQL compares clean with casing set", opts, async () => {
        await withDb(async ({ conn, sql }) => {
            await sql(drizzleKitSql.replace(/--> statement-breakpoint/g, ""));
            const models = collectModels(casedSchema(), { drizzleCasing: "snake_case" });
            await assertClean(conn, models);
            // Without the setting every unnamed column would be renamed: a difference, never a silent pass.
            const r = await compare(collectModels(casedSchema()), conn);
            assert.ok(r.operations.length > 0);
            assert.ok(r.operations.some((o) => o.kind === "addColumn" && o.column.name === "createdAt"), describeOps(r.operations));
        });
    });
    test("built from the models with casing, the database compares clean", opts, async () => {
        await withDb(async ({ conn }) => {
            await roundTrip(conn, collectModels(casedSchema(), { drizzleCasing: "snake_case" }));
        });
    });
});
describe("drizzle features Athanor does not manage are reported by name", () => {
    const warningsOf = (models) => collectModels(models).warnings;
    test("row-level security and policies", () => {
        const docs = pgTable("docs", { id: dInteger("id").primaryKey(), owner: dText("owner") }, () => [
            pgPolicy("docs_owner", { for: "select", to: "public", using: dsql `owner = current_user` }),
        ]);
        const notes = pgTable("notes", { id: dInteger("id").primaryKey() }).enableRLS();
        const w = warningsOf({ docs, notes });
        assert.ok(w.some((x) => x.startsWith("row-level security on table docs is not managed by Athanor")), w.join("\n"));
        assert.ok(w.some((x) => x.startsWith("row-level security on table notes is not managed by Athanor")));
        assert.ok(w.some((x) => x.includes('policy "docs_owner" on table docs is not managed')));
        const linked = pgPolicy("linked_policy", { using: dsql `true` }).link(notes);
        assert.ok(warningsOf({ notes, linked }).some((x) => x.includes('policy "linked_policy" on table notes is not managed')));
    });
    test("$defaultFn and $onUpdateFn are client-side, said once for all columns", () => {
        const a = pgTable("a", {
            id: dText("id").primaryKey().$defaultFn(() => "x"),
            updatedAt: dTimestamp("updated_at").$onUpdateFn(() => new Date()),
        });
        const b = pgTable("b", { id: dText("id").primaryKey().$defaultFn(() => "y") });
        const w = warningsOf({ a, b });
        const defaults = w.filter((x) => x.includes("$defaultFn"));
        assert.equal(defaults.length, 1, w.join("\n"));
        assert.match(defaults[0], /client-side only.*no default.*a\.id, b\.id/);
        assert.ok(w.some((x) => /\$onUpdateFn.*client-side only.*a\.updated_at/.test(x)));
    });
    test("identity sequence options beyond start and increment", () => {
        const a = pgTable("a", {
            id: dBigint("id", { mode: "number" }).generatedAlwaysAsIdentity({ startWith: 100, increment: 2, maxValue: 100000, cache: 10 }),
        });
        const set = collectModels({ a });
        assert.deepEqual(set.tables[0]?.columns[0]?.identity, { generation: "always", start: 100, increment: 2 });
        assert.ok(set.warnings.some((x) => x.includes("identity column a.id") && x.includes("maxValue, cache")), set.warnings.join("\n"));
    });
    test("index .concurrently() and .with()", () => {
        const a = pgTable("a", { id: dInteger("id"), v: dText("v") }, (tbl) => [
            dIndex("a_v_idx").on(tbl.v).concurrently(),
            dIndex("a_id_idx").on(tbl.id).with({ fillfactor: 70 }),
        ]);
        const w = warningsOf({ a });
        assert.ok(w.some((x) => x.includes("index a_v_idx on table a: .concurrently()")), w.join("\n"));
        assert.ok(w.some((x) => x.includes("index a_id_idx on table a: storage parameters")));
    });
    test("views, materialized views, sequences and roles", () => {
        const a = pgTable("a", { id: dInteger("id") });
        const v = pgView("a_view").as((qb) => qb.select().from(a));
        const mv = pgMaterializedView("a_mview").as((qb) => qb.select().from(a));
        const existing = pgView("legacy_view", { id: dInteger("id") }).existing();
        const seq = pgSequence("invoice_no", { startWith: 1000 });
        const role = pgRole("app_reader");
        const w = warningsOf({ a, v, mv, existing, seq, role });
        for (const expected of ["view a_view is not managed", "materialized view a_mview is not managed", "sequence invoice_no is not managed", "role app_reader is not managed"])
            assert.ok(w.some((x) => x.startsWith(expected)), `${expected}\n${w.join("\n")}`);
        assert.ok(!w.some((x) => x.includes("legacy_view")), "an .existing() view is declared as managed elsewhere");
    });
});
