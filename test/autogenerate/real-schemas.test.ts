/**
 * Drizzle schemas as they are written in real projects. Each case builds the
 * database two ways and requires compare to find nothing:
 *   (a) with the SQL drizzle-kit generates for the schema (written out here in
 *       drizzle-kit's output shape: `CREATE TABLE "t" (... CONSTRAINT ...)`,
 *       `ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY`, `CREATE INDEX ... USING`);
 *   (b) from the models, through compare + the PostgreSQL renderer (what `upgrade` runs).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql as dsql } from "drizzle-orm";
import {
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
  varchar,
} from "drizzle-orm/pg-core";
import { compare, namingConvention, table } from "../../src/autogenerate/index.js";
import type { DatabaseConnection } from "../../src/dialects/dialect.js";
import { dialectForUrl } from "../../src/dialects/registry.js";
import type { CreateIndexOp } from "../../src/operations/create-index.js";
import type { Operation } from "../../src/operations/operation.js";
import { sql, t } from "../../src/schema/index.js";
import { requirePostgres } from "../support/databases.js";
import * as aiChatbot from "./fixtures/real/vercel-ai-chatbot-schema.js";
import { apply, assertClean, withDb } from "./helpers.js";

/** (b): create from the models, apply (renders every name through the dialect), then compare is empty. */
async function buildFromModels(conn: DatabaseConnection, models: unknown): Promise<Operation[]> {
  const first = await compare(models, conn);
  await apply(conn, first.operations);
  await assertClean(conn, models);
  return first.operations;
}

/** Names of the indexes the operations create (with new tables or on their own). */
function indexNames(ops: readonly Operation[]): string[] {
  return ops.flatMap((o) => (o.kind === "createIndex" ? [o.name] : o.kind === "createTable" ? (o.indexes ?? []).map((i) => i.name) : []));
}

async function pgliteConn(): Promise<DatabaseConnection | null> {
  try {
    await import("@electric-sql/pglite");
  } catch {
    return null;
  }
  return dialectForUrl("pglite:memory").driver.connect({ url: "pglite:memory" });
}

/* ---------- 1. names longer than 63 bytes ---------- */

const longParent = pgTable(
  "organisation_memberships",
  { organisationId: integer("organisation_id").notNull(), memberAccountId: integer("member_account_id").notNull() },
  (tb) => [primaryKey({ columns: [tb.organisationId, tb.memberAccountId] })],
);
const longChild = pgTable(
  "membership_audit_entries",
  {
    id: serial("id").primaryKey(),
    organisationId: integer("organisation_id").notNull(),
    memberAccountId: integer("member_account_id").notNull(),
  },
  (tb) => [
    foreignKey({ columns: [tb.organisationId, tb.memberAccountId], foreignColumns: [longParent.organisationId, longParent.memberAccountId] }),
    index().on(tb.organisationId, tb.memberAccountId, tb.id),
  ],
);
const longNames = { longParent, longChild };
// drizzle's names: FK "membership_audit_entries_organisation_id_member_account_id_organisation_memberships_organisation_id_member_account_id_fk"
// (119 bytes), PK "organisation_memberships_organisation_id_member_account_id_pk" (62), index
// "membership_audit_entries_organisation_id_member_account_id_id_index" (67).
const longNamesDrizzleKitSql = `
CREATE TABLE "organisation_memberships" (
	"organisation_id" integer NOT NULL,
	"member_account_id" integer NOT NULL,
	CONSTRAINT "organisation_memberships_organisation_id_member_account_id_pk" PRIMARY KEY("organisation_id","member_account_id")
);
CREATE TABLE "membership_audit_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"member_account_id" integer NOT NULL
);
ALTER TABLE "membership_audit_entries" ADD CONSTRAINT "membership_audit_entries_organisation_id_member_account_id_organisation_memberships_organisation_id_member_account_id_fk" FOREIGN KEY ("organisation_id","member_account_id") REFERENCES "public"."organisation_memberships"("organisation_id","member_account_id") ON DELETE no action ON UPDATE no action;
CREATE INDEX "membership_audit_entries_organisation_id_member_account_id_id_index" ON "membership_audit_entries" USING btree ("organisation_id","member_account_id","id");
`;

