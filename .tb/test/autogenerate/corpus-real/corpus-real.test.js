/**
 * The real-schema corpus: Drizzle schemas modelled on open-source projects (schemas/, each with its
 * provenance), each built two ways on PostgreSQL and compared:
 *   (a) drizzle-kit's own SQL (`drizzle-kit generate`, offline) applied to a fresh database: Athanor's
 *       compare against the models finds nothing, and warns only about what the case expects;
 *   (b) a second fresh database built by Athanor from the models, through the CLI as a user runs it
 *       (`revision --autogenerate`, `upgrade head`): its `pg_dump --schema-only` equals (a)'s, `check` is clean;
 *   (c) on some schemas, realistic edits: autogenerate + upgrade gives the dump of a drizzle-kit build of
 *       the edited schema, `check` is clean, and `downgrade -1` gives (b)'s dump back.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compare } from "../../../src/autogenerate/index.js";
import { dialectForUrl } from "../../../src/dialects/registry.js";
import { createTestDatabase, requirePostgres } from "../../support/databases.js";
import { describe as describeOps } from "../helpers.js";
import { assertSameDump, CorpusProject, drizzleKitStatements, editSource, runStatements, schemaDump, schemaSource, } from "./harness.js";
import * as aiChatbot from "../fixtures/real/vercel-ai-chatbot-schema.js";
import * as dittofeed from "./schemas/dittofeed.js";
import * as drizzleDocsIdioms from "./schemas/drizzle-docs-idioms.js";
import * as drizzleKitTypes from "./schemas/drizzle-kit-types.js";
import * as saasStarter from "./schemas/saas-starter.js";
import * as sim from "./schemas/sim.js";
import * as t3Auth from "./schemas/t3-auth.js";
const CASES = [
    {
        name: "saas-starter",
        models: saasStarter,
        edits: {
            edits: [
                // add a column with a default (at the end, where ALTER TABLE ADD COLUMN puts it)
                { from: `  deletedAt: timestamp("deleted_at"),\n});`, to: `  deletedAt: timestamp("deleted_at"),\n  locale: varchar("locale", { length: 10 }).notNull().default("en"),\n});` },
                // relax nullability
                { from: `  role: varchar("role", { length: 50 }).notNull(),\n  joinedAt`, to: `  role: varchar("role", { length: 50 }),\n  joinedAt` },
                // change a varchar length
                { from: `planName: varchar("plan_name", { length: 50 })`, to: `planName: varchar("plan_name", { length: 120 })` },
                // drop a foreign key
                { from: `  userId: integer("user_id").references(() => users.id),\n  action`, to: `  userId: integer("user_id"),\n  action` },
                // rename a column
                { from: `ipAddress: varchar("ip_address", { length: 45 })`, to: `ipAddress: varchar("client_ip", { length: 45 })` },
            ],
            renames: ["activity_logs.ip_address=client_ip"],
            expectInRevision: [/addColumn\("users"/, /alterColumn\("team_members", "role"/, /alterColumn\("teams", "plan_name"/, /dropConstraint/, /alterColumn\("activity_logs", "ip_address", \{ newName: "client_ip" \}\)/],
        },
    },
    {
        name: "dittofeed",
        models: dittofeed,
        // $onUpdate is client-side (no DDL); a warning about it (another engineer's area) is expected, not required.
        expectedWarnings: [/\$onUpdate/],
        edits: {
            edits: [
                // add an enum value
                { from: `pgEnum("DBChannelType", ["Email", "MobilePush", "Sms", "Webhook"])`, to: `pgEnum("DBChannelType", ["Email", "MobilePush", "Sms", "Webhook", "Slack"])` },
                // add an index, written the way the project writes them
                {
                    from: `    index("SubscriptionGroup_workspaceId_idx")`,
                    to: `    index("SubscriptionGroup_channel_idx").using("btree", table.channel.asc().nullsLast().op("enum_ops")),\n    index("SubscriptionGroup_workspaceId_idx")`,
                },
                // add a column with a default
                { from: `    config: jsonb(),\n  },\n  (table) => [\n    uniqueIndex("Feature_workspaceId_name_key")`, to: `    config: jsonb(),\n    rolloutPercent: integer().default(100).notNull(),\n  },\n  (table) => [\n    uniqueIndex("Feature_workspaceId_name_key")` },
            ],
            expectInRevision: [/addEnumValue\("DBChannelType", "Slack"/, /createIndex\("SubscriptionGroup_channel_idx"/, /addColumn\("Feature"/],
            // Known (enum downgrade, another engineer's area): the downgrade of `addEnumValue` leaves the value in place.
            knownAfterDowngrade: (dump) => dump.replace("'Webhook',\n    'Slack'\n", "'Webhook'\n"),
        },
    },
    {
        name: "sim",
        models: sim,
        edits: {
            edits: [
                // change a foreign key's action
                {
                    from: `activeOrganizationId: text("active_organization_id").references(() => organization.id, { onDelete: "set null" })`,
                    to: `activeOrganizationId: text("active_organization_id").references(() => organization.id, { onDelete: "cascade" })`,
                },
                // change a default (decimal given as a string) and a text[] default written in SQL
                { from: `currentUsageLimit: decimal("current_usage_limit").default("20")`, to: `currentUsageLimit: decimal("current_usage_limit").default("25.5")` },
                { from: `.default(sql\`ARRAY['info', 'error']::text[]\`)`, to: `.default(sql\`ARRAY['error']::text[]\`)` },
                // drop an index, add a check and a unique column
                { from: `    deletedAtIdx: index("kb_deleted_at_idx").on(table.deletedAt),
`, to: `` },
                {
                    from: `    enterpriseMetadataCheck: check(`,
                    to: `    seatsCheck: check("subscription_seats_check", sql\`seats IS NULL OR seats > 0\`),
    enterpriseMetadataCheck: check(`,
                },
                { from: `  slug: text("slug").notNull(),`, to: `  slug: text("slug").notNull().unique(),` },
            ],
            expectInRevision: [/dropConstraint\("session_active_organization_id_organization_id_fk"/, /dropIndex\("kb_deleted_at_idx"/, /createCheckConstraint|checks/],
        },
    },
    // $onUpdate / $defaultFn are client-side (no DDL); warnings about them (another engineer's area) are expected.
    { name: "t3-auth", models: t3Auth, expectedWarnings: [/\$onUpdate/, /\$defaultFn|\$default\b/] },
    { name: "drizzle-kit-types", models: drizzleKitTypes },
    {
        name: "drizzle-docs-idioms",
        models: drizzleDocsIdioms,
        // Known, not fixed: index storage parameters (`.with({ fillfactor: 70 })`) are not in Athanor's index model,
        // so they are neither created nor compared (compare is clean on drizzle-kit's database all the same).
        knownBuildDifference: (dump) => dump.replace(" WITH (fillfactor='70')", ""),
        // ...and said so: a warning names the index and its storage parameters.
        expectedWarnings: [/storage parameters \.with\(\{"fillfactor":70\}\) are not managed by Athanor/],
        edits: {
            edits: [
                // a value for an enum in another schema
                { from: `billing.enum("plan_interval", ["month", "year"])`, to: `billing.enum("plan_interval", ["month", "year", "week"])` },
                // a partial index's predicate
                { from: `.on(t.userId).where(sql\`\${t.paidAt} IS NULL\`)`, to: `.on(t.userId).where(sql\`\${t.paidAt} IS NULL AND \${t.total} > 0\`)` },
                // an expression index
                { from: `    index("users_created_at_desc_idx").on(t.createdAt.desc()),
`, to: `    index("users_created_at_desc_idx").on(t.createdAt.desc()),
    index("users_handle_trgm_idx").on(sql\`upper(\${t.handle})\`),
` },
                // relax nullability and change a varchar length in another schema's table... and a column in public
                { from: `handle: varchar({ length: 32 }).notNull(),`, to: `handle: varchar({ length: 64 }).notNull(),` },
                { from: `  priceCents: integer("price_cents").notNull(),`, to: `  priceCents: integer("price_cents"),` },
            ],
            expectInRevision: [/addEnumValue\("plan_interval", "week"/, /schema: "billing"/, /createIndex\("users_handle_trgm_idx"/],
            knownAfterDowngrade: (dump) => dump.replace("'year',\n    'week'\n", "'year'\n"),
        },
    },
    // The schema of test/autogenerate/real-schemas.test.ts (vercel/ai-chatbot), through the same pipeline.
    { name: "vercel-ai-chatbot", source: "../../fixtures/real/vercel-ai-chatbot-schema.ts", models: aiChatbot },
];
async function withDatabases(n, fn) {
    const dbs = [];
    try {
        for (let i = 0; i < n; i++)
            dbs.push(await createTestDatabase("athanor_corpus"));
        return await fn(dbs);
    }
    finally {
        for (const db of dbs)
            await db.drop().catch(() => { });
    }
}
/** Compares the models with a database in-process; returns the differences and warnings as text. */
async function compareWith(url, models) {
    const conn = await dialectForUrl(url).driver.connect({ url });
    try {
        const r = await compare(models, conn);
        return { ops: describeOps(r.operations), count: r.operations.length, warnings: [...r.warnings] };
    }
    finally {
        await conn.close();
    }
}
/**
 * drizzle-kit's SQL for every schema and edited schema, started at once (two generators at a time) so they run
 * while earlier cases use the database; each takes 1-3 s, mostly starting drizzle-kit.
 */
