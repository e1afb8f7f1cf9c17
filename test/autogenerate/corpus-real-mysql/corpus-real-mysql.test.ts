/**
 * The MySQL real-schema corpus: Drizzle `mysqlTable` schemas written for these tests, each modelled on the
 * idioms of an open-source project's schema (schemas/, each header names the project and the idioms; no
 * project's code is copied), each built two ways on MariaDB and compared:
 *   (a) drizzle-kit's own SQL (`drizzle-kit generate`, offline, dialect mysql) run on a fresh database:
 *       Athanor's compare of that database with the models finds nothing, and warns only about what the case
 *       states;
 *   (b) a second fresh database built by Athanor from the models through the CLI as a user runs it
 *       (`revision --autogenerate -m init`, `upgrade head`, DATABASE_URL=mysql://...): every table's
 *       normalised `SHOW CREATE TABLE` equals (a)'s, and `check` exits 0;
 *   (d) the same revision as an offline script (`upgrade head --sql`) run by the `mariadb` client on a third
 *       fresh database: the same tables again, and `check` exits 0 there too;
 *   (c) on some schemas, realistic edits with rows in the tables: autogenerate + upgrade gives the schema of a
 *       drizzle-kit build of the edited source, keeps the rows (read back over a second connection), `check`
 *       exits 0, and `downgrade -1` gives (b)'s schema back with the rows still there.
 * drizzle-kit's SQL is run as it writes it, except `serial AUTO_INCREMENT`, which MariaDB refuses (harness.ts,
 * forMariadb). The one difference between the two builds, on every schema, is asserted in noActionSpelledOut.
 * What this corpus and the probing of drizzle idioms around it found in Athanor has focused tests in
 * test/dialects/mysql/drizzle-real-idioms.test.ts.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { generateAll } from "../../support/drizzle-kit.js";
import { mysql2Driver } from "../../../src/dialects/mysql/driver-mysql2.js";
import { createMysqlTestDatabase, type MysqlTestDatabase, requireMysql } from "../../support/mysql-databases.js";
import { compareMysql, describeOps } from "../../dialects/mysql/autogenerate-support.js";
import { CorpusProject, editSource } from "../corpus-real/harness.js";
import { assertSameSchema, drizzleKitStatements, forMariadb, runStatements, schemaSnapshot, schemaSource } from "./harness.js";
import * as drizzleOrmTypes from "./schemas/drizzle-orm-types.js";
import * as onestopshop from "./schemas/onestopshop.js";
import * as t3Auth from "./schemas/t3-auth.js";
import * as t3BetterAuth from "./schemas/t3-better-auth.js";
import * as unkey from "./schemas/unkey.js";

interface Edit {
  readonly from: string;
  readonly to: string;
}

/** The schemas' client-side `$defaultFn`/`$onUpdateFn`, said once for the model set. */
const DEFAULT_FN = /^drizzle \$defaultFn\/\$default is client-side only/;
const ON_UPDATE_FN = /^drizzle \$onUpdateFn\/\$onUpdate is client-side only/;

interface CorpusCase {
  /** File name under schemas/, without .ts. */
  readonly name: string;
  readonly models: Record<string, unknown>;
  /** Warnings compare may give on (a), each with the feature it is about. */
  readonly expectedWarnings?: readonly RegExp[];
  /**
   * What drizzle-kit's build is known to differ from Athanor's in, applied to drizzle-kit's snapshot before
   * comparing (each one a legitimate difference, explained where it is given).
   */
  readonly knownBuildDifference?: (kitSnapshot: string) => string;
  /** (c) */
  readonly edits?: {
    /** Rows put in before the edits (statements run on a second connection). */
    readonly seed: readonly string[];
    /** A query whose rows must be the same before the upgrade, after it and after the downgrade. */
    readonly readBack: string;
    readonly edits: readonly Edit[];
    readonly expectInRevision: readonly RegExp[];
  };
}