// The schema modelled on vercel/ai-chatbot (fixtures/real/vercel-ai-chatbot-schema.ts), as drizzle-kit creates it
// (its composite FK name is 65 bytes).
const aiChatbotDrizzleKitSql = `
CREATE TABLE "Account" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL, "login" varchar(64) NOT NULL, "passphrase" varchar(64));
CREATE TABLE "Thread" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL, "subject" text NOT NULL, "startedAt" timestamp NOT NULL,
	"accountId" uuid NOT NULL, "audience" varchar DEFAULT 'personal' NOT NULL, "tokenUsage" jsonb);
CREATE TABLE "Note" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL, "threadId" uuid NOT NULL, "author" varchar NOT NULL,
	"body" json NOT NULL, "writtenAt" timestamp NOT NULL);
CREATE TABLE "Note_v2" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL, "threadId" uuid NOT NULL, "author" varchar NOT NULL,
	"fragments" json NOT NULL, "uploads" json NOT NULL, "writtenAt" timestamp NOT NULL);
CREATE TABLE "Reaction" ("threadId" uuid NOT NULL, "noteId" uuid NOT NULL, "approved" boolean NOT NULL,
	CONSTRAINT "Reaction_threadId_noteId_pk" PRIMARY KEY("threadId","noteId"));
CREATE TABLE "Reaction_v2" ("threadId" uuid NOT NULL, "noteId" uuid NOT NULL, "approved" boolean NOT NULL,
	CONSTRAINT "Reaction_v2_threadId_noteId_pk" PRIMARY KEY("threadId","noteId"));
CREATE TABLE "Draft" ("id" uuid DEFAULT gen_random_uuid() NOT NULL, "storedAt" timestamp NOT NULL, "heading" text NOT NULL, "body" text,
	"draftFormat" varchar DEFAULT 'prose' NOT NULL, "accountId" uuid NOT NULL, CONSTRAINT "Draft_id_storedAt_pk" PRIMARY KEY("id","storedAt"));
CREATE TABLE "Annotation" ("id" uuid DEFAULT gen_random_uuid() NOT NULL, "targetDraftId" uuid NOT NULL, "targetDraftStoredAt" timestamp NOT NULL,
	"quoted" text NOT NULL, "replacement" text NOT NULL, "rationale" text, "isApplied" boolean DEFAULT false NOT NULL,
	"accountId" uuid NOT NULL, "madeAt" timestamp NOT NULL, CONSTRAINT "Annotation_id_pk" PRIMARY KEY("id"));
CREATE TABLE "Replay" ("id" uuid DEFAULT gen_random_uuid() NOT NULL, "threadId" uuid NOT NULL, "beganAt" timestamp NOT NULL,
	CONSTRAINT "Replay_id_pk" PRIMARY KEY("id"));
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_accountId_Account_id_fk" FOREIGN KEY ("accountId") REFERENCES "public"."Account"("id") ON DELETE no action ON UPDATE no action;
ALTER TABLE "Note" ADD CONSTRAINT "Note_threadId_Thread_id_fk" FOREIGN KEY ("threadId") REFERENCES "public"."Thread"("id") ON DELETE no action ON UPDATE no action;
ALTER TABLE "Note_v2" ADD CONSTRAINT "Note_v2_threadId_Thread_id_fk" FOREIGN KEY ("threadId") REFERENCES "public"."Thread"("id") ON DELETE no action ON UPDATE no action;
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_threadId_Thread_id_fk" FOREIGN KEY ("threadId") REFERENCES "public"."Thread"("id") ON DELETE no action ON UPDATE no action;
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_noteId_Note_id_fk" FOREIGN KEY ("noteId") REFERENCES "public"."Note"("id") ON DELETE no action ON UPDATE no action;
ALTER TABLE "Reaction_v2" ADD CONSTRAINT "Reaction_v2_threadId_Thread_id_fk" FOREIGN KEY ("threadId") REFERENCES "public"."Thread"("id") ON DELETE no action ON UPDATE no action;
ALTER TABLE "Reaction_v2" ADD CONSTRAINT "Reaction_v2_noteId_Note_v2_id_fk" FOREIGN KEY ("noteId") REFERENCES "public"."Note_v2"("id") ON DELETE no action ON UPDATE no action;
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_accountId_Account_id_fk" FOREIGN KEY ("accountId") REFERENCES "public"."Account"("id") ON DELETE no action ON UPDATE no action;
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_accountId_Account_id_fk" FOREIGN KEY ("accountId") REFERENCES "public"."Account"("id") ON DELETE no action ON UPDATE no action;
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_targetDraftId_targetDraftStoredAt_Draft_id_storedAt_fk" FOREIGN KEY ("targetDraftId","targetDraftStoredAt") REFERENCES "public"."Draft"("id","storedAt") ON DELETE no action ON UPDATE no action;
ALTER TABLE "Replay" ADD CONSTRAINT "Replay_threadId_Thread_id_fk" FOREIGN KEY ("threadId") REFERENCES "public"."Thread"("id") ON DELETE no action ON UPDATE no action;
`;