function startDrizzleKit() {
    const limit = 2;
    let running = 0;
    const queue = [];
    const limited = async (source) => {
        if (running >= limit)
            await new Promise((resolve) => queue.push(resolve));
        running++;
        try {
            return await drizzleKitStatements(source);
        }
        finally {
            running--;
            queue.shift()?.();
        }
    };
    const out = new Map();
    for (const c of CASES) {
        const source = schemaSource(c.source ?? `${c.name}.ts`);
        out.set(c.name, limited(source));
        if (c.edits)
            out.set(`${c.name}+edits`, limited(editSource(source, c.edits.edits)));
    }
    // Failures are reported by the test that awaits them.
    for (const p of out.values())
        p.catch(() => { });
    return out;
}
describe("real Drizzle schemas: drizzle-kit's database and Athanor's are the same schema", async () => {
    const opts = await requirePostgres();
    const kitSql = opts.skip ? new Map() : startDrizzleKit();
    for (const c of CASES) {
        test(c.name, opts, async (t) => {
            const source = schemaSource(c.source ?? `${c.name}.ts`);
            await withDatabases(3, async ([kitDb, athanorDb, editedKitDb]) => {
                const statements = await kitSql.get(c.name);
                let kitDump = "";
                await t.test("(a) drizzle-kit's SQL, then compare finds nothing", async () => {
                    await runStatements(kitDb.url, statements);
                    kitDump = schemaDump(kitDb.url);
                    const r = await compareWith(kitDb.url, c.models);
                    assert.equal(r.count, 0, `compare found differences on drizzle-kit's database:\n${r.ops}`);
                    const unexpected = r.warnings.filter((w) => !(c.expectedWarnings ?? []).some((re) => re.test(w)));
                    assert.deepEqual(unexpected, [], "warnings nobody expected");
                });
                const project = new CorpusProject(athanorDb.url, source);
                try {
                    let athanorDump = "";
                    await t.test("(b) built by Athanor from the models (CLI): same pg_dump, check clean", async () => {
                        project.autogenerate("initial");
                        project.athanor(["upgrade", "head"]);
                        project.athanor(["check"]);
                        athanorDump = schemaDump(athanorDb.url);
                        assertSameDump(athanorDump, c.knownBuildDifference?.(kitDump) ?? kitDump, "Athanor's build vs drizzle-kit's");
                    });
                    if (c.edits) {
                        const edits = c.edits;
                        await t.test("(c) edits: autogenerate + upgrade equals drizzle-kit's edited build; downgrade restores", async () => {
                            const edited = editSource(source, edits.edits);
                            const editedStatements = await kitSql.get(`${c.name}+edits`);
                            await runStatements(editedKitDb.url, editedStatements);
                            const editedKitDump = c.knownBuildDifference?.(schemaDump(editedKitDb.url)) ?? schemaDump(editedKitDb.url);
                            project.setSchema(edited);
                            const revision = project.autogenerate("edits", (edits.renames ?? []).flatMap((r) => ["--rename", r]));
                            for (const re of edits.expectInRevision)
                                assert.match(revision, re, `the revision should contain ${re}:\n${revision}`);
                            project.athanor(["upgrade", "head"]);
                            assertSameDump(schemaDump(athanorDb.url), editedKitDump, "after the edits");
                            project.athanor(["check"]);
                            project.athanor(["downgrade", "-1"]);
                            const downgraded = schemaDump(athanorDb.url);
                            assertSameDump(edits.knownAfterDowngrade?.(downgraded) ?? downgraded, athanorDump, "after downgrade -1");
                        });
                    }
                }
                finally {
                    project.cleanup();
                }
            });
        });
    }
});