/**
 * Legitimate difference, every schema: drizzle gives every foreign key `onDelete`/`onUpdate` "no action" unless
 * told otherwise, and drizzle-kit writes them out (`ON DELETE no action ON UPDATE no action`); Athanor writes no
 * clause for "no action" (the same rule as RESTRICT on InnoDB, which checks both at once, and compares them as
 * one). MariaDB then prints the rule it was given: `NO ACTION` where drizzle-kit wrote it, nothing (RESTRICT,
 * its default) where Athanor wrote none. The keys behave the same; docs/mysql.md says so.
 */
function noActionSpelledOut(kitSnapshot: string): string {
  return kitSnapshot.replace(/ ON DELETE NO ACTION/g, "").replace(/ ON UPDATE NO ACTION/g, "");
}

const CASES: readonly CorpusCase[] = [
  {
    name: "t3-auth",
    expectedWarnings: [DEFAULT_FN],
    models: t3Auth,
    edits: {
      seed: [
        "INSERT INTO lab_member (id, handle, mail, mailConfirmedAt) VALUES ('m1', 'Ada', 'ada@example.com', '2024-01-02 03:04:05.678'), ('m2', 'Bob', 'bob@example.com', NULL)",
        "INSERT INTO lab_provider_link (memberId, kind, providerName, providerSubject, bearer_secret, valid_until, granted) VALUES ('m1', 'oauth', 'github', '12345', 'gho_x', 1700000000, 'read:user')",
        "INSERT INTO lab_note (title, author_id, editedAt) VALUES ('hello', 'm1', '2024-03-04 05:06:07'), ('world', 'm2', NULL)",
      ],
      readBack:
        "SELECT m.id, m.mail, m.mailConfirmedAt, l.providerName, l.valid_until, n.id AS note_id, n.title AS note, n.createdAt, n.editedAt FROM lab_member m LEFT JOIN lab_provider_link l ON l.memberId = m.id LEFT JOIN lab_note n ON n.author_id = m.id ORDER BY m.id, n.id",
      edits: [
        // fractional seconds and a database-side default on the column that already has ON UPDATE
        { from: `editedAt: c.timestamp().onUpdateNow(),`, to: `editedAt: c.timestamp({ fsp: 3 }).defaultNow().onUpdateNow(),` },
        // an int that will overflow in 2038 becomes a bigint
        { from: `valid_until: c.int(),`, to: `valid_until: c.bigint({ mode: "number" }),` },
        // a longer varchar
        { from: `avatarUrl: c.varchar({ length: 255 }),`, to: `avatarUrl: c.varchar({ length: 2048 }),` },
      ],
      expectInRevision: [/alterColumn\("lab_note", "editedAt"/, /alterColumn\("lab_provider_link", "valid_until"/, /alterColumn\("lab_member", "avatarUrl"/],
    },
  },
  {
    name: "t3-better-auth",
    expectedWarnings: [DEFAULT_FN],
    models: t3BetterAuth,
    edits: {
      seed: [
        "INSERT INTO `profile` (id, full_name, email_address, is_verified, created_on, modified_on) VALUES ('p1', 'Ada', 'ada@example.com', 1, '2024-01-02 03:04:05', '2024-01-02 03:04:05'), ('p2', 'Bob', 'bob@example.com', 0, '2024-02-03 04:05:06', '2024-02-03 04:05:06')",
        "INSERT INTO `login_session` (id, profile_id, secret, valid_until, client_ip, client_agent, opened_on, touched_on) VALUES ('s1', 'p1', 'tok-1', '2030-01-01 00:00:00', '127.0.0.1', 'curl', '2024-01-02 03:04:05', '2024-01-02 03:04:05')",
        "INSERT INTO `one_time_code` (id, target, payload, valid_until, issued_on, modified_on) VALUES ('c1', 'ada@example.com', '123456', '2030-01-01 00:00:00', '2024-01-02 03:04:05', NULL)",
        "INSERT INTO `demo_entry` (title, ownerId) VALUES ('hello', 'p1'), ('world', 'p2')",
      ],
      readBack:
        "SELECT p.id, p.full_name, p.email_address, p.is_verified, s.secret, s.client_ip, c.payload, c.issued_on, e.id AS entry_id, e.title AS entry FROM `profile` p LEFT JOIN `login_session` s ON s.profile_id = p.id LEFT JOIN `one_time_code` c ON c.target = p.email_address LEFT JOIN `demo_entry` e ON e.ownerId = p.id ORDER BY p.id, e.id",
      edits: [
        // add a column with a default (at the end of the table, where ADD COLUMN puts it)
        {
          from: `  modifiedOn: timestamp("modified_on")
    .$defaultFn(() => new Date())
    .notNull(),
});`,
          to: `  modifiedOn: timestamp("modified_on")
    .$defaultFn(() => new Date())
    .notNull(),
  tier: varchar("tier", { length: 32 }).notNull().default("basic"),
});`,
        },
        // login_session.touched_on kept by the database instead of the app: defaultNow().onUpdateNow()
        { from: `touchedOn: timestamp("touched_on").notNull(),`, to: `touchedOn: timestamp("touched_on").defaultNow().onUpdateNow().notNull(),` },
        // change a varchar length (a unique column)
        { from: `secret: varchar("secret", { length: 255 }).notNull().unique(),`, to: `secret: varchar("secret", { length: 512 }).notNull().unique(),` },
        // make a column NOT NULL with a default
        { from: `issuedOn: timestamp("issued_on").$defaultFn(() => new Date()),`, to: `issuedOn: timestamp("issued_on").notNull().defaultNow(),` },
        // change a foreign key's action
        { from: `.references(() => profile.id),`, to: `.references(() => profile.id, { onDelete: "cascade" }),` },
        // add an index
        {
          from: `(e) => [index("entry_title_idx").on(e.title), index("entry_owner_idx").on(e.ownerId)],`,
          to: `(e) => [index("entry_title_idx").on(e.title), index("entry_owner_idx").on(e.ownerId), index("entry_created_idx").on(e.createdAt)],`,
        },
      ],
      expectInRevision: [
        /addColumn\("profile"/,
        /alterColumn\("login_session", "secret"/,
        /alterColumn\("login_session", "touched_on"[^\n]*onUpdateCurrentTimestamp: true/,
        /alterColumn\("one_time_code", "issued_on"/,
        /createForeignKey/,
        /createIndex\("entry_created_idx"/,
      ],
    },
  },
  {
    name: "unkey",
    expectedWarnings: [ON_UPDATE_FN],
    models: unkey,
    edits: {
      seed: [
        "INSERT INTO orgs (id, external_ref, title, opened_at, tier, preview_flags, entitlements, active) VALUES ('org_1', 'ext_1', 'Acme', '2024-01-02 03:04:05.678', 'growth', '{}', '{\"webhooks\":true}', 1), ('org_2', 'ext_2', 'Solo', NULL, 'starter', '{}', '{}', 1)",
        "INSERT INTO pools (id, org_id, born_ms, encrypt_stored, token_prefix) VALUES ('pool_1', 'org_1', 1700000000000, 0, 'acme')",
        "INSERT INTO gateways (id, title, org_id, verify_mode, pool_id) VALUES ('gw_1', 'payments', 'org_1', 'token', 'pool_1')",
        "INSERT INTO credentials (id, pool_id, digest, head, org_id, holder_id, created_at, born_ms, top_up_period, top_up_count, active, uses_left) VALUES ('cr_1', 'pool_1', 'h1', 'acme_', 'org_1', 'u_1', '2024-01-02 03:04:05.678', 1, 'weekly', 100, 1, 50), ('cr_2', 'pool_1', 'h2', 'acme_', 'org_1', NULL, '2024-01-03 00:00:00', 2, NULL, NULL, 0, NULL)",
        "INSERT INTO `groups` (id, org_id, credential_id, group_name) VALUES ('grp_1', 'org_1', 'cr_1', 'admin')",
        "INSERT INTO quota_groups (id, org_id, title, born_ms) VALUES ('qg_1', 'org_1', 'api.requests', 1)",
        "INSERT INTO quota_exceptions (id, org_id, group_id, subject, cap, `interval`, deferred, born_ms) VALUES ('qe_1', 'org_1', 'qg_1', 'user_1', 10, 60000, 1, 1)",
      ],
      readBack:
        "SELECT c.id, c.digest, c.holder_id, c.created_at, c.top_up_period, c.active, p.token_prefix, o.title, o.tier, o.entitlements, g.group_name, e.cap, e.deferred FROM credentials c JOIN pools p ON p.id = c.pool_id JOIN orgs o ON o.id = c.org_id LEFT JOIN `groups` g ON g.credential_id = c.id LEFT JOIN quota_exceptions e ON e.org_id = o.id ORDER BY c.id",
      edits: [
        // add an enum value
        { from: `mysqlEnum("top_up_period", ["weekly", "quarterly"])`, to: `mysqlEnum("top_up_period", ["weekly", "quarterly", "annually"])` },
        // change a varchar length
        { from: `tokenPrefix: varchar("token_prefix", { length: 8 }),`, to: `tokenPrefix: varchar("token_prefix", { length: 16 }),` },
        // add a foreign key (served by the table's existing org_id_idx)
        {
          from: `    credentialId: varchar("credential_id", { length: 256 }).notNull(),
    orgId: varchar("org_id", { length: 256 }).notNull(),
    groupName:`,
          to: `    credentialId: varchar("credential_id", { length: 256 }).notNull(),
    orgId: varchar("org_id", { length: 256 })
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    groupName:`,
        },
        // drop an index, add another
        { from: `    holderIdx: index("holder_id_idx").on(c.holderId),
`, to: `    stageIdx: index("stage_idx").on(c.stage),
` },
        // drop the index a foreign key uses (the key needs one: the server makes its own, as in drizzle-kit's build)
        { from: `  (g) => ({\n    byOrg: index("org_id_idx").on(g.orgId),\n  }),`, to: `` },
        // make a column NOT NULL with a default
        { from: `    deferred: boolean("deferred"),`, to: `    deferred: boolean("deferred").notNull().default(false),` },
        // add a column (at the end of the table)
        { from: `    active: boolean("active").notNull().default(true),
    ...lockFlag,
  },`, to: `    active: boolean("active").notNull().default(true),
    ...lockFlag,
    handle: varchar("handle", { length: 64 }),
  },` },
      ],
      expectInRevision: [
        /alterColumn\("credentials", "top_up_period"/,
        /alterColumn\("pools", "token_prefix"/,
        /createForeignKey\("groups_org_id_orgs_id_fk"/,
        /dropIndex\("holder_id_idx"/,
        /dropIndex\("org_id_idx", \{ table: "gateways"/,
        /createIndex\("stage_idx"/,
        /alterColumn\("quota_exceptions", "deferred"/,
        /addColumn\("orgs"/,
      ],
    },
  },
  {
    name: "onestopshop",
    models: onestopshop,
    edits: {
      seed: [
        "INSERT INTO shops (shop_title, category, handle) VALUES ('Corner Shop', 'retail', 'corner-shop'), ('Book Nook', 'books', 'book-nook')",
        "INSERT INTO listings (title, cost, stock, photos, shop_id) VALUES ('Tea', 4.50, 12, '[\"tea.png\"]', 1), ('Novel', 19.99, 3, NULL, 2)",
        "INSERT INTO baskets (contents, checked_out) VALUES ('[{\"id\":1,\"qty\":2}]', NULL), ('[]', 1)",
        "INSERT INTO purchases (public_number, shop_id, contents, amount, intent_ref, buyer) VALUES (1001, 1, '[]', 9.00, 'pi_1', 'Ada')",
      ],
      readBack:
        "SELECT l.id, l.title, l.cost, l.stock, l.photos, l.shop_id, s.shop_title, (SELECT COUNT(*) FROM baskets) AS baskets, (SELECT GROUP_CONCAT(COALESCE(checked_out, 'null') ORDER BY id) FROM baskets) AS closed, (SELECT amount FROM purchases WHERE intent_ref = 'pi_1') AS amount FROM listings l JOIN shops s ON s.id = l.shop_id ORDER BY l.id",
      edits: [
        // change a decimal's precision
        { from: `cost: decimal("cost", { precision: 10, scale: 2 }).default("0"),`, to: `cost: decimal("cost", { precision: 12, scale: 2 }).default("0"),` },
        // a real foreign key: the column takes the referenced type (SERIAL is BIGINT UNSIGNED), then references it
        {
          from: `  shopId: int("shop_id"),
  photos: json("photos"),`,
          to: `  shopId: bigint("shop_id", { mode: "number", unsigned: true }).references(() => shops.id, { onDelete: "set null" }),
  photos: json("photos"),`,
        },
        { from: `import { boolean, decimal,`, to: `import { bigint, boolean, decimal,` },
        // drop a unique index
        { from: `      titleIndex: uniqueIndex("shop_title_index").on(shop.title),
`, to: `` },
        // add a column at the end of a table
        { from: `  nation: text("nation"),
});`, to: `  nation: text("nation"),
  phone: varchar("phone", { length: 32 }),
});` },
      ],
      expectInRevision: [/alterColumn\("listings", "cost"/, /alterColumn\("listings", "shop_id"/, /createForeignKey/, /dropIndex\("shop_title_index"|dropConstraint\("shop_title_index"/, /addColumn\("locations"/],
    },
  },
  { name: "drizzle-orm-types", models: drizzleOrmTypes },
];

function expectedFromKit(c: CorpusCase, kitSnapshot: string): string {
  const s = noActionSpelledOut(kitSnapshot);
  return c.knownBuildDifference?.(s) ?? s;
}

async function withDatabases<T>(n: number, fn: (dbs: MysqlTestDatabase[]) => Promise<T>): Promise<T> {
  const dbs: MysqlTestDatabase[] = [];
  try {
    for (let i = 0; i < n; i++) dbs.push(await createMysqlTestDatabase("athanor_corpus"));
    return await fn(dbs);
  } finally {
    for (const db of dbs) await db.drop().catch(() => {});
  }
}

/** Compares the models with a database in-process; returns the differences and warnings as text. */
async function compareWith(url: string, models: unknown): Promise<{ ops: string; count: number; warnings: string[] }> {
  const conn = await mysql2Driver.connect({ url });
  try {
    const r = await compareMysql(models, conn);
    return { ops: describeOps(r.operations), count: r.operations.length, warnings: [...r.warnings] };
  } finally {
    await conn.close();
  }
}

/** `upgrade head --sql` piped to the `mariadb` client on a fresh database gives `expected`, and `check` is clean there. */
async function offlineBuild(project: CorpusProject, db: MysqlTestDatabase, expected: string): Promise<void> {
  const env = { DATABASE_URL: db.url };
  const script = project.project.run(["upgrade", "head", "--sql"], { env });
  assert.equal(script.code, 0, `upgrade head --sql exited ${script.code}:\n${script.stderr}`);
  const u = new URL(db.url);
  const client = spawnSync("mariadb", ["-h", u.hostname, "-P", u.port || "3306", "-u", decodeURIComponent(u.username || "root"), db.name], {
    input: script.stdout,
    encoding: "utf8",
    env: { ...process.env, ...(u.password ? { MYSQL_PWD: decodeURIComponent(u.password) } : {}) },
  });
  assert.equal(client.status, 0, `the mariadb client failed on the script: ${client.stderr}`);
  assertSameSchema(await schemaSnapshot(db), expected, "the offline script's build vs the online one");
  const check = project.project.run(["check"], { env });
  assert.equal(check.code, 0, `check on the offline-built database exited ${check.code}:\n${check.stdout}${check.stderr}`);
}

/** drizzle-kit's SQL for every schema and edited schema, started at once, two generators at a time. */
function startDrizzleKit(): Map<string, Promise<string[]>> {
  const jobs: [string, string][] = [];
  for (const c of CASES) {
    const source = schemaSource(c.name);
    jobs.push([c.name, source]);
    if (c.edits) jobs.push([`${c.name}+edits`, editSource(source, c.edits.edits)]);
  }
  return generateAll(jobs, drizzleKitStatements);
}

describe("Drizzle mysqlTable schemas in real projects' idioms: drizzle-kit's MariaDB database and Athanor's are the same schema", async () => {
  const opts = await requireMysql();
  const kitSql = opts.skip ? new Map<string, Promise<string[]>>() : startDrizzleKit();

  for (const c of CASES) {
    test(c.name, opts, async (t) => {
      const source = schemaSource(c.name);
      await withDatabases(4, async ([kitDb, athanorDb, editedKitDb, offlineDb]) => {
        const statements = forMariadb(await kitSql.get(c.name)!);
        let kitSnapshot = "";
        await t.test("(a) drizzle-kit's SQL, then compare finds nothing", async () => {
          await runStatements(kitDb!, statements);
          kitSnapshot = expectedFromKit(c, await schemaSnapshot(kitDb!));
          const r = await compareWith(kitDb!.url, c.models);
          assert.equal(r.count, 0, `compare found differences on drizzle-kit's database:\n${r.ops}`);
          const unexpected = r.warnings.filter((w) => !(c.expectedWarnings ?? []).some((re) => re.test(w)));
          assert.deepEqual(unexpected, [], "warnings nobody expected");
        });

        const project = new CorpusProject(athanorDb!.url, source);
        try {
          let athanorSnapshot = "";
          await t.test("(b) built by Athanor from the models (CLI): same tables, check clean", async () => {
            project.autogenerate("init");
            project.athanor(["upgrade", "head"]);
            const check = project.athanor(["check"]);
            assert.match(check.stdout, /No changes detected/);
            athanorSnapshot = await schemaSnapshot(athanorDb!);
            assertSameSchema(athanorSnapshot, kitSnapshot, "Athanor's build vs drizzle-kit's");
          });

          await t.test("(d) the revision as an offline script, run by the mariadb client: same tables, check clean", () =>
            offlineBuild(project, offlineDb!, athanorSnapshot),
          );

          if (c.edits) {
            const edits = c.edits;
            await t.test("(c) edits with rows: upgrade equals drizzle-kit's edited build, rows kept; downgrade restores", async () => {
              await runStatements(athanorDb!, edits.seed);
              const rowsBefore = await athanorDb!.query(edits.readBack);
              assert.ok(rowsBefore.length > 0, "the seed put rows in");

              const editedStatements = forMariadb(await kitSql.get(`${c.name}+edits`)!);
              await runStatements(editedKitDb!, editedStatements);
              const editedKit = await schemaSnapshot(editedKitDb!);

              project.setSchema(editSource(source, edits.edits));
              const revision = project.autogenerate("edits");
              for (const re of edits.expectInRevision) assert.match(revision, re, `the revision should contain ${re}:\n${revision}`);
              project.athanor(["upgrade", "head"]);
              assertSameSchema(await schemaSnapshot(athanorDb!), expectedFromKit(c, editedKit), "after the edits");
              assert.deepEqual(await athanorDb!.query(edits.readBack), rowsBefore, "rows after the upgrade");
              const check = project.athanor(["check"]);
              assert.match(check.stdout, /No changes detected/);

              project.athanor(["downgrade", "-1"]);
              assertSameSchema(await schemaSnapshot(athanorDb!), athanorSnapshot, "after downgrade -1");
              assert.deepEqual(await athanorDb!.query(edits.readBack), rowsBefore, "rows after the downgrade");
            });
          }
        } finally {
          project.cleanup();
        }
      });
    });
  }
});