describe("names longer than PostgreSQL's 63 bytes", async () => {
  const opts = await requirePostgres();

  test("drizzle's default names: a database built by drizzle-kit compares clean", opts, async () => {
    await withDb(async ({ conn, sql: run }) => {
      await run(longNamesDrizzleKitSql);
      await assertClean(conn, longNames);
    });
  });

  test("drizzle's default names: built from the models, the ops carry the names PostgreSQL keeps", opts, async () => {
    await withDb(async ({ conn }) => {
      const ops = await buildFromModels(conn, longNames);
      const names = JSON.stringify(ops).match(/"name":"[^"]*"/g) ?? [];
      for (const n of names) assert.ok(Buffer.byteLength(n.slice(8, -1)) <= 63, n);
      const fk = ops.find((o) => o.kind === "createForeignKey" || o.kind === "createTable");
      assert.ok(fk);
      assert.match(JSON.stringify(ops), /"membership_audit_entries_organisation_id_member_account_id_orga"/);
    });
  });

  test("schema modelled on vercel/ai-chatbot: built by drizzle-kit, compares clean", opts, async () => {
    await withDb(async ({ conn, sql: run }) => {
      await run(aiChatbotDrizzleKitSql);
      await assertClean(conn, aiChatbot);
    });
  });

  test("schema modelled on vercel/ai-chatbot: built from the models, compares clean", opts, async () => {
    await withDb(async ({ conn }) => {
      await buildFromModels(conn, aiChatbot);
    });
  });

  test("a long index name written in a DSL model is created cut like PostgreSQL cuts it", opts, async () => {
    const name = `ix_${"é".repeat(40)}`; // 83 bytes; the cut must fall on a character boundary
    const models = [table("accents", { columns: { id: { type: t.integer(), primaryKey: true }, v: t.text() }, indexes: [{ name, columns: ["v"] }] })];
    await withDb(async ({ conn }) => {
      const ops = await buildFromModels(conn, models);
      assert.deepEqual(indexNames(ops), [`ix_${"é".repeat(30)}`]);
    });
  });

  test("naming-convention names are cut like PostgreSQL cuts them; a collision is reported", opts, async () => {
    const conv = namingConvention({ fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s", ix: "ix_%(column_0_N_label)s" });
    const long = "a_rather_long_table_name_for_conventions";
    const target1 = table("target_table_with_a_long_name_number_one", { columns: { id: { type: t.integer(), primaryKey: true } } });
    const target2 = table("target_table_with_a_long_name_number_two", { columns: { id: { type: t.integer(), primaryKey: true } } });
    const columns = {
      id: { type: t.integer(), primaryKey: true },
      reference_column: { type: t.integer(), references: { table: "target_table_with_a_long_name_number_one" } },
      other: t.integer(),
    };
    const src = table(long, { columns, indexes: [{ columns: ["reference_column", "other"] }] });
    const srcTwoFks = table(long, {
      columns,
      foreignKeys: [{ columns: ["reference_column"], refTable: "target_table_with_a_long_name_number_two", refColumns: ["id"] }],
    });
    await withDb(async ({ conn, sql: run }) => {
      const clash = await compare({ conv, target1, target2, srcTwoFks }, conn);
      assert.ok(
        clash.warnings.some((w) => w.includes('"fk_a_rather_long_table_name_for_conventions_reference_column_ta"') && /same name/.test(w)),
        clash.warnings.join("\n"),
      );
      const first = await compare({ conv, target1, src }, conn);
      assert.deepEqual(indexNames(first.operations), ["ix_a_rather_long_table_name_for_conventions_reference_column_a_"]);
      // The same database built by hand with the full (long) names: PostgreSQL keeps them cut.
      await run(`
        CREATE TABLE target_table_with_a_long_name_number_one (id integer PRIMARY KEY);
        CREATE TABLE ${long} (id integer PRIMARY KEY, reference_column integer, other integer,
          CONSTRAINT fk_${long}_reference_column_target_table_with_a_long_name_number_one FOREIGN KEY (reference_column) REFERENCES target_table_with_a_long_name_number_one (id));
        CREATE INDEX ix_${long}_reference_column_${long}_other ON ${long} (reference_column, other);
      `);
      await assertClean(conn, { conv, target1, src });
    });
  });

  test("a database created by an earlier Athanor (hashed convention names) still matches", opts, async () => {
    const conv = namingConvention({ ix: "ix_%(column_0_N_label)s" });
    const long = "a_rather_long_table_name_for_conventions";
    const models = { conv, src: table(long, { columns: { a_first_long_column: t.integer(), a_second_long_column: t.integer() }, indexes: [{ columns: ["a_first_long_column", "a_second_long_column"] }] }) };
    await withDb(async ({ conn, sql: run }) => {
      const { fitName } = await import("../../src/autogenerate/index.js");
      const hashed = fitName(`ix_${long}_a_first_long_column_${long}_a_second_long_column`);
      await run(`CREATE TABLE ${long} (a_first_long_column integer, a_second_long_column integer);
        CREATE INDEX "${hashed}" ON ${long} (a_first_long_column, a_second_long_column);`);
      await assertClean(conn, models);
    });
  });
});

/* ---------- 2. a unique constraint on the primary key column ---------- */

const pkUnique = pgTable("pk_unique", { id: serial("id").primaryKey().unique(), x: text("x") });
const pkUniqueDsl = table("pk_unique_dsl", { columns: { id: { type: t.integer(), primaryKey: true, unique: true }, x: t.text() } });
const pkUniqueNamed = pgTable(
  "pk_unique_named",
  { a: integer("a").notNull(), b: integer("b").notNull() },
  (tb) => [primaryKey({ name: "pk_unique_named_pk", columns: [tb.a, tb.b] }), unique("pk_unique_named_ab").on(tb.a, tb.b)],
);

describe("a unique constraint that repeats the primary key", async () => {
  const opts = await requirePostgres();

  test("what PostgreSQL keeps: CREATE TABLE folds the unique into the key (and gives the key its name)", opts, async () => {
    await withDb(async ({ conn, sql: run }) => {
      await run(`CREATE TABLE "pk_unique" ("id" serial PRIMARY KEY NOT NULL, "x" text, CONSTRAINT "pk_unique_id_unique" UNIQUE("id"));`);
      const r = await conn.query<{ conname: string; contype: string }>(
        "select conname, contype::text from pg_constraint where conrelid = 'pk_unique'::regclass order by 1",
      );
      assert.deepEqual(r.rows, [{ conname: "pk_unique_id_unique", contype: "p" }]);
    });
  });

  test("drizzle serial().primaryKey().unique(): built by drizzle-kit, compares clean and creates nothing", opts, async () => {
    await withDb(async ({ conn, sql: run }) => {
      await run(`CREATE TABLE "pk_unique" ("id" serial PRIMARY KEY NOT NULL, "x" text, CONSTRAINT "pk_unique_id_unique" UNIQUE("id"));`);
      await assertClean(conn, { pkUnique });
    });
  });

  test("drizzle serial().primaryKey().unique(): built from the models, compares clean", opts, async () => {
    await withDb(async ({ conn }) => {
      await buildFromModels(conn, { pkUnique });
    });
  });

  test("DSL primaryKey + unique, and a named composite pair: built from the models, compares clean", opts, async () => {
    await withDb(async ({ conn }) => {
      await buildFromModels(conn, { pkUniqueDsl, pkUniqueNamed });
    });
  });

  test("kept as two constraints (added by ALTER TABLE), the unique is matched, not dropped", opts, async () => {
    await withDb(async ({ conn, sql: run }) => {
      await run(`CREATE TABLE "pk_unique" ("id" serial NOT NULL, "x" text);
        ALTER TABLE "pk_unique" ADD CONSTRAINT "pk_unique_pkey" PRIMARY KEY ("id");
        ALTER TABLE "pk_unique" ADD CONSTRAINT "pk_unique_id_unique" UNIQUE ("id");`);
      await assertClean(conn, { pkUnique });
    });
  });

  test("on PGlite: built from the models, compares clean", async (tc) => {
    const conn = await pgliteConn();
    if (!conn) return tc.skip("@electric-sql/pglite is not installed");
    try {
      await buildFromModels(conn, { pkUnique, pkUniqueDsl, pkUniqueNamed });
    } finally {
      await conn.close();
    }
  });
});

/* ---------- 3. json/jsonb defaults ---------- */

const jsonDefaults = pgTable("json_defaults", {
  id: serial("id").primaryKey(),
  emptyArray: jsonb("empty_array").default([]).notNull(),
  tags: jsonb("tags").$type<string[]>().default(["a", "b c"]).notNull(),
  emptyObject: jsonb("empty_object").default({}),
  object: jsonb("object").default({ b: [1, 2], a: { nested: true } }),
  nested: jsonb("nested").default([{ k: "v" }, [1]]),
  plainJson: json("plain_json").default([]),
  plainJsonValues: json("plain_json_values").default(["x", 1]),
  viaSql: jsonb("via_sql").default(dsql`'[]'::jsonb`),
});
const jsonDefaultsDrizzleKitSql = `
CREATE TABLE "json_defaults" (
	"id" serial PRIMARY KEY NOT NULL,
	"empty_array" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tags" jsonb DEFAULT '["a","b c"]'::jsonb NOT NULL,
	"empty_object" jsonb DEFAULT '{}'::jsonb,
	"object" jsonb DEFAULT '{"b":[1,2],"a":{"nested":true}}'::jsonb,
	"nested" jsonb DEFAULT '[{"k":"v"},[1]]'::jsonb,
	"plain_json" json DEFAULT '[]'::json,
	"plain_json_values" json DEFAULT '["x",1]'::json,
	"via_sql" jsonb DEFAULT '[]'::jsonb
);
`;
const jsonDefaultsDsl = table("json_defaults_dsl", {
  columns: {
    id: { type: t.integer(), primaryKey: true },
    a: { type: t.jsonb(), default: [] },
    b: { type: t.jsonb(), default: ["x", 2, null] },
    c: { type: t.json(), default: { z: 1, y: [] } },
    d: { type: t.jsonb(), default: 3 },
    e: { type: t.jsonb(), default: "[1, 2]" },
  },
});

describe("json and jsonb defaults", async () => {
  const opts = await requirePostgres();

  test("built by drizzle-kit: compares clean (array and object defaults)", opts, async () => {
    await withDb(async ({ conn, sql: run }) => {
      await run(jsonDefaultsDrizzleKitSql);
      await assertClean(conn, { jsonDefaults });
    });
  });

  test("built from the models (drizzle and DSL): compares clean", opts, async () => {
    await withDb(async ({ conn }) => {
      await buildFromModels(conn, { jsonDefaults, jsonDefaultsDsl });
    });
  });

  test("a changed jsonb default is reported as a change", opts, async () => {
    await withDb(async ({ conn, sql: run }) => {
      await run(`CREATE TABLE "json_defaults" ("id" serial PRIMARY KEY NOT NULL, "empty_array" jsonb DEFAULT '["stale"]'::jsonb NOT NULL,
        "tags" jsonb DEFAULT '["a","b c"]'::jsonb NOT NULL, "empty_object" jsonb DEFAULT '[]'::jsonb, "object" jsonb DEFAULT '{"a":{"nested":true},"b":[1,2]}'::jsonb,
        "nested" jsonb DEFAULT '[{"k":"v"},[1]]'::jsonb, "plain_json" json DEFAULT '[]'::json, "plain_json_values" json DEFAULT '["x",1]'::json, "via_sql" jsonb DEFAULT '[]'::jsonb)`);
      const r = await compare({ jsonDefaults }, conn);
      assert.deepEqual(
        r.operations.map((o) => (o.kind === "alterColumn" ? o.column : o.kind)),
        ["empty_array", "empty_object"],
      );
      assert.deepEqual(r.warnings, []);
    });
  });

  test("when the server rejects the model's default, the warning says so (not 'read-only server?')", opts, async () => {
    await withDb(async ({ conn, sql: run }) => {
      await run(`CREATE TABLE w (id integer PRIMARY KEY, v integer DEFAULT 1)`);
      const models = [table("w", { columns: { id: { type: t.integer(), primaryKey: true }, v: { type: t.integer(), default: sql("no_such_function_here()") } } })];
      const r = await compare(models, conn);
      const w = r.warnings.find((x) => x.includes("could not verify"));
      assert.ok(w, r.warnings.join("\n"));
      assert.doesNotMatch(w, /read-only/);
      assert.match(w, /no_such_function_here/);
      assert.match(w, /does not exist/);
    });
  });

  test("on PGlite: built from the models, compares clean", async (tc) => {
    const conn = await pgliteConn();
    if (!conn) return tc.skip("@electric-sql/pglite is not installed");
    try {
      await buildFromModels(conn, { jsonDefaults, jsonDefaultsDsl });
    } finally {
      await conn.close();
    }
  });
});

/* ---------- 4. index elements with an operator class, an order, a collation ---------- */

const runs = pgTable(
  "runs",
  {
    id: serial("id").primaryKey(),
    data: jsonb("data").default({}).notNull(),
    labels: jsonb("labels"),
    name: varchar("name", { length: 100 }),
    startedAt: timestamp("started_at", { withTimezone: true }),
  },
  (tb) => [
    index("runs_data_gin").using("gin", dsql`${tb.data} jsonb_path_ops`),
    index("runs_labels_gin").using("gin", tb.labels.op("jsonb_path_ops")),
    index("runs_started_desc").on(dsql`${tb.startedAt} DESC NULLS LAST`),
    index("runs_started_col_desc").on(tb.startedAt.desc().nullsLast(), tb.id),
    index("runs_started_nulls_first").on(tb.startedAt.nullsFirst()),
    index("runs_lower_name").on(dsql`lower(${tb.name}) text_pattern_ops`),
    index("runs_name_c").on(dsql`${tb.name} COLLATE "C" DESC`),
    index("runs_name_expr_desc").on(dsql`(${tb.name} || 'x') DESC`),
  ],
);
// drizzle-kit writes sql elements verbatim and column elements as `"col" DESC NULLS LAST` (and, with .op(), only the opclass).
const runsDrizzleKitSql = `
CREATE TABLE "runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"labels" jsonb,
	"name" varchar(100),
	"started_at" timestamp with time zone
);
CREATE INDEX "runs_data_gin" ON "runs" USING gin ("data" jsonb_path_ops);
CREATE INDEX "runs_labels_gin" ON "runs" USING gin ("labels" jsonb_path_ops);
CREATE INDEX "runs_started_desc" ON "runs" USING btree ("started_at" DESC NULLS LAST);
CREATE INDEX "runs_started_col_desc" ON "runs" USING btree ("started_at" DESC NULLS LAST,"id");
CREATE INDEX "runs_started_nulls_first" ON "runs" USING btree ("started_at" NULLS FIRST);
CREATE INDEX "runs_lower_name" ON "runs" USING btree (lower("name") text_pattern_ops);
CREATE INDEX "runs_name_c" ON "runs" USING btree ("name" COLLATE "C" DESC);
CREATE INDEX "runs_name_expr_desc" ON "runs" USING btree (("name" || 'x') DESC);
`;
const runsDsl = table("runs_dsl", {
  columns: { id: { type: t.integer(), primaryKey: true }, data: t.jsonb(), name: t.text() },
  indexes: [
    { name: "runs_dsl_data", columns: [{ column: "data", opclass: "jsonb_path_ops" }], method: "gin" },
    { name: "runs_dsl_name_c", columns: [{ column: "name", collation: "C", order: "desc" }] },
    { name: "runs_dsl_expr", columns: [{ expression: sql("lower(name)"), opclass: "text_pattern_ops", order: "desc", nulls: "last" }] },
    { name: "runs_dsl_sql", columns: [sql("name DESC NULLS LAST"), sql("upper(name) text_pattern_ops")] },
  ],
});

describe("index elements with operator class, order and collation", async () => {
  const opts = await requirePostgres();

  test("built by drizzle-kit: compares clean", opts, async () => {
    await withDb(async ({ conn, sql: run }) => {
      await run(runsDrizzleKitSql);
      await assertClean(conn, { runs });
    });
  });

  test("built from the models (drizzle and DSL): the indexes are created and compare clean", opts, async () => {
    await withDb(async ({ conn }) => {
      await buildFromModels(conn, { runs, runsDsl });
      const r = await conn.query<{ d: string }>(
        "select pg_get_indexdef(indexrelid) as d from pg_index where indrelid in ('runs'::regclass, 'runs_dsl'::regclass) order by 1",
      );
      const defs = r.rows.map((x) => x.d).join("\n");
      assert.match(defs, /runs_data_gin ON public\.runs USING gin \(data jsonb_path_ops\)/);
      assert.match(defs, /runs_started_desc ON public\.runs USING btree \(started_at DESC NULLS LAST\)/);
      assert.match(defs, /runs_name_c ON public\.runs USING btree \(name COLLATE "C" DESC\)/);
      assert.match(defs, /runs_dsl_expr ON public\.runs_dsl USING btree \(lower\(name\) text_pattern_ops DESC NULLS LAST\)/);
    });
  });

  test("a changed operator class, order or collation is a change", opts, async () => {
    await withDb(async ({ conn, sql: run }) => {
      await run(runsDrizzleKitSql
        .replace(`("data" jsonb_path_ops)`, `("data")`)
        .replace(`("started_at" DESC NULLS LAST);`, `("started_at" DESC);`)
        .replace(`("name" COLLATE "C" DESC)`, `("name" DESC)`));
      const r = await compare({ runs }, conn);
      assert.deepEqual(
        r.operations.filter((o) => o.kind === "createIndex").map((o) => (o as CreateIndexOp).name).sort(),
        ["runs_data_gin", "runs_name_c", "runs_started_desc"],
      );
      assert.deepEqual(r.warnings.filter((w) => w.includes("could not verify")), []);
    });
  });

  test("on PGlite: built from the models, compares clean", async (tc) => {
    const conn = await pgliteConn();
    if (!conn) return tc.skip("@electric-sql/pglite is not installed");
    try {
      await buildFromModels(conn, { runs, runsDsl });
    } finally {
      await conn.close();
    }
  });
});

describe("index keys written as SQL", () => {
  test("split like PostgreSQL's grammar; a trailing word is an operator class only after a complete key", async () => {
    const { splitIndexElement } = await import("../../src/dialects/postgres/index-element.js");
    const { renderIndexStatement } = await import("../../src/dialects/postgres/render-index.js");
    const cases: Array<[string, string]> = [
      [`"data" jsonb_path_ops`, `"data" jsonb_path_ops`],
      ["a || b", "(a || b)"],
      ["x::text DESC", "(x::text) DESC"],
      [`name COLLATE "C" text_pattern_ops DESC NULLS LAST`, `name COLLATE "C" text_pattern_ops DESC NULLS LAST`],
      ["lower(email)", "lower(email)"],
      ["(a + b) NULLS FIRST", "(a + b) NULLS FIRST"],
    ];
    for (const [text, rendered] of cases)
      assert.equal(renderIndexStatement({ name: "i", table: "t", columns: [sql(text)] }).sql, `CREATE INDEX "i" ON "t" (${rendered})`, text);
    assert.deepEqual(splitIndexElement(`Name COLLATE "C" public.text_pattern_ops DESC`), {
      key: "Name",
      kind: "column",
      column: "name",
      collation: "C",
      opclass: "public.text_pattern_ops",
      order: "desc",
      nulls: null,
    });
    assert.equal(splitIndexElement("a || b").opclass, null);
    assert.equal(
      renderIndexStatement({ name: "i", table: "t", columns: [{ expression: sql("a || b"), opclass: "text_pattern_ops", order: "desc" }] }).sql,
      `CREATE INDEX "i" ON "t" ((a || b) text_pattern_ops DESC)`,
    );
  });
});
